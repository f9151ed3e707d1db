"""What the command line does, in the app: passphrase, new keys, revocation, the audit log, code lines, glossary."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox

from siaga.base.errors import SiagaError
from siaga.gui.desk_actions import AuditDialog, CodeLineDialog, KeysDialog, PassphraseDialog
from siaga.gui.main_window import MainWindow
from siaga.protocol import codeline
from siaga.station import Station

from helpers import PASSPHRASE, link
from qt_helpers import click, on_screen


@pytest.fixture
def pair(make_station, draft):
    jkt = make_station("jakarta", country="ID")
    kl = make_station("kl", country="MY")
    kl_at_jkt, _ = link(jkt, kl)
    msg = jkt.file_report(dict(draft, to=[kl_at_jkt.id]))
    opened = jkt.read_outbox(msg)
    line = codeline.encode(opened.content, opened.msg_id, jkt.books.get(opened.content["codebook"]))
    jkt.close()
    kl.close()
    return jkt.home, line


@pytest.fixture
def window(qtbot, open_session, pair):
    return on_screen(qtbot, MainWindow(open_session(pair[0])))


def ok(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_the_station_menu_offers_every_action_of_the_command_line(window):
    names = [a.objectName() for a in window.station_menu.actions()]
    for name in ("changePassphrase", "rotateKeys", "revokeKeys", "auditLog", "decodeCodeLine", "importBundle",
                 "exportBundle"):
        assert name in names


def test_changing_the_passphrase_says_what_is_wrong_then_works(qtbot, window, pair):
    window.desk.passphrase.trigger()
    dialog = window.desk.dialog
    assert isinstance(dialog, PassphraseDialog)
    dialog.old.setText("wrong passphrase")
    dialog.new.setText("a new long passphrase")
    dialog.again.setText("a new long passphrase, typo")
    click(qtbot, ok(dialog))
    assert "differ" in dialog.problem.text() and dialog.isVisible()
    dialog.again.setText("a new long passphrase")
    click(qtbot, ok(dialog))
    qtbot.waitUntil(lambda: ok(dialog).isEnabled() and "passphrase" in dialog.problem.text().lower(), timeout=20_000)
    assert dialog.isVisible() and dialog.old.text() == ""  # the wrong one is emptied for another try
    dialog.old.setText(PASSPHRASE)
    click(qtbot, ok(dialog))
    qtbot.waitUntil(lambda: "Passphrase changed" in window.statusBar().currentMessage(), timeout=20_000)
    window.session.db.stop()
    Station.open(pair[0], "a new long passphrase").close()
    with pytest.raises(SiagaError):
        Station.open(pair[0], PASSPHRASE)


def test_new_keys_tell_peers_and_show_the_new_fingerprint(qtbot, window, pair):
    with Station.open(pair[0], PASSPHRASE) as station:
        before = station.fingerprint
    window.desk.rotate.trigger()
    dialog = window.desk.dialog
    assert isinstance(dialog, KeysDialog) and "new fingerprint" in dialog.explanation.text()
    dialog.passphrase.setText(PASSPHRASE)
    click(qtbot, ok(dialog))
    qtbot.waitUntil(lambda: "New keys. Fingerprint" in window.statusBar().currentMessage(), timeout=20_000)
    assert "1 peer(s) will be told" in window.statusBar().currentMessage()
    window.session.db.stop()
    with Station.open(pair[0], PASSPHRASE) as station:
        assert station.fingerprint != before and station.fingerprint in window.last_key_change


def test_revoking_asks_for_certainty_and_the_passphrase(qtbot, window, pair):
    window.desk.revoke.trigger()
    dialog = window.desk.dialog
    assert "for good" in dialog.explanation.text() and not ok(dialog).isEnabled()
    dialog.sure.setChecked(True)
    dialog.passphrase.setText("not the passphrase")
    click(qtbot, ok(dialog))
    qtbot.waitUntil(lambda: dialog.problem.isVisibleTo(dialog) and ok(dialog).isEnabled(), timeout=20_000)
    with Station.open(pair[0], PASSPHRASE) as station:
        assert not station.revoked
    dialog.passphrase.setText(PASSPHRASE)
    click(qtbot, ok(dialog))
    qtbot.waitUntil(lambda: "Keys revoked" in window.statusBar().currentMessage(), timeout=20_000)
    window.session.db.stop()
    with Station.open(pair[0], PASSPHRASE) as station:
        assert station.revoked


def test_the_audit_log_is_shown_verified_and_exported(qtbot, window, tmp_path):
    window.desk.audit.trigger()
    dialog = window.desk.dialog
    assert isinstance(dialog, AuditDialog)
    qtbot.waitUntil(lambda: "intact" in dialog.verdict.text(), timeout=10_000)
    assert dialog.table.rowCount() >= 2
    events = {dialog.table.item(r, 2).data(Qt.ItemDataRole.UserRole) for r in range(dialog.table.rowCount())}
    assert {"station-create", "peer-add"} <= events  # the log's own codes, kept beside the words
    words = {dialog.table.item(r, 2).text() for r in range(dialog.table.rowCount())}
    assert {"Station created", "Peer added"} <= words
    dialog.export("json", tmp_path / "audit.json")
    qtbot.waitUntil(lambda: "written to audit.json" in dialog.verdict.text(), timeout=10_000)
    exported = json.loads((tmp_path / "audit.json").read_text(encoding="utf-8"))
    assert exported


@pytest.mark.parametrize("lang", ["en", "id"])
def test_a_code_line_typed_in_is_decoded_in_words_and_a_mistake_is_said(qtbot, qapp, open_session, pair, lang):
    from siaga.gui.i18n import install_language
    install_language(qapp, lang)
    try:
        _decode(qtbot, open_session, pair, lang)
    finally:
        install_language(qapp, "en")


def _decode(qtbot, open_session, pair, lang):
    window = on_screen(qtbot, MainWindow(open_session(pair[0], lang=lang)))
    window.desk.codeline.trigger()
    dialog = window.desk.dialog
    assert isinstance(dialog, CodeLineDialog)
    QTest.keyClicks(dialog.line, pair[1].lower())
    QTest.keyClick(dialog.line, Qt.Key.Key_Return)
    rows = {dialog.result.item(r, 0).text(): dialog.result.item(r, 1).text() for r in range(dialog.result.rowCount())}
    assert dialog.problem.text() == ""
    assert rows[{"en": "Severity", "id": "Tingkat keparahan"}[lang]].startswith("3")
    dialog.line.setText(pair[1][:-3] + "ZZZ")
    dialog.decode()
    assert dialog.problem.text() and dialog.result.rowCount() == 0
    # a typing mistake is said in the interface's language, with what to do next
    for line, english, indonesian in (("SG1 nonsense", "check the start of the line", "periksa awal baris"),
                                      ("", "type the code line as it was read out", "ketik baris kode"),
                                      ("SG1 2026.3 EW #1 x", "other signs", "tanda lain")):
        dialog.line.setText(line)
        dialog.decode()
        assert {"en": english, "id": indonesian}[lang] in dialog.problem.text(), dialog.problem.text()


def test_f1_opens_the_glossary_at_the_topic_of_the_field_in_focus(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    window.inbox.filters.tlp.setProperty("helpTopic", "tlp")
    window.inbox.filters.tlp.setFocus()
    QTest.keyClick(window.inbox.filters.tlp, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: window.help.dialog is not None and window.help.dialog.isVisible(), timeout=5_000)
    glossary = window.help.dialog
    assert glossary.topic == "tlp"
    assert "TLP:AMBER+STRICT" in glossary.text.toPlainText()
    assert glossary.text.textCursor().selectedText().startswith("TLP")
    glossary.language.setCurrentIndex(glossary.language.findData("id"))
    assert "Tingkat keparahan".upper() in glossary.text.toPlainText()


def test_a_report_is_saved_as_pdf_for_a_briefing(qtbot, open_session, make_station, draft, tmp_path):
    from siaga.gui.outbox_view import MessageDialog
    jkt = make_station("jakarta2", country="ID")
    kl = make_station("kl2", country="MY")
    kl_at_jkt, _ = link(jkt, kl)
    from siaga.delivery.bundle import export_bundle, import_bundle
    msg = jkt.file_report(dict(draft, to=[kl_at_jkt.id]))
    import_bundle(kl, export_bundle(jkt, kl_at_jkt.id)[0])
    content = jkt.read_outbox(msg).content
    jkt.close()
    kl.close()

    window = on_screen(qtbot, MainWindow(open_session(kl.home)))
    window.desk.save_pdf(tmp_path / "nothing.pdf")  # nothing shown yet: said, nothing written
    assert "Open a report in the Inbox first" in window.statusBar().currentMessage()
    assert not (tmp_path / "nothing.pdf").exists()
    qtbot.waitUntil(lambda: window.inbox.model.rowCount() == 1, timeout=10_000)
    window.inbox.table.selectRow(0)
    qtbot.waitUntil(lambda: window.inbox.detail.message is not None, timeout=10_000)
    window.desk.save_pdf(tmp_path / "briefing.pdf")
    assert "Report saved as briefing.pdf" in window.statusBar().currentMessage()
    data = (tmp_path / "briefing.pdf").read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 1000

    dialog = on_screen(qtbot, MessageDialog(msg, content, window.session.book, "en", window))
    dialog.save_pdf(tmp_path / "outbox.pdf")
    assert (tmp_path / "outbox.pdf").read_bytes().startswith(b"%PDF")
    assert dialog.pdf_rows[1][-1][0] == "Code line" and dialog.pdf_rows[1][-1][1].startswith("SG1 ")
