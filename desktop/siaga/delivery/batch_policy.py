"""How large a batch may be on each peer's link: smaller after a cut, larger after successes.

On a link that drops every few seconds, a batch cut off in the middle is sent again
whole. So the byte limit of a batch adapts to the link, per peer (additive increase,
multiplicative decrease, as TCP does with its window): it halves after a cut
(``after_cut``) and grows by one step after each batch that came back with its
receipts (``after_success``), between a floor and the engine's ``BATCH_BYTES``. A
pass also retries a cut batch at once, smaller, instead of waiting for the next
attempt, while cuts keep coming no more than ``MAX_CUTS_IN_A_ROW`` times in a row.

The limit also follows the link's measured rate: a batch should take about
``TARGET_SECONDS`` on it, well inside the request deadline, so that a slow link never
carries a batch that runs past it (and is sent again), and an urgent report filed
meanwhile waits no longer than that. Batches go side by side (several connections)
only on a link fast enough that each still beats the receiving endpoint's minimum body
rate; on a slow one they share the link and would each fall below it.

The policy is shared by the engine's worker threads (one per peer): it has its own lock.
"""

from __future__ import annotations

import threading

#: the limit a peer starts with (a fast link grows it in a few batches)
START_BYTES = 64 * 1024
#: never smaller than this (a batch always holds at least one message, whatever its size)
FLOOR_BYTES = 2 * 1024
#: added after each batch that came through
STEP_BYTES = 4 * 1024
#: a pass gives up on a peer (its messages wait for the next attempt) after this many cuts in a row
MAX_CUTS_IN_A_ROW = 6
#: a batch should take about this long on the peer's link, as measured
TARGET_SECONDS = 20.0
#: a batch tells the link's rate when it is at least this large and took at least this long (else: latency)
MEASURE_BYTES, MEASURE_SECONDS = 16 * 1024, 2.0
#: batches go side by side only on a link at least this fast (measured; unknown counts as fast)
LANE_RATE = 16 * 1024


class BatchPolicy:
    """The byte limit of the next batch for each peer."""

    def __init__(self, *, start: int = START_BYTES, floor: int = FLOOR_BYTES, ceiling: int = 4 * 1024 * 1024,
                 step: int = STEP_BYTES) -> None:
        self.start, self.floor, self.ceiling, self.step = start, floor, ceiling, step
        self._limits: dict[str, int] = {}
        self._cuts_in_a_row: dict[str, int] = {}
        self._cut: set[str] = set()  # peers whose link has cut a batch since this process started
        self._rates: dict[str, float] = {}  # bytes per second, as batches measured them
        self._lock = threading.Lock()

    def limit(self, peer_id: str) -> int:
        with self._lock:
            limit = self._limits.get(peer_id, min(self.start, self.ceiling))
            rate = self._rates.get(peer_id)
            if rate is not None:
                limit = min(limit, max(self.floor, int(rate * TARGET_SECONDS)))
            return limit

    def measured(self, peer_id: str, nbytes: int, seconds: float) -> None:
        """A batch of ``nbytes`` (both ways) came through in ``seconds``: what it says of the link's rate."""
        if nbytes < MEASURE_BYTES or seconds < MEASURE_SECONDS:
            return  # a small or quick exchange measures the round trip, not the rate
        rate = nbytes / seconds
        with self._lock:
            old = self._rates.get(peer_id)
            self._rates[peer_id] = rate if old is None else (old + rate) / 2

    def rate(self, peer_id: str) -> float | None:
        with self._lock:
            return self._rates.get(peer_id)

    def side_by_side(self, peer_id: str) -> bool:
        """May batches go several at once? Not after a cut, nor on a link measured slow."""
        with self._lock:
            rate = self._rates.get(peer_id)
            return peer_id not in self._cut and (rate is None or rate >= LANE_RATE)

    def was_cut(self, peer_id: str) -> bool:
        """Has this peer's link cut a batch? (Then batches go one at a time and grow slowly.)"""
        with self._lock:
            return peer_id in self._cut

    def after_success(self, peer_id: str, batch_bytes: int | None = None) -> None:
        """A batch (of ``batch_bytes``) came back with its receipts: the next may be larger.

        Until the link has cut a batch the limit doubles (a fast link soon sends whole
        batches); after a cut it grows by ``step`` only, so it stays near what the link carries.
        A batch less than half the limit (one urgent report, the end of a backlog) proved
        nothing about a larger one: the limit stays.
        """
        with self._lock:
            current = self._limits.get(peer_id, self.start)
            self._cuts_in_a_row[peer_id] = 0
            if batch_bytes is not None and batch_bytes < current // 2:
                return
            grown = current + self.step if peer_id in self._cut else current * 2
            self._limits[peer_id] = min(self.ceiling, grown)

    def after_cut(self, peer_id: str, batch_bytes: int) -> bool:
        """Record a batch of ``batch_bytes`` cut off; True if the pass should retry at once (smaller)."""
        with self._lock:
            self._cut.add(peer_id)
            current = min(self._limits.get(peer_id, self.start), max(batch_bytes, self.floor))
            self._limits[peer_id] = max(self.floor, current // 2)
            cuts = self._cuts_in_a_row.get(peer_id, 0) + 1
            self._cuts_in_a_row[peer_id] = cuts
            return cuts <= MAX_CUTS_IN_A_ROW


def rebatch(items: list[tuple[str, bytes]], limit: int, max_messages: int) -> list[list[tuple[str, bytes]]]:
    """``items`` (message id, envelope) in order, cut into batches of at most ``limit`` bytes and ``max_messages``."""
    batches: list[list[tuple[str, bytes]]] = []
    current: list[tuple[str, bytes]] = []
    size = 0
    for msg_id, env in items:
        if current and (len(current) >= max_messages or size + len(env) > limit):
            batches.append(current)
            current, size = [], 0
        current.append((msg_id, env))
        size += len(env) + 4
    if current:
        batches.append(current)
    return batches
