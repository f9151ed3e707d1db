"""The sync engine on a network thread of its own, reporting to the GUI by signals.

The engine gets its own station object (its own SQLite connection, which
belongs to this thread); the database worker keeps its own. Passes run when
something is due, when a failing peer answers again, on a timer, and at once
when :meth:`SyncWorker.sync_now` is called.
"""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import QObject, Signal

from .worker import LoopThread

if TYPE_CHECKING:
    from ..delivery.sync import SyncSummary

log = logging.getLogger("siaga.gui.sync")


class SyncWorker(QObject):
    """Keeps the outbox moving while the station is unlocked.

    Connect its signals to methods of QObjects (they cross threads and are queued).
    """

    #: a pass began (with how many deliveries it attempts, once known, through ``progress``)
    passStarted = Signal()
    progress = Signal(int, int)
    passFinished = Signal(object)  # SyncSummary
    linkChanged = Signal(str, bool)  # peer id, reachable
    failed = Signal(object)  # an exception that stopped a pass

    def __init__(self, opener: Callable[[], Any], interval: float = 60.0, tick: float = 2.0,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._opener = opener
        #: seconds between passes; a new value takes effect within ``tick`` seconds, without a restart
        self.interval = interval
        self.tick = tick
        self._stop = threading.Event()
        self._wake = threading.Event()
        self.running_pass = False
        self._thread = LoopThread(self)
        self._thread.setObjectName("siaga-sync")

    def start(self) -> None:
        self._thread.start()

    def sync_now(self) -> None:
        self._wake.set()

    def stop(self, timeout_ms: int = 30_000) -> bool:
        self._stop.set()
        self._wake.set()
        return self._thread.wait(timeout_ms)

    def _loop(self) -> None:
        from ..delivery.sync import Sync  # the HTTP stack loads here, off the GUI thread

        try:
            station = self._opener()
        except Exception as exc:  # noqa: BLE001 - worded by the GUI
            log.warning("sync could not open the station: %s", exc)
            self.failed.emit(exc)
            return
        engine = Sync(station)

        def progress(done: int, total: int) -> None:
            if done == 0:
                self.running_pass = True
                self.passStarted.emit()
            self.progress.emit(done, total)

        def on_pass(summary: "SyncSummary") -> None:
            self.running_pass = False
            self.passFinished.emit(summary)

        try:
            while not self._stop.is_set():
                try:
                    engine.watch(self._stop, interval=lambda: self.interval, tick=self.tick, on_pass=on_pass,
                                 on_link=self.linkChanged.emit, progress=progress, wake=self._wake)
                except Exception as exc:  # noqa: BLE001 - a failed pass must not end syncing
                    self.running_pass = False
                    log.warning("sync pass failed: %s", exc)
                    self.failed.emit(exc)
                    self._stop.wait(self.tick)
        finally:
            station.close()
