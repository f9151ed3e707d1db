"""First run: the wizard creates a real station on disk, shows its fingerprint and saves its card."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QWizard

from siaga.gui.setup_wizard import SetupWizard, passphrase_strength
from siaga.protocol.card import read_card
from siaga.station import Station
from siaga.storage import preferences

from helpers import PASSPHRASE
from qt_helpers import on_screen


def click(qtbot, button):
    assert button.isEnabled() and button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def fill_station_page(qtbot, wizard, name="ID-CSIRT duty desk", country="Indonesia"):
    page = wizard.station_page
    QTest.keyClicks(page.name, name)
    QTest.keyClicks(page.org, "National CSIRT")
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # no country yet
    QTest.keyClicks(page.country.lineEdit(), country)
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))


def open_wizard(qtbot, home, lang="en"):
    return on_screen(qtbot, SetupWizard(home, lang))


def test_first_run_creates_the_station_and_shows_its_fingerprint(qtbot, tmp_path):
    home = tmp_path / "desk"
    wizard = open_wizard(qtbot, home)
    fill_station_page(qtbot, wizard)
    page = wizard.passphrase_page
    assert wizard.currentPage() is page
    create = wizard.button(QWizard.WizardButton.CommitButton)

    QTest.keyClicks(page.passphrase, "short")
    assert "Too short" in page.strength.text() and not create.isEnabled()
    QTest.keyClicks(page.passphrase, " but not long enough")
    assert page.strength.text() == "Strong."
    QTest.keyClicks(page.repeat, "short but")
    assert page.match.text() == "The two passphrases differ." and not create.isEnabled()

    page.passphrase.clear()
    page.repeat.clear()
    QTest.keyClicks(page.passphrase, PASSPHRASE)
    QTest.keyClicks(page.repeat, PASSPHRASE)
    assert page.match.text() == ""
    click(qtbot, create)
    assert page.busy.isVisible()  # the key derivation runs off the GUI thread
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.fingerprint_page, timeout=20_000)

    with Station.open(home, PASSPHRASE) as station:
        fingerprint, profile = station.fingerprint, dict(station.profile)
    assert profile["name"] == "ID-CSIRT duty desk" and profile["country"] == "ID"
    digits = wizard.fingerprint_page.digits
    assert digits.text().split() == fingerprint.split() and "\n" in digits.text()
    assert digits.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse

    # the contact card, through the button and the file dialog
    click(qtbot, wizard.fingerprint_page.save_card)
    dialog = wizard.fingerprint_page.findChild(QFileDialog, "saveFileDialog")
    assert dialog.selectedFiles()[0].endswith("id-csirt-duty-desk.card")
    dialog.selectFile(str(tmp_path / "mine"))
    dialog.accept()
    card = read_card((tmp_path / "mine.card").read_bytes())
    assert card.fingerprint == fingerprint and card.name == "ID-CSIRT duty desk"
    assert str(tmp_path / "mine.card") in wizard.fingerprint_page.saved.text()

    with qtbot.waitSignal(wizard.created) as created:
        click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    got_home, keys, got_profile = created.args
    assert got_home == home and keys.sign_pk == card.sign_pk and got_profile == profile
    assert preferences.load(home).language == "en"


def test_language_choice_relabels_countries_and_is_saved(qtbot, tmp_path):
    home = tmp_path / "meja"
    wizard = open_wizard(qtbot, home)
    page = wizard.station_page
    with qtbot.waitSignal(wizard.languageChosen) as chosen:
        page.language.setFocus()
        QTest.keyClick(page.language, Qt.Key.Key_Down)
    assert chosen.args == ["id"] and page.language.currentText() == "Bahasa Indonesia"
    assert page.country.findText("Uni Emirat Arab") >= 0 and page.country.findText("United Arab Emirates") < 0
    fill_station_page(qtbot, wizard, name="Meja piket", country="Uni Emirat Arab")
    QTest.keyClicks(wizard.passphrase_page.passphrase, PASSPHRASE)
    QTest.keyClicks(wizard.passphrase_page.repeat, PASSPHRASE)
    click(qtbot, wizard.button(QWizard.WizardButton.CommitButton))
    qtbot.waitUntil(lambda: wizard.keys is not None, timeout=20_000)
    assert wizard.profile["country"] == "AE"
    assert preferences.load(home).language == "id"


def test_a_failed_creation_is_explained_on_the_page(qtbot, tmp_path, make_station):
    make_station("taken").close()
    wizard = open_wizard(qtbot, tmp_path / "taken")
    fill_station_page(qtbot, wizard)
    page = wizard.passphrase_page
    QTest.keyClicks(page.passphrase, PASSPHRASE)
    QTest.keyClicks(page.repeat, PASSPHRASE)
    click(qtbot, wizard.button(QWizard.WizardButton.CommitButton))
    qtbot.waitUntil(lambda: page.status.text() == "A station already exists in this folder.", timeout=20_000)
    assert wizard.currentPage() is page and wizard.keys is None and not page.busy.isVisible()
    assert wizard.button(QWizard.WizardButton.CommitButton).isEnabled()  # the user may go back or retry


def test_strength_grows_with_length_and_kinds_of_characters():
    assert passphrase_strength("abc") == 0
    assert passphrase_strength("abcdefgh") == 1
    assert passphrase_strength("abcdefghijkl") == 2
    assert passphrase_strength("Abcdefgh1!") == 2
    assert passphrase_strength("correct horse battery staple") == 3
