"""Two desktop stations over real loopback endpoints: file, deliver, verify, acknowledge, filter.

Jakarta's officer files a report through the guided form by keys and clicks;
Kuala Lumpur's endpoint (hosted by its app) receives it; the liaison sees it in
the inbox with a verified badge and acknowledges it; the acknowledgement
travels back and Jakarta's outbox shows it.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWizard

from siaga.delivery import endpoint
from siaga.delivery.endpoint import Endpoint
from siaga.gui.app import App
from siaga.gui.i18n import install_language
from siaga.gui.inbox_dialogs import AcknowledgeDialog
from siaga.gui.report_wizard import ReportWizard
from siaga.storage import preferences

from helpers import PASSPHRASE, link, wait_for
from qt_helpers import click, tick_found

NEXT = QWizard.WizardButton.NextButton
FINISH = QWizard.WizardButton.FinishButton
SUMMARY = "Ransomware on provincial government file servers"


class AnyFreePort(Endpoint):
    """The app's own endpoint, on a port the system picks (port 0) instead of the one in the preferences."""

    def __init__(self, home, keys, host="127.0.0.1", port=0, **options):
        super().__init__(home, keys, host=host, port=0, **options)


@pytest.fixture
def apps(qtbot, make_station, tmp_path, monkeypatch):
    """Jakarta and Kuala Lumpur, each an unlocked desktop app that receives on its own loopback port."""
    monkeypatch.setattr(endpoint, "Endpoint", AnyFreePort)
    jkt = make_station("jakarta", country="ID")
    kl = make_station("kl", country="MY")
    kl_at_jkt, jkt_at_kl = link(jkt, kl)
    kl.set_trust(jkt_at_kl.id, "verified")  # fingerprints were compared by phone
    jkt.close()
    kl.close()
    running = {}
    for name in ("jakarta", "kl"):
        home = tmp_path / name
        preferences.save(home, preferences.Preferences(language="en", receive_enabled=True, host="127.0.0.1",
                                                        sync_interval=60))
        app = App(home)
        app.start()
        qtbot.waitUntil(lambda: app.dialog is not None and app.dialog.isVisible())
        QTest.keyClicks(app.dialog.passphrase, PASSPHRASE)
        QTest.keyClick(app.dialog.passphrase, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: app.window is not None and app.window.isVisible(), timeout=20_000)
        qtbot.waitUntil(lambda: app.session.endpoint is not None, timeout=20_000)
        running[name] = app
    # each station records where the other one listens
    for at, peer_id, other in (("jakarta", kl_at_jkt.id, "kl"), ("kl", jkt_at_kl.id, "jakarta")):
        url = running[other].session.endpoint.url
        wait_for(qtbot, running[at].session.db.run(lambda st, p=peer_id, u=url: st.update_peer(p, url=u)))
    yield running["jakarta"], running["kl"]
    for app in running.values():
        app.shutdown()
    install_language(QApplication.instance(), "en")


def file_report_through_the_wizard(qtbot, window):
    window.new_report_action.trigger()
    qtbot.waitUntil(lambda: isinstance(window._wizard, ReportWizard) and window._wizard.isVisible(), timeout=10_000)
    wizard = window._wizard
    page = wizard.observe_page
    tick_found(page.tree, page.search, "ransom note", "ransom-note")
    click(qtbot, wizard.button(NEXT))
    page = wizard.details_page
    QTest.keyClicks(page.summary, SUMMARY)
    QTest.keyClicks(page.indicators, "203.0.113.7")
    click(qtbot, wizard.button(NEXT))
    page = wizard.handling_page
    click(qtbot, page._scope_buttons["bilateral"])
    tick_found(page.places, page.place_search, "malaysia", "MY")
    assert "kl" in page.recipients.text()
    click(qtbot, wizard.button(NEXT))
    assert "Malicious code: Infected system" in wizard.review_page.report.toPlainText()
    click(qtbot, wizard.button(FINISH))


def outbox_words(outbox):
    """Each recipient's delivery, in words (the last column of the recipient rows)."""
    return outbox.delivery_texts()


def row_summaries(view):
    return [view.model.data(view.model.index(r, 0), Qt.ItemDataRole.UserRole)["summary"]
            for r in range(view.model.rowCount())]


def test_report_filed_delivered_verified_acknowledged_and_filtered(qtbot, apps):
    jakarta, kl = apps
    window = jakarta.window
    file_report_through_the_wizard(qtbot, window)

    # queued at once, then delivered over loopback with a verified receipt
    qtbot.waitUntil(lambda: window.places.currentWidget() is window.outbox, timeout=10_000)
    qtbot.waitUntil(lambda: any("Delivered" in w for w in outbox_words(window.outbox)), timeout=30_000)
    assert "Last sync: never" not in window.last_sync_label.text()

    # Kuala Lumpur: the report is in the inbox, signed by a verified peer
    inbox = kl.window.inbox
    qtbot.waitUntil(lambda: SUMMARY in row_summaries(inbox), timeout=30_000)
    row = row_summaries(inbox).index(SUMMARY)
    inbox.table.selectRow(row)
    qtbot.waitUntil(lambda: inbox.detail.message is not None, timeout=10_000)
    assert inbox.detail.trust == "verified" and inbox.detail.badge.text().startswith("Verified peer — ")
    assert ("Summary", SUMMARY) in inbox.detail.lines()
    assert kl.window.last_notification.startswith("Malicious code: Infected system")  # urgent: announced

    # acknowledge; the status flows back to Jakarta's outbox
    click(qtbot, inbox.ack_button)
    qtbot.waitUntil(lambda: inbox.findChild(AcknowledgeDialog) is not None, timeout=10_000)
    dialog = inbox.findChild(AcknowledgeDialog)
    dialog.status.setFocus()
    QTest.keyClicks(dialog.status, "Inv")
    QTest.keyClicks(dialog.note, "Team on site")
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
    qtbot.waitUntil(lambda: any("Acknowledged: Investigating" in w and "Team on site" in w
                                for w in outbox_words(window.outbox)), timeout=30_000)

    # the liaison filters the inbox: a word from the summary, then one that matches nothing
    QTest.keyClicks(inbox.filters.search, "ransomware")
    qtbot.waitUntil(lambda: row_summaries(inbox) == [SUMMARY], timeout=10_000)
    QTest.keyClicks(inbox.filters.search, " floods")
    qtbot.waitUntil(lambda: row_summaries(inbox) == [], timeout=10_000)

    # filed in English, read in Indonesian: the same codes, the codebook's Indonesian labels
    kl.apply_preferences(preferences.Preferences(language="id", receive_enabled=True, host="127.0.0.1",
                                                 port=kl.prefs.port, sync_interval=60))
    inbox = kl.window.inbox
    qtbot.waitUntil(lambda: SUMMARY in row_summaries(inbox), timeout=10_000)
    inbox.table.selectRow(row_summaries(inbox).index(SUMMARY))
    qtbot.waitUntil(lambda: inbox.detail.message is not None, timeout=10_000)
    assert ("Insiden", "Kode berbahaya: Sistem terinfeksi (rsit:malicious-code/infected-system)") in inbox.detail.lines()
    assert kl.window.places.sidebar.item(0).text() == "Kotak masuk"
