"""The main window builds the inbox (the place shown first) before it is shown; the incidents place right
after its first paint (its deadline notices work out of sight); every other place when it is first opened,
with its data, its empty state and the window's wiring, as if it had been there from the start."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from test_app import start, unlock

from siaga.gui.main_window import MainWindow

from helpers import PASSPHRASE, link


@pytest.fixture
def home(make_station, draft):
    """Jakarta, with Kuala Lumpur as its peer and one report filed to it."""
    jkt, kl = make_station("jakarta"), make_station("kl", country="MY")
    link(jkt, kl)
    jkt.file_report(dict(draft, summary="Ransomware on file servers"))
    jkt.close()
    return jkt.home


def test_only_the_inbox_is_built_before_the_first_paint_and_the_others_on_first_visit(qtbot, home):
    app = start(qtbot, home)
    try:
        unlock(qtbot, app, PASSPHRASE)
        qtbot.waitUntil(lambda: isinstance(app.window, MainWindow) and app.window.isVisible(), timeout=10_000)
        window = app.window
        built = window.places.built()
        assert "inbox" in built and not {"outbox", "peers", "drafts", "dashboard"} & set(built)
        # right after the first paint: the incidents place, which announces deadlines while out of sight
        qtbot.waitUntil(lambda: "incidents" in window.places.built(), timeout=5_000)
        assert not window.places.currentWidget() is window.places.built()["incidents"]

        # the outbox, built as the officer opens it: its report listed, its empty state made and out of sight
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
        QTest.keyClick(window.places.sidebar, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
        assert window.places.current_key() == "outbox"
        outbox = window.places.built()["outbox"]
        assert window.places.currentWidget() is outbox is window.outbox
        qtbot.waitUntil(lambda: outbox.model.rowCount() >= 1, timeout=10_000)  # the report, and a row per recipient
        assert any("Ransomware on file servers" in str(outbox.model.index(0, column).data())
                   for column in range(outbox.model.columnCount()))
        assert "outbox" in window.empty_states and not window.empty_states["outbox"].isVisible()
        assert outbox.table.isVisible()
        # Tab from the sidebar goes into the place just built, not past the header
        window.places.sidebar.setFocus(Qt.FocusReason.TabFocusReason)
        QTest.keyClick(window.places.sidebar, Qt.Key.Key_Tab)
        focused = window.focusWidget()
        assert focused is not None and outbox.isAncestorOf(focused)

        # the peers, built when asked for by name (another part of the window may ask first)
        peers = window.peers
        assert "peers" in window.places.built()
        window.places.setCurrentWidget(peers)
        qtbot.waitUntil(lambda: peers.table.rowCount() == 1, timeout=10_000)
        assert any(peers.table.item(0, column) is not None and peers.table.item(0, column).text() == "kl"
                   for column in range(peers.table.columnCount()))
        assert not window.empty_states["peers"].isVisible()
    finally:
        app.shutdown()


def test_an_empty_state_asked_for_builds_its_place(qtbot, open_session, home):
    window = MainWindow(open_session(home))
    qtbot.addWidget(window)
    assert "peers" not in window.places.built()
    state = window.empty_states["peers"]  # as a test or a tour might ask, before the place was opened
    assert "peers" in window.places.built() and state.parent() is window.peers.table.viewport()
