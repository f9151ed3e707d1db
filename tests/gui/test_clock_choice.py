"""The guided form's reporting clock: a report names another profile than the station's and a ransom payment."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWizard

from siaga.gui.main_window import MainWindow
from siaga.gui.report_wizard import ReportWizard
from siaga.protocol.message import format_time

from helpers import link, wait_for
from qt_helpers import click, on_screen

NEXT, FINISH = QWizard.WizardButton.NextButton, QWizard.WizardButton.FinishButton


def open_form(qtbot, window, **kwargs):
    window.new_report(**kwargs)
    qtbot.waitUntil(lambda: isinstance(window._wizard, ReportWizard), timeout=10_000)
    wizard = window._wizard
    qtbot.waitExposed(wizard)
    return wizard


def test_a_report_names_circia_and_a_ransom_payment_through_the_form(qtbot, make_station, open_session, draft,
                                                                      tmp_path):
    jkt, kl = make_station("jakarta", country="ID"), make_station("kl", country="MY")
    kl_at_jkt, _ = link(jkt, kl)
    jkt.close()
    kl.close()
    session = open_session(jkt.home)
    window = on_screen(qtbot, MainWindow(session))
    wizard = open_form(qtbot, window, draft=dict(draft, to=[kl_at_jkt.id]))
    click(qtbot, wizard.button(NEXT))
    page = wizard.details_page
    assert wizard.currentPage() is page
    choice = page.clock_choice
    assert choice.profile.currentText() == "This station's setting" and choice.profile.isEnabled()
    assert not choice.paid_at.isEnabled()

    choice.profile.setFocus()
    while choice.profile.currentData() != "circia":
        QTest.keyClick(choice.profile, Qt.Key.Key_Down)
    assert "ransom payment within 24 hours" in choice.profile.toolTip()
    # a payment in the future is refused on the page, and marked on its field
    click(qtbot, choice.ransom)
    assert choice.paid_at.isEnabled()
    choice.paid_at.setDateTime(QDateTime.currentDateTime().addDays(2))
    click(qtbot, wizard.button(NEXT))
    assert wizard.currentPage() is page and "lies in the future" in page.problems.text()
    assert choice.paid_at.property("invalid") is True
    paid = datetime.now(timezone.utc).replace(second=0, microsecond=0) - timedelta(hours=3)
    choice.paid_at.setDateTime(QDateTime.fromSecsSinceEpoch(int(paid.timestamp())))
    assert page.problems.text() == ""
    window.resize(1280, 720)
    wizard.grab().save(str(tmp_path / "details.png"))
    for _ in range(2):
        click(qtbot, wizard.button(NEXT))
    click(qtbot, wizard.button(FINISH))
    qtbot.waitUntil(lambda: window._wizard is None, timeout=10_000)

    def incident(st):
        [row] = st.incidents.page()[0]
        return st.incidents.detail(row["root"])

    detail = wait_for(qtbot, session.db.run(incident))
    assert detail["profile"] == "circia"
    [update] = [d for d in detail["dues"] if d["what"] == "update"]
    assert update["at"] == format_time(paid + timedelta(hours=24)) and update["met_at"] is None
    assert wait_for(qtbot, session.db.run(lambda st: st.incidents.default_profile())) == "asean"

    # an update keeps the incident's clock: shown, not changeable
    window.file_update(detail["root"], "update")
    qtbot.waitUntil(lambda: isinstance(window._wizard, ReportWizard), timeout=10_000)
    wizard = window._wizard
    choice = wizard.details_page.clock_choice
    assert choice.profile.currentData() == "circia" and not choice.profile.isEnabled()
    wizard.reject()
