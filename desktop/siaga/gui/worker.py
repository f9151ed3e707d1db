"""Work off the GUI thread: the station's database on one worker thread, results back by signals.

SQLite connections belong to the thread that opened them, so the unlocked
:class:`~siaga.station.Station` lives on one :class:`StationWorker` thread and
every database job runs there, in order. A job is a plain function of the
station; the caller gets an :class:`Operation` whose signals (progress,
finished, failed) are delivered on the GUI thread. Widgets never touch the
station directly.
"""

from __future__ import annotations

import logging
import queue
import threading
from typing import Any, Callable

import shiboken6
from PySide6.QtCore import QObject, QThread, Signal, Slot

log = logging.getLogger("siaga.gui.worker")

Job = Callable[..., Any]


def _alive(fn: Callable, depth: int = 3) -> bool:
    """False when a callback belongs to a Qt object that was deleted meanwhile.

    A result can arrive after its widget is gone (the window rebuilt for another
    language, a dialog closed): its callback is then skipped. Bound methods and
    closures (a lambda over ``self``, or over another such callback) are looked into.
    """
    owner = getattr(fn, "__self__", None)
    if isinstance(owner, QObject) and not shiboken6.isValid(owner):
        return False
    if depth and getattr(fn, "__closure__", None):
        for cell in fn.__closure__:
            try:
                value = cell.cell_contents
            except ValueError:  # an empty cell
                continue
            if isinstance(value, QObject) and not shiboken6.isValid(value):
                return False
            if callable(value) and not isinstance(value, type) and not _alive(value, depth - 1):
                return False
    return True


def _guarded(fn: Callable) -> Callable:
    def call(*args: Any) -> None:
        if _alive(fn):
            fn(*args)
        else:
            log.debug("result dropped: its window is gone")
    return call


class Operation(QObject):
    """One unit of background work: progress while it runs, then finished or failed (never both)."""

    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, label: str = "", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.label = label
        self.done = False
        self.result: Any = None
        self.error: BaseException | None = None
        self.cancelled = threading.Event()
        self._post: Callable[[object, str, object], None] = lambda *a: None
        self.finished.connect(self._mark_done)
        self.failed.connect(self._mark_done)

    def _mark_done(self, value: object) -> None:
        self.done = True

    def report(self, done: int, total: int) -> None:
        """Called from the worker thread; arrives on the GUI thread as ``progress``."""
        self._post(self, "progress", (done, total))

    def cancel(self) -> None:
        self.cancelled.set()


class LoopThread(QThread):
    """A thread that runs its owner's ``_loop`` (the owner stays on the GUI thread and talks by signals)."""

    def __init__(self, owner: QObject) -> None:
        super().__init__()
        self.owner = owner

    def run(self) -> None:
        self.owner._loop()


class StationWorker(QObject):
    """Owns one station on a thread of its own and runs jobs on it, one at a time, in order.

    ``opener`` is called on the worker thread and returns the station (so its SQLite
    connection belongs to that thread); the station is closed there too.
    """

    opened = Signal(object)
    openFailed = Signal(object)
    # (operation, what, value) from the worker thread, delivered on the GUI thread
    _posted = Signal(object, str, object)

    def __init__(self, opener: Callable[[], Any], name: str = "siaga-db", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._opener = opener
        self._jobs: "queue.Queue[tuple[Job, Operation, bool] | None]" = queue.Queue()
        self._station: Any = None
        self._abandoned = False
        # emitted only on the worker thread, so the automatic connection queues it to the GUI thread
        # (naming Qt.ConnectionType here would load PySide's whole Qt namespace before the unlock dialog shows)
        self._posted.connect(self._deliver)
        self._thread = LoopThread(self)
        self._thread.setObjectName(name)
        self._thread.start()

    # -- the worker thread ------------------------------------------------------

    def _loop(self) -> None:
        try:
            self._station = self._opener()
        except BaseException as exc:  # noqa: BLE001 - reported to the GUI, which words it
            log.warning("station could not be opened: %s", exc)
            self._posted.emit(None, "openFailed", exc)
            self._drain(exc)
            return
        self._posted.emit(None, "opened", self._station)
        try:
            while True:
                item = self._jobs.get()
                if item is None:
                    break
                job, op, wants_op = item
                if op.cancelled.is_set():
                    continue
                try:
                    result = job(self._station, op) if wants_op else job(self._station)
                except BaseException as exc:  # noqa: BLE001 - every failure reaches the caller
                    if not isinstance(exc, Exception):
                        raise
                    log.debug("job %s failed: %r", op.label, exc)
                    self._posted.emit(op, "failed", exc)
                else:
                    self._posted.emit(op, "finished", result)
        finally:
            try:
                self._station.close()
            except Exception:  # noqa: BLE001 - closing must never hide what happened before
                log.exception("closing the station failed")

    def _drain(self, exc: BaseException) -> None:
        while True:
            item = self._jobs.get()
            if item is None:
                return
            self._posted.emit(item[1], "failed", exc)

    # -- the GUI thread ---------------------------------------------------------

    @Slot(object, str, object)
    def _deliver(self, op: Operation | None, what: str, value: object) -> None:
        if self._abandoned:
            return
        if op is None:
            (self.opened if what == "opened" else self.openFailed).emit(value)
        elif what == "progress":
            op.progress.emit(*value)
        elif what == "finished":
            op.result = value
            op.finished.emit(value)
        else:
            op.error = value
            op.failed.emit(value)

    def run(self, job: Job, *, done: Callable[[Any], None] | None = None,
            failed: Callable[[BaseException], None] | None = None,
            progress: Callable[[int, int], None] | None = None, label: str = "",
            with_operation: bool = False) -> Operation:
        """Queue ``job(station)`` (or ``job(station, operation)`` with ``with_operation``).

        ``done``, ``failed`` and ``progress`` are called on the GUI thread.
        """
        op = Operation(label or getattr(job, "__name__", "job"))
        op._post = self._posted.emit
        if done:
            op.finished.connect(_guarded(done))
        if failed:
            op.failed.connect(_guarded(failed))
        if progress:
            op.progress.connect(_guarded(progress))
        self._jobs.put((job, op, with_operation))
        return op

    def abandon(self) -> None:
        """Deliver nothing more: every result and failure still to come is dropped (the station never opened)."""
        self._abandoned = True

    def stop(self, timeout_ms: int = 30_000) -> bool:
        """Finish the queued jobs, close the station and end the thread."""
        self._jobs.put(None)
        return self._thread.wait(timeout_ms)

    @property
    def running(self) -> bool:
        return self._thread.isRunning()
