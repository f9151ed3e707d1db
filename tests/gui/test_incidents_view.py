"""Incidents in the desktop app: Send update and Final report through the real guided form, and the incidents view."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtWidgets import QWizard

from siaga.gui.main_window import MainWindow
from siaga.gui.report_wizard import ReportWizard
from siaga.station import Station

from helpers import PASSPHRASE, link, wait_for
from qt_helpers import click, on_screen


def through_the_form(qtbot, window, change=None):
    """Wait for the pre-filled form, let ``change`` edit it, go to the review and Sign and queue; returns the
    review's "changed since" text."""
    qtbot.waitUntil(lambda: isinstance(window._wizard, ReportWizard), timeout=10_000)
    wizard = window._wizard
    qtbot.waitExposed(wizard)
    if change:
        change(wizard)
    for _ in range(3):
        click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    changed = wizard.review_page.changed_since.text()
    code_line = wizard.review_page.code_line.text()
    click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    qtbot.waitUntil(lambda: window._wizard is None, timeout=10_000)
    return changed, code_line, wizard.windowTitle()


def test_send_update_and_final_report_through_the_form(qtbot, make_station, open_session, draft):
    jkt, kl = make_station("jakarta", country="ID"), make_station("kl", country="MY")
    kl_at_jkt, _ = link(jkt, kl)
    root = jkt.file_report(dict(draft, severity=3, to=[kl_at_jkt.id]))
    jkt.close()
    kl.close()
    session = open_session(jkt.home)
    window = on_screen(qtbot, MainWindow(session))
    window.resize(1280, 720)

    # the incidents view: one row, this station's, open
    view = window.incidents
    window.tabs.setCurrentWidget(view)
    qtbot.waitUntil(lambda: view.table.rowCount() == 1, timeout=10_000)
    assert view.table.item(0, 2).text() == draft["summary"]
    assert view.table.item(0, 5).text() == "This station"
    view.table.selectRow(0)
    assert view.update_button.isEnabled() and view.final_button.isEnabled()

    # Send update from the outbox: only the severity and the summary change
    window.tabs.setCurrentWidget(window.outbox)
    qtbot.waitUntil(lambda: window.outbox.model.rowCount() >= 1, timeout=10_000)
    window.outbox.table.selectRow(0)
    click(qtbot, window.outbox.update_button)

    def more_severe(wizard):
        wizard.form.set_severity(4)
        wizard.form.summary = "Two more servers encrypted"

    changed, line, title = through_the_form(qtbot, window, more_severe)
    assert title == "Send update"
    assert "Changed since the last report:" in changed
    assert "Severity: 3 \u2192 4" in changed and "Summary:" in changed and "Countries" not in changed
    assert line.split()[2] == "UP" and line.split()[-3].startswith("R")

    # Final report from the incident's own dialog
    qtbot.waitUntil(lambda: view.table.rowCount() == 1 and view.table.item(0, 3).text() == "2", timeout=10_000)
    assert window.tabs.currentWidget() is window.outbox  # where a filed report shows
    window.tabs.setCurrentWidget(view)
    view.table.selectRow(0)
    click(qtbot, view.open_button)
    qtbot.waitUntil(lambda: getattr(view, "dialog", None) is not None and view.dialog.isVisible(), timeout=10_000)
    dialog = view.dialog
    assert dialog.messages.rowCount() == 2
    assert [dialog.messages.item(r, 1).text() for r in range(2)] == ["Early warning", "Update"]
    dialog.grab().save(str(qtbot_tmp(qtbot) / "incident-dialog.png"))
    click(qtbot, dialog.final_button)

    def resolved(wizard):
        wizard.form.summary = "Restored from backups"

    changed, line, title = through_the_form(qtbot, window, resolved)
    assert title == "Final report" and "Severity" not in changed and "Summary:" in changed
    qtbot.waitUntil(lambda: view.table.rowCount() == 1 and view.table.item(0, 0).text() == "Closed",
                    timeout=10_000)
    view.table.selectRow(0)
    assert not view.update_button.isEnabled() and not view.final_button.isEnabled()
    window.grab().save(str(qtbot_tmp(qtbot) / "incidents.png"))

    detail = wait_for(qtbot, session.db.run(lambda st: st.incidents.detail(root)))
    assert [m["type"] for m in detail["messages"]] == ["early-warning", "update", "final"]
    assert [m["severity"] for m in detail["messages"]] == [3, 4, 4]
    assert detail["state"] == "closed"


def qtbot_tmp(qtbot):
    import tempfile
    from pathlib import Path
    return Path(tempfile.gettempdir())


def test_deadlines_are_announced_once_while_the_app_is_open(qtbot, make_station, open_session, draft):
    """Under NIS2 an update is due 72 h after detection: a report of something seen four days ago is overdue."""
    jkt, kl = make_station("jakarta", country="ID"), make_station("kl", country="MY")
    kl_at_jkt, _ = link(jkt, kl)
    jkt.file_report(dict(draft, severity=2, to=[kl_at_jkt.id], clock="nis2",
                         observed_at=(datetime.now(timezone.utc) - timedelta(days=4)).strftime("%Y-%m-%dT%H:%M:%SZ")))
    jkt.close()
    kl.close()
    session = open_session(jkt.home)
    window = on_screen(qtbot, MainWindow(session))
    told = []
    window.incidents.deadlineNotice.connect(lambda title, text: told.append((title, text)))
    window.incidents.refresh()
    qtbot.waitUntil(lambda: len(told) == 1, timeout=10_000)
    assert told[0][0] == "Deadline passed"
    assert told[0][1].startswith("incident notification (update) by ")
    assert window.incidents.table.item(0, 0).text() == "Overdue"
    assert "incident notification (update)" in window.last_notification
    window.incidents.refresh()
    qtbot.wait(500)
    assert len(told) == 1  # once, not at every look

    # a deadline first seen further off is announced when it comes within two hours; one near at first sight is not
    view, row = window.incidents, dict(window.incidents.rows[0])
    assert row["state"] == "overdue"
    soon = {**row, "root": "b" * 64, "state": "due-soon"}
    view._announce([{**row, "root": "a" * 64, "state": "due-soon"}, {**soon, "state": "on-time"}])
    assert len(told) == 1
    view._announce([soon])
    assert told[-1][0] == "Deadline in less than 2 hours" and len(told) == 2


@pytest.fixture
def indonesian(qapp):
    from siaga.gui.i18n import install_language

    assert install_language(qapp, "id")
    yield
    install_language(qapp, "en")


def test_an_incident_from_a_partner_cannot_be_continued_here(qtbot, make_station, open_session, draft, indonesian):
    from siaga.delivery.receiving import accept

    jkt, kl = make_station("jakarta", country="ID"), make_station("kl", country="MY")
    kl_at_jkt, jkt_at_kl = link(jkt, kl)
    root = jkt.file_report(dict(draft, to=[kl_at_jkt.id]))
    update = jkt.file_report({"updates": root, "summary": "Spreading"})
    accept(kl, [jkt.outgoing.envelopes([update])[update]], jkt_at_kl)
    jkt.close()
    kl.close()
    session = open_session(kl.home, lang="id")
    window = on_screen(qtbot, MainWindow(session))
    view = window.incidents
    window.tabs.setCurrentWidget(view)
    qtbot.waitUntil(lambda: view.table.rowCount() == 1, timeout=10_000)
    assert view.table.item(0, 2).text().endswith("(laporan sebelumnya belum diterima)")
    view.table.selectRow(0)
    assert view.open_button.isEnabled() and not view.update_button.isEnabled()
    assert view.table.item(0, 0).text() in ("Tepat waktu", "Jatuh tempo dalam 2 jam")
    window.resize(1280, 720)
    window.grab().save(str(qtbot_tmp(qtbot) / "incidents-id.png"))
    with Station.open(kl.home, PASSPHRASE) as station:
        assert station.incidents.detail(update)["root_known"] is False
