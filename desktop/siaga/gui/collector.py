"""Garbage collection on the GUI thread, on a timer (see :mod:`siaga.base.collector`).

Qt objects must be destroyed on the thread that owns them. With Python's automatic
collector a reference cycle holding a widget can be freed on the station's worker
thread; here the GUI thread collects instead, a few times a second when something
is due, which also keeps collection pauses out of the middle of a sync's work.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from ..base import collector

#: how often the GUI thread looks whether a generation is due (ms)
INTERVAL_MS = 250


class GuiCollector(QObject):
    """Owns collection while it lives: started on the GUI thread, given back when stopped."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(collector.collect_due)

    def start(self) -> None:
        collector.take_over()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        collector.give_back()


def install(app: QObject) -> GuiCollector:
    """Collect on ``app``'s thread from now until the app quits."""
    gui = GuiCollector(app)
    gui.start()
    app.aboutToQuit.connect(gui.stop)
    return gui
