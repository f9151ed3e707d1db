"""The app collects on the GUI thread: a widget in a reference cycle is destroyed there, on the timer."""

from __future__ import annotations

import gc
import threading

from PySide6.QtWidgets import QDialog

from siaga.base import collector
from siaga.gui import collector as gui_collector


def test_the_gui_timer_collects_due_generations_on_the_gui_thread(qtbot, qapp):
    assert not gc.isenabled() and collector.owner() == threading.get_ident()
    destroyed = []
    dialog = QDialog()
    dialog.cycle = dialog  # a Python-side cycle: only a collection frees it
    dialog.destroyed.connect(lambda: destroyed.append(threading.get_ident()))
    del dialog

    kept = []

    def worker() -> None:
        kept.extend([] for _ in range(5_000))  # containers that stay: the young generation is due

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    assert destroyed == []  # the worker's allocations collected nothing
    qtbot.waitUntil(lambda: destroyed != [], timeout=5_000)  # the timer finds a generation due, on this thread
    assert destroyed == [threading.get_ident()]


def test_install_owns_collection_until_the_app_quits(qapp):
    gui = gui_collector.GuiCollector(qapp)
    gui.start()
    try:
        assert gui._timer.isActive() and gui._timer.interval() == gui_collector.INTERVAL_MS
        assert not gc.isenabled()
    finally:
        gui.stop()
    assert gc.isenabled()
    collector.take_over()  # back to what the test session does
