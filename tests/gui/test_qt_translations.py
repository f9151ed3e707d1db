"""Qt's own strings in Indonesian: standard buttons, the wizard's buttons, the file dialog, text fields' menus.

Qt ships no Indonesian translation; Siaga's resources/translations/qt_id.ts is loaded as a
second translator. Real widgets, offscreen.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel, QLineEdit, QMessageBox, QWizard, QWizardPage

from siaga.gui.file_choice import choose_file
from siaga.gui.i18n import install_language

Button = QDialogButtonBox.StandardButton


@pytest.fixture
def indonesian(qapp):
    install_language(qapp, "id")
    yield
    install_language(qapp, "en")


def test_standard_buttons_in_indonesian_and_back_in_english(qtbot, qapp, indonesian):
    box = QDialogButtonBox(Button.Ok | Button.Cancel | Button.Yes | Button.No | Button.Close | Button.Save
                           | Button.Open | Button.Discard | Button.Apply | Button.Help)
    qtbot.addWidget(box)
    texts = {b: box.button(b).text() for b in (Button.Ok, Button.Cancel, Button.Yes, Button.No, Button.Close,
                                               Button.Save, Button.Open, Button.Discard, Button.Apply, Button.Help)}
    assert texts == {Button.Ok: "OK", Button.Cancel: "Batal", Button.Yes: "&Ya", Button.No: "&Tidak",
                     Button.Close: "Tutup", Button.Save: "Simpan", Button.Open: "Buka", Button.Discard: "Buang",
                     Button.Apply: "Terapkan", Button.Help: "Bantuan"}
    install_language(qapp, "en")  # switched back: a box made now speaks English again
    again = QDialogButtonBox(Button.Cancel | Button.Yes)
    qtbot.addWidget(again)
    assert again.button(Button.Cancel).text() == "Cancel" and again.button(Button.Yes).text() == "&Yes"


def test_a_message_box_and_a_wizard_have_indonesian_buttons(qtbot, indonesian):
    box = QMessageBox(QMessageBox.Icon.Question, "t", "?", QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    qtbot.addWidget(box)
    assert [box.button(b).text() for b in (QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No)] == [
        "&Ya", "&Tidak"]
    wizard = QWizard()
    wizard.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
    wizard.addPage(QWizardPage())
    wizard.addPage(QWizardPage())
    qtbot.addWidget(wizard)
    buttons = {which: wizard.button(which).text() for which in (
        QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton, QWizard.WizardButton.FinishButton,
        QWizard.WizardButton.CancelButton)}
    assert buttons == {QWizard.WizardButton.BackButton: "< &Kembali", QWizard.WizardButton.NextButton: "&Berikutnya >",
                       QWizard.WizardButton.FinishButton: "S&elesai", QWizard.WizardButton.CancelButton: "Batal"}


def test_the_file_dialog_is_qts_own_and_speaks_indonesian(qtbot, indonesian):
    from PySide6.QtWidgets import QWidget
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = choose_file(parent, "Simpan kartu", "Kartu kontak (*.card)", lambda path: None, save_as="kartu.card")
    try:
        assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
        labels = {label.text() for label in dialog.findChildren(QLabel)}
        assert {"&Nama berkas:", "&Jenis berkas:", "&Cari di:"} <= labels, labels
        buttons = dialog.findChild(QDialogButtonBox)
        assert {b.text() for b in buttons.buttons()} == {"&Simpan", "Batal"}
    finally:
        dialog.reject()


def test_a_text_fields_context_menu_speaks_indonesian(qtbot, indonesian):
    field = QLineEdit("teks")
    qtbot.addWidget(field)
    menu = field.createStandardContextMenu()
    words = [action.text().split("\t")[0] for action in menu.actions() if action.text()]
    assert {"&Batalkan", "&Ulangi", "&Potong", "&Salin", "&Tempel", "Hapus", "Pilih semua"} <= set(words), words
    menu.deleteLater()


def test_the_check_finds_every_qt_string_translated(checker):
    assert checker.qt_problems("id") == []
    assert len(checker.qt_wanted()) > 120


def test_the_check_reports_a_missing_or_broken_qt_translation(checker, tmp_path):
    ts = tmp_path / "qt_id.ts"
    ts.write_text(checker.qt_ts_file("id").read_text(encoding="utf-8")
                  .replace("<translation>Batal</translation>", '<translation type="unfinished"></translation>', 1)
                  .replace("<translation>&amp;Ya</translation>", "<translation>Ya</translation>")
                  .replace("%1 sudah ada.", "Sudah ada."), encoding="utf-8")
    found = "\n".join(checker.qt_problems("id", ts=ts))
    assert "no finished id translation" in found
    assert "'&Yes': the source has an & shortcut" in found
    assert "placeholders ['%1']" in found
    assert checker.qt_problems("id", ts=tmp_path / "none.ts") == [
        "none.ts is missing: Qt's own buttons and dialogs would stay in English"]


def test_the_print_dialog_speaks_indonesian(qtbot, indonesian):
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    printer = QPrinter()
    dialog = QPrintDialog(printer)
    qtbot.addWidget(dialog)
    words = {b.text() for b in dialog.findChildren(QDialogButtonBox)[0].buttons()} if dialog.findChildren(
        QDialogButtonBox) else set()
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    assert "&Cetak" in words and "Batal" in words, words
    assert {"&Nama:", "Lokasi:"} <= labels, labels


def test_qts_locale_words_follow_the_interface_language(qtbot, qapp):
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QCalendarWidget

    before = QLocale().name()
    install_language(qapp, "id")
    try:
        assert QLocale().language() == QLocale.Language.Indonesian
        calendar = QCalendarWidget()
        qtbot.addWidget(calendar)
        assert calendar.locale().monthName(1) == "Januari"
    finally:
        install_language(qapp, "en")
    assert QLocale().name() == before  # English: the desktop's own way of writing dates again
