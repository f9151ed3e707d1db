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
"""

from __future__ import annotations

import json
import logging
import queue
import random
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Callable

import requests

from . import tls_pin
from .encoding import b64d, b64e
from .errors import DecodeError
from .store import DELIVERED, GAVE_UP, QUEUED, RELAYED, RETRYING, SENDING
from .transport import (BATCH_CONTENT_TYPE, RECEIPTS_CONTENT_TYPE, make_receipt, pack_batch, pack_receipts,
                        sign_request, unpack_receipts, verify_receipt)

log = logging.getLogger("siaga.sync")

BATCH_MESSAGES = 250
BATCH_BYTES = 4 * 1024 * 1024
CONNECT_TIMEOUT = 5.0
READ_TIMEOUT = 60.0
BACKOFF_BASE = 5.0
BACKOFF_MAX = 3600.0
#: a delivery is given up only after both of these: two weeks and 60 attempts
GIVE_UP_AFTER = 14 * 24 * 3600
GIVE_UP_ATTEMPTS = 60
PROBE_TIMEOUT = 3.0
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
    error: str = ""


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
    bytes_sent: int = 0
    returned: list[str] = field(default_factory=list)  # bundle receipts the peer has now taken back
    statements: list[str] = field(default_factory=list)  # key statements the peer has now applied
    relayed: dict[str, dict] = field(default_factory=dict)  # id -> the hub's receipt (accepted for relay)
    hub: str = ""  # the hub that carried this batch, if any
    final: dict[str, dict] = field(default_factory=dict)  # id -> recipient's receipt fetched from a hub
    taxii: dict[str, dict] = field(default_factory=dict)  # id -> TAXII status that shows its objects stored


def describe_http_error(status: int, body: bytes) -> tuple[str, str, list]:
    """(reason, words, items) for a refused request."""
    try:
        doc = json.loads(body)
        reason, detail, items = doc.get("error", ""), doc.get("detail", ""), doc.get("items") or []
    except ValueError:
        reason, detail, items = "", body[:200].decode("utf-8", "replace"), []
    if reason == "unknown-sender":
        return reason, "the peer does not know this station yet: give them this station's contact card", items
    if status >= 500:
        return reason or "server", f"the peer's endpoint failed (HTTP {status}){': ' + detail if detail else ''}", items
    return reason or "refused", f"refused by the peer (HTTP {status} {reason}): {detail}", items


class Sync:
    """One station's sync engine. Call :meth:`run_once`, or :meth:`watch` to keep going."""

    def __init__(self, station, *, session_factory: Callable[[], requests.Session] = requests.Session,
                 clock: Callable[[], float] = time.time, rng: Callable[[], float] = random.random,
                 timeout: tuple[float, float] = (CONNECT_TIMEOUT, READ_TIMEOUT)) -> None:
        self.station = station
        self.session_factory = session_factory
        self.clock = clock
        self.rng = rng
        self.timeout = timeout
        self.bytes_sent = 0

    # -- planning (database thread) ---------------------------------------------

    def _plan(self, now: int) -> dict[str, list[dict]]:
        due = self.station.store.due_deliveries(now)
        if not due:
            return {}
        secrets = self.station.store.outbox_secrets(sorted({d["msg_id"] for d in due}))
        for d in due:
            d["urgent"] = bool(secrets[d["msg_id"]].get("urgent"))
        by_peer: dict[str, list[dict]] = {}
        for d in sorted(due, key=lambda d: (not d["urgent"], d["seq"])):
            by_peer.setdefault(d["peer_id"], []).append(d)
        return by_peer

    def _batches(self, deliveries: list[dict]) -> list[list[tuple[str, bytes]]]:
        envelopes = self.station.store.envelopes([d["msg_id"] for d in deliveries])
        batches, current, size = [], [], 0
        for d in deliveries:
            env = envelopes[d["msg_id"]]
            if current and (len(current) >= BATCH_MESSAGES or size + len(env) > BATCH_BYTES):
                batches.append(current)
                current, size = [], 0
            current.append((d["msg_id"], env))
            size += len(env) + 4
        if current:
            batches.append(current)
        return batches

    # -- network (worker threads) -----------------------------------------------

    def _post(self, session: requests.Session, peer, path: str, body: bytes, content_type: str,
              signing=None) -> requests.Response:
        headers = sign_request(signing or self.station.keys.signing, "POST", path, body, peer.card.sign_pk,
                               now=self.clock())
        headers["Content-Type"] = content_type
        return session.post(peer.url + path, data=body, headers=headers, timeout=self.timeout,
                            verify=tls_pin.secure(session, peer), allow_redirects=False)

    def _send_peer(self, peer, batches: list[list[tuple[str, bytes]]], out: "queue.Queue[_Outcome | None]",
                   returns: list[tuple[str, int]], stop: threading.Event, statements: list[str] = (),
                   hub=None) -> None:
        session = self.session_factory()
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
            for number, batch in enumerate(batches):
                if stop.is_set():
                    break
                outcome = self._send_batch(session, peer, batch, hub)
                out.put(outcome)
                if outcome.error:
                    # the peer is unreachable or refuses this station: the rest waits for the next attempt
                    for rest in batches[number + 1:]:
                        out.put(_Outcome(peer.id, [m for m, _ in rest], error=outcome.error))
                    break
        finally:
            session.close()
            out.put(None)

    def _send_batch(self, session: requests.Session, peer, batch: list[tuple[str, bytes]], hub=None) -> _Outcome:
        """Post one batch to the peer, or to the hub that relays to it; verify the receipts."""
        outcome = _Outcome(peer.id, [m for m, _ in batch], hub=hub.id if hub else "")
        pending = list(batch)
        conn, path = (hub, "/v1/relay/" + b64e(peer.card.sign_pk)) if hub else (peer, "/v1/messages")
        while pending:
            body = pack_batch([env for _, env in pending])
            outcome.bytes_sent += len(body)
            try:
                response = self._post(session, conn, path, body, BATCH_CONTENT_TYPE)
            except requests.exceptions.SSLError as exc:
                outcome.error = f"TLS check of {peer.url} failed: {_short(exc)}"
                return outcome
            except requests.exceptions.Timeout:
                outcome.error = f"no answer from {peer.url} within {self.timeout[1]:.0f} s"
                return outcome
            except requests.exceptions.ConnectionError as exc:
                outcome.error = f"cannot connect to {peer.url}: {_short(exc)}"
                return outcome
            except requests.exceptions.RequestException as exc:
                outcome.error = f"request to {peer.url} failed: {_short(exc)}"
                return outcome
            outcome.bytes_sent += _wire_overhead(response) + len(response.content)
            if response.status_code == 200:
                try:
                    receipts = unpack_receipts(response.content)
                    sent = {m for m, _ in pending}
                    for receipt in receipts:
                        if receipt["id"] in sent:
                            checked = verify_receipt(receipt, conn.card.sign_pk)
                            (outcome.relayed if hub else outcome.receipts)[receipt["id"]] = checked
                except DecodeError as exc:
                    outcome.error = f"the peer's receipts do not check out: {exc.message()}"
                return outcome
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
            outcome.error = words
            return outcome
        return outcome

    def _send_statements(self, session, peer, statements: list[str], out) -> str:
        """Deliver key statements first (signed with the key the peer knows); '' or the error."""
        from .rotation import read_statement
        keyring = self.station.keys.signing_keys()
        for text in statements:
            statement = b64d(text, "key statement")
            signing = keyring.get(read_statement(statement).old_pk)
            if signing is None:
                continue
            try:
                response = self._post(session, peer, "/v1/keys", statement, "application/json", signing=signing)
            except requests.exceptions.RequestException as exc:
                return f"cannot connect to {peer.url}: {_short(exc)}"
            if response.status_code != 200:
                return describe_http_error(response.status_code, response.content)[1]
            out.put(_Outcome(peer.id, [], statements=[text]))
        return ""

    def _poll_relay(self, hub, waiting: dict[str, list], out: "queue.Queue[_Outcome | None]") -> None:
        """Ask a hub for the recipients' receipts of messages it relays for this station."""
        session = self.session_factory()
        try:
            found: list = []
            ids = sorted(waiting)
            for start in range(0, len(ids), RELAY_QUERY):
                body = json.dumps({"ids": ids[start:start + RELAY_QUERY]}).encode()
                try:
                    response = self._post(session, hub, "/v1/relay-receipts", body, "application/json")
                    answer = response.json()["receipts"] if response.status_code == 200 else []
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
                    receipt = {k: item.get(k) for k in ("id", "received_at", "sig")}
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
        store = self.station.store
        now = int(self.clock())
        if outcome.statements:
            for text in outcome.statements:
                self.station.statement_delivered(outcome.peer_id, text)
            return
        if outcome.final:
            store.set_deliveries(outcome.peer_id, [
                (m, DELIVERED, (store.delivery(m, outcome.peer_id) or {}).get("attempts", 1), 0,
                 {"receipt": r, "delivered_at": now}) for m, r in outcome.final.items()])
            summary.delivered += len(outcome.final)
            return
        if outcome.returned:
            store.drop_return_receipts(outcome.peer_id, outcome.returned)
            summary.receipts_returned += len(outcome.returned)
            return
        ps = per_peer[outcome.peer_id]
        updates = []
        for msg_id in outcome.msg_ids:
            d = attempts[(msg_id, outcome.peer_id)]
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
                error = outcome.error or "the peer sent no receipt for this message"
                old_enough = now - d["created_at"] >= GIVE_UP_AFTER and tries >= GIVE_UP_ATTEMPTS
                if old_enough:
                    updates.append((msg_id, GAVE_UP, tries, 0, {"error": f"given up after {tries} attempts: {error}",
                                                                 "error_at": now}))
                    ps.given_up += 1
                else:
                    updates.append((msg_id, RETRYING, tries, now + int(backoff(tries, self.rng)),
                                    {"error": error, "error_at": now}))
                    ps.failed += 1
                ps.error = error
        store.set_deliveries(outcome.peer_id, updates)
        self.bytes_sent += outcome.bytes_sent
        health = {"last_error": outcome.error, "last_error_at": now} if outcome.error else {"last_success": now}
        self.station.update_peer(outcome.hub or outcome.peer_id, health=health)

    # -- the pass ---------------------------------------------------------------

    def run_once(self, progress: Callable[[int, int], None] | None = None,
                 stop: threading.Event | None = None) -> SyncSummary:
        """Deliver everything that is due now; return what happened."""
        stop = stop or threading.Event()
        store = self.station.store
        now = int(self.clock())
        revoked = bool(store.get_setting("revoked_at"))
        plan = {} if revoked else self._plan(now)  # a station that revoked its keys only says so
        summary = SyncSummary()
        peers = {p.id: p for p in self.station.pin_certificates()}  # older records get their pin stored
        returns = {pid: store.take_return_receipts(pid) for pid in peers} if not revoked else {}
        statements = self.station.pending_statements()
        targets = sorted(set(plan) | {pid for pid, r in returns.items() if r} | {p for p in statements if p in peers})
        per_peer: dict[str, PeerSummary] = {}
        attempts: dict[tuple[str, str], dict] = {}
        jobs = []
        taxii_jobs: list = []
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
                    store.set_deliveries(peer_id, [
                        (d["msg_id"], GAVE_UP, d["attempts"], 0, {"error": why, "error_at": now}) for d in deliveries])
                    per_peer[peer_id].given_up += len(deliveries)
                    per_peer[peer_id].error = why
                elif deliveries:
                    store.set_deliveries(peer_id, [
                        (d["msg_id"], RETRYING, d["attempts"], now + int(BACKOFF_MAX), {"error": why, "error_at": now})
                        for d in deliveries])
                    per_peer[peer_id].failed += len(deliveries)
                    per_peer[peer_id].error = why
                continue
            for d in deliveries:
                attempts[(d["msg_id"], peer_id)] = d
            if deliveries:
                store.set_deliveries(peer_id, [(d["msg_id"], SENDING, d["attempts"], now, None)
                                               for d in deliveries])
            if peer.is_taxii:
                taxii_jobs.append((peer, self._stix_for(deliveries)))
                continue
            jobs.append((peer, self._batches(deliveries), returns.get(peer_id, []), statements.get(peer_id, []), hub))
        total = len(attempts)
        summary.attempted = total
        done = 0
        if progress:
            progress(0, total)
        polls = self._relay_polls(peers)
        workers = len(jobs) + len(polls) + len(taxii_jobs)
        if workers:
            out: queue.Queue = queue.Queue()
            with ThreadPoolExecutor(max_workers=min(8, workers), thread_name_prefix="siaga-sync") as pool:
                for peer, batches, returns, said, hub in jobs:
                    pool.submit(self._send_peer, peer, batches, out, returns, stop, said, hub)
                for hub, waiting in polls:
                    pool.submit(self._poll_relay, hub, waiting, out)
                for peer, prepared in taxii_jobs:
                    pool.submit(self._send_taxii, peer, prepared, out, stop)
                finished = 0
                while finished < workers:
                    outcome = out.get()
                    if outcome is None:
                        finished += 1
                        continue
                    self._record(outcome, attempts, summary, per_peer)
                    done += len(outcome.msg_ids)
                    if progress:
                        progress(done, total)
        # anything marked sending but not reported (stopped early) goes back to the queue
        leftover = [(m, p) for (m, p), d in attempts.items()
                    if (store.delivery(m, p) or {}).get("status") == SENDING]
        for msg_id, peer_id in leftover:
            store.set_deliveries(peer_id, [(msg_id, QUEUED, attempts[(msg_id, peer_id)]["attempts"], now, None)])
        for ps in per_peer.values():
            summary.delivered += ps.delivered
            summary.relayed += ps.relayed
            summary.failed += ps.failed
            summary.given_up += ps.given_up
        summary.peers = list(per_peer.values())
        counts = store.delivery_counts()
        summary.waiting = sum(counts.get(s, 0) for s in (QUEUED, SENDING, RETRYING))
        log.info("sync pass: %d delivered, %d failed, %d given up, %d waiting",
                 summary.delivered, summary.failed, summary.given_up, summary.waiting)
        return summary

    # -- TAXII 2.1 collections ---------------------------------------------------

    def _stix_for(self, deliveries: list[dict]) -> tuple[list[dict], list[tuple[str, list[dict]]]]:
        """(shared objects, [(message id, its STIX objects)]) made from the station's own copies."""
        from . import stix
        from .envelope import open_with_key
        store = self.station.store
        ids = [d["msg_id"] for d in deliveries]
        envelopes, secrets = store.envelopes(ids), store.outbox_secrets(ids)
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
        for msg_id, peer_id in self.station.store.deliveries_in(RELAYED):
            peer = peers.get(peer_id)
            hub = peers.get(peer.via) if peer and peer.via else None
            if hub is not None and hub.url and not hub.revoked:
                by_hub.setdefault(hub.id, {}).setdefault(msg_id, []).append(peer)
        return [(peers[h], waiting) for h, waiting in by_hub.items()]

    # -- watching ---------------------------------------------------------------

    def probe(self, peer) -> bool:
        """Is the peer's endpoint answering right now?"""
        try:
            with self.session_factory() as session:
                response = session.get(peer.url + "/v1/health", timeout=PROBE_TIMEOUT,
                                       verify=tls_pin.secure(session, peer))
            return response.status_code == 200
        except requests.exceptions.RequestException:
            return False

    def watch(self, stop: threading.Event, *, interval: float | Callable[[], float] = 60.0, tick: float = 5.0,
              on_pass: Callable[[SyncSummary], None] | None = None,
              on_link: Callable[[str, bool], None] | None = None,
              progress: Callable[[int, int], None] | None = None,
              wake: threading.Event | None = None) -> None:
        """Sync now, then whenever something is due, a failing peer answers again, or ``interval`` passes.

        Setting ``wake`` asks for a pass at once (a "sync now" button, a report just filed).
        ``interval`` may be a function, read again every ``tick``: a new setting takes effect
        without a restart.
        """
        last_pass = 0.0
        wake = wake or threading.Event()
        reachable: dict[str, bool] = {}
        while not stop.is_set():
            now = self.clock()
            due = self.station.store.next_due_time()
            every = interval() if callable(interval) else interval
            run = now - last_pass >= every or (due is not None and due <= now) or wake.is_set()
            wake.clear()
            for peer in self.station.peers():
                if not peer.url or peer.revoked:
                    continue
                if peer.health.get("last_error") and peer.health.get("last_error_at", 0) >= peer.health.get(
                        "last_success", 0):
                    up = self.probe(peer)
                    if up and reachable.get(peer.id) is not True:
                        log.info("peer %s answers again", peer.id)
                        self.station.store.reschedule_peer(peer.id, int(now))
                        run = True
                    if on_link and reachable.get(peer.id) != up:
                        on_link(peer.id, up)
                    reachable[peer.id] = up
            if run:
                summary = self.run_once(progress=progress, stop=stop)
                last_pass = self.clock()
                for ps in summary.peers:
                    up = not ps.error
                    if on_link and reachable.get(ps.peer_id) != up:
                        on_link(ps.peer_id, up)
                    reachable[ps.peer_id] = up
                if on_pass:
                    on_pass(summary)
            wake.wait(tick)


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
