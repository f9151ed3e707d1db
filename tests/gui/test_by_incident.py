"""The inbox and the outbox by incident: the "Messages | Incidents" switch, one row per incident, its messages."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from siaga.delivery.receiving import accept
from siaga.gui.main_window import MainWindow

from qt_helpers import click, on_screen


def thread(net, draft):
    """Jakarta's early warning and two updates, all delivered to Kuala Lumpur; and a lone report, also delivered."""
    jkt, kl = net.jakarta, net.kl
    root = jkt.file_report(dict(draft, severity=3, to=[net.id("kl")]))
    up1 = jkt.file_report({"updates": root, "summary": "Two more servers encrypted", "severity": 4})
    up2 = jkt.file_report({"updates": root, "summary": "Contained; restoring"})
    lone = jkt.file_report(dict(draft, summary="Phishing wave against ministries", to=[net.id("kl")]))
    ids = [root, up1, up2, lone]
    envelopes = jkt.outgoing.envelopes(ids)
    accept(kl, [envelopes[m] for m in ids], net.peers[("kl", "jakarta")])
    return ids


def rows(view):
    return [[view.table.item(r, c).text() for c in range(view.table.columnCount())] for r in range(view.table.rowCount())]


def test_the_inbox_by_incident_opens_a_thread_in_order(qtbot, network, open_session, draft, tmp_path):
    net = network()
    root, up1, up2, lone = thread(net, draft)
    window = on_screen(qtbot, MainWindow(open_session(net.kl.home)))
    window.resize(1280, 720)
    inbox = window.inbox
    window.places.setCurrentWidget(inbox)
    qtbot.waitUntil(lambda: inbox.model.rowCount() == 4, timeout=10_000)  # one row per message
    switch = inbox.by_incident
    assert not switch.by_incident and switch.messages_button.isChecked()

    click(qtbot, switch.incidents_button)
    view = switch.incidents
    assert switch.by_incident and view.isVisible() and not inbox.table.isVisible()
    assert inbox.banner.parent() is inbox  # an urgent report is still announced above either
    qtbot.waitUntil(lambda: view.table.rowCount() == 2, timeout=10_000)
    by_summary = {row[2]: row for row in rows(view)}
    assert by_summary["Contained; restoring"][1] == "Severe"  # the latest report's severity and summary
    assert by_summary["Contained; restoring"][3] == "3"  # three reports
    assert by_summary["Contained; restoring"][0] == "Due within 2 h"  # severity 4: acknowledge within 2 h
    assert by_summary["Contained; restoring"][4].startswith("acknowledgement from this station by ")
    assert by_summary["Phishing wave against ministries"][3] == "1"
    window.grab().save(str(tmp_path / "inbox-by-incident.png"))

    r = next(i for i, row in enumerate(rows(view)) if row[2] == "Contained; restoring")
    view.table.selectRow(r)
    assert not view.update_button.isVisible()  # a partner's incident: only its author continues it
    click(qtbot, view.open_button)
    qtbot.waitUntil(lambda: getattr(view, "dialog", None) is not None and view.dialog.isVisible(), timeout=10_000)
    dialog = view.dialog
    assert [dialog.messages.item(i, 1).text() for i in range(dialog.messages.rowCount())] == [
        "Early warning", "Update", "Update"]
    assert dialog.messages.item(2, 3).text() == "Severity 4: Contained; restoring"
    dialog.reject()

    click(qtbot, switch.messages_button)
    assert not switch.by_incident and inbox.table.isVisible()
    # by keyboard: the arrow keys move between the two, the space bar chooses
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2_000)
    switch.messages_button.setFocus()
    QTest.keyClick(switch.messages_button, Qt.Key.Key_Right)
    assert switch.incidents_button.hasFocus()
    QTest.keyClick(switch.incidents_button, Qt.Key.Key_Space)
    assert switch.by_incident


def test_the_outbox_by_incident_shows_this_stations_own_and_files_an_update(qtbot, network, open_session, draft):
    net = network()
    root = thread(net, draft)[0]
    window = on_screen(qtbot, MainWindow(open_session(net.jakarta.home)))
    outbox = window.outbox
    window.places.setCurrentWidget(outbox)
    outbox.by_incident.show_incidents()
    view = outbox.by_incident.incidents
    qtbot.waitUntil(lambda: view.table.rowCount() == 2, timeout=10_000)
    assert {row[5] for row in rows(view)} == {"This station"}
    r = next(i for i, row in enumerate(rows(view)) if row[3] == "3")
    view.table.selectRow(r)
    assert view.update_button.isEnabled() and view.final_button.isEnabled()
    with qtbot.waitSignal(outbox.continueRequested) as asked:
        click(qtbot, view.final_button)
    assert asked.args == [root, "final"]
    qtbot.waitUntil(lambda: window._wizard is not None, timeout=10_000)  # the guided form, pre-filled
    assert window._wizard.form.type == "final" and window._wizard.form.in_reply_to == root
    window._wizard.reject()
    # the inbox of the post shows no incident: both are its own
    inbox_view = window.inbox.by_incident
    window.places.setCurrentWidget(window.inbox)
    inbox_view.show_incidents()
    qtbot.waitUntil(lambda: inbox_view.incidents.status.text() != "", timeout=10_000)
    assert inbox_view.incidents.table.rowCount() == 0
