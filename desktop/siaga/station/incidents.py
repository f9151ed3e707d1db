"""The station's incidents: threads of reports kept in step with the outbox and inbox, with their clocks.

Every message this station files or receives is placed in its incident as it is
stored, in the same transaction (:meth:`Incidents.absorb_outbox`,
:meth:`Incidents.absorb_inbox`); the incident's summary and next deadline are
recomputed then, so listing incidents reads one small table. What is due is worked
out by :mod:`siaga.protocol.incident` under the incident's clock profile
(:mod:`siaga.protocol.clocks`): the one its first report named, or the station's default.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, Callable, Iterable

from ..base.errors import InputError, NotFound, Reason
from ..protocol import clocks
from ..protocol.incident import SELF, Entry, Thread, build_thread, due_dicts, incident_of
from ..protocol.message import ACK_TYPE, REPORT_TYPES, parse_time, utc_now
from ..storage.incident_index import BUILT_KEY, IncidentIndex
from ..storage.store import Store

log = logging.getLogger("siaga.incidents")

PROFILE_SETTING = "clock_profile"


#: incidents refreshed together (their members, records and deliveries read at once)
REFRESH_CHUNK = 500


@dataclass(frozen=True)
class _Read:
    """What refreshing several incidents reads, read once for all of them."""

    members: dict[bytes, list[tuple[str, str]]]
    order: dict[str, int]
    records: dict[str, dict]
    deliveries: dict[str, list[dict]]


def _epoch(moment: datetime | None) -> int | None:
    return int(moment.timestamp()) if moment is not None else None


def _when(value: Any) -> datetime | None:
    return parse_time(value, "time", strict=True) if value else None


class Incidents:
    """Incidents as this station holds them (see the module's description)."""

    def __init__(self, store: Store, taxii_peers: Callable[[], set[str]]) -> None:
        self._store = store
        self._taxii_peers = taxii_peers
        self.index = IncidentIndex(store)
        self.book = clocks.clockbook()

    # -- the station's clock profile -----------------------------------------------

    def default_profile(self) -> str:
        code = self._store.get_setting(PROFILE_SETTING) or clocks.DEFAULT_PROFILE
        return code if code in self.book.profiles else clocks.DEFAULT_PROFILE

    def set_default_profile(self, code: str) -> None:
        self.book.get(code)
        with self._store.transaction():
            self._store.set_setting(PROFILE_SETTING, code)
            self._rebuild()

    # -- keeping the index in step ------------------------------------------------------

    def ensure_built(self) -> None:
        """Fill the index from the messages held before it existed (once)."""
        if not self._store.get_setting(BUILT_KEY):
            with self._store.transaction():
                self._rebuild()

    def _rebuild(self) -> None:
        self.index.clear()
        ids = self._store.outbox_ids()
        secrets = self._store.outbox_secrets(ids)
        self._absorb_outbox([(m, secrets[m]) for m in ids], refresh=False)
        inbox = []
        for msg_id in self._store.inbox_ids():
            stored = self._store.inbox_message(msg_id)
            if stored is not None:
                inbox.append({"id": msg_id, "meta": stored[1]})
        self._absorb_inbox(inbox, refresh=False)
        self._refresh(self.index.keys())
        self._store.set_setting(BUILT_KEY, True)

    def _key_for(self, kind: str, msg_id: str, in_reply_to: str) -> bytes | None:
        if kind == ACK_TYPE:
            return self.index.incident_of(in_reply_to) if in_reply_to else None
        root = incident_of(kind, msg_id, in_reply_to)
        if root is None:
            return None
        if in_reply_to:  # an older station may name the previous update instead of the first report
            return self.index.incident_of(in_reply_to) or self.index.key(root)
        return self.index.key(root)

    def absorb_outbox(self, items: Iterable[tuple[str, dict]]) -> None:
        """Place this station's newly queued messages (id, outbox record) in their incidents."""
        self._absorb_outbox(list(items))

    def _absorb_outbox(self, items: list[tuple[str, dict]], refresh: bool = True) -> None:
        keys = set()
        for msg_id, record in items:
            kind = record.get("type", "")
            if record.get("forwarded_from") or record.get("relay_for"):
                continue  # someone else's report passed on: it is theirs, not an incident of this station
            key = self._key_for(kind, msg_id, record.get("in_reply_to") or "")
            if key is not None:
                self.index.add_members([(msg_id, "out", key)])
                keys.add(key)
        if refresh:
            self._refresh(keys)

    def absorb_inbox(self, rows: Iterable[dict]) -> None:
        """Place received messages (each with ``id`` and ``meta``) in their incidents."""
        self._absorb_inbox(list(rows))

    def _absorb_inbox(self, rows: list[dict], refresh: bool = True) -> None:
        keys = set()
        # the records just stored, as they were stored: a thread need not read and open them again
        known = {row["id"]: (row["meta"], row["received_at"]) for row in rows if row.get("stored")}
        for row in rows:
            meta = row["meta"]
            key = self._key_for(meta.get("type", ""), row["id"], meta.get("in_reply_to") or "")
            if key is not None:
                self.index.add_members([(row["id"], "in", key)])  # one by one: the next may reply to this one
                keys.add(key)
        if refresh:
            self._refresh(keys, known)

    def refresh_message(self, msg_id: str) -> None:
        """Recompute the incident of one message (its record changed: an acknowledgement was sent)."""
        key = self.index.incident_of(msg_id)
        if key is not None:
            self._refresh({key})

    def _refresh(self, keys: set[bytes], known: dict[str, tuple[dict, int]] | None = None) -> None:
        """Recompute and store the incidents ``keys``: what they read is read for all of them at once
        (members, order, this station's records and deliveries: a query each, not each per incident)."""
        if not keys:
            return
        taxii = self._taxii_peers()
        default = self.book.get(self.default_profile())  # read once, not once per incident
        everything = sorted(keys)
        for start in range(0, len(everything), REFRESH_CHUNK):  # (a rebuild holds a chunk in memory at a time)
            self._refresh_chunk(everything[start: start + REFRESH_CHUNK], taxii, default, known)

    def _refresh_chunk(self, ordered: list[bytes], taxii: set[str], default: clocks.Profile | None,
                       known: dict[str, tuple[dict, int]] | None) -> None:
        members = self.index.members_of(ordered)
        out_ids = [m for key in ordered for m, side in members[key] if side == "out"]
        shared = _Read(members,
                       {**self.index.order("outbox", out_ids),
                        **self.index.order("inbox", [m for key in ordered for m, side in members[key] if side == "in"])},
                       self._store.outbox_secrets(out_ids), self._store.deliveries_of(out_ids))
        rows = []
        for key in ordered:
            thread = self._thread(key, taxii, known, default, shared)
            if thread is None:
                continue
            last = thread.last_at
            rows.append((key, thread.side, not thread.closed, _epoch(last) or 0,
                         _epoch(thread.next.at) if thread.next else None, thread.summary()))
        self.index.put_many(rows)

    # -- reading a thread ------------------------------------------------------------------

    def _entries(self, key: bytes, taxii: set[str], known: dict[str, tuple[dict, int]] | None = None,
                 shared: "_Read | None" = None) -> tuple[list[Entry], dict[str, dict]]:
        if shared is not None:  # read beforehand, for many incidents at once
            members = shared.members[key]
            out_ids = [m for m, side in members if side == "out"]
            records, deliveries, order = shared.records, shared.deliveries, shared.order
        else:
            members = self.index.members(key)
            out_ids = [m for m, side in members if side == "out"]
            records = self._store.outbox_secrets(out_ids)
            deliveries = self._store.deliveries_of(out_ids)
            order = {**self.index.order("outbox", out_ids),
                     **self.index.order("inbox", [m for m, side in members if side == "in"])}
        entries, local = [], {}
        for msg_id in out_ids:
            rec = records.get(msg_id)
            if rec is None:
                continue
            local[msg_id] = rec
            peers = tuple(d["peer"] for d in deliveries.get(msg_id, []) if d["peer"] not in taxii)
            entries.append(Entry(
                id=msg_id, type=rec["type"], side="out", author=SELF, reported_at=_when(rec["reported_at"]) or utc_now(),
                in_reply_to=rec.get("in_reply_to") or "", severity=rec.get("severity"), code=rec.get("code", ""),
                tlp=rec.get("tlp", ""), summary=rec.get("summary", ""),
                observed_at=_when(rec.get("observed_at")), recipients=peers,
                ack_status=(rec.get("ack_status") or ""), ransom_paid_at=_when(rec.get("ransom_paid_at")),
                seq=order.get(msg_id, 0)))
        for msg_id, side in members:
            if side != "in":
                continue
            if known and msg_id in known:
                meta, received_at = known[msg_id]
            else:
                stored = self._store.inbox_message(msg_id)
                if stored is None:
                    continue
                meta, received_at = stored[1], stored[2]
            entries.append(Entry(
                id=msg_id, type=meta["type"], side="in", author=meta.get("author_peer") or meta.get("author", ""),
                reported_at=_when(meta["reported_at"]) or utc_now(), in_reply_to=meta.get("in_reply_to") or "",
                severity=meta.get("severity"), code=meta.get("code", ""), tlp=meta.get("tlp", ""),
                summary=meta.get("summary", ""), observed_at=_when(meta.get("observed_at")),
                ack_status=(meta.get("ack") or {}).get("status", ""), received_at=received_at,
                seq=order.get(msg_id, 0)))
        return entries, local

    def _root(self, key: bytes, entries: list[Entry]) -> str | None:
        for entry in entries:
            if entry.type in REPORT_TYPES:
                for candidate in (entry.in_reply_to, entry.id):
                    if candidate and self.index.key(candidate) == key:
                        return candidate
        return None

    def _thread(self, key: bytes, taxii: set[str] | None = None,
                known: dict[str, tuple[dict, int]] | None = None,
                default: clocks.Profile | None = None, shared: "_Read | None" = None) -> Thread | None:
        entries, local = self._entries(key, self._taxii_peers() if taxii is None else taxii, known, shared)
        root = self._root(key, entries)
        if root is None:
            return None
        named = (local.get(root) or {}).get("clock")
        profile = self.book.profiles.get(named) if named else None
        return build_thread(root, entries, profile or default or self.book.get(self.default_profile()))

    def key_of(self, msg_id: str) -> bytes:
        key = self.index.incident_of(msg_id)
        if key is None:
            raise NotFound(kind="incident", value=msg_id)
        return key

    def thread(self, msg_id: str) -> Thread:
        """The incident of a message this station holds (its first report, an update or an acknowledgement)."""
        thread = self._thread(self.key_of(msg_id))
        if thread is None:
            raise NotFound(kind="incident", value=msg_id)
        return thread

    def own_thread(self, msg_id: str) -> Thread:
        """The incident of one of this station's reports, to continue it; refuses anyone else's or a closed one."""
        thread = self.thread(msg_id)
        if thread.author != SELF:
            raise InputError(Reason("not-own-incident", "this incident was started by another station: only its"
                                    " author can file updates to it; acknowledge it, or file a new report"))
        if thread.closed:
            raise InputError(Reason("incident-closed", "this incident is closed by its final report: file a new"
                                    " report for anything that happens next"))
        return thread

    # -- listing ---------------------------------------------------------------------------

    def page(self, *, open_only: bool = False, overdue: bool = False, side: str | None = None,
             now: datetime | None = None, limit: int = 50,
             after: tuple[int, bytes] | None = None) -> tuple[list[dict], tuple[int, bytes] | None]:
        """One page of incident summaries, each with its ``state`` at ``now``; and the cursor of the next page."""
        now = now or datetime.now(timezone.utc)
        rows = self.index.page(side=side, open_only=open_only or overdue,
                               overdue_at=int(now.timestamp()) if overdue else None,
                               before=after, limit=limit + 1)
        more = len(rows) > limit
        rows = rows[:limit]
        cursor = rows[-1]["_cursor"] if more and not overdue else None
        for row in rows:
            row.pop("_cursor")
            due = row.get("next_due")
            row["state"] = (clocks.CLOSED if row["closed"] else
                            clocks.state_at(_when(due["at"]) if due else None, now))
        return rows, cursor

    def detail(self, msg_id: str, now: datetime | None = None) -> dict:
        """An incident for showing: its summary, messages in order, related reports and every clock."""
        now = now or datetime.now(timezone.utc)
        thread = self.thread(msg_id)
        return {**thread.summary(), "state": thread.state(now),
                "messages": [e.as_dict() for e in thread.messages],
                "related_reports": [e.as_dict() for e in thread.related],
                "dues": due_dicts(thread.dues, now)}
