"""The inbox after unlocking: never shown as empty while its first page is on its way, a first page that cannot
be read is asked for again by itself, and a bounded loop of unlock, first page, lock always shows the reports."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt, QTimer
from test_app import start, unlock
from test_inbox_model import Pages, table

from siaga.base.errors import StorageError
from siaga.delivery.bundle import export_bundle, import_bundle
from siaga.gui.inbox_model import InboxModel
from siaga.gui.main_window import MainWindow
from siaga.storage.inbox_query import InboxQuery

from helpers import PASSPHRASE, link
from qt_helpers import on_screen

CYCLES = 6


def _received(make_station, draft):
    jkt, kl = make_station("jakarta"), make_station("kl", country="MY")
    kl_at_jkt, _ = link(jkt, kl)
    for n in range(3):
        jkt.file_report(dict(draft, summary=f"Report {n}"))
    assert import_bundle(kl, export_bundle(jkt, kl_at_jkt.id)[0]).new == 3
    return kl


@pytest.fixture
def received(make_station, draft):
    """Kuala Lumpur holds three reports from Jakarta."""
    return _received(make_station, draft)


@pytest.fixture
def slow_to_unlock(make_station, draft, monkeypatch):
    """The same, with keys that take a real (moderate) derivation to unlock, as on an officer's computer."""
    monkeypatch.setenv("SIAGA_KDF", "moderate")
    return _received(make_station, draft)


class Failing(Pages):
    """Pages whose first ``failures`` reads fail as a busy disk would."""

    def __init__(self, station, failures: int) -> None:
        super().__init__(station)
        self.failures = failures

    def __call__(self, query, after, limit, on_page, on_error) -> None:
        if self.failures:
            self.failures -= 1
            self.asked.append((query, after))
            QTimer.singleShot(0, lambda: on_error(StorageError("database is locked")))
            return
        super().__call__(query, after, limit, on_page, on_error)


def test_a_first_page_that_fails_is_asked_for_again_by_itself(qtbot, received):
    pages = Failing(received, failures=2)
    model = InboxModel(pages, received.books.current)
    table(qtbot, model)
    failed = []
    model.pageFailed.connect(failed.append)
    model.setQuery(InboxQuery())
    qtbot.waitUntil(lambda: model.rowCount() == 3, timeout=10_000)
    assert len(failed) == 2 and len(pages.asked) == 3 and model.failure is None


def test_a_first_page_that_keeps_failing_says_so_with_try_again(qtbot, open_session, received):
    window = on_screen(qtbot, MainWindow(open_session(received.home)))
    qtbot.waitUntil(lambda: window.inbox.model.rowCount() == 3, timeout=10_000)
    model, state = window.inbox.model, window.empty_states["inbox"]
    pages = Failing(received, failures=10)
    model._fetch = pages
    model.setQuery(model.query())  # read from its first page, the table emptied
    assert not state.isVisible()  # loading: not "no reports"
    qtbot.waitUntil(lambda: len(pages.asked) == 4, timeout=10_000)  # the first try and three more
    qtbot.waitUntil(lambda: state.isVisible() and "could not be read" in state.title.text(), timeout=10_000)
    assert state.button.text() == "Try again"
    pages.failures = 0
    state.button.click()
    qtbot.waitUntil(lambda: model.rowCount() == 3, timeout=10_000)
    assert not state.isVisible()


def test_the_empty_state_waits_for_the_first_page(qtbot, open_session, received):
    window = on_screen(qtbot, MainWindow(open_session(received.home)))
    qtbot.waitUntil(lambda: window.inbox.model.rowCount() == 3, timeout=10_000)
    pages = Pages(received, hold=True)
    window.inbox.model._fetch = pages
    window.inbox.model.setQuery(window.inbox.model.query())  # read from its first page, the table emptied
    state = window.empty_states["inbox"]
    qtbot.wait(50)
    assert window.inbox.model.rowCount() == 0 and not state.isVisible()  # on its way, not empty
    pages.held.pop()()
    qtbot.waitUntil(lambda: window.inbox.model.rowCount() == 3, timeout=10_000)
    assert not state.isVisible()


def test_unlock_then_first_page_again_and_again(qtbot, slow_to_unlock):
    home = slow_to_unlock.home
    slow_to_unlock.close()
    app = start(qtbot, home)
    app.start_sync = True
    seen = []
    try:
        for _ in range(CYCLES):
            unlock(qtbot, app, PASSPHRASE)
            qtbot.waitUntil(lambda: isinstance(app.window, MainWindow) and app.window.isVisible(), timeout=20_000)
            started = time.monotonic()
            inbox, state = app.window.inbox, app.window.empty_states["inbox"]
            while inbox.model.rowCount() < 3 and time.monotonic() - started < 10:
                assert not (state.isVisible() and inbox.model.loading), "shown as empty while loading"
                qtbot.wait(5)
            seen.append((inbox.model.rowCount(), inbox.status.text()))
            app.window.lock_action.trigger()
            qtbot.waitUntil(lambda: app.dialog is not None and app.dialog.isVisible(), timeout=10_000)
    finally:
        app.shutdown()
    assert seen == [(3, "")] * CYCLES


def test_a_refresh_keeps_the_rows_shown_until_its_page_arrives_and_after_a_failure(qtbot, received):
    """After a sync pass or an arrival the inbox is read again: the rows stay meanwhile, never a blank table."""
    pages = Pages(received, hold=True)
    model = InboxModel(pages, received.books.current)
    table(qtbot, model)
    model.setQuery(InboxQuery())
    pages.held.pop()()
    assert model.rowCount() == 3
    resets = []
    model.modelReset.connect(lambda: resets.append(model.rowCount()))
    model.refresh()
    assert model.rowCount() == 3 and model.loading  # on its way: the rows read last are still shown
    shown = [model.data(model.index(row, 0), Qt.ItemDataRole.UserRole)["id"] for row in range(3)]
    pages.held.pop()()
    assert model.rowCount() == 3 and not model.loading and resets == [0]  # replaced in one step
    assert [model.data(model.index(row, 0), Qt.ItemDataRole.UserRole)["id"] for row in range(3)] == shown

    failing = Failing(received, failures=1)
    model._fetch = failing
    failed = []
    model.pageFailed.connect(failed.append)
    model.refresh()
    qtbot.waitUntil(lambda: bool(failed), timeout=5_000)
    assert model.rowCount() == 3 and not model.loading and model.failure is not None  # kept, and said why
    model.refresh()  # the next refresh reads them again
    qtbot.waitUntil(lambda: model.failure is None and not model.loading, timeout=5_000)
    assert model.rowCount() == 3 and len(failing.asked) == 2
