"""What a peer, a file or the user wrote is shown as text: never as markup, never with hidden controls.

Hostile values go into every field a peer controls (its card's name and organisation,
a report's summary, narrative and acknowledgement note, a STIX import's fields, a file
name); the real windows and dialogs then show each literally, every label of the app is
plain text (Qt would otherwise guess HTML), every tooltip is literal, and a right-to-left
override is shown as an escape.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from siaga.delivery.bundle import export_bundle, import_bundle
from siaga.gui.inbox_dialogs import AcknowledgeDialog, ForwardDialog
from siaga.gui.inbox_model import SENDER
from siaga.gui.main_window import MainWindow
from siaga.gui.outbox_view import MessageDialog
from siaga.gui.peer_dialogs import VerifyDialog
from siaga.gui.plain import PlainLabel, html_text, is_literal_tip, tip, visible
from siaga.gui.report_wizard import ReportWizard
from siaga.interop.stix import SIAGA_EXT
from siaga.station import Station
from siaga.station.report_form import ReportForm

from helpers import PASSPHRASE, link
from qt_helpers import on_screen

#: the name of the adversarial test: an unverified peer that claims to be verified
NAME = "Jakarta desk (National CSIRT, Indonesia) — verified peer<span style='font-size:1px;color:#f6d58f'>"
ORG = "<b>BSSN</b> &amp; <a href='https://evil.example/'>friends</a>"
RLO = "\u202e"
SUMMARY = f"<h1 style='color:red'>Big red</h1><a href='https://evil.example/'>click</a> {RLO}gnp.exe"
NARRATIVE = "<table><tr><td>cell</td></tr></table>\n<img src='https://evil.example/x.png'>\nthird line"
NOTE = f"<i>acknowledged</i> <font size=7>{RLO}HUGE</font>"
STIX_AUTHOR = f"<u>Partner feed</u>{RLO}"
STIX_SUMMARY = "<marquee>External</marquee> &lt;b&gt;"
STIX_COUNTRY = "<b>XX</b>"
FILE_NAME = "<b>bold<img src=x onerror=alert(1)>.json"  # no slash: a file name


def _walk(root: QWidget) -> list[QWidget]:
    return [root, *root.findChildren(QWidget)]


def not_literal(*roots: QWidget) -> list[str]:
    """Every label left to Qt's guessing (AutoText or rich) and every tooltip Qt would read as HTML."""
    problems = []
    for root in roots:
        for widget in _walk(root):
            if isinstance(widget, QLabel) and widget.pixmap().isNull() and \
                    widget.textFormat() != Qt.TextFormat.PlainText:
                problems.append(f"label {widget.objectName() or type(widget).__name__} in "
                                f"{type(widget.parent()).__name__}: {widget.text()!r}")
            if not is_literal_tip(widget.toolTip()):
                problems.append(f"tooltip of {widget.objectName() or type(widget).__name__}: {widget.toolTip()!r}")
    return problems


def model_tips(model) -> list[str]:
    return [model.data(model.index(r, c), Qt.ItemDataRole.ToolTipRole) or ""
            for r in range(model.rowCount()) for c in range(model.columnCount())]


@pytest.fixture
def hostile(tmp_path, draft, monkeypatch):
    """Kuala Lumpur holds two reports from a Jakarta station whose card, reports and notes are all markup.

    The core refuses the direction override where text comes in and where a message is opened
    again (siaga.text_rules); the rule is lifted for these tests, so the display is tested alone.
    """
    from siaga.protocol import text_rules
    monkeypatch.setattr(text_rules, "forbidden_char", lambda text, multiline=False: None)
    jkt = Station.create(tmp_path / "jakarta", PASSPHRASE, NAME, ORG, "ID")
    kl = Station.create(tmp_path / "kl", PASSPHRASE, "kl", "NACSA", "MY")
    kl_at_jkt, jkt_at_kl = link(jkt, kl)
    report = jkt.file_report(dict(draft, summary=SUMMARY, narrative=NARRATIVE, tlp="TLP:GREEN"))
    urgent = jkt.file_report(dict(draft, summary=SUMMARY, severity=5, tlp="TLP:GREEN", scope="bilateral",
                                  countries=["MY"]))
    assert import_bundle(kl, export_bundle(jkt, kl_at_jkt.id)[0]).new == 2
    kl.acknowledge(report, "investigating", NOTE)
    assert import_bundle(jkt, export_bundle(kl, jkt_at_kl.id)[0]).new == 1
    stix = {"type": "bundle", "id": "bundle--1", "objects": [
        {"type": "identity", "id": "identity--1", "name": STIX_AUTHOR},
        {"type": "incident", "id": "incident--1", "name": STIX_SUMMARY, "created": "2026-11-24T01:30:00Z",
         "created_by_ref": "identity--1", "description": NARRATIVE,
         "extensions": {SIAGA_EXT: {"countries": [STIX_COUNTRY]}}}]}
    stix_file = tmp_path / FILE_NAME
    stix_file.write_text(json.dumps(stix), encoding="utf-8")
    jkt.close()
    kl.close()
    return {"jkt": jkt.home, "kl": kl.home, "report": report, "urgent": urgent, "stix": stix_file}


def window_for(qtbot, open_session, home):
    window = on_screen(qtbot, MainWindow(open_session(home)))
    window.resize(1280, 720)
    return window


def select_report(qtbot, window, msg_id):
    inbox = window.inbox
    qtbot.waitUntil(lambda: any(inbox.model.row_id(r) == msg_id for r in range(inbox.model.rowCount())),
                    timeout=10_000)
    row = next(r for r in range(inbox.model.rowCount()) if inbox.model.row_id(r) == msg_id)
    inbox.table.selectRow(row)
    qtbot.waitUntil(lambda: inbox.detail.message is not None and inbox.detail.message["id"] == msg_id,
                    timeout=10_000)


def visible_dialog(qtbot, parent, kind):
    qtbot.waitUntil(lambda: any(d.isVisible() for d in parent.findChildren(kind)), timeout=10_000)
    return next(d for d in parent.findChildren(kind) if d.isVisible())


def test_visible_escapes_controls_and_keeps_text(qtbot):
    assert visible(NAME) == NAME  # markup is text; nothing to escape
    assert visible(f"a{RLO}b\u2066c\u200bd\x07") == "a\\u202eb\\u2066c\\u200bd\\u0007"
    assert visible("one\ntwo") == "one\\u000atwo"
    assert visible("one\r\ntwo\tthree", lines=True) == "one\ntwo\tthree"
    assert visible("Jakarta — Indonésie 雅加达") == "Jakarta — Indonésie 雅加达"
    assert html_text("<b>\n", lines=True) == "&lt;b&gt;<br>"
    assert tip("") == "" and is_literal_tip(tip(SUMMARY))
    assert html.escape(SUMMARY.replace(RLO, "\\u202e"), quote=False) in tip(SUMMARY)
    assert not is_literal_tip(SUMMARY)
    label = PlainLabel(f"{NAME}{RLO}")
    qtbot.addWidget(label)
    assert label.textFormat() == Qt.TextFormat.PlainText and label.text() == NAME + "\\u202e"


def test_the_badge_and_the_report_read_literally(qtbot, open_session, hostile):
    window = window_for(qtbot, open_session, hostile["kl"])
    select_report(qtbot, window, hostile["report"])
    detail = window.inbox.detail
    assert detail.trust == "unverified"
    assert detail.badge.textFormat() == Qt.TextFormat.PlainText
    # the verdict comes first: a name cannot push it out of sight or pass for it
    assert detail.badge.text() == f"Peer NOT verified: compare fingerprints — signed by {NAME}"
    qtbot.waitUntil(lambda: detail.badge.height() >= detail.badge.heightForWidth(detail.badge.width()))
    lines = dict(detail.lines())
    assert lines["Summary"] == visible(SUMMARY) and "\\u202e" in lines["Summary"]
    assert lines["Narrative"] == NARRATIVE
    assert lines["Reporting station"].startswith(NAME)
    for row in range(detail.fields.rowCount()):
        for role in (detail.fields.ItemRole.LabelRole, detail.fields.ItemRole.FieldRole):
            assert detail.fields.itemAt(row, role).widget().textFormat() == Qt.TextFormat.PlainText
    assert detail.thread.entries()[0].status == "Investigating"
    # the note of the thread as text: its markup shown, not obeyed; its override made visible
    assert visible(NOTE) in detail.thread.toPlainText() and "<font" in detail.thread.toPlainText()
    # the inbox row: the sender as text, the summary as a literal tooltip
    sender = window.inbox.model.index(0, SENDER)
    assert window.inbox.model.data(sender) == NAME
    assert all(is_literal_tip(t) for t in model_tips(window.inbox.model))
    assert html.escape(visible(SUMMARY), quote=False) in "".join(model_tips(window.inbox.model))
    assert not_literal(window) == []


def test_the_author_reads_the_acknowledgement_note_literally(qtbot, open_session, hostile):
    window = window_for(qtbot, open_session, hostile["jkt"])
    window.station_unlocked()
    assert window.windowTitle() == f"Siaga — {NAME}"
    outbox = window.outbox
    qtbot.waitUntil(lambda: f"Acknowledged: Investigating — {visible(NOTE)}" in outbox.delivery_texts(),
                    timeout=10_000)
    assert all(is_literal_tip(t) for t in model_tips(outbox.model))
    # the report as its recipients read it
    outbox.table.selectRow(0)
    outbox.open_selected()
    dialog = visible_dialog(qtbot, outbox, MessageDialog)
    assert visible(SUMMARY) in dialog.report.toPlainText()
    assert not_literal(window, dialog) == []
    # the acknowledgement itself, opened in the detail pane
    with Station.open(hostile["jkt"], PASSPHRASE) as jkt:
        ack = jkt.read_inbox(jkt.store.inbox_ids()[0])
    window.inbox.detail.show_message(ack)
    assert dict(window.inbox.detail.lines())["Note"] == visible(NOTE)
    assert not_literal(window.inbox.detail) == []


def test_urgent_banner_and_notification_are_literal(qtbot, open_session, hostile):
    window = window_for(qtbot, open_session, hostile["kl"])
    with qtbot.waitSignal(window.inbox.urgentReceived, timeout=10_000):
        window.session.received.emit([hostile["urgent"]])
    banner = window.inbox.banner
    assert banner.text.textFormat() == Qt.TextFormat.PlainText
    assert banner.text.text().endswith(f"from {NAME} — {visible(SUMMARY)}")
    assert visible(SUMMARY) in window.last_notification and RLO not in window.last_notification
    assert not_literal(window) == []


def test_acknowledge_and_forward_dialogs_are_literal(qtbot, open_session, hostile):
    window = window_for(qtbot, open_session, hostile["kl"])
    select_report(qtbot, window, hostile["report"])
    window.inbox.acknowledge()
    ack = visible_dialog(qtbot, window.inbox, AcknowledgeDialog)
    assert visible(SUMMARY) in [label.text() for label in ack.findChildren(QLabel)]
    assert not_literal(ack) == []
    ack.reject()
    window.inbox.forward()
    forward = visible_dialog(qtbot, window.inbox, ForwardDialog)
    texts = [forward.peers.item(i).text() for i in range(forward.peers.count())]
    assert any(text.startswith(NAME) for text in texts)  # the author, refused: it already has the report
    assert not_literal(forward) == []


def test_peers_table_and_verify_dialog_are_literal(qtbot, open_session, hostile):
    window = window_for(qtbot, open_session, hostile["kl"])
    peers = window.peers
    qtbot.waitUntil(lambda: peers.table.rowCount() == 1, timeout=10_000)
    assert peers.table.item(0, 0).text() == NAME and peers.table.item(0, 1).text() == ORG
    peers.table.selectRow(0)
    peers.verify_selected()
    dialog = visible_dialog(qtbot, peers, VerifyDialog)
    assert dialog.windowTitle() == f"Verify {NAME}"
    assert f"{NAME} ({ORG})" in [label.text() for label in dialog.findChildren(QLabel)]
    assert not_literal(dialog) == []
    dialog.differ_button.click()
    box = visible_dialog(qtbot, peers, QMessageBox)
    assert box.textFormat() == Qt.TextFormat.PlainText and box.text().startswith(NAME)
    assert peers.status.text().startswith(NAME) and peers.status.textFormat() == Qt.TextFormat.PlainText
    assert not_literal(window, box) == []
    box.close()


def test_stix_import_and_file_names_are_literal(qtbot, open_session, hostile, tmp_path):
    window = window_for(qtbot, open_session, hostile["kl"])
    inbox = window.inbox
    qtbot.waitUntil(lambda: inbox.model.rowCount() == 2, timeout=10_000)
    inbox.import_from(hostile["stix"])
    qtbot.waitUntil(lambda: inbox.model.rowCount() == 3, timeout=10_000)
    external = next(inbox.model.row_id(r) for r in range(3)
                    if inbox.model.data(inbox.model.index(r, 0), Qt.ItemDataRole.UserRole)["external"])
    select_report(qtbot, window, external)
    lines = dict(inbox.detail.lines())
    assert inbox.detail.badge.text() == "External report (STIX import), unsigned"
    assert lines["Summary"] == STIX_SUMMARY and lines["Narrative"] == NARRATIVE
    assert lines["Countries"] == STIX_COUNTRY
    assert lines["Reporting station"].startswith(visible(STIX_AUTHOR))
    sender = next(inbox.model.data(inbox.model.index(r, SENDER)) for r in range(3)
                  if inbox.model.row_id(r) == external)
    assert sender == f"{visible(STIX_AUTHOR)} (external)"
    assert not_literal(window) == []

    # a file name chosen by the user is shown as it is
    inbox.table.selectRow(0)
    inbox.export_to(tmp_path / FILE_NAME.replace("bold", "out"), "stix", None)
    qtbot.waitUntil(lambda: "written to" in inbox.status.text(), timeout=20_000)
    assert inbox.status.text().endswith(FILE_NAME.replace("bold", "out"))
    assert inbox.status.textFormat() == Qt.TextFormat.PlainText


def test_report_wizard_shows_peers_and_the_review_literally(qtbot, open_session, hostile):
    with Station.open(hostile["kl"], PASSPHRASE) as kl:
        form = ReportForm(kl.books.current, kl.info, kl.peers())
    wizard = on_screen(qtbot, ReportWizard(form))
    form.toggle_observation(next(iter(form.observation_groups("en")[0].observations)).code, True)
    wizard.observe_page.refresh()
    wizard.next()
    wizard.details_page.summary.setText(SUMMARY)
    wizard.details_page.narrative.setPlainText(NARRATIVE)
    wizard.next()
    handling = wizard.handling_page
    handling.scopes.buttons()[-1].setChecked(True)  # global: every peer
    handling.refresh()
    assert NAME in handling.recipients.text()
    assert handling.recipients.textFormat() == Qt.TextFormat.PlainText
    wizard.next()
    review = wizard.review_page
    assert wizard.currentPage() is review
    text = review.report.toPlainText()
    assert visible(SUMMARY) in text and "third line" in text and "<img" in text
    assert not_literal(wizard) == []


def test_other_windows_and_dialogs_leave_nothing_to_guess(qtbot, open_session, hostile, tmp_path):
    from siaga.gui.inbox_dialogs import ExportDialog
    from siaga.gui.peer_dialogs import AddPeerDialog, TaxiiDialog
    from siaga.gui.settings_dialog import SettingsDialog
    from siaga.gui.setup_wizard import SetupWizard
    from siaga.gui.unlock_dialog import UnlockDialog
    from siaga.storage import preferences

    session = open_session(hostile["kl"])
    unlock = on_screen(qtbot, UnlockDialog(hostile["kl"], f"{NAME}{RLO}"))
    assert unlock.intro.text() == f"Station: {NAME}\\u202e"
    card = tmp_path / FILE_NAME.replace(".json", ".card")
    dialogs = [unlock, on_screen(qtbot, SetupWizard(tmp_path / "new")),
               on_screen(qtbot, SettingsDialog(hostile["kl"], preferences.load(hostile["kl"]), session)),
               on_screen(qtbot, AddPeerDialog(card, [], None)), on_screen(qtbot, TaxiiDialog(session.book, "en")),
               on_screen(qtbot, ExportDialog(1))]
    dialogs[3].fail(f"Not a Siaga contact card: {card.name}")
    assert dialogs[3].error.text().endswith(card.name)
    assert not_literal(*dialogs) == []


GUI = Path(__file__).resolve().parents[2] / "desktop" / "siaga" / "gui"
#: constructs that leave Qt to guess whether a text is HTML; plain.py is where they are done right
FORBIDDEN = {
    r"\bQLabel\(": "use PlainLabel",
    r"\bQMessageBox\(": "use plain.message_box",
    r"\(QWizard\):": "derive from PlainWizard",
    r"\.addRow\(\s*(self\.tr\(|f?[\"'])": "a string label in a form is an AutoText QLabel: pass a PlainLabel",
    r"\bQTextEdit\(|\bsetHtml\(|\bQTextBrowser\(": "only report_text.py writes HTML (with html_text)",
}


def test_the_source_uses_the_plain_helpers():
    """A new widget cannot forget: labels, message boxes, wizards and tooltips go through gui/plain.py."""
    problems = []
    for path in sorted(GUI.glob("*.py")):
        if path.name == "plain.py":
            continue
        source = path.read_text(encoding="utf-8")
        for pattern, why in FORBIDDEN.items():
            for match in re.finditer(pattern, source):
                line = source.count("\n", 0, match.start()) + 1
                if path.name == "report_text.py" and "QTextBrowser" in pattern:
                    continue  # the report as the review page and the outbox show it: checked below
                problems.append(f"{path.name}:{line}: {why}")
        for match in re.finditer(r"setToolTip\((?:0, )?(.*)", source):
            argument = match.group(1)
            if not (argument.startswith("tip(") or re.fullmatch(r'self\.tr\("[^"{]*"\)\)', argument)):
                problems.append(f"{path.name}:{source.count(chr(10), 0, match.start()) + 1}: a tooltip without tip()")
    review = (GUI / "report_text.py").read_text(encoding="utf-8")
    assert review.count("setHtml(") == 3 and "{html_text(name)}" in review and "{html_text(value, lines=True)}" in review
    # a received report's thread: who, the status, the time and the note escaped alike
    assert all(f"html_text({text}" in review for text in ("entry.who", "entry.status", "entry.time", "entry.note"))
    # the printable summary: its title, every line and the note escaped alike
    assert all(f"{{html_text({text})}}" in review for text in ("summary.title", "line.text", "summary.note"))
    assert problems == []


def test_notifications_never_hand_over_markup(qtbot):
    from PySide6.QtDBus import QDBusMessage

    from siaga.gui.notify import _body, markup_free

    call = QDBusMessage.createMethodCall("org.freedesktop.Notifications", "/org/freedesktop/Notifications",
                                         "org.freedesktop.Notifications", "GetCapabilities")
    error = QDBusMessage.MessageType.ErrorMessage
    text = f"{NAME}: {SUMMARY}"
    # a server that reads markup gets it escaped; one that does not gets the text as it is
    assert _body(call.createReply([["body", "body-markup"]]), text, error) == html.escape(text, quote=False)
    assert _body(call.createReply([["body"]]), text, error) == text
    # a server that would not say: nothing in the text can start markup
    unknown = _body(call.createErrorReply("org.freedesktop.DBus.Error.Failed", "no"), text, error)
    assert unknown == markup_free(text) and not {"<", ">", "&"} & set(unknown)
