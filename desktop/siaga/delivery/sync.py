"""Store-and-forward delivery of the outbox to peers, with receipts, retries and backoff.

Each outbox message has a delivery per recipient: ``queued`` -> ``sending`` ->
``delivered`` (a receipt signed by the recipient was verified and kept), or
``failed-retrying`` with the last error in words and a next attempt time
(exponential backoff with jitter, per peer), and ``given-up`` only after
``GIVE_UP_AFTER`` seconds *and* ``GIVE_UP_ATTEMPTS`` attempts, or at once when
the recipient refused that one message for good (it says why).

Crash safety: a delivery is marked ``sending`` before its batch leaves and
``delivered`` only when the receipt is verified, each in one transaction. A
crash in between leaves ``sending``, which the next pass sends again; the
receiver recognises the id and answers with the same receipt, so nothing is
lost and nothing is duplicated.

Network work runs on worker threads, one per peer (a dead peer only costs its
own time-out); the database is touched only on the calling thread.

A peer cannot hold delivery up: every request has a wall-clock deadline
(connecting, sending and the whole answer, however slowly it trickles in), an
answer is read up to ``MAX_ANSWER_BYTES`` and JSON in it up to
``MAX_JSON_DEPTH`` levels, and a pass with a time limit (``watch``) leaves a
slow peer's worker to finish in the background: later passes serve the other
peers and start no second worker for that peer while its first one runs.
A batch the receiver fails on (HTTP 500) is split until the message that
causes it is alone; the others are delivered.
"""

from __future__ import annotations

import json
import logging
import os
import queue
import random
import re
import socket
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Callable

import requests
from urllib3 import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.exceptions import ConnectTimeoutError, NewConnectionError

from ..base.encoding import b64d, b64e
from ..base.errors import DecodeError
from ..interop import stix
from ..protocol.batch_receipt import BATCH_RECEIPT_CONTENT_TYPE, is_batch_answer, open_batch
from ..protocol.envelope import open_with_key
from ..protocol.statements import CARD, read_statement
from ..protocol.transport import (
    BATCH_CONTENT_TYPE,
    RECEIPTS_CONTENT_TYPE,
    make_receipt,
    pack_batch,
    pack_receipts,
    sign_request,
    unpack_receipts,
    verify_receipt,
)
from ..storage.states import DELIVERED, GAVE_UP, QUEUED, RELAYED, RETRYING, SENDING
from . import tls_pin
from .batch_policy import BatchPolicy, rebatch
from .link_state import UNREACHABLE, UP, error_fields, http_refusal, link_of, no_answer, not_connected
from .resume import HEADER_ANSWERED, HEADER_OFFSET, HEADER_UPLOAD

log = logging.getLogger("siaga.sync")

#: messages per delivery batch: the one place this size is set (the batch is receipted as a whole)
BATCH_MESSAGES = 250
#: batches to one peer in flight at once, each on its own connection: the receiver opens one
#: while it stores the other, and this station records the receipts of one while the next travels
IN_FLIGHT = 2
#: a peer's last success is written again at most this often (seconds) while nothing fails
HEALTH_EVERY = 10
BATCH_BYTES = 4 * 1024 * 1024
CONNECT_TIMEOUT = 5.0
READ_TIMEOUT = 60.0
BACKOFF_BASE = 5.0
BACKOFF_MAX = 3600.0
#: a delivery is given up only after both of these: two weeks and 60 attempts
GIVE_UP_AFTER = 14 * 24 * 3600
GIVE_UP_ATTEMPTS = 60
PROBE_TIMEOUT = 3.0
#: wall-clock seconds for one whole request (connect, send, the complete answer): a per-read
#: time-out alone never ends an answer that trickles in a byte at a time
REQUEST_DEADLINE = 120.0
#: the most of an answer this station reads (receipts for a full batch are ~100 KiB, a refusal
#: naming each of 1,000 messages a few hundred KiB)
MAX_ANSWER_BYTES = 4 * 1024 * 1024
#: JSON in an answer nested deeper than this is refused before it is parsed
MAX_JSON_DEPTH = 32
#: how long a pass started by ``watch`` waits for its workers before it leaves the slow ones to
#: finish in the background (they report to a later pass)
PASS_WAIT = 10.0
#: a batch the receiver failed on (HTTP 500) is split in halves to find the message that causes
#: it; this many requests at most per batch
MAX_SPLIT_REQUESTS = 64
#: a batch cut in the middle goes on from where the receiver has it at most this many times
MAX_RESUMES = 8
#: a batch whose answer was cut off this many times before is split like one that got a 500
CUT_SPLIT_AFTER = 2
RELAY_QUERY = 2000  # message ids per question to a hub
TAXII_BATCH = 250  # reports per TAXII add-objects request (the best size measured against medallion)
TAXII_WAIT = 120  # seconds to wait for a TAXII status to complete
#: item refusals that can never succeed by resending
PERMANENT = {"wrong-recipient", "tampered", "bad-signature", "malformed", "unknown-codebook", "oversized",
             "revoked"}


def backoff(attempts: int, rng: Callable[[], float] = random.random) -> float:
    """Seconds to wait after ``attempts`` failed attempts: doubling, capped, with ±50% jitter."""
    return min(BACKOFF_MAX, BACKOFF_BASE * 2 ** max(0, attempts - 1)) * (0.5 + rng())


@dataclass
class PeerSummary:
    peer_id: str
    name: str
    delivered: int = 0
    relayed: int = 0
    failed: int = 0
    given_up: int = 0
    error: str = ""  # a Reason when typed (link_state): why the last batch failed
    link: str = UP  # up, refused, unreachable or failing (link_state.link_of of the error)


@dataclass
class SyncSummary:
    attempted: int = 0
    delivered: int = 0
    relayed: int = 0
    failed: int = 0
    given_up: int = 0
    receipts_returned: int = 0
    peers: list[PeerSummary] = field(default_factory=list)
    waiting: int = 0  # deliveries still queued or retrying after the pass
    in_background: int = 0  # deliveries a slow peer's worker is still sending (a later pass reports them)

    def to_dict(self) -> dict:
        return {**{k: v for k, v in self.__dict__.items() if k != "peers"},
                "peers": [p.__dict__ for p in self.peers]}


@dataclass
class _Outcome:
    """What a worker learned about one batch (reported to the database thread)."""

    peer_id: str
    msg_ids: list[str]
    receipts: dict[str, dict] = field(default_factory=dict)
    refused: dict[str, tuple[str, str]] = field(default_factory=dict)  # id -> (reason, detail)
    error: str = ""  # the whole batch failed with this (network, 5xx, request refused)
    failing: dict[str, str] = field(default_factory=dict)  # id -> why the receiver fails on it alone (5xx)
    bytes_sent: int = 0
    resumed: int = 0  # times a cut batch went on from where the receiver had it (resume.py)
    returned: list[str] = field(default_factory=list)  # bundle receipts the peer has now taken back
    statements: list[str] = field(default_factory=list)  # key statements the peer has now applied
    relayed: dict[str, dict] = field(default_factory=dict)  # id -> the hub's receipt (accepted for relay)
    hub: str = ""  # the hub that carried this batch, if any
    final: dict[str, dict] = field(default_factory=dict)  # id -> recipient's receipt fetched from a hub
    taxii: dict[str, dict] = field(default_factory=dict)  # id -> TAXII status that shows its objects stored
    cut: bool = False  # the connection broke after it was made (the link, not the peer): see batch_policy
    too_slow: bool = False  # the request ran past its deadline


class AnswerRefused(requests.exceptions.RequestException):
    """A peer's answer this station will not read: too large, too deeply nested, or in an encoding not asked for."""


class Overdue(requests.exceptions.Timeout):
    """A request did not finish (connect, send, whole answer) within its deadline."""


_STRINGS = re.compile(rb'"(?:[^"\\]|\\.)*"')


def json_depth(data: bytes) -> int:
    """How deeply the arrays and objects in a JSON text nest (strings are skipped), without parsing it."""
    depth = deepest = 0
    brackets = _STRINGS.sub(b"", data).translate(None, delete=bytes(set(range(256)) - set(b"[]{}")))
    for byte in brackets:
        if byte in (0x5B, 0x7B):
            depth += 1
            deepest = max(deepest, depth)
        else:
            depth -= 1
    return deepest


def parse_answer(body: bytes):
    """JSON from a peer's answer, refused when nested deeper than ``MAX_JSON_DEPTH`` (before parsing it)."""
    if json_depth(body) > MAX_JSON_DEPTH:
        raise AnswerRefused(f"the answer is JSON nested more than {MAX_JSON_DEPTH} levels deep")
    return json.loads(body)


def describe_http_error(status: int, body: bytes) -> tuple[str, str, list]:
    """(reason, words, items) for a refused request."""
    try:
        doc = parse_answer(body)
        reason, detail, items = doc.get("error", ""), doc.get("detail", ""), doc.get("items") or []
        reason, detail = str(reason)[:100], str(detail)[:500]
    except AnswerRefused as exc:
        reason, detail, items = "", str(exc), []
    except (ValueError, AttributeError):
        reason, detail, items = "", body[:200].decode("utf-8", "replace"), []
    words = http_refusal(status, reason, detail)  # typed: refused, or failing (link_state)
    if reason == "unknown-sender":
        return reason, words, items
    return reason or ("server" if status >= 500 else "refused"), words, items


def _watched(session: requests.Session) -> requests.Session:
    """``session`` with connections the deadline watch can cut off (see :class:`_Watch`)."""
    for adapter in session.adapters.values():
        manager = getattr(adapter, "poolmanager", None)
        if manager is not None:
            manager.pool_classes_by_scheme = {"http": _WatchedHTTPPool, "https": _WatchedHTTPSPool}
    return session


class Sync:
    """One station's sync engine. Call :meth:`run_once`, or :meth:`watch` to keep going."""

    def __init__(self, station, *, session_factory: Callable[[], requests.Session] = requests.Session,
                 clock: Callable[[], float] = time.time, rng: Callable[[], float] = random.random,
                 timeout: tuple[float, float] = (CONNECT_TIMEOUT, READ_TIMEOUT),
                 deadline: float = REQUEST_DEADLINE, batch_policy: BatchPolicy | None = None) -> None:
        self.station = station
        self.batch_policy = batch_policy or BatchPolicy(ceiling=BATCH_BYTES)
        self.session_factory = session_factory
        self.clock = clock
        self.rng = rng
        self.timeout = timeout
        self.deadline = deadline
        self.bytes_sent = 0
        # workers outlive a pass that stopped waiting for them: what they report, and what they carry
        self._out: queue.Queue = queue.Queue()  # (job key, _Outcome or None when the job ends)
        self._busy: dict[str, int] = {}  # job key -> deliveries it carries (a peer id, or "poll:" + hub id)
        self._inflight: dict[tuple[str, str], dict] = {}  # (msg id, peer id) -> the delivery as planned
        self._success_at: dict[str, int] = {}  # peer id -> when this engine last wrote its last_success

    def _session(self) -> requests.Session:
        """A session whose requests the deadline watch can cut off (see :class:`_Watch`)."""
        return _watched(self.session_factory())

    @staticmethod
    def _verify(session: requests.Session, peer):
        """Check ``peer``'s pinned certificate on ``session`` (see :mod:`tls_pin`), its requests still watched."""
        verify = tls_pin.secure(session, peer)
        _watched(session)  # a pinned peer's adapter is new: its connections must be cut off at the deadline too
        return verify

    def _exchange(self, session: requests.Session, method: str, url: str, *, deadline: float | None = None,
                  limit: int = MAX_ANSWER_BYTES, **kw) -> requests.Response:
        """One request, finished within ``deadline`` seconds wall-clock, its answer read up to ``limit`` bytes.

        Past the deadline the connection is shut, whatever stage the request is at (raises
        :class:`Overdue`); an answer over the limit raises :class:`AnswerRefused` and is not read further.
        """
        deadline = self.deadline if deadline is None else deadline
        watch = _Watch(deadline)
        _current.watch = watch
        headers = {"Accept-Encoding": "identity", **kw.pop("headers", {})}
        try:
            response = session.request(method, url, headers=headers, stream=True, allow_redirects=False, **kw)
            try:
                encoding = response.headers.get("Content-Encoding", "identity").strip().lower()
                if encoding not in ("", "identity"):
                    raise AnswerRefused(f"the answer came {encoding}-encoded; this station asked for it plain")
                declared = response.headers.get("Content-Length", "")
                if declared.isdigit() and int(declared) > limit:
                    raise AnswerRefused(f"the answer is larger than {limit} bytes")
                parts, size = [], 0
                for chunk in response.iter_content(65536):
                    size += len(chunk)
                    if size > limit:
                        raise AnswerRefused(f"the answer is larger than {limit} bytes")
                    parts.append(chunk)
                response._content = b"".join(parts)  # read to the end: the connection goes back to the pool
            except BaseException:
                response.close()  # not read to the end: the connection is not reused
                raise
        except requests.exceptions.RequestException as exc:
            if watch.expired and not isinstance(exc, AnswerRefused):
                raise Overdue(f"no complete answer within {deadline:.0f} s") from None
            raise
        finally:
            _current.watch = None
            watch.finish()
        if watch.expired:
            raise Overdue(f"no complete answer within {deadline:.0f} s")
        return response

    # -- planning (database thread) ---------------------------------------------

    def _plan(self, now: int) -> dict[str, list[dict]]:
        due = self.station.outgoing.due_deliveries(now)  # each knows its urgency without opening its record
        if not due:
            return {}
        by_peer: dict[str, list[dict]] = {}
        for d in sorted(due, key=lambda d: (not d["urgent"], d["seq"])):
            by_peer.setdefault(d["peer_id"], []).append(d)
        return by_peer

    def _batches(self, deliveries: list[dict]) -> list[list[tuple[str, bytes]]]:
        envelopes = self.station.outgoing.envelopes([d["msg_id"] for d in deliveries])
        limit = self.batch_policy.limit(deliveries[0]["peer_id"]) if deliveries else BATCH_BYTES
        return rebatch([(d["msg_id"], envelopes[d["msg_id"]]) for d in deliveries], min(limit, BATCH_BYTES),
                       BATCH_MESSAGES)

    # -- network (worker threads) -----------------------------------------------

    def _post(self, session: requests.Session, peer, path: str, body: bytes, content_type: str,
              signing=None, accept: str = "", extra: dict[str, str] | None = None,
              offset: int = 0) -> requests.Response:
        """POST ``body``, signed whole; ``offset``: only the bytes from there are sent (the rest of a cut upload)."""
        headers = sign_request(signing or self.station.keys.signing, "POST", path, body, peer.card.sign_pk,
                               now=self.clock())
        headers["Content-Type"] = content_type
        if accept:
            headers["Accept"] = accept
        headers.update(extra or {})
        return self._exchange(session, "POST", peer.url + path, data=body[offset:] if offset else body,
                              headers=headers, timeout=self.timeout, verify=self._verify(session, peer))

    def _post_batch(self, session: requests.Session, conn, path: str, body: bytes, outcome: "_Outcome",
                    resumable: bool) -> requests.Response:
        """Post a batch; when the link cuts it in the middle, send only what the receiver lacks (resume.py).

        A receiver that does not keep cut uploads (an earlier version) answers the question
        with 404: the cut is then the caller's, as before (the batch goes again whole).
        """
        accept = f"{BATCH_RECEIPT_CONTENT_TYPE}, {RECEIPTS_CONTENT_TYPE}"
        upload = {HEADER_UPLOAD: b64e(os.urandom(16))} if resumable else {}
        try:
            # a receiver that knows batch receipts signs once for the batch; an older one ignores this
            return self._post(session, conn, path, body, BATCH_CONTENT_TYPE, accept=accept, extra=upload)
        except _CUT as exc:
            if not upload or _never_connected(exc):
                raise
            cut = exc
        for _ in range(MAX_RESUMES):
            try:
                answer = self._exchange(session, "GET", conn.url + "/v1/upload/" + upload[HEADER_UPLOAD],
                                        deadline=PROBE_TIMEOUT * 4, timeout=self.timeout,
                                        verify=self._verify(session, conn))
                if answer.status_code == 200 and answer.headers.get(HEADER_ANSWERED) == "yes":
                    return answer  # it had arrived whole and was taken in: this is its answer, cut before
                have = answer.json().get("have") if answer.status_code == 200 else None
            except (requests.exceptions.RequestException, Overdue, ValueError, AttributeError):
                raise cut from None
            outcome.bytes_sent += _wire_overhead(answer) + len(answer.content)
            if not isinstance(have, int) or isinstance(have, bool) or not 0 <= have <= len(body):
                raise cut
            outcome.bytes_sent += len(body) - have
            outcome.resumed += 1
            try:
                response = self._post(session, conn, path, body, BATCH_CONTENT_TYPE, accept=accept,
                                      extra={**upload, HEADER_OFFSET: str(have)}, offset=have)
                if not (have and response.status_code == 409 and b'"upload-unknown"' in response.content[:200]):
                    return response
                # the start is no longer held there (expired): the batch goes whole, resumable again
                outcome.bytes_sent += len(body)
                return self._post(session, conn, path, body, BATCH_CONTENT_TYPE, accept=accept, extra=upload)
            except _CUT as exc:
                if _never_connected(exc):
                    raise
                cut = exc
        raise cut

    def _send_peer(self, peer, batches: list[list[tuple[str, bytes]]], out: "queue.Queue[_Outcome | None]",
                   returns: list[tuple[str, int]], stop: threading.Event, statements: list[str] = (),
                   hub=None, suspects: frozenset = frozenset()) -> None:
        session = self._session()
        try:
            if not peer.url:  # reached through a hub: statements and receipts travel by bundle
                statements, returns = (), []
            if statements:
                error = self._send_statements(session, peer, statements, out)
                if error:
                    # the peer cannot know this station's keys yet: the messages wait
                    for batch in batches:
                        out.put(_Outcome(peer.id, [m for m, _ in batch], error=error))
                    return
            if returns:
                self._return_receipts(session, peer, returns, out)
            self._send_batches(session, peer, batches, out, stop, hub, suspects)
        finally:
            session.close()
            out.put(None)

    def _send_batches(self, session: requests.Session, peer, batches: list[list[tuple[str, bytes]]], out,
                      stop: threading.Event, hub=None, suspects: frozenset = frozenset()) -> None:
        """Send a peer's batches: side by side on a link that has not been cut, one at a time on one that has."""
        if len(batches) > 1 and self.batch_policy.side_by_side(peer.id):
            self._send_in_lanes(session, peer, batches, out, stop, hub, suspects)
        else:
            self._send_in_turn(session, peer, batches, out, stop, hub, suspects)

    def _send_in_turn(self, session: requests.Session, peer, batches: list[list[tuple[str, bytes]]], out,
                      stop: threading.Event, hub=None, suspects: frozenset = frozenset()) -> None:
        """Send a peer's batches in order; after a cut, the rest goes again at once in smaller batches."""
        pending = list(batches)
        carried = 0  # bytes of cut attempts, counted with the next outcome
        while pending:
            if stop.is_set():
                break
            batch = pending.pop(0)
            outcome = self._send_measured(session, peer, batch, hub, suspects)
            nothing_done = not (outcome.receipts or outcome.relayed or outcome.refused or outcome.failing)
            if outcome.cut and outcome.error and nothing_done and self.batch_policy.after_cut(peer.id, sum(len(e) + 4 for _, e in batch)):
                carried += outcome.bytes_sent
                rest = [item for b in [batch, *pending] for item in b]
                pending = rebatch(rest, self.batch_policy.limit(peer.id), BATCH_MESSAGES)
                continue
            if outcome.too_slow:
                self.batch_policy.after_cut(peer.id, sum(len(e) + 4 for _, e in batch))  # smaller next time
            outcome.bytes_sent += carried
            carried = 0
            out.put(outcome)
            if outcome.error:
                # the peer is unreachable or refuses this station: the rest waits for the next attempt
                for rest_batch in pending:
                    out.put(_Outcome(peer.id, [m for m, _ in rest_batch], error=outcome.error))
                break
            self.batch_policy.after_success(peer.id, sum(len(e) + 4 for _, e in batch))

    def _send_in_lanes(self, session: requests.Session, peer, batches: list[list[tuple[str, bytes]]], out,
                       stop: threading.Event, hub=None, suspects: frozenset = frozenset()) -> None:
        """Send the batches in order, up to ``IN_FLIGHT`` at once (each lane with its own connection).

        The first batch (it holds any urgent report) goes alone, so it arrives first; the
        others follow side by side. Only the first is cut in advance: each lane cuts its next
        batch from what is left when it is ready for one, at the batch policy's limit of that
        moment, so on a fast link the batches grow to ``BATCH_MESSAGES`` after a few (the
        limit doubles after each batch that came through) instead of all keeping the
        starting size. When one fails (the peer is unreachable or refuses this station), no
        further batch starts: what was not sent waits for the next attempt with the same error.
        """
        lock = threading.Lock()
        if not batches or stop.is_set():
            return
        first, left = batches[0], deque(item for batch in batches[1:] for item in batch)
        failed: list[str] = []
        outcome = self._send_measured(session, peer, first, hub, suspects)
        self._learn(peer.id, first, outcome)
        out.put(outcome)
        if outcome.error:
            failed.append(outcome.error)
        elif not self.batch_policy.side_by_side(peer.id):  # the first batch showed a slow link: one at a time
            self._send_in_turn(session, peer, rebatch(list(left), self.batch_policy.limit(peer.id), BATCH_MESSAGES),
                               out, stop, hub, suspects)
            return

        def lane(lane_session: requests.Session) -> None:
            while True:
                with lock:
                    if failed or stop.is_set() or not left:
                        return
                    batch = _cut_next(left, min(self.batch_policy.limit(peer.id), BATCH_BYTES), BATCH_MESSAGES)
                outcome = self._send_measured(lane_session, peer, batch, hub, suspects)
                self._learn(peer.id, batch, outcome)
                out.put(outcome)
                if outcome.error:
                    with lock:
                        failed.append(outcome.error)

        extra = [self._session() for _ in range(min(IN_FLIGHT, len(batches) - 1) - 1)] if not failed else []
        threads = [threading.Thread(target=lane, args=(s,), name=f"siaga-sync-{peer.id}-lane", daemon=True)
                   for s in extra]
        try:
            for thread in threads:
                thread.start()
            if not failed:
                lane(session)
            for thread in threads:
                thread.join()
        finally:
            for s in extra:
                s.close()
        if failed and left:
            for rest in rebatch(list(left), BATCH_BYTES, BATCH_MESSAGES):
                out.put(_Outcome(peer.id, [m for m, _ in rest], error=failed[0]))

    def _send_measured(self, session: requests.Session, peer, batch: list[tuple[str, bytes]], hub=None,
                       suspects: frozenset = frozenset()) -> _Outcome:
        """:meth:`_send_batch`, and what it took tells the batch policy the link's rate."""
        started = time.monotonic()
        outcome = self._send_batch(session, peer, batch, hub, suspects)
        if not (outcome.error or outcome.cut or outcome.too_slow):
            self.batch_policy.measured(peer.id, outcome.bytes_sent, time.monotonic() - started)
        return outcome

    def _learn(self, peer_id: str, batch: list[tuple[str, bytes]], outcome: "_Outcome") -> None:
        """What a batch sent side by side says about the link: a cut makes the next ones smaller (and single file)."""
        if outcome.cut or outcome.too_slow:
            self.batch_policy.after_cut(peer_id, sum(len(e) + 4 for _, e in batch))
        elif not outcome.error:
            self.batch_policy.after_success(peer_id, sum(len(e) + 4 for _, e in batch))

    def _send_batch(self, session: requests.Session, peer, batch: list[tuple[str, bytes]], hub=None,
                    suspects: frozenset = frozenset()) -> _Outcome:
        """Post one batch to the peer, or to the hub that relays to it; verify the receipts.

        A batch the receiver fails on (HTTP 500, or an answer cut off again and again for the
        ``suspects``) is split in halves until the message that causes it is alone: the others
        are delivered, that one is marked failing with the receiver's words.
        """
        outcome = _Outcome(peer.id, [m for m, _ in batch], hub=hub.id if hub else "")
        budget = [MAX_SPLIT_REQUESTS]
        self._deliver(session, peer, hub, list(batch), outcome, suspects, budget)
        return outcome

    def _deliver(self, session, peer, hub, pending: list[tuple[str, bytes]], outcome: _Outcome,
                 suspects: frozenset, budget: list[int]) -> None:
        """Send ``pending`` (splitting it when the receiver fails on it); '' in outcome.error while all goes well."""
        conn, path = (hub, "/v1/relay/" + b64e(peer.card.sign_pk)) if hub else (peer, "/v1/messages")
        while pending:
            body = pack_batch([env for _, env in pending])
            outcome.bytes_sent += len(body)
            budget[0] -= 1
            failure = ""
            try:
                response = self._post_batch(session, conn, path, body, outcome, resumable=hub is None)
            except requests.exceptions.SSLError as exc:
                outcome.error = f"TLS check of {peer.url} failed: {_short(exc)}"
                return
            except Overdue as exc:
                outcome.error = no_answer(f"{exc} from {conn.url}", conn.url)
                outcome.too_slow = True  # perhaps too large for this link: the next batch is smaller
                return
            except requests.exceptions.Timeout:
                outcome.error = no_answer(f"no answer from {peer.url} within {self.timeout[1]:.0f} s", peer.url)
                return
            except AnswerRefused as exc:
                outcome.error = f"{conn.url} answered with something this station does not read: {exc}"
                return
            except _CUT as exc:  # refused or broken off (a broken answer: the batch may have arrived)
                outcome.error = not_connected(peer.url, _short(exc))
                outcome.cut = not _never_connected(exc)
                if _never_connected(exc) or not all(m in suspects for m, _ in pending):
                    return
                failure = outcome.error  # the answer was cut off, again: the batch itself may be the cause
            except requests.exceptions.RequestException as exc:
                outcome.error = f"request to {peer.url} failed: {_short(exc)}"
                return
            if not failure:
                outcome.bytes_sent += _wire_overhead(response) + len(response.content)
                if response.status_code == 200:
                    try:
                        sent = {m for m, _ in pending}
                        kept = outcome.relayed if hub else outcome.receipts
                        if is_batch_answer(response.content):  # one signature checked for the whole batch
                            for receipt in open_batch(response.content, conn.card.sign_pk):
                                if receipt["id"] in sent:
                                    kept[receipt["id"]] = receipt
                        else:
                            for receipt in unpack_receipts(response.content):
                                if receipt["id"] in sent:
                                    kept[receipt["id"]] = verify_receipt(receipt, conn.card.sign_pk)
                    except DecodeError as exc:
                        outcome.error = f"the peer's receipts do not check out: {exc.message()}"
                    return
                reason, words, items = describe_http_error(response.status_code, response.content)
                # refusals name each bad message by its position in the batch (its id may be unreadable)
                bad: dict[str, tuple[str, str]] = {}
                for item in items if isinstance(items, list) else []:
                    index = item.get("index") if isinstance(item, dict) else None
                    if isinstance(index, int) and 0 <= index < len(pending) and item.get("error") in PERMANENT:
                        bad[pending[index][0]] = (str(item["error"]), str(item.get("detail", "")))
                if bad:
                    outcome.refused.update(bad)
                    pending = [(m, e) for m, e in pending if m not in bad]
                    continue  # the others go again at once, without the refused ones
                if response.status_code != 500:
                    outcome.error = words
                    return
                failure = words
            # the receiver failed on this batch: find the message that causes it
            if len(pending) == 1:
                outcome.error = ""
                outcome.failing[pending[0][0]] = f"{failure} (on this message alone; the others were sent)"
                return
            if budget[0] <= 0:
                outcome.error = failure
                return
            outcome.error = ""
            half = len(pending) // 2
            for part in (pending[:half], pending[half:]):
                self._deliver(session, peer, hub, part, outcome, suspects, budget)
                if outcome.error:
                    return
            return

    def _send_statements(self, session, peer, statements: list[str], out) -> str:
        """Deliver key statements first (signed with the key the peer knows); '' or the error."""
        keyring = self.station.keys.signing_keys()
        for text in statements:
            statement = b64d(text, "key statement")
            parsed = read_statement(statement)
            signing = keyring.get(parsed.old_pk)
            if signing is None:
                continue
            try:
                response = self._post(session, peer, "/v1/keys", statement, "application/json", signing=signing)
            except Overdue as exc:
                return no_answer(f"{exc} from {peer.url}", peer.url)
            except requests.exceptions.RequestException as exc:
                return not_connected(peer.url, _short(exc))
            if response.status_code == 422 and parsed.kind == CARD:
                # a station older than card updates refuses them: it keeps the card it has; nothing waits on it
                log.info("%s did not take this station's new card (HTTP 422); it keeps the one it has", peer.id)
            elif response.status_code != 200:
                return describe_http_error(response.status_code, response.content)[1]
            out.put(_Outcome(peer.id, [], statements=[text]))
        return ""

    def _poll_relay(self, hub, waiting: dict[str, list], out: "queue.Queue[_Outcome | None]") -> None:
        """Ask a hub for the recipients' receipts of messages it relays for this station."""
        session = self._session()
        try:
            found: list = []
            ids = sorted(waiting)
            for start in range(0, len(ids), RELAY_QUERY):
                body = json.dumps({"ids": ids[start:start + RELAY_QUERY]}).encode()
                try:
                    response = self._post(session, hub, "/v1/relay-receipts", body, "application/json")
                    answer = parse_answer(response.content)["receipts"] if response.status_code == 200 else []
                except (requests.exceptions.RequestException, ValueError, KeyError, TypeError):
                    break
                found.extend(answer if isinstance(answer, list) else [])
            by_target: dict[str, dict[str, dict]] = {}
            for item in found:
                if not isinstance(item, dict):
                    continue
                for target in waiting.get(item.get("id"), []):
                    if b64e(target.card.sign_pk) != item.get("receiver"):
                        continue
                    receipt = {k: item.get(k) for k in ("id", "received_at", "sig", "proof") if k in item}
                    try:
                        by_target.setdefault(target.id, {})[receipt["id"]] = verify_receipt(
                            receipt, target.card.sign_pk)
                    except DecodeError:
                        log.warning("hub %s passed on a receipt that does not check out", hub.id)
            for target_id, receipts in by_target.items():
                out.put(_Outcome(target_id, [], final=receipts))
        finally:
            session.close()
            out.put(None)

    def _return_receipts(self, session, peer, returns, out) -> None:
        receipts = [make_receipt(self.station.keys.signing, m, t) for m, t in returns]
        try:
            response = self._post(session, peer, "/v1/receipts", pack_receipts(receipts), RECEIPTS_CONTENT_TYPE)
        except requests.exceptions.RequestException:
            return
        if response.status_code == 200:
            out.put(_Outcome(peer.id, [], returned=[m for m, _ in returns]))

    # -- recording (database thread) --------------------------------------------

    def _record(self, outcome: _Outcome, attempts: dict[tuple[str, str], dict], summary: SyncSummary,
                per_peer: dict[str, PeerSummary]) -> None:
        outgoing = self.station.outgoing
        now = int(self.clock())
        if outcome.statements:
            for text in outcome.statements:
                self.station.statement_delivered(outcome.peer_id, text)
            return
        if outcome.final:
            outgoing.set_deliveries(outcome.peer_id, [
                (m, DELIVERED, (outgoing.delivery(m, outcome.peer_id) or {}).get("attempts", 1), 0,
                 {"receipt": r, "delivered_at": now}) for m, r in outcome.final.items()])
            summary.delivered += len(outcome.final)
            return
        if outcome.returned:
            outgoing.drop_return_receipts(outcome.peer_id, outcome.returned)
            summary.receipts_returned += len(outcome.returned)
            return
        if outcome.peer_id not in per_peer:  # a worker left running by an earlier pass reports now
            peer = next((p for p in self.station.peers() if p.id == outcome.peer_id), None)
            per_peer[outcome.peer_id] = PeerSummary(outcome.peer_id, peer.card.name if peer else "?")
        ps = per_peer[outcome.peer_id]
        updates = []
        for msg_id in outcome.msg_ids:
            d = attempts.pop((msg_id, outcome.peer_id), None)
            if d is None:
                continue
            tries = d["attempts"] + 1
            if msg_id in outcome.receipts:
                updates.append((msg_id, DELIVERED, tries, 0, {"receipt": outcome.receipts[msg_id], "delivered_at": now}))
                ps.delivered += 1
            elif msg_id in outcome.taxii:
                updates.append((msg_id, DELIVERED, tries, 0, {"taxii": outcome.taxii[msg_id], "delivered_at": now}))
                ps.delivered += 1
            elif msg_id in outcome.relayed:
                updates.append((msg_id, RELAYED, tries, 0, {"relayed_by": outcome.hub, "relayed_at": now,
                                                           "relay_receipt": outcome.relayed[msg_id]}))
                ps.relayed += 1
            elif msg_id in outcome.refused:
                reason, detail = outcome.refused[msg_id]
                updates.append((msg_id, GAVE_UP, tries, 0, {"error": f"refused by the peer ({reason}): {detail}",
                                                             "error_at": now}))
                ps.given_up += 1
            else:
                error = outcome.failing.get(msg_id) or outcome.error or "the peer sent no receipt for this message"
                old_enough = now - d["created_at"] >= GIVE_UP_AFTER and tries >= GIVE_UP_ATTEMPTS
                if old_enough:
                    updates.append((msg_id, GAVE_UP, tries, 0, {**error_fields(error), "error_at": now,
                                                                 "error": f"given up after {tries} attempts: {error}"}))
                    ps.given_up += 1
                else:
                    updates.append((msg_id, RETRYING, tries, now + int(backoff(tries, self.rng)),
                                    {**error_fields(error), "error_at": now}))
                    ps.failed += 1
                ps.error = error
        outgoing.set_deliveries(outcome.peer_id, updates)
        self.bytes_sent += outcome.bytes_sent
        health = ({"last_error": outcome.error, "last_error_at": now, "last_reason": error_fields(outcome.error).get(
            "reason")} if outcome.error else {"last_success": now})
        target = outcome.hub or outcome.peer_id
        # a success right after a success this engine wrote is not written again (a disk write per batch)
        if outcome.error or now - self._success_at.get(target, -HEALTH_EVERY) >= HEALTH_EVERY:
            self.station.update_peer(target, health=health)
            if outcome.error:
                self._success_at.pop(target, None)
            else:
                self._success_at[target] = now

    # -- the pass ---------------------------------------------------------------

    def run_once(self, progress: Callable[[int, int], None] | None = None,
                 stop: threading.Event | None = None, wait: float | None = None) -> SyncSummary:
        """Deliver everything that is due now; return what happened.

        ``wait`` bounds how long the pass waits for its workers (``None``: until each is done,
        which its request deadline bounds). A worker still running then goes on in the
        background and reports to a later pass; until it has, no pass starts another for its peer.
        """
        stop = stop or threading.Event()
        started = time.monotonic()
        outgoing = self.station.outgoing
        now = int(self.clock())
        summary = SyncSummary()
        per_peer: dict[str, PeerSummary] = {}
        self._drain(summary, per_peer)  # what workers of earlier passes have finished meanwhile
        revoked = self.station.revoked
        plan = {} if revoked else self._plan(now)  # a station that revoked its keys only says so
        peers = {p.id: p for p in self.station.pin_certificates()}  # older records get their pin stored
        busy = set(self._busy)
        returns = ({pid: outgoing.take_return_receipts(pid) for pid in peers if pid not in busy}
                   if not revoked else {})
        statements = self.station.pending_statements()
        targets = sorted(set(plan) | {pid for pid, r in returns.items() if r} | {p for p in statements if p in peers})
        targets = [t for t in targets if t not in busy]  # a slow peer's worker is still at it
        attempts: dict[tuple[str, str], dict] = {}
        jobs = []
        for peer_id in targets:
            peer = peers.get(peer_id)
            deliveries = plan.get(peer_id, [])
            per_peer[peer_id] = PeerSummary(peer_id, peer.card.name if peer else "?")
            hub = peers.get(peer.via) if peer is not None and peer.via else None
            reachable = bool(hub.url and not hub.revoked) if hub else bool(peer and peer.url)
            if peer is None or peer.revoked or not reachable:
                why = ("the peer was removed" if peer is None else "the peer's keys were revoked" if peer.revoked
                       else f"the relay hub {peer.via} cannot be reached: it has no endpoint URL or was revoked"
                       if peer.via else "the peer has no endpoint URL: carry its messages on a bundle")
                if deliveries and peer is not None and peer.revoked:
                    # a revocation stops all traffic: these can never be delivered
                    outgoing.set_deliveries(peer_id, [
                        (d["msg_id"], GAVE_UP, d["attempts"], 0, {"error": why, "error_at": now}) for d in deliveries])
                    per_peer[peer_id].given_up += len(deliveries)
                    per_peer[peer_id].error = why
                elif deliveries:
                    outgoing.set_deliveries(peer_id, [
                        (d["msg_id"], RETRYING, d["attempts"], now + int(BACKOFF_MAX), {"error": why, "error_at": now})
                        for d in deliveries])
                    per_peer[peer_id].failed += len(deliveries)
                    per_peer[peer_id].error = why
                continue
            for d in deliveries:
                attempts[(d["msg_id"], peer_id)] = d
            if deliveries:
                outgoing.set_deliveries(peer_id, [(d["msg_id"], SENDING, d["attempts"], now, None)
                                               for d in deliveries])
            urgent = any(d["urgent"] for d in deliveries)
            if peer.is_taxii:
                jobs.append((not urgent, peer_id, len(deliveries), self._send_taxii,
                             (peer, self._stix_for(deliveries), _OUT, stop)))
                continue
            suspects = frozenset(d["msg_id"] for d in deliveries if d["attempts"] >= CUT_SPLIT_AFTER)
            jobs.append((not urgent, peer_id, len(deliveries), self._send_peer,
                         (peer, self._batches(deliveries), _OUT, returns.get(peer_id, []), stop,
                          statements.get(peer_id, []), hub, suspects)))
        for hub, waiting in self._relay_polls(peers):
            if "poll:" + hub.id not in busy:
                jobs.append((True, "poll:" + hub.id, 0, self._poll_relay, (hub, waiting, _OUT)))
        self._inflight.update(attempts)
        total = len(attempts)
        summary.attempted = total
        done = 0
        if progress:
            progress(0, total)
        mine = set()
        for _, key, count, work, args in sorted(jobs, key=lambda j: j[:2]):  # peers with urgent reports first
            mine.add(key)
            self._busy[key] = count
            out = _JobQueue(key, self._out)
            args = tuple(out if a is _OUT else a for a in args)
            threading.Thread(target=self._job, args=(work, args, out), name=f"siaga-sync-{key}", daemon=True).start()
        while mine & set(self._busy):
            left = None if wait is None else wait - (time.monotonic() - started)
            if left is not None and left <= 0:
                break
            try:
                key, outcome = self._out.get(timeout=left)
            except queue.Empty:
                break
            done += self._take(key, outcome, summary, per_peer)
            if progress and outcome is not None and key in mine:
                progress(done, total)
        # anything marked sending but not reported (stopped early, or a worker that failed) goes back to
        # the queue, except what a worker still running in the background carries
        running = set(self._busy)
        leftover = [(m, p) for (m, p), d in attempts.items() if p not in running and (m, p) in self._inflight
                    and (outgoing.delivery(m, p) or {}).get("status") == SENDING]
        for msg_id, peer_id in leftover:
            outgoing.set_deliveries(peer_id, [(msg_id, QUEUED, attempts[(msg_id, peer_id)]["attempts"], now, None)])
            self._inflight.pop((msg_id, peer_id), None)
        self._summarise(summary, per_peer)
        if running:
            log.info("still sending to %s in the background", ", ".join(sorted(running)))
        log.info("sync pass: %d delivered, %d failed, %d given up, %d waiting",
                 summary.delivered, summary.failed, summary.given_up, summary.waiting)
        return summary

    def collect(self) -> SyncSummary | None:
        """Record what workers left running by earlier passes have finished; None if nothing."""
        if self._out.empty():
            return None
        summary, per_peer = SyncSummary(), {}
        self._drain(summary, per_peer)
        self._summarise(summary, per_peer)
        return summary

    @property
    def busy(self) -> set[str]:
        """Peers (and ``poll:`` hubs) whose worker is still running."""
        return set(self._busy)

    def _job(self, work, args, out: "_JobQueue") -> None:
        try:
            work(*args)
        except Exception:  # noqa: BLE001 - a worker's bug must not leave its peer busy for good
            log.exception("sync worker for %s failed", out.key)
            out.put(None)

    def _take(self, key: str, outcome: "_Outcome | None", summary: SyncSummary, per_peer: dict) -> int:
        """Record one report from a worker (database thread); the number of deliveries it settled."""
        if outcome is None:
            self._busy.pop(key, None)
            return 0
        self._record(outcome, self._inflight, summary, per_peer)
        return len(outcome.msg_ids)

    def _drain(self, summary: SyncSummary, per_peer: dict) -> None:
        while True:
            try:
                key, outcome = self._out.get_nowait()
            except queue.Empty:
                return
            self._take(key, outcome, summary, per_peer)

    def _summarise(self, summary: SyncSummary, per_peer: dict) -> None:
        for ps in per_peer.values():
            ps.link = link_of(ps.error)
            summary.delivered += ps.delivered
            summary.relayed += ps.relayed
            summary.failed += ps.failed
            summary.given_up += ps.given_up
        summary.peers = list(per_peer.values())
        summary.in_background = sum(self._busy.values())
        counts = self.station.outgoing.delivery_counts()
        summary.waiting = sum(counts.get(s, 0) for s in (QUEUED, SENDING, RETRYING))

    # -- TAXII 2.1 collections ---------------------------------------------------

    def _stix_for(self, deliveries: list[dict]) -> tuple[list[dict], list[tuple[str, list[dict]]]]:
        """(shared objects, [(message id, its STIX objects)]) made from the station's own copies."""
        outgoing = self.station.outgoing
        ids = [d["msg_id"] for d in deliveries]
        envelopes, secrets = outgoing.envelopes(ids), outgoing.secrets(ids)
        book = self.station.books.current
        reports = []
        per_message = []
        for msg_id in ids:
            opened = open_with_key(envelopes[msg_id], b64d(secrets[msg_id]["content_key"]), self.station.books)
            content = opened.content
            if "code" not in content:
                per_message.append((msg_id, []))  # not a report: nothing a TAXII server would take
                continue
            reports.append(content)
            per_message.append((msg_id, stix.report_objects(book, msg_id, content, opened.signed_payload)))
        # the extension-definition object is left out: medallion 3.0 cannot list a collection that holds one
        # (it reads its "version" as a timestamp); the extension's id on each incident still names it
        return stix.shared_objects(book, reports, extension=False), per_message

    def _send_taxii(self, peer, prepared, out: "queue.Queue[_Outcome | None]", stop: threading.Event) -> None:
        """Push reports as STIX to a TAXII 2.1 collection; a report counts when all its objects are stored."""
        from taxii2client.exceptions import TAXIIServiceException
        from taxii2client.v21 import Collection
        shared, per_message = prepared
        auth = peer.auth or {}
        try:
            try:
                collection = Collection(peer.url, user=auth.get("user") or None, password=auth.get("password") or None,
                                        verify=True, auth=_Bearer(auth["token"]) if auth.get("token") else None)
                tls_pin.secure(collection._conn.session, peer)
                for start in range(0, len(per_message), TAXII_BATCH):
                    if stop.is_set():
                        break
                    chunk = per_message[start:start + TAXII_BATCH]
                    objects = (shared if start == 0 else []) + [o for _, objs in chunk for o in objs]
                    outcome = _Outcome(peer.id, [m for m, _ in chunk])
                    if not objects:
                        outcome.taxii = {m: {"objects": 0} for m, _ in chunk}
                        out.put(outcome)
                        continue
                    status = collection.add_objects({"objects": objects}, wait_for_completion=True,
                                                    poll_interval=0.2, timeout=TAXII_WAIT)
                    failed = {f.get("id") for f in (status.failures or []) if isinstance(f, dict)}
                    # a server may call an object it already holds a failure: look before retrying
                    missing = {i for i in failed if not _taxii_has(collection, i)}
                    for msg_id, objs in chunk:
                        if status.status != "complete":
                            continue
                        if not {o["id"] for o in objs} & missing:
                            outcome.taxii[msg_id] = {"status_id": status.id, "objects": len(objs)}
                    if len(outcome.taxii) < len(chunk):
                        outcome.error = (f"the TAXII server stored only part of the reports (status {status.status},"
                                         f" {len(missing)} object(s) missing)")
                    out.put(outcome)
            except (requests.exceptions.RequestException, TAXIIServiceException, ValueError) as exc:
                rest = [m for m, _ in per_message]
                out.put(_Outcome(peer.id, rest, error=f"TAXII push to {peer.url} failed: {_short(exc)}"))
        finally:
            out.put(None)

    def _relay_polls(self, peers: dict) -> list[tuple[object, dict[str, list]]]:
        """(hub, {message id: [recipient peers]}) for messages a hub accepted but not yet receipted."""
        by_hub: dict[str, dict[str, list]] = {}
        for msg_id, peer_id in self.station.outgoing.deliveries_in(RELAYED):
            peer = peers.get(peer_id)
            hub = peers.get(peer.via) if peer and peer.via else None
            if hub is not None and hub.url and not hub.revoked:
                by_hub.setdefault(hub.id, {}).setdefault(msg_id, []).append(peer)
        return [(peers[h], waiting) for h, waiting in by_hub.items()]

    # -- watching ---------------------------------------------------------------

    def probe(self, peer) -> bool:
        """Is the peer's endpoint answering right now (a whole answer within ``PROBE_TIMEOUT``)?"""
        try:
            with self._session() as session:
                response = self._exchange(session, "GET", peer.url + "/v1/health", deadline=PROBE_TIMEOUT,
                                          limit=64 * 1024, timeout=PROBE_TIMEOUT, verify=self._verify(session, peer))
            return response.status_code == 200
        except requests.exceptions.RequestException:
            return False

    def watch(self, stop: threading.Event, *, interval: float | Callable[[], float] = 60.0, tick: float = 5.0,
              on_pass: Callable[[SyncSummary], None] | None = None,
              on_link: Callable[[str, bool], None] | None = None,
              progress: Callable[[int, int], None] | None = None,
              wake: threading.Event | None = None, pass_wait: float = PASS_WAIT) -> None:
        """Sync now, then whenever something is due, a failing peer answers again, or ``interval`` passes.

        Setting ``wake`` asks for a pass at once (a "sync now" button, a report just filed). A pass
        waits at most ``pass_wait`` seconds for its workers: a slow peer's goes on in the background
        (reported by ``on_pass`` when it ends) while later passes serve the others.
        ``interval`` may be a function, read again every ``tick``: a new setting takes effect
        without a restart.
        """
        last_pass = 0.0
        wake = wake or threading.Event()
        reachable: dict[str, bool] = {}
        while not stop.is_set():
            late = self.collect()
            if late is not None:
                for ps in late.peers:
                    up = ps.link != UNREACHABLE  # a peer that answers, even to refuse, is reachable
                    if on_link and reachable.get(ps.peer_id) != up:
                        on_link(ps.peer_id, up)
                    reachable[ps.peer_id] = up
                if on_pass:
                    on_pass(late)
            now = self.clock()
            due = self.station.outgoing.next_due_time()
            if due is not None and due <= now and self._busy:
                # what a slow peer's worker still carries is not due again: only the others count
                due = now if any(d["peer_id"] not in self._busy
                                 for d in self.station.outgoing.due_deliveries(int(now))) else None
            every = interval() if callable(interval) else interval
            run = now - last_pass >= every or (due is not None and due <= now) or wake.is_set()
            wake.clear()
            for peer in self.station.peers():
                if not peer.url or peer.revoked or peer.id in self._busy:
                    continue
                if peer.health.get("last_error") and peer.health.get("last_error_at", 0) >= peer.health.get(
                        "last_success", 0):
                    up = self.probe(peer)
                    if up and reachable.get(peer.id) is not True:
                        log.info("peer %s answers again", peer.id)
                        self.station.outgoing.reschedule_peer(peer.id, int(now))
                        run = True
                    if on_link and reachable.get(peer.id) != up:
                        on_link(peer.id, up)
                    reachable[peer.id] = up
            if run:
                summary = self.run_once(progress=progress, stop=stop, wait=pass_wait)
                last_pass = self.clock()
                for ps in summary.peers:
                    up = ps.link != UNREACHABLE  # a peer that answers, even to refuse, is reachable
                    if on_link and reachable.get(ps.peer_id) != up:
                        on_link(ps.peer_id, up)
                    reachable[ps.peer_id] = up
                if on_pass:
                    on_pass(summary)
            wake.wait(tick)


class _JobQueue:
    """A worker's way to report: each item goes to the shared queue with the job's key."""

    def __init__(self, key: str, shared: queue.Queue) -> None:
        self.key, self.shared = key, shared

    def put(self, item: "_Outcome | None") -> None:
        self.shared.put((self.key, item))


_OUT = object()  # in a job's arguments: where its own report queue goes

_current = threading.local()  # the deadline watch of the request this thread is making


class _Watch:
    """Shuts the connection of a request that is still going at its deadline, whatever it is waiting for.

    A per-read time-out never ends an answer that trickles in a byte at a time (each read
    succeeds); this does. The connection pool hands the request's connection over as the
    request starts (``_WatchedHTTPPool``).
    """

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.expired = False
        self._conns: list = []
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._run, name="siaga-deadline", daemon=True)
        self._thread.start()

    def attach(self, conn) -> None:
        self._conns.append(conn)
        if self.expired:
            self._cut()

    def finish(self) -> None:
        self._done.set()

    def _run(self) -> None:
        if self._done.wait(self.seconds):
            return
        self.expired = True
        while not self._done.is_set():  # again until the request gives up (it may be connecting just now)
            self._cut()
            self._done.wait(0.2)

    def _cut(self) -> None:
        for conn in list(self._conns):
            sock = getattr(conn, "sock", None)
            if sock is not None:
                try:
                    socket.socket.shutdown(sock, socket.SHUT_RDWR)  # also under TLS: the plain socket's own
                except OSError:
                    pass


class _Watched:
    def _make_request(self, conn, *args, **kw):
        watch = getattr(_current, "watch", None)
        if watch is not None:
            watch.attach(conn)
        return super()._make_request(conn, *args, **kw)


class _WatchedHTTPPool(_Watched, HTTPConnectionPool):
    pass


class _WatchedHTTPSPool(_Watched, HTTPSConnectionPool):
    pass


#: a connection broken in the middle of a request or of its answer
_CUT = (requests.exceptions.ConnectionError, requests.exceptions.ChunkedEncodingError)


def _never_connected(exc: requests.exceptions.RequestException) -> bool:
    """Did the request fail before a connection was made (so the receiver never saw it)?"""
    cause = exc.args[0] if exc.args else None
    reason = getattr(cause, "reason", cause)
    return isinstance(reason, (NewConnectionError, ConnectTimeoutError))


class _Bearer(requests.auth.AuthBase):
    """TAXII token authentication."""

    def __init__(self, token: str) -> None:
        self.token = token

    def __call__(self, request):
        request.headers["Authorization"] = f"Bearer {self.token}"
        return request


def _taxii_has(collection, object_id: str) -> bool:
    try:
        return bool(collection.get_object(object_id).get("objects"))
    except Exception:  # noqa: BLE001 - any failure to look means: not known to be there
        return False


def _wire_overhead(response: requests.Response) -> int:
    """Bytes of HTTP framing both ways (request line and headers, status line and headers)."""
    request = response.request
    sent = len(request.method or "") + len(request.path_url) + 12 + sum(
        len(k) + len(v) + 4 for k, v in request.headers.items())
    received = 17 + len(response.reason or "") + sum(len(k) + len(v) + 4 for k, v in response.headers.items())
    return sent + received + 4


def _short(exc: Exception) -> str:
    text = str(exc)
    for marker in ("Connection refused", "Name or service not known", "timed out", "Connection reset",
                   "certificate verify failed", "No route to host", "Network is unreachable",
                   "Remote end closed connection"):
        if marker in text:
            return marker.lower()
    return text[:160]


def _cut_next(left: "deque[tuple[str, bytes]]", limit: int, max_messages: int) -> list[tuple[str, bytes]]:
    """Take the next batch off the front of ``left``: at most ``limit`` bytes (one message at least) and ``max_messages``."""
    batch: list[tuple[str, bytes]] = []
    size = 0
    while left and len(batch) < max_messages:
        if batch and size + len(left[0][1]) > limit:
            break
        item = left.popleft()
        batch.append(item)
        size += len(item[1]) + 4
    return batch
