"""Unfinished reports at unlock: Continue, Discard or Later; and the Drafts place's Continue and Discard."""

from __future__ import annotations

import time

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton

from siaga.gui.main_window import MainWindow
from siaga.gui.report_wizard import ReportWizard

from helpers import wait_for
from qt_helpers import click, on_screen


@pytest.fixture
def home(make_station, draft):
    station = make_station("jakarta", country="ID")
    station.save_draft("d1", dict(draft, summary="Half-written report"))
    station.close()
    return station.home


def prompt(qtbot, window):
    """Offer the drafts as at unlock; the question box, or None once nothing more happens."""
    window.offer_drafts()
    wait_for(qtbot, window.session.db.run(lambda st: None))  # the worker answered
    qtbot.wait(50)
    boxes = [b for b in window.findChildren(QMessageBox, "resumeDraft") if b.isVisible()]
    return boxes[0] if boxes else None


def answer(qtbot, box, name):
    click(qtbot, box.findChild(QPushButton, name))
    box.setObjectName("")


def test_later_stops_the_question_until_a_draft_is_saved(qtbot, open_session, home, draft):
    window = on_screen(qtbot, MainWindow(open_session(home)))
    box = prompt(qtbot, window)
    assert box is not None and "Half-written report" in box.text()
    assert {b.text().replace("&", "") for b in box.buttons()} == {"Continue", "Discard", "Later"}
    answer(qtbot, box, "laterDraft")
    wait_for(qtbot, window.session.db.run(lambda st: None))
    assert prompt(qtbot, window) is None  # the next unlock does not ask again
    time.sleep(1.05)  # drafts are stamped to the second
    wait_for(qtbot, window.session.db.run(lambda st: st.save_draft("d2", dict(draft, summary="A new one"))))
    box = prompt(qtbot, window)
    assert box is not None and "A new one" in box.text()
    answer(qtbot, box, "continueDraft")
    qtbot.waitUntil(lambda: isinstance(window._wizard, ReportWizard), timeout=10_000)
    assert window._wizard.draft_id == "d2" and window._wizard.details_page.summary.text() == "A new one"


def test_discard_at_unlock_deletes_the_draft(qtbot, open_session, home):
    window = on_screen(qtbot, MainWindow(open_session(home)))
    answer(qtbot, prompt(qtbot, window), "discardDraft")
    qtbot.waitUntil(lambda: wait_for(qtbot, window.session.db.run(lambda st: st.drafts())) == [], timeout=10_000)
    assert prompt(qtbot, window) is None
