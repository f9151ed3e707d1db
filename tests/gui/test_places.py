"""The main window's places: a sidebar others add to with one line, a branded header, light and dark palettes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from siaga.gui import places, theme
from siaga.gui.colours import contrast, is_dark
from siaga.gui.icons import icon, icon_names
from siaga.gui.main_window import MainWindow
from siaga.gui.report_wizard import ReportWizard
from siaga.station import Station

from helpers import PASSPHRASE
from qt_helpers import click, on_screen


class Notes(QWidget):
    """A place another part of the app might add."""

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.setObjectName("notesView")


@pytest.fixture
def home(make_station):
    station = make_station("jakarta", country="ID")
    station.close()
    return station.home


def test_a_new_place_joins_the_sidebar_with_one_line_and_is_built_when_first_opened(qtbot, open_session, home,
                                                                                     monkeypatch):
    monkeypatch.setattr(places, "PLACES", list(places.PLACES))
    places.register(places.Place("notes", "Notes", "audit", "test_places:Notes", order=50))
    monkeypatch.setattr("importlib.import_module", lambda name, _real=__import__("importlib").import_module:
                        __import__("sys").modules[__name__] if name == "siaga.gui.test_places" else _real(name))
    window = on_screen(qtbot, MainWindow(open_session(home)))
    assert window.places.keys() == ["inbox", "outbox", "incidents", "drafts", "dashboard", "notes", "peers"]
    assert "notes" not in window.places.built()  # nothing built until visited
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    QTest.keyClick(window.places.sidebar, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert window.places.current_key() == "notes"
    assert window.places.currentWidget().objectName() == "notesView"
    window.places.sidebar.setCurrentRow(0)
    assert window.places.currentWidget() is window.inbox


def test_every_place_has_a_shipped_svg_icon_that_draws(qapp):
    names = icon_names()
    for place in places.places():
        assert place.icon in names
    for name in names:
        assert not icon(name).pixmap(24, 24).isNull(), name


def test_the_header_names_the_station_and_its_connection(qtbot, open_session, home):
    window = on_screen(qtbot, MainWindow(open_session(home)))
    window.station_unlocked()
    assert window.header.name.text() == "jakarta"
    assert "Indonesia" in window.header.detail.text()
    window._show_connection(2)
    assert window.header.state.text() == window.connection_label.text() == "Nothing to send · 2 waiting"


@pytest.mark.parametrize("appearance", ["light", "dark"])
def test_siagas_palettes_keep_text_readable(qtbot, qapp, open_session, home, appearance):
    saved = qapp.palette()
    try:
        theme.apply(appearance)
        assert is_dark(qapp.palette()) is (appearance == "dark")
        window = on_screen(qtbot, MainWindow(open_session(home)))
        pal = qapp.palette()
        for text, back in ((QPalette.ColorRole.WindowText, QPalette.ColorRole.Window),
                           (QPalette.ColorRole.Text, QPalette.ColorRole.Base),
                           (QPalette.ColorRole.HighlightedText, QPalette.ColorRole.Highlight)):
            assert contrast(pal.color(text), pal.color(back)) >= 4.5, (appearance, text)
        header = window.header.palette()
        assert contrast(header.color(QPalette.ColorRole.WindowText), header.color(QPalette.ColorRole.Window)) >= 4.5
    finally:
        theme.apply("system")
        qapp.setPalette(saved)


def test_the_drafts_place_continues_and_discards_and_says_what_to_do_when_empty(qtbot, open_session, home, draft):
    with Station.open(home, PASSPHRASE) as station:
        station.save_draft("d1", dict(draft, summary="Half-written report"))
    window = on_screen(qtbot, MainWindow(open_session(home)))
    view = window.places.show_place("drafts")
    qtbot.waitUntil(lambda: view.table.rowCount() == 1, timeout=10_000)
    assert view.table.item(0, 1).text() == "Half-written report"
    click(qtbot, view.continue_button)
    qtbot.waitUntil(lambda: isinstance(window._wizard, ReportWizard), timeout=10_000)
    assert window._wizard.draft_id == "d1"
    window._wizard.reject()
    qtbot.waitUntil(lambda: window._wizard is None, timeout=5_000)

    click(qtbot, view.discard_button)
    qtbot.waitUntil(lambda: view.findChild(QMessageBox, "discardDraftBox") is not None, timeout=5_000)
    box = view.findChild(QMessageBox, "discardDraftBox")
    click(qtbot, box.button(QMessageBox.StandardButton.Discard))
    qtbot.waitUntil(lambda: view.pages.currentWidget() is view.empty, timeout=10_000)
    assert view.empty.isVisible() and "No unfinished reports" in view.empty.title.text()
    with Station.open(home, PASSPHRASE) as station:
        assert station.drafts() == []
    click(qtbot, view.empty.button)  # the empty state's button opens a new report
    qtbot.waitUntil(lambda: isinstance(window._wizard, ReportWizard), timeout=10_000)
    assert window._wizard.draft_id != "d1"
    assert not [lbl for lbl in view.findChildren(QLabel) if lbl.isVisible() and lbl.wordWrap()
                and lbl.heightForWidth(lbl.width()) > lbl.height()]


def test_every_empty_view_says_what_to_do_next_with_the_button_to_do_it(qtbot, open_session, home, draft):
    window = on_screen(qtbot, MainWindow(open_session(home)))
    states = window.empty_states
    qtbot.waitUntil(states["inbox"].isVisible, timeout=10_000)  # once the inbox has been read: empty
    assert "No reports here yet" in states["inbox"].title.text()
    click(qtbot, states["inbox"].button)
    assert window.places.current_key() == "peers" and states["peers"].isVisible()
    assert "both ways" in states["peers"].text.text()
    window.places.show_place("outbox")
    assert states["outbox"].isVisible()
    click(qtbot, states["outbox"].button)
    qtbot.waitUntil(lambda: isinstance(window._wizard, ReportWizard), timeout=10_000)
    window._wizard.reject()
    for state in states.values():  # wrapped, never clipped
        assert state.text.height() >= state.text.heightForWidth(state.text.width())


def test_an_empty_state_leaves_when_rows_arrive(qtbot, open_session, make_station, draft):
    from helpers import link
    jkt = make_station("jakarta3", country="ID")
    kl = make_station("kl3", country="MY")
    kl_at_jkt, _ = link(jkt, kl)
    jkt.file_report(dict(draft, to=[kl_at_jkt.id]))
    jkt.close()
    kl.close()
    window = on_screen(qtbot, MainWindow(open_session(jkt.home)))
    window.places.show_place("outbox")
    qtbot.waitUntil(lambda: window.outbox.model.rowCount() > 0, timeout=10_000)
    assert not window.empty_states["outbox"].isVisible()
    window.places.show_place("peers")
    qtbot.waitUntil(lambda: window.peers.table.rowCount() == 1, timeout=10_000)
    assert not window.empty_states["peers"].isVisible()
