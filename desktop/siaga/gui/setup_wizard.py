"""First run: name the station, choose a passphrase, create the keys, read out the fingerprint.

Creating the station derives a key from the passphrase with Argon2id, which takes
a noticeable moment: it runs on a one-shot :class:`StationWorker` whose opener is
:meth:`Station.create`, while the page shows a busy bar. The last page shows the
fingerprint digits and saves the contact card for partners. When the wizard
closes after the station was created, :attr:`SetupWizard.created` carries the
unlocked keys and the profile, so the app opens the station without asking for
the passphrase again.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ..base.errors import InputError, StorageError
from ..base.fileio import atomic_write
from ..protocol import codebook
from ..station.facade import Station
from ..storage import keystore, preferences
from .accessible import name_wizard_buttons
from .country_combo import CountryCombo
from .errors import describe, show_error
from .file_choice import choose_file, safe_file_name
from .fingerprint_label import FingerprintLabel
from .plain import PlainLabel, PlainWizard, visible
from .worker import StationWorker

log = logging.getLogger("siaga.gui.setup")


def passphrase_strength(passphrase: str) -> int:
    """0 too short (the keystore's rule), 1 weak, 2 fair, 3 strong: by length and kinds of characters."""
    try:
        keystore.check_passphrase_rules(passphrase)
    except InputError:
        return 0
    kinds = sum(any(test(c) for c in passphrase)
                for test in (str.islower, str.isupper, str.isdigit, lambda c: not c.isalnum()))
    if len(passphrase) >= 20 or (len(passphrase) >= 14 and kinds >= 3):
        return 3
    if len(passphrase) >= 12 or kinds >= 3:
        return 2
    return 1


class GatedPage(QWizardPage):
    """A page whose Next button follows :meth:`set_complete`.

    Qt's default ``isComplete`` checks mandatory fields; a hidden one stands for the page's
    own checks. (Overriding ``isComplete`` in Python is avoided: PySide6 6.12 loses a
    reference to the returned ``True`` on each call, which crashes the interpreter later.)
    """

    def __init__(self, gate: str) -> None:
        super().__init__()
        self._gate = QLineEdit(self)
        self._gate.hide()
        self.registerField(f"{gate}*", self._gate)

    def set_complete(self, complete: bool) -> None:
        self._gate.setText("1" if complete else "")


class StationPage(GatedPage):
    """Language, station name, organisation and country."""

    def __init__(self, wizard: "SetupWizard") -> None:
        super().__init__("stationComplete")
        self._wizard = wizard
        book = codebook.current()
        self.language = QComboBox()
        for code, name in preferences.language_names().items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(wizard.lang)))
        self.name = QLineEdit()
        self.name.setMaxLength(200)
        self.org = QLineEdit()
        self.org.setMaxLength(200)
        self.country = CountryCombo(book, wizard.lang)
        self.country.set_code("")
        self.form = QFormLayout(self)
        self.intro = PlainLabel()  # what a station is, in plain words
        self.intro.setObjectName("whatIsAStation")
        self.intro.setWordWrap(True)
        self.form.addRow(self.intro)
        self.labels = [PlainLabel() for _ in range(4)]
        for label, field in zip(self.labels, (self.language, self.name, self.org, self.country)):
            label.setBuddy(field)
            self.form.addRow(label, field)
        self.language.currentIndexChanged.connect(self._language_changed)
        for signal in (self.name.textChanged, self.org.textChanged, self.country.currentTextChanged):
            signal.connect(self._check)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Your station"))
        self.setSubTitle(self.tr("Partners see these on your contact card."))
        self.intro.setText(self.tr(
            "A station is your desk's Siaga on this computer: its name, its own keys, and the reports it sends "
            "and receives, kept encrypted. Each partner desk has its own station. Reports go from station to "
            "station, signed and encrypted, so only the partners you choose can read them."))
        texts = (self.tr("&Language:"), self.tr("Station na&me:"), self.tr("&Organisation:"), self.tr("&Country:"))
        for label, text in zip(self.labels, texts):
            label.setText(text)
        self.language.setAccessibleName(self.tr("Language"))
        self.name.setAccessibleName(self.tr("Station name"))
        self.name.setPlaceholderText(self.tr("e.g. ID-CSIRT duty desk"))
        self.org.setAccessibleName(self.tr("Organisation"))
        self.country.setAccessibleName(self.tr("Country"))
        self.country.lineEdit().setPlaceholderText(self.tr("Type to search"))

    def _language_changed(self) -> None:
        lang = self.language.currentData()
        self.country.set_language(lang)
        self._wizard.set_language(lang)

    def _check(self) -> None:
        self.set_complete(bool(self.name.text().strip() and self.org.text().strip() and self.country.code()))


class PassphrasePage(GatedPage):
    """The passphrase, twice, with a strength hint; committing it creates the station."""

    def __init__(self, wizard: "SetupWizard") -> None:
        super().__init__("passphraseComplete")
        self._wizard = wizard
        self.setCommitPage(True)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.strength = PlainLabel()
        self.strength.setObjectName("strengthHint")
        self.match = PlainLabel()
        self.match.setObjectName("matchHint")
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # busy, no known end
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.status = PlainLabel()
        self.status.setObjectName("createStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.labels = [PlainLabel(), PlainLabel()]
        form = QFormLayout(self)
        form.addRow(self.labels[0], self.passphrase)
        form.addRow(PlainLabel(), self.strength)
        form.addRow(self.labels[1], self.repeat)
        form.addRow(PlainLabel(), self.match)
        form.addRow(self.busy)
        form.addRow(self.status)
        self.labels[0].setBuddy(self.passphrase)
        self.labels[1].setBuddy(self.repeat)
        self.passphrase.textChanged.connect(self._update_hints)
        self.repeat.textChanged.connect(self._update_hints)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Passphrase"))
        self.setSubTitle(self.tr("It protects the station's keys and database. Nobody can recover it for you: "
                                 "several unrelated words are easy to remember and hard to guess."))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Create station"))
        self.labels[0].setText(self.tr("&Passphrase:"))
        self.labels[1].setText(self.tr("&Repeat it:"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.repeat.setAccessibleName(self.tr("Repeat the passphrase"))
        self.busy.setAccessibleName(self.tr("Creating the station"))
        self._update_hints()

    def _update_hints(self) -> None:
        text = self.passphrase.text()
        if not text:
            self.strength.setText("")
        else:
            self.strength.setText((
                self.tr("Too short: at least {count} characters.").format(count=keystore.MIN_PASSPHRASE),
                self.tr("Weak: a longer passphrase is safer."),
                self.tr("Fair."),
                self.tr("Strong."),
            )[passphrase_strength(text)])
        repeat = self.repeat.text()
        self.match.setText(self.tr("The two passphrases differ.") if repeat and repeat != text else "")
        self._check()

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.status.setText(self.tr("Creating the station's keys...") if busy else "")
        for field in (self.passphrase, self.repeat):
            field.setEnabled(not busy)
        self._check()

    def _check(self) -> None:
        text = self.passphrase.text()
        self.set_complete(not self._wizard.creating and passphrase_strength(text) > 0 and text == self.repeat.text())

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        if self._wizard.keys is not None:
            return True
        self._wizard.create_station(self.passphrase.text())
        return False


class FingerprintPage(QWizardPage):
    """The new station's fingerprint and its contact card."""

    def __init__(self, wizard: "SetupWizard") -> None:
        super().__init__()
        self._wizard = wizard
        self.explain = PlainLabel()
        self.explain.setWordWrap(True)
        self.both_ways = PlainLabel()  # cards go both ways before reports flow
        self.both_ways.setObjectName("cardsBothWays")
        self.both_ways.setWordWrap(True)
        self.digits = FingerprintLabel()
        self.digits.setObjectName("fingerprintDigits")
        self.save_card = QPushButton()
        self.save_card.clicked.connect(self.ask_card_file)
        self.saved = PlainLabel()
        self.saved.setObjectName("cardSaved")
        self.saved.setWordWrap(True)
        layout = QVBoxLayout(self)
        for widget in (self.explain, self.digits, self.save_card, self.saved, self.both_ways):
            layout.addWidget(widget)
        layout.addStretch()
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Your station is ready"))
        self.explain.setText(self.tr("These digits identify your station's keys. Give partners your contact card, "
                                     "then read the digits to them (by phone or in person) so they can verify it."))
        self.digits.setAccessibleName(self.tr("Fingerprint digits"))
        self.both_ways.setText(self.tr(
            "Contact cards must go both ways before reports flow: each partner adds your card, and you add "
            "theirs (Peers, then Add from contact card). Until a partner has added your card, its station refuses your "
            "reports; they wait safely in your outbox."))
        self.save_card.setText(self.tr("&Save contact card..."))
        self.save_card.setAccessibleName(self.tr("Save contact card to a file"))

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        self.digits.set_digits(self._wizard.fingerprint)

    def ask_card_file(self) -> None:
        choose_file(self, self.tr("Save contact card"), self.tr("Contact cards (*.card);;All files (*)"),
                    self.write_card, save_as=safe_file_name(self._wizard.profile["name"], ".card"))

    def write_card(self, path: Path) -> None:
        try:
            atomic_write(path, self._wizard.card, mode=0o644)
        except Exception as exc:  # noqa: BLE001 - worded for the user
            show_error(self, self.tr("Contact card not saved"), exc)
            return
        self.saved.setText(self.tr("Contact card saved to {path}").format(path=visible(path)))


class SetupWizard(PlainWizard):
    """Creates a station in ``home``.

    ``created(home, keys, profile)`` is emitted when the wizard closes after the station was
    created (the keys are unlocked: open the session with ``Station(home, keys)``).
    ``languageChosen(lang)`` is emitted when the user picks another language; the app
    installs its translation and the wizard re-reads its texts.
    """

    created = Signal(Path, object, dict)
    languageChosen = Signal(str)

    def __init__(self, home: Path, lang: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.home = Path(home)
        self.lang = lang
        self.keys: keystore.Keys | None = None
        self.profile: dict = {}
        self.fingerprint = ""
        self.card = b""
        self.creating = False
        self._worker: StationWorker | None = None
        self.setObjectName("setupWizard")
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.station_page = StationPage(self)
        self.passphrase_page = PassphrasePage(self)
        self.fingerprint_page = FingerprintPage(self)
        for page in (self.station_page, self.passphrase_page, self.fingerprint_page):
            self.addPage(page)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Set up Siaga"))
        # Qt words the buttons not shown yet (Finish, Help; Commit before its page words it) only when a page
        # changes: said again here, they are in the language just chosen when they appear
        self.setButtonText(QWizard.WizardButton.FinishButton, QCoreApplication.translate("QWizard", "&Finish"))
        self.setButtonText(QWizard.WizardButton.HelpButton, QCoreApplication.translate("QWizard", "&Help"))
        self.setButtonText(QWizard.WizardButton.CommitButton, QCoreApplication.translate("QWizard", "Commit"))
        name_wizard_buttons(self)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            for page in (self.station_page, self.passphrase_page, self.fingerprint_page):
                page.retranslate()
        super().changeEvent(event)

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.languageChosen.emit(lang)

    def create_station(self, passphrase: str) -> None:
        """Create the station off the GUI thread; the wizard moves on when it is done."""
        page = self.station_page
        home, lang = self.home, self.lang
        name, org, country = page.name.text(), page.org.text(), page.country.code()

        def finish(station: Station) -> tuple:
            try:
                preferences.save(home, replace(preferences.load(home), language=lang))
            except StorageError as exc:  # the station exists; the language can be chosen again in Settings
                log.warning("the chosen language was not saved: %s", exc)
            return station.keys, dict(station.profile), station.fingerprint, station.card_bytes()

        self.creating = True
        self.button(QWizard.WizardButton.CancelButton).setEnabled(False)
        self.passphrase_page.set_busy(True)
        self._worker = StationWorker(lambda: Station.create(home, passphrase, name, org, country),
                                     name="siaga-setup")
        self._worker.run(finish, done=self._created, failed=self._failed, label="create station")

    def _end_creation(self) -> None:
        self._worker.stop()
        self._worker = None
        self.creating = False
        self.button(QWizard.WizardButton.CancelButton).setEnabled(True)
        self.passphrase_page.set_busy(False)

    def _created(self, result: tuple) -> None:
        self.keys, self.profile, self.fingerprint, self.card = result
        self._end_creation()
        log.info("station created in the setup wizard")
        self.next()

    def _failed(self, exc: BaseException) -> None:
        self._end_creation()
        self.passphrase_page.status.setText(describe(exc))

    def done(self, result: int) -> None:
        if self.creating:
            return  # the station is being written; closing now would leave it half made
        super().done(result)
        if self.keys is not None:
            self.created.emit(self.home, self.keys, self.profile)
