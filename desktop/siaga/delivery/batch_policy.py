"""How large a batch may be on each peer's link: smaller after a cut, larger after successes.

On a link that drops every few seconds, a batch cut off in the middle is sent again
whole. So the byte limit of a batch adapts to the link, per peer (additive increase,
multiplicative decrease, as TCP does with its window): it halves after a cut
(``after_cut``) and grows by one step after each batch that came back with its
receipts (``after_success``), between a floor and the engine's ``BATCH_BYTES``. A
pass also retries a cut batch at once, smaller, instead of waiting for the next
attempt, while cuts keep coming no more than ``MAX_CUTS_IN_A_ROW`` times in a row.

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


class BatchPolicy:
    """The byte limit of the next batch for each peer."""

    def __init__(self, *, start: int = START_BYTES, floor: int = FLOOR_BYTES, ceiling: int = 4 * 1024 * 1024,
                 step: int = STEP_BYTES) -> None:
        self.start, self.floor, self.ceiling, self.step = start, floor, ceiling, step
        self._limits: dict[str, int] = {}
        self._cuts_in_a_row: dict[str, int] = {}
        self._lock = threading.Lock()

    def limit(self, peer_id: str) -> int:
        with self._lock:
            return self._limits.get(peer_id, min(self.start, self.ceiling))

    def after_success(self, peer_id: str) -> None:
        with self._lock:
            self._limits[peer_id] = min(self.ceiling, self._limits.get(peer_id, self.start) + self.step)
            self._cuts_in_a_row[peer_id] = 0

    def after_cut(self, peer_id: str, batch_bytes: int) -> bool:
        """Record a batch of ``batch_bytes`` cut off; True if the pass should retry at once (smaller)."""
        with self._lock:
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
