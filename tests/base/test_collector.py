"""Cycles are collected on the thread that took collection over, never on a thread that merely allocates."""

from __future__ import annotations

import gc
import threading

from siaga.base import collector


class Cycle:
    freed_on: list[int] = []

    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        Cycle.freed_on.append(threading.get_ident())


def test_a_cycle_made_on_a_worker_is_freed_on_the_collecting_thread():
    collector.take_over()  # as the test session and the app do; idempotent
    assert not gc.isenabled() and collector.owner() == threading.get_ident()
    Cycle.freed_on.clear()

    def worker() -> None:
        Cycle()  # unreachable at once, kept alive only by its cycle
        for _ in range(200_000):  # allocations that would trigger every generation many times over
            [[], {}]

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    assert Cycle.freed_on == []  # the worker allocated plenty but collected nothing
    while collector.collect_due() >= 0 and not Cycle.freed_on:
        pass
    if not Cycle.freed_on:
        gc.collect()  # the cycle may sit in a generation not yet due: a full collection frees it
    assert Cycle.freed_on == [threading.get_ident()]


def test_nothing_due_collects_nothing():
    collector.take_over()
    gc.collect()
    assert collector.collect_due() == -1
