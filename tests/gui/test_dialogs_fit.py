"""Every dialog of the desk, in English and Indonesian, within 1280x720 with nothing cut off.

The journey test covers setup, add and verify peer, the report form, acknowledge, forward and
unlock; here are the others: settings, the station menu's dialogs (passphrase, new keys, revoke,
audit log, decoding a code line), entering a code line, TAXII, add peer with the card's preview,
the glossary, About, this station's card as a QR code and the people on it.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QWidget

from siaga.delivery.bundle import export_bundle, import_bundle
from siaga.gui.desk_actions import AuditDialog, CodeLineDialog, KeysDialog, PassphraseDialog
from siaga.gui.i18n import install_language
from siaga.gui.main_window import MainWindow
from siaga.gui.settings_dialog import SettingsDialog
from siaga.storage import preferences

from helpers import link
from qt_helpers import clipped, on_screen

SCREEN = (1280, 720)


@pytest.fixture
def desk(make_station, draft):
    jkt = make_station("jakarta", org="BSSN", country="ID")
    kl = make_station("kl", org="NACSA", country="MY", url="http://127.0.0.1:1")
    kl_at_jkt, jkt_at_kl = link(jkt, kl)
    for i in range(2):
        jkt.file_report(dict(draft, to=[kl_at_jkt.id], summary=f"Report {i}"))
    import_bundle(kl, export_bundle(jkt, kl_at_jkt.id)[0])
    (kl.home.parent / "jakarta.card").write_bytes(jkt.card_bytes())
    kl.close()
    return kl.home


def cut_hints(root: QWidget) -> list:
    """The grey hints of empty text fields (placeholders) that their field is too narrow to show whole."""
    out = []
    for field in root.findChildren(QLineEdit):
        hint = field.placeholderText()
        if field.isVisibleTo(root) and hint and not field.text():
            room = field.contentsRect().width() - 8  # the frame's and the text's margins
            if field.fontMetrics().horizontalAdvance(hint) > room:
                out.append((field.objectName() or field.accessibleName(), hint, room))
    return out


def settled(qtbot, dialog: QWidget) -> list:
    """What ``dialog`` shows cut off once its layout has settled (it gets up to two seconds)."""
    try:
        qtbot.waitUntil(lambda: clipped(dialog) + cut_hints(dialog) == [], timeout=2000)
    except qtbot.TimeoutError:
        pass
    return clipped(dialog) + cut_hints(dialog)


def fits(dialog: QWidget) -> bool:
    size = dialog.frameGeometry().size()
    return size.width() <= SCREEN[0] and size.height() <= SCREEN[1]


def test_every_dialog_of_the_desk_fits_with_nothing_cut_off(qtbot, open_session, desk, lang):
    session = open_session(desk, lang)
    window = on_screen(qtbot, MainWindow(session))
    window.resize(*SCREEN)
    opened = {  # each made when its turn comes
        "settings": lambda: SettingsDialog(desk, preferences.load(desk), session, window),
        "passphrase": lambda: PassphraseDialog(window),
        "new keys": lambda: KeysDialog(window, False),
        "revoke": lambda: KeysDialog(window, True),
        "audit": lambda: AuditDialog(window),
        "decode": lambda: CodeLineDialog(window),
        "glossary": lambda: window.help.open_glossary("tlp"),
    }
    found = {}
    for name, make in opened.items():
        dialog = on_screen(qtbot, make())
        if name == "revoke":  # with its confirmation ticked
            dialog.sure.setChecked(True)
        if name == "audit":
            qtbot.waitUntil(lambda d=dialog: d.table.rowCount() >= 3, timeout=10_000)
        if name == "decode":  # with a mistake said, which wraps below the line
            dialog.line.setText("SG1 2026.3 EW")
            dialog.decode()
            assert dialog.problem.text()
        found[name] = (settled(qtbot, dialog), fits(dialog))
        dialog.hide()  # closed (and deleted) with the test
    code_line = window.enter_code_line()
    found["enter code line"] = (settled(qtbot, code_line), fits(code_line))
    window.help.about()
    about = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
    found["about"] = (settled(qtbot, about), fits(about))
    about.hide()
    window.places.setCurrentWidget(window.peers)
    taxii = window.peers.open_taxii_dialog()
    found["taxii"] = (settled(qtbot, taxii), fits(taxii))
    taxii.hide()
    add = window.peers.open_add_dialog(desk.parent / "jakarta.card")  # with the card's preview
    qtbot.waitUntil(lambda: add.preview.preview is not None, timeout=10_000)
    found["add peer"] = (settled(qtbot, add), fits(add))
    add.hide()
    window.peers.show_card_qr()  # this station's card as a QR code
    qtbot.waitUntil(lambda: getattr(window.peers, "card_qr_dialog", None) is not None, timeout=10_000)
    found["card QR"] = (settled(qtbot, window.peers.card_qr_dialog), fits(window.peers.card_qr_dialog))
    window.peers.card_qr_dialog.hide()
    contacts = window.peers.open_contacts_dialog([])
    found["people on the card"] = (settled(qtbot, contacts), fits(contacts))
    contacts.hide()
    assert found == {name: ([], True) for name in found}, lang


def test_the_audit_log_says_its_events_in_words_in_indonesian(qtbot, open_session, desk, qapp):
    install_language(qapp, "id")
    try:
        window = on_screen(qtbot, MainWindow(open_session(desk, "id")))
        dialog = on_screen(qtbot, AuditDialog(window))
        qtbot.waitUntil(lambda: dialog.table.rowCount() >= 3, timeout=10_000)
        words = {dialog.table.item(r, 2).text() for r in range(dialog.table.rowCount())}
        assert {"Stasiun dibuat", "Mitra ditambahkan", "Bundel diimpor"} <= words
        assert all("T" not in dialog.table.item(r, 1).text()[:11] for r in range(dialog.table.rowCount()))
        assert dialog.table.item(0, 1).text().endswith("UTC")
        assert settled(qtbot, dialog) == []
    finally:
        install_language(qapp, "en")
