"""Taking in messages from peers: the checks shared by the endpoint and bundle import.

A batch is all or nothing: every envelope is opened and checked first; if one
is refused, nothing is stored and the refusal names each bad one. Whatever goes
wrong with one envelope (even a check that raises something unforeseen) is a
refusal of that envelope, so a poison message cannot fail the whole request and
hold up what travels behind it. Messages
already in the inbox are recognised by id and answered with the receipt they
got the first time, so a resend never makes a duplicate.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from ..base.errors import DecodeError, InputError, StorageError, UnknownCodeError, ValidationError
from ..protocol.batch_receipt import sign_batch
from ..protocol.envelope import UNREADABLE, Opened, envelope_id
from ..protocol.message import is_urgent
from ..protocol.transport import make_receipt, pack_receipts
from ..station.filing import WRITER, answer_ping, inbox_meta
from ..storage.arrivals import Arrival
from . import open_pool

log = logging.getLogger("siaga.receiving")
#: refused messages of one batch logged one by one (a batch holds up to 1,000)
_LOGGED = 20
#: threads that open a batch's envelopes (libsodium lets go of the interpreter while it works)
OPENERS = max(1, min(4, os.cpu_count() or 1))
#: a batch smaller than this is opened on the calling thread (an urgent report is not held up)
PARALLEL_FROM = 16
#: worker processes that open large batches (``siaga serve --open-processes``; 0: none, threads only)
PROCESSES = 0
#: a batch smaller than this is never sent to the worker processes (handing it over would cost more)
PROCESSES_FROM = 64
_pool: ThreadPoolExecutor | None = None
_pool_lock = threading.Lock()
#: one writer: batches opened side by side (two requests at once) are stored one after the other,
#: and filing (station/filing.py) takes turns with them
_writer = WRITER
#: a batch of at least this many is taken in and filed later (``accept(defer=True)``), unless it holds
#: an urgent report: small and urgent batches are filed at once, as they always were
DEFER_FROM = PARALLEL_FROM


def _openers() -> ThreadPoolExecutor:
    global _pool
    with _pool_lock:
        if _pool is None:
            _pool = ThreadPoolExecutor(OPENERS, thread_name_prefix="siaga-open")
        return _pool


@dataclass
class ItemError:
    index: int
    msg_id: str | None
    reason: str
    detail: str
    cause: str = ""  # the precise cause, for this station's log only (never sent back)
    exc: BaseException | None = None  # an unforeseen failure, logged with its trace

    def to_dict(self) -> dict:
        return {"index": self.index, "id": self.msg_id, "error": self.reason, "detail": self.detail}


class BatchRefused(InputError):
    """One or more messages of a batch were refused; nothing was stored."""

    code = "batch-refused"
    template = "{detail}"

    def __init__(self, items: list[ItemError]) -> None:
        self.items = items
        first = items[0]
        super().__init__(f"{len(items)} message(s) refused; first: [{first.index}] {first.reason}: {first.detail}")

    @property
    def reason(self) -> str:
        reasons = {i.reason for i in self.items}
        return reasons.pop() if len(reasons) == 1 else "refused"


class Replayed(Exception):
    """The request's nonce was recorded meanwhile: a replay (nothing was stored)."""


@dataclass
class Accepted:
    """What a batch left: (message id, first received time) per message, in order, and the new ids."""

    entries: list[tuple[str, int]] = field(default_factory=list)
    new: list[str] = field(default_factory=list)  # filed in the inbox now
    signing: object = None
    arrived: list[str] = field(default_factory=list)  # taken in now, to be filed later

    @property
    def receipts(self) -> list[dict]:
        """One signed receipt per message (for senders that know only single receipts)."""
        return [make_receipt(self.signing, m, t) for m, t in self.entries]

    def answer(self, batch: bool) -> bytes:
        """The receipts on the wire: one batch receipt signed once, or single receipts."""
        if batch and self.entries:
            return sign_batch(self.signing, self.entries)
        return pack_receipts(self.receipts)


def _reason(exc: Exception) -> str:
    if isinstance(exc, UnknownCodeError):
        return "unknown-codebook"
    if isinstance(exc, ValidationError):
        return "malformed"
    if isinstance(exc, DecodeError):
        return str(exc.params.get("reason") or "malformed")
    return "malformed"


def refusal(exc: Exception, trace: str = "") -> ItemError:
    """The refusal of one envelope that failed to open with ``exc`` (``trace``: from an opener process)."""
    if isinstance(exc, (DecodeError, ValidationError, UnknownCodeError)):
        return ItemError(-1, None, _reason(exc), exc.message(), str(exc.params.get("cause") or ""))
    # a check that should have refused it cleanly did not: refuse it all the same (logged with the trace)
    if trace:
        return ItemError(-1, None, "malformed", str(UNREADABLE), f"unexpected {type(exc).__name__}\n{trace}")
    return ItemError(-1, None, "malformed", str(UNREADABLE), f"unexpected {type(exc).__name__}", exc)


def _open(station, env: bytes) -> "Opened | ItemError":
    """Open one envelope (any thread: no database); the opened message, or the ItemError refusing it."""
    try:
        return station.open_envelope(env)
    except StorageError:
        raise  # this station cannot store now: not the message's fault (the endpoint answers 503)
    except Exception as exc:  # noqa: BLE001 - one bad message never fails the whole request
        return refusal(exc)


def use_processes(count: int, box_keys: list | None = None) -> None:
    """Open batches of at least :data:`PROCESSES_FROM` envelopes in ``count`` worker processes (0: threads).

    ``box_keys``: the station's decryption keys, to start the workers now rather than at the first batch.
    """
    global PROCESSES
    PROCESSES = max(0, count)
    if not PROCESSES:
        open_pool.shutdown()
    elif box_keys:
        open_pool.start(box_keys, PROCESSES)


def _open_all(station, envelopes: list[bytes]) -> list:
    """Open every envelope of a batch: in the opener processes if there are some, or on the opener threads
    when the batch is large enough."""
    if PROCESSES and len(envelopes) >= PROCESSES_FROM:
        opened = open_pool.open_all(station, envelopes, PROCESSES, refusal)
        if opened is not None:
            return opened
    if len(envelopes) < PARALLEL_FROM or OPENERS == 1:
        return [_open(station, env) for env in envelopes]
    step = -(-len(envelopes) // OPENERS)
    chunks = [envelopes[i:i + step] for i in range(0, len(envelopes), step)]
    futures = [_openers().submit(lambda part: [_open(station, env) for env in part], c) for c in chunks]
    return [item for future in futures for item in future.result()]


def _take(station, opened: Opened, via: str, now: int, authors: dict) -> "dict | ItemError":
    """The inbox record of an opened message this station may keep, or the ItemError refusing it.

    ``authors`` caches (peer id, revoked) per author key for one batch (database thread only).
    """
    known = authors.get(opened.author_pk)
    if known is None:
        author_peer = station.directory.id_for_key(opened.author_pk, now=now)
        known = authors[opened.author_pk] = (
            author_peer, author_peer is not None and station.peer_is_revoked(author_peer))
    author_peer, revoked = known
    if author_peer is None:
        return ItemError(-1, opened.msg_id, "unknown-author", "the author is not in this station's directory")
    if revoked:
        return ItemError(-1, opened.msg_id, "revoked", "the author's keys were revoked")
    return inbox_meta(opened.content, author_peer, via)


def accept(station, envelopes: list[bytes], deliverer, *, from_bundle: bool = False,
           now: int | None = None, signing=None, nonce: tuple[bytes, int, int] | None = None,
           defer: bool = False) -> Accepted:
    """Check and store ``envelopes`` delivered by ``deliverer``; return a receipt for each.

    ``deliverer`` is the peer that delivered them (the request's signer or the bundle's
    author). A message's author must be a peer in the directory: the deliverer itself,
    or another station whose message the deliverer relays. ``signing``: the key that
    signs the receipts (the one the deliverer addressed; the current key by default).
    The envelopes are opened on the opener threads (see :data:`OPENERS`); the directory and
    the database are used on the calling thread only, so there is still one writer.
    ``nonce`` (nonce, now, keep): the request's nonce, recorded in the transaction that stores
    the batch (raises :class:`Replayed` if it was recorded meanwhile).
    ``defer``: a batch of at least :data:`DEFER_FROM` messages with no urgent report is only taken in
    (kept among the arrivals, with its audit entry) and filed in the inbox later (``station/filing.py``);
    its receipts are the same, and its ids are in ``Accepted.arrived`` instead of ``Accepted.new``.
    """
    signing = signing or station.keys.signing
    now = int(time.time()) if now is None else now
    ids: list[str | None] = []
    for env in envelopes:
        try:
            ids.append(envelope_id(env))
        except DecodeError:
            ids.append(None)
    known = station.incoming.received_at([i for i in ids if i])
    errors: list[ItemError] = []
    rows: list[dict] = []
    opened_all = []
    seen: set[str] = set()
    authors: dict = {}
    for index, (env, opened) in enumerate(zip(envelopes, _open_all(station, envelopes))):
        try:
            taken = opened if isinstance(opened, ItemError) else _take(station, opened, deliverer.id, now, authors)
        except StorageError:
            raise  # this station cannot store now: not the message's fault (the endpoint answers 503)
        except Exception as exc:  # noqa: BLE001 - one bad message never fails the whole request
            taken = ItemError(index, None, "malformed", str(UNREADABLE), f"unexpected {type(exc).__name__}", exc)
        if isinstance(taken, ItemError):
            taken.index, taken.msg_id = index, taken.msg_id or ids[index]
            errors.append(taken)
            continue
        opened_all.append(opened)
        if opened.msg_id in known or opened.msg_id in seen:
            continue
        seen.add(opened.msg_id)
        rows.append({"id": opened.msg_id, "received_at": now, "envelope": bytes(env), "peer_id": deliverer.id,
                     "meta": taken, "content": opened.content, "checked": True, "payload": opened.signed_payload})
    if errors:
        # a bundle's importer reports the refusal itself: only the log file hears of it here
        say = log.info if from_bundle else log.warning
        for error in errors[:_LOGGED]:  # once per message, with a trace only for the unforeseen
            say("message %s from %s refused: %s (%s)", error.msg_id, deliverer.id, error.reason,
                error.cause or error.detail, exc_info=error.exc)
        if len(errors) > _LOGGED:
            say("%d more message(s) from %s refused", len(errors) - _LOGGED, deliverer.id)
        raise BatchRefused(errors)
    received = {**known, **{row["id"]: now for row in rows}}
    entries = [(o.msg_id, received[o.msg_id]) for o in opened_all]
    if defer and not from_bundle and len(rows) >= DEFER_FROM and not any(is_urgent(r["content"]) for r in rows):
        items = [Arrival(r["id"], now, deliverer.id, r["meta"]["author_peer"], r["envelope"], r["payload"])
                 for r in rows]
        details = [(r["id"], {"peer": deliverer.id, "author": r["meta"]["author_peer"], "type": r["meta"]["type"]})
                   for r in rows]
        with _writer:
            if not station.incoming.take_in(items, details, nonce):
                raise Replayed()
        log.info("%d new message(s) from %s taken in, to be filed", len(rows), deliverer.id)
        return Accepted(entries, [], signing, [r["id"] for r in rows])
    returns = [(row["id"], deliverer.id, now) for row in rows] if from_bundle else []
    with _writer:
        if not station.incoming.add(rows, returns, nonce):
            raise Replayed()
    result = Accepted(entries, [row["id"] for row in rows], signing)
    for row in rows:
        answer_ping(station, row["content"], row["id"])
    if rows:
        log.info("%d new message(s) from %s", len(rows), deliverer.id)
    return result
