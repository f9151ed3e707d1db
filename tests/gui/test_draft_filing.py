"""Filing a saved draft from the desktop app: the report is queued and the draft deleted together, or neither.

A trigger in the station's real database file makes deleting the draft fail, as a
crash between the two steps would cut the filing short. Filing must then leave
the draft, ready to be filed again, and no report (the crash itself, a process
killed at every statement of a filing, is in ``tests/test_drafts.py``).
"""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QWizard

from siaga.gui.main_window import MainWindow
from siaga.gui.report_wizard import ReportWizard
from siaga.station import Station

from helpers import PASSPHRASE, link, wait_for
from qt_helpers import click, on_screen

FAULT = "CREATE TRIGGER draft_stays BEFORE DELETE ON drafts BEGIN SELECT RAISE(ABORT, 'the disk failed'); END"


def file_offered_draft(qtbot, window):
    """Answer Continue to the unfinished report, then go through the wizard to Sign and queue."""
    window.offer_drafts()
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "resumeDraft") is not None, timeout=10_000)
    box = window.findChild(QMessageBox, "resumeDraft")
    qtbot.mouseClick(box.findChild(QPushButton, "continueDraft"), Qt.MouseButton.LeftButton)
    box.setObjectName("")  # answered (it is deleted later)
    qtbot.waitUntil(lambda: isinstance(window._wizard, ReportWizard), timeout=10_000)
    wizard = window._wizard
    assert wizard.draft_id == "d1"
    qtbot.waitExposed(wizard)
    for _ in range(3):
        click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    qtbot.waitUntil(lambda: window._wizard is None, timeout=10_000)


def state(qtbot, session):
    return wait_for(qtbot, session.db.run(lambda st: ([d[0] for d in st.drafts()], st.store.outbox_ids())))


def test_a_filing_cut_short_leaves_the_draft_and_no_report(qtbot, make_station, open_session, draft):
    jkt, kl = make_station("jakarta", country="ID"), make_station("kl", country="MY")
    kl_at_jkt, _ = link(jkt, kl)
    jkt.close()
    kl.close()
    with Station.open(jkt.home, PASSPHRASE) as station:
        station.save_draft("d1", dict(draft, to=[kl_at_jkt.id], summary="Written before the fault"))
    db = sqlite3.connect(jkt.home / "siaga.db")
    try:
        db.execute(FAULT)
        db.commit()
    finally:
        db.close()

    session = open_session(jkt.home)
    window = on_screen(qtbot, MainWindow(session))
    file_offered_draft(qtbot, window)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "errorBox") is not None, timeout=10_000)
    assert state(qtbot, session) == (["d1"], [])  # the draft, to file again; no report

    db = sqlite3.connect(jkt.home / "siaga.db")
    try:
        db.execute("DROP TRIGGER draft_stays")
        db.commit()
    finally:
        db.close()
    file_offered_draft(qtbot, window)
    qtbot.waitUntil(lambda: "Report signed and queued" in window.statusBar().currentMessage(), timeout=10_000)
    drafts, outbox = state(qtbot, session)
    assert drafts == [] and len(outbox) == 1
    assert wait_for(qtbot, session.db.run(lambda st: st.store.recipients(outbox[0]))) == [kl_at_jkt.id]
