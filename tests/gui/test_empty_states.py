"""Empty views beyond the first three: the incidents table, and an inbox emptied by its filters (whose button
then clears them). Real station, real main window."""

from __future__ import annotations

from PySide6.QtTest import QTest
from test_places import home  # noqa: F401 - the fixture

from siaga.gui.main_window import MainWindow
from siaga.gui.report_wizard import ReportWizard

from qt_helpers import click, on_screen


def test_the_incidents_view_says_what_an_incident_is_and_offers_a_new_report(qtbot, open_session, home):  # noqa: F811
    window = on_screen(qtbot, MainWindow(open_session(home)))
    window.places.show_place("incidents")
    state = window.empty_states["incidents"]
    qtbot.waitUntil(state.isVisible, timeout=10_000)
    assert "No incidents yet" in state.title.text() and "first report" in state.text.text()
    click(qtbot, state.button)
    qtbot.waitUntil(lambda: isinstance(window._wizard, ReportWizard), timeout=10_000)
    window._wizard.reject()


def test_an_inbox_emptied_by_filters_offers_to_clear_them(qtbot, open_session, home):  # noqa: F811
    window = on_screen(qtbot, MainWindow(open_session(home)))
    state = window.empty_states["inbox"]
    qtbot.waitUntil(state.isVisible, timeout=10_000)
    assert state.button.text() == "Go to Peers"
    QTest.keyClicks(window.inbox.filters.search, "ransomware")
    qtbot.waitUntil(lambda: "matches these filters" in state.title.text() and state.isVisible(), timeout=10_000)
    assert state.button.text() == "Clear filters"
    click(qtbot, state.button)
    qtbot.waitUntil(lambda: window.inbox.filters.search.text() == "", timeout=10_000)
    qtbot.waitUntil(lambda: state.button.text() == "Go to Peers" and state.isVisible(), timeout=10_000)
    assert "No reports here yet" in state.title.text()
    click(qtbot, state.button)
    assert window.places.current_key() == "peers"


def test_an_empty_dashboard_says_what_it_counts_and_offers_a_new_report(qtbot, open_session, home):  # noqa: F811
    window = on_screen(qtbot, MainWindow(open_session(home)))
    window.places.show_place("dashboard")
    view = window.places.view("dashboard")
    qtbot.waitUntil(lambda: view.figures is not None and view.empty.isVisible(), timeout=10_000)
    assert "Nothing to count" in view.empty.title.text()
    click(qtbot, view.empty.button)
    qtbot.waitUntil(lambda: isinstance(window._wizard, ReportWizard), timeout=10_000)
    window._wizard.reject()
