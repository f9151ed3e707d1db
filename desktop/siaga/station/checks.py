"""Communication checks: a partner is asked to confirm it is reachable, and a person answers.

Unlike a ping (answered by the partner's station on its own), a check waits on the
partner's desk until someone presses *Answer*; the answer is a signed ``check``
message naming who answered. Nothing is kept beside the station's own records: a
check sent is an outbox message (with its delivery and receipt), its answer an
inbox message that names it, and a check received is an inbox message whose record
notes the answer sent. So what this module shows is what those records say.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..base.errors import InputError, Reason
from ..protocol.message import CHECK_TYPE, build_check
from ..storage.states import DELIVERED, GAVE_UP

if TYPE_CHECKING:  # the facade imports this module; the type is for annotations only
    from .facade import Station

log = logging.getLogger("siaga.checks")

#: a check not answered this long after it was sent is overdue (the default of the setting)
DEFAULT_OVERDUE_HOURS = 2

WAITING, DELIVERED_STATE, ANSWERED, OVERDUE, REFUSED = "waiting", "delivered", "answered", "overdue", "refused"


@dataclass(frozen=True)
class SentCheck:
    """A check this station sent to one peer, and what became of it."""

    id: str
    peer: str
    peer_name: str
    sent_at: int  # queued (the outbox's time)
    delivered_at: int | None  # the peer's receipt came back
    answered_at: int | None  # the signed answer reached this station
    answered_by: str
    state: str  # waiting, delivered, answered, overdue, or refused (the peer's station does not take checks)

    @property
    def answer_seconds(self) -> int | None:
        return None if self.answered_at is None else max(0, self.answered_at - self.sent_at)

    def to_dict(self) -> dict:
        return {"id": self.id, "peer": self.peer, "peer_name": self.peer_name, "sent_at": self.sent_at,
                "delivered_at": self.delivered_at, "answered_at": self.answered_at,
                "answered_by": self.answered_by, "answer_seconds": self.answer_seconds, "state": self.state}


@dataclass(frozen=True)
class ReceivedCheck:
    """A check a peer sent to this station: a task for the desk until someone answers it."""

    id: str
    peer: str
    peer_name: str
    received_at: int
    answered_at: int | None
    answered_by: str

    def to_dict(self) -> dict:
        return {"id": self.id, "peer": self.peer, "peer_name": self.peer_name, "received_at": self.received_at,
                "answered_at": self.answered_at, "answered_by": self.answered_by}


def send_check(station: Station, ref: str) -> str:
    """Ask the peer ``ref`` to confirm, by a person, that it is reachable; returns the check's id."""
    peer = station.peer(ref)
    if peer.is_taxii:
        raise InputError(Reason("check-taxii", "a TAXII collection has no desk to answer a check"))
    if peer.revoked:
        raise InputError(Reason("check-revoked", "this peer revoked its keys; it cannot be checked"))
    msg_id = station.queue_content(build_check(station.info, station.books.current), [peer])
    log.info("check %s sent to %s", msg_id[:12], peer.id)
    return msg_id


def answer_check(station: Station, ref: str, by: str) -> str:
    """Answer a check a peer sent, as the person ``by``; returns the answer's id. Answering twice is refused."""
    msg_id = station.resolve_inbox_id(ref)
    _, meta, _, _ = station.store.inbox_message(msg_id)
    if meta.get("type") != CHECK_TYPE or "in_reply_to" in meta:
        raise InputError(Reason("not-a-check", "that message is not a communication check"))
    if meta.get("answer"):
        raise InputError(Reason("check-answered", f"this check was already answered by {meta['answer']['by']}",
                                by=meta["answer"]["by"]))
    author = station.peer_by_key(meta["author"])
    if author is None or author.revoked:
        raise InputError(Reason("check-no-author", "the station that sent this check is no longer a peer"))
    content = build_check(station.info, station.books.current, in_reply_to=msg_id, by=by)
    answer_id = station.queue_content(content, [author])
    meta["status"] = "answered"
    meta["answer"] = {"id": answer_id, "by": content["check"]["by"], "at": int(time.time())}
    station.store.update_inbox_meta(msg_id, meta)
    log.info("check %s from %s answered", msg_id[:12], author.id)
    return answer_id


def sent_checks(station: Station, *, now: int | None = None, overdue_hours: float = DEFAULT_OVERDUE_HOURS,
                outbox: list[dict] | None = None, answers: list[dict] | None = None) -> list[SentCheck]:
    """Every check this station sent, one per peer asked, newest first.

    ``outbox`` and ``answers`` (the inbox's check messages): the records, when the caller
    already read them.
    """
    now = int(time.time()) if now is None else now
    rows = station.store.outbox() if outbox is None else outbox
    inbox = station.store.inbox(limit=-1, where={"type": CHECK_TYPE}) if answers is None else answers
    answered: dict[tuple[str, str], dict] = {}
    for row in inbox:
        ref = row.get("in_reply_to")
        if ref and (ref, row["author_peer"]) not in answered:
            answered[(ref, row["author_peer"])] = row
    names = {p.id: p.card.name for p in station.peers()}
    out = []
    for row in rows:
        if row.get("type") != CHECK_TYPE or row.get("in_reply_to"):
            continue
        for d in row["deliveries"]:
            answer = answered.get((row["id"], d["peer"]))
            delivered = d.get("delivered_at") if d["status"] == DELIVERED else None
            if answer:
                state = ANSWERED
            elif d["status"] == GAVE_UP:
                state = REFUSED
            elif now - row["created_at"] > overdue_hours * 3600:
                state = OVERDUE
            else:
                state = DELIVERED_STATE if delivered else WAITING
            out.append(SentCheck(
                row["id"], d["peer"], names.get(d["peer"], "?"), row["created_at"], delivered,
                answer["received_at"] if answer else None, answer["check"]["by"] if answer else "", state))
    out.sort(key=lambda c: (-c.sent_at, c.peer))
    return out


def received_checks(station: Station, *, unanswered_only: bool = False) -> list[ReceivedCheck]:
    """Checks peers sent to this station, newest first (``unanswered_only``: the desk's open tasks)."""
    names = {p.id: p.card.name for p in station.peers()}
    out = []
    for row in station.store.inbox(limit=-1, where={"type": CHECK_TYPE}):
        if row.get("in_reply_to"):
            continue
        answer = row.get("answer") or {}
        if unanswered_only and answer:
            continue
        out.append(ReceivedCheck(row["id"], row["author_peer"], names.get(row["author_peer"], "?"),
                                 row["received_at"], answer.get("at"), answer.get("by", "")))
    return out


def checks_among(station: Station, ids: list[str]) -> list[ReceivedCheck]:
    """Of messages just received, the checks waiting for a person to answer (the desk is told of them)."""
    wanted = set(ids)
    if not wanted:
        return []
    return [c for c in received_checks(station, unanswered_only=True) if c.id in wanted]
