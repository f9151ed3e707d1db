"""Unlocking again and again, with delays at each seam between the prepared window and the station opening:
the inbox shows its reports every time.

The main window is built (hidden) while the key is derived; its views queue their first queries on
the worker that is opening the station. Each seam is slowed in turn, through the real code paths:
the station's opening on the worker, the inbox's first query on the worker, the steps that build the
window on the GUI thread (so that the station may open before the window is ready), and the sync
pass that starts after the first paint and makes the inbox read again. The delays are drawn from a
seeded generator, so a failure can be replayed.
"""

from __future__ import annotations

import random
import time

import pytest
from PySide6.QtCore import QTimer
from test_app import start, unlock
from test_inbox_after_unlock import _received

from siaga.gui import app as app_module, unlock_dialog
from siaga.gui.inbox_model import SEVERITY, SUMMARY, InboxModel
from siaga.gui.main_window import MainWindow
from siaga.station.facade import Station

from helpers import PASSPHRASE

UNLOCKS = 30
#: the delays tried at each seam, in seconds
DELAYS = (0, 0, 0.01, 0.05, 0.15)


@pytest.fixture
def received(make_station, draft):
    return _received(make_station, draft)


class Seams:
    """The delays of the current unlock, applied where the real code passes."""

    def __init__(self, seed: int) -> None:
        self.random = random.Random(seed)
        self.open = self.page = self.again = self.step = 0.0
        self.pages = 0

    def draw(self) -> dict:
        self.open, self.page, self.again, self.step = (self.random.choice(DELAYS) for _ in range(4))
        self.pages = 0
        return {"open": self.open, "page": self.page, "again": self.again, "step": self.step}


@pytest.fixture
def seams(monkeypatch):
    seams = Seams(seed=7)
    open_station = unlock_dialog._open_station
    inbox_page = Station.inbox_page
    prepare_step = app_module.App._prepare_step

    def slow_open(home, passphrase):  # on the worker: the key derived, then the station opened, late
        station = open_station(home, passphrase)
        time.sleep(seams.open)
        return station

    def slow_page(station, *args, **kwargs):  # on the worker: the inbox's first query (and the next) answer late
        seams.pages += 1
        time.sleep(seams.page if seams.pages == 1 else seams.again)
        return inbox_page(station, *args, **kwargs)

    def slow_step(self):  # on the GUI thread: the hidden window is built late
        time.sleep(seams.step)
        prepare_step(self)

    monkeypatch.setattr(unlock_dialog, "_open_station", slow_open)
    monkeypatch.setattr(Station, "inbox_page", slow_page)
    monkeypatch.setattr(app_module.App, "_prepare_step", slow_step)
    return seams


def _shows_its_rows(window: MainWindow, rows: int) -> bool:
    """The inbox is the place shown, lists ``rows`` reports in its table on screen, and says nothing is missing."""
    inbox = window.inbox
    model: InboxModel = inbox.model
    table = inbox.table
    if not (window.isVisible() and window.places.currentWidget() is inbox and table.isVisible()
            and inbox.by_incident.stack.currentWidget() is inbox.by_incident.messages
            and model.rowCount() == rows and not window.empty_states["inbox"].isVisible()):
        return False
    viewport = table.viewport().rect()
    cells = [table.visualRect(model.index(row, column)) for row in range(rows) for column in (SEVERITY, SUMMARY)]
    return viewport.height() > 0 and all(cell.isValid() and viewport.contains(cell.center()) for cell in cells)


def test_the_inbox_shows_its_reports_after_every_unlock(qtbot, received, seams):
    home = received.home
    received.close()
    app = start(qtbot, home)
    started, failures, pages = time.monotonic(), [], []
    try:
        for n in range(UNLOCKS):
            drawn = seams.draw()
            # every other unlock syncs: its pass, after the first paint, makes the inbox read its page again,
            # which must not be what shows the rows (without it, the first page alone shows them)
            app.start_sync = drawn["sync"] = n % 2 == 1
            unlock(qtbot, app, PASSPHRASE)
            qtbot.waitUntil(lambda: isinstance(app.window, MainWindow) and app.window.isVisible(), timeout=10_000)
            if n % 5 == 4:  # locked again at once, its first page still on its way; then unlocked again
                drawn["locked_early"] = True
                app.window.lock_action.trigger()
                qtbot.waitUntil(lambda: app.dialog is not None and app.dialog.isVisible(), timeout=10_000)
                seams.draw()
                unlock(qtbot, app, PASSPHRASE)
                qtbot.waitUntil(lambda: isinstance(app.window, MainWindow) and app.window.isVisible(),
                                timeout=10_000)
            window = app.window
            reload = n % 3 == 2
            if reload:  # the country box left (its text checked), as a click elsewhere would: the query asked again
                drawn["reload_ms"] = int(seams.random.choice(DELAYS) * 1000)
                box = window.inbox.filters.country.lineEdit()
                QTimer.singleShot(drawn["reload_ms"], window, box.editingFinished.emit)
            try:
                qtbot.waitUntil(lambda: _shows_its_rows(window, 3), timeout=5_000)
                if app.start_sync:  # and it stays so, never blank, while the sync pass comes and goes
                    deadline = time.monotonic() + 5
                    while time.monotonic() < deadline and not (
                            window.last_sync_label.text() != window.tr("Last sync: never")
                            and not window.inbox.model.loading):
                        drawn["blank"] = drawn.get("blank") or window.inbox.model.rowCount() == 0
                        qtbot.wait(2)
                    assert not drawn.get("blank"), "the rows went while the inbox was read again"
                    assert _shows_its_rows(window, 3)
                else:
                    qtbot.wait(drawn.get("reload_ms", 0) + 50)  # the box left, if it is to be
                    pages.append(seams.pages)
            except AssertionError:
                inbox = window.inbox
                failures.append((n, drawn, inbox.model.rowCount(), inbox.model.loading, inbox.status.text(),
                                 window.places.current_key()))
            window.lock_action.trigger()
            qtbot.waitUntil(lambda: app.dialog is not None and app.dialog.isVisible(), timeout=10_000)
    finally:
        app.shutdown()
    assert failures == []
    # without a sync pass, the first page was asked for once (a box left without a change asks for nothing)
    assert pages == [1] * len(pages) and len(pages) == UNLOCKS // 2
    assert time.monotonic() - started < 90
