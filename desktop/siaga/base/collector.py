"""Python's cyclic garbage collector, run on the thread the caller chooses.

Left to itself, the collector runs on whichever thread happens to allocate when a
generation fills up. In the desktop app that can be the station's worker or the
network thread, and a Qt object caught in a reference cycle (a dialog holding a
lambda that refers to it) is then destroyed on that thread: Qt's objects belong to
the thread that made them, and one destroyed elsewhere leaves its timers behind for
the event loop to fire into freed memory. So the app switches automatic collection
off and runs :func:`collect_due` from the GUI thread (:mod:`siaga.gui.collector`),
doing what the automatic collector would have done, generation by generation.
"""

from __future__ import annotations

import gc
import logging
import threading
import time

log = logging.getLogger("siaga.collector")
#: a full collection slower than this is logged (it pauses the thread that runs it)
SLOW_SECONDS = 0.05
_owner: int | None = None


def take_over() -> None:
    """Switch automatic collection off; the calling thread now collects with :func:`collect_due`."""
    global _owner
    gc.disable()
    _owner = threading.get_ident()


def give_back() -> None:
    """Automatic collection again, as Python does by default."""
    global _owner
    _owner = None
    gc.enable()


def collect_due() -> int:
    """Collect the oldest generation whose allocations passed its threshold; returns it, or -1 for none.

    The same rule as Python's automatic collector (``gc.get_threshold``): the young
    generation after its allocations, an older one after that many collections of the
    one below it. Called from the thread that took over, on a timer.
    """
    counts, thresholds = gc.get_count(), gc.get_threshold()
    due = -1
    for generation in range(3):
        if thresholds[generation] and counts[generation] > thresholds[generation]:
            due = generation
    if due < 0:
        return -1
    started = time.perf_counter()
    gc.collect(due)
    took = time.perf_counter() - started
    if took > SLOW_SECONDS:
        log.debug("collected generation %d in %.0f ms", due, took * 1000)
    return due


def owner() -> int | None:
    """The thread that collects, while automatic collection is off (None: Python's own)."""
    return _owner
