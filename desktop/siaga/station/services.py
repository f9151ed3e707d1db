"""The station's services that the delivery code, the interop code and the apps use instead of the store.

Each is a narrow view of the database for one job: :class:`Outgoing` (the outbox
as the sync engine, a bundle or an export sees it: what is due, its envelopes,
delivery outcomes, receipts to give back) and :class:`Incoming` (what has been
received, and the request nonces that stop replays). The
:class:`~siaga.station.facade.Station` holds one of each (``station.outgoing``,
``station.incoming``) beside its :class:`~siaga.station.directory.Directory`
(``station.directory``). Drafts are the station's own methods (``save_draft``,
``drafts``, ``file_draft``...): filing one must share the transaction that queues its report.
"""

from __future__ import annotations

from typing import Callable

from ..protocol.message import REPORT_TYPES
from ..storage.arrivals import Arrival
from ..storage.store import Store


class Outgoing:
    """The outbox's deliveries, as sync, bundles and exports need them."""

    def __init__(self, store: Store) -> None:
        self._store = store

    # what to send
    def due_deliveries(self, now: int) -> list[dict]:
        return self._store.due_deliveries(now)

    def next_due_time(self) -> int | None:
        return self._store.next_due_time()

    def waiting_for(self, peer_id: str) -> list[str]:
        """Messages not yet delivered to the peer, in outbox order (what a bundle carries)."""
        return self._store.waiting_for(peer_id)

    def envelopes(self, msg_ids: list[str]) -> dict[str, bytes]:
        return self._store.envelopes(msg_ids)

    def secrets(self, msg_ids: list[str]) -> dict[str, dict]:
        """Each message's sealed record: its content key, type and what the outbox table shows."""
        return self._store.outbox_secrets(msg_ids)

    def ids(self) -> list[str]:
        """Every message of the outbox, oldest first."""
        return self._store.outbox_ids()

    def report_ids(self) -> list[str]:
        """Every report of the outbox (no pings, acknowledgements or relayed messages), oldest first."""
        ids = self.ids()
        kinds = self.secrets(ids)
        return [msg_id for msg_id in ids if kinds[msg_id].get("type") in REPORT_TYPES]

    def ids_with_prefix(self, prefix: str) -> list[str]:
        return self._store.ids_with_prefix("outbox", prefix)

    # how it went
    def delivery(self, msg_id: str, peer_id: str) -> dict | None:
        return self._store.delivery(msg_id, peer_id)

    def deliveries_in(self, status: str) -> list[tuple[str, str]]:
        return self._store.deliveries_in(status)

    def set_deliveries(self, peer_id: str, updates: list[tuple[str, str, int, int, dict | None]]) -> None:
        self._store.set_deliveries(peer_id, updates)

    def delivery_counts(self) -> dict[str, int]:
        return self._store.delivery_counts()

    def reschedule_peer(self, peer_id: str, when: int) -> None:
        self._store.reschedule_peer(peer_id, when)

    # receipts this station owes peers whose messages came on a bundle
    def take_return_receipts(self, peer_id: str) -> list[tuple[str, int]]:
        return self._store.take_return_receipts(peer_id)

    def drop_return_receipts(self, peer_id: str, msg_ids: list[str]) -> None:
        self._store.drop_return_receipts(peer_id, msg_ids)


class Incoming:
    """What peers delivered: the inbox as receiving and exports see it, and replay protection."""

    def __init__(self, store: Store, after_add: Callable[[list[dict]], None] | None = None) -> None:
        self._store = store
        self._after_add = after_add  # what else must change in the same transaction (the incidents)

    def received_at(self, msg_ids: list[str]) -> dict[str, int]:
        """Of these ids, those already received (in the inbox, or taken in and waiting to be filed),
        with when they arrived."""
        found = self._store.inbox_received_at(msg_ids)
        rest = [m for m in msg_ids if m not in found]
        if rest:
            found.update(self._store.arrivals_received_at(rest))
        return found

    def add(self, rows: list[dict], return_receipts: list[tuple[str, str, int]] = (),
            nonce: tuple[bytes, int, int] | None = None, *, arrived: bool = False) -> bool:
        """Store checked messages in one transaction (known ids are skipped), with the request's nonce.

        False, and nothing stored, when the nonce was used before (a replayed request).
        ``arrived``: the rows are arrivals being filed (their arrival rows go in the same transaction).
        """
        with self._store.transaction():
            stored = self._store.add_to_inbox(rows, return_receipts, nonce, arrived=arrived)
            if stored and self._after_add is not None:
                self._after_add(rows)
        return stored

    def take_in(self, items: list[Arrival], received: list[tuple[str, dict]],
                nonce: tuple[bytes, int, int] | None = None) -> bool:
        """Keep checked messages among the arrivals, to be filed later (``station/filing.py``), with the
        request's nonce and their audit entry, in one transaction. False, and nothing kept, on a replay."""
        return self._store.add_arrivals(items, received, nonce)

    def arrivals(self) -> tuple[int, int]:
        """(messages waiting to be filed, messages held back because filing them failed)."""
        return self._store.arrival_counts()

    def any_waiting(self) -> bool:
        """Is a message waiting to be filed (one quick query)?"""
        return self._store.any_arrival_waiting()

    def release_held(self) -> int:
        """Let messages held back when filing them failed be tried again; how many."""
        return self._store.release_held_arrivals()

    def nonce_seen(self, nonce: bytes) -> bool:
        """Was this request nonce recorded before (read only)?"""
        return self._store.nonce_seen(nonce)

    def message(self, msg_id: str) -> tuple[bytes, dict, int, str] | None:
        """(envelope, meta, received_at, delivering peer) of one received message."""
        return self._store.inbox_message(msg_id)

    def ids(self) -> list[str]:
        return self._store.inbox_ids()

    def ids_with_prefix(self, prefix: str) -> list[str]:
        return self._store.ids_with_prefix("inbox", prefix)

    def use_nonce(self, nonce: bytes, now: int, keep: int) -> bool:
        """Record a request nonce; False if it was seen before (a replay)."""
        return self._store.use_nonce(nonce, now, keep)
