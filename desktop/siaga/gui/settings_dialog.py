"""Settings: language, idle lock, sync interval, the receiving endpoint, this station's URL and correlation window.

The preferences are saved to the station's home (:mod:`siaga.preferences`) when
the user presses OK; the endpoint URL printed on this station's contact card, the
correlation window (how many days apart reports sharing an indicator are still linked)
and the language reports are read in (*Reports in*, :mod:`siaga.gui.reading`) are part of
the station itself and are changed through the database worker.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from ..base.errors import SiagaError
from ..station.correlation import DEFAULT_WINDOW_DAYS, MAX_WINDOW_DAYS
from ..storage import preferences
from ..storage.preferences import (
    MAX_IDLE_LOCK_MINUTES,
    MAX_SYNC_INTERVAL,
    MIN_SYNC_INTERVAL,
    Preferences,
)
from . import reading
from .accessible import name_buttons
from .colours import paint
from .errors import describe
from .partners import ContactsDialog
from .plain import PlainLabel, tip
from .session import Session

log = logging.getLogger("siaga.gui.settings")


class SettingsDialog(QDialog):
    """Edits ``prefs`` (saved in ``home`` on OK); with a ``session``, also the station's endpoint URL.

    After acceptance, :attr:`preferences` holds what was saved (also emitted as ``saved``).
    """

    saved = Signal(object)

    def __init__(self, home: Path, prefs: Preferences, session: Session | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.home = Path(home)
        self.preferences = prefs
        self.session = session
        self._pending = False
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        form = QFormLayout(self)

        def row(text: str, field: QWidget, name: str) -> None:
            label = PlainLabel(text)
            label.setBuddy(field)
            field.setAccessibleName(name)
            form.addRow(label, field)

        self.language = QComboBox()
        for code, language_name in preferences.language_names().items():
            self.language.addItem(language_name, code)
        self.language.setCurrentIndex(self.language.findData(prefs.language))
        row(self.tr("&Language:"), self.language, self.tr("Language"))

        self.reports_in: QComboBox | None = None
        if session is not None:  # the station keeps it: only while unlocked
            self.reports_in = QComboBox()
            self.reports_in.setObjectName("reportsIn")
            reading.fill_languages(self.reports_in, session.book, self.tr("draft translation"),
                                   follow_text=self.tr("As the interface"))
            self.reports_in.setCurrentIndex(max(0, self.reports_in.findData(reading.of(session).chosen)))
            row(self.tr("Rep&orts in:"), self.reports_in, self.tr("Language reports are read in"))
            self.reports_in.setToolTip(tip(self.tr("Codes, severity, TLP meanings, countries and dates of every "
                                                   "report are shown in this language. What people wrote stays as "
                                                   "they wrote it.")))

        self.appearance = QComboBox()
        self.appearance.setObjectName("appearance")
        for code, text in (("system", self.tr("As the desktop")), ("light", self.tr("Light")),
                           ("dark", self.tr("Dark"))):
            self.appearance.addItem(text, code)
        self.appearance.setCurrentIndex(max(0, self.appearance.findData(prefs.appearance)))
        row(self.tr("&Appearance:"), self.appearance, self.tr("Appearance"))

        self.idle_lock = QSpinBox()
        self.idle_lock.setRange(0, MAX_IDLE_LOCK_MINUTES)
        self.idle_lock.setSuffix(self.tr(" min"))
        self.idle_lock.setSpecialValueText(self.tr("Never"))
        self.idle_lock.setValue(prefs.idle_lock_minutes)
        row(self.tr("Lock when &idle for:"), self.idle_lock, self.tr("Lock when idle for, in minutes"))

        self.sync_interval = QSpinBox()
        self.sync_interval.setRange(MIN_SYNC_INTERVAL, MAX_SYNC_INTERVAL)
        self.sync_interval.setSuffix(self.tr(" s"))
        self.sync_interval.setValue(prefs.sync_interval)
        row(self.tr("&Sync every:"), self.sync_interval, self.tr("Sync every, in seconds"))

        self.check_overdue = QSpinBox()
        self.check_overdue.setRange(1, 24 * 14)
        self.check_overdue.setSuffix(self.tr(" h"))
        self.check_overdue.setValue(prefs.check_overdue_hours)
        row(self.tr("A check unanswered after this is o&verdue:"), self.check_overdue,
            self.tr("Hours after which an unanswered communication check is overdue"))

        self.receive = QCheckBox(self.tr("&Receive messages from peers (run this station's endpoint)"))
        self.receive.setAccessibleName(self.tr("Receive messages from peers"))
        self.receive.setChecked(prefs.receive_enabled)
        form.addRow(self.receive)
        self.host = QLineEdit(prefs.host)
        row(self.tr("&Host:"), self.host, self.tr("Endpoint host"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(prefs.port)
        row(self.tr("&Port:"), self.port, self.tr("Endpoint port"))
        self.receive.toggled.connect(self._receive_toggled)
        self._receive_toggled(prefs.receive_enabled)

        self.url: QLineEdit | None = None
        self.window_days: QSpinBox | None = None
        self._window_held: int | None = None
        if session is not None:
            self.url = QLineEdit(session.profile.get("url", ""))
            self.url.setPlaceholderText(self.tr("e.g. https://siaga.csirt.example:8443"))
            row(self.tr("Endpoint &URL on your contact card:"), self.url, self.tr("Endpoint URL on your contact card"))
            self.contacts_button = QPushButton(self.tr("P&eople on your contact card..."))
            self.contacts_button.setAccessibleName(self.tr("Edit the people on your contact card"))
            self.contacts_button.clicked.connect(self.edit_contacts)
            form.addRow(self.contacts_button)
            self.window_days = QSpinBox()
            self.window_days.setObjectName("correlationWindow")
            self.window_days.setRange(1, MAX_WINDOW_DAYS)
            self.window_days.setSuffix(self.tr(" days"))
            self.window_days.setValue(DEFAULT_WINDOW_DAYS)
            self.window_days.setEnabled(False)  # until the station's setting is read
            self.window_days.setToolTip(tip(self.tr(
                "Reports from different countries that share an indicator, or an incident code in a sector,"
                " are shown as one shared threat when seen within this many days of each other")))
            row(self.tr("Link reports seen &within:"), self.window_days,
                self.tr("Days within which reports sharing an indicator are linked"))
            session.db.run(lambda station: station.correlation.window_days, done=self._window_read,
                           failed=lambda exc: self.error.setText(describe(exc)), label="correlation window")

        self.error = PlainLabel()
        self.error.setObjectName("settingsError")
        self.error.setWordWrap(True)
        paint(self.error, "error")
        form.addRow(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        name_buttons(self.buttons)
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)

    def edit_contacts(self) -> None:
        """The people on the card are the station's (signed with it): edited in their own dialog, saved at once."""
        def opened(contacts) -> None:
            dialog = ContactsDialog(self.session, contacts, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()

        self.session.db.run(lambda station: station.contacts, done=opened,
                            failed=lambda exc: self.error.setText(describe(exc)), label="contacts")

    def _window_read(self, days: int) -> None:
        self._window_held = days
        self.window_days.setValue(days)
        self.window_days.setEnabled(True)

    def _receive_toggled(self, on: bool) -> None:
        self.host.setEnabled(on)
        self.port.setEnabled(on)

    def edited(self) -> Preferences:
        """The preferences as the fields show them (raises ValidationError for an invalid one)."""
        return Preferences(language=self.language.currentData(), idle_lock_minutes=self.idle_lock.value(),
                           sync_interval=self.sync_interval.value(), receive_enabled=self.receive.isChecked(),
                           host=self.host.text().strip(), port=self.port.value(),
                           appearance=self.appearance.currentData(),
                           check_overdue_hours=self.check_overdue.value())

    def apply(self) -> None:
        """Check the fields; change the station's URL if it was edited; save; close."""
        if self._pending:
            return
        self.error.clear()
        try:
            prefs = self.edited()
        except SiagaError as exc:
            self.error.setText(describe(exc))
            return
        url = self.url.text().strip() if self.url is not None else None
        url_changed = url is not None and url != self.session.profile.get("url", "")
        window = self.window_days.value() if self.window_days is not None else None
        window_changed = self._window_held is not None and window != self._window_held
        if not url_changed and not window_changed:
            self._save(prefs)
            return
        self._pending = True
        self.buttons.setEnabled(False)

        def set_station(station):
            if window_changed:
                station.correlation.set_window_days(window)
            if url_changed:
                station.set_url(url)
            return dict(station.profile)

        self.session.db.run(set_station, done=lambda profile: self._url_set(profile, prefs, url_changed,
                                                                            window if window_changed else None),
                            failed=self._url_refused, label="station settings")

    def _url_set(self, profile: dict, prefs: Preferences, url_changed: bool = True,
                 window: int | None = None) -> None:
        self._pending = False
        self.buttons.setEnabled(True)
        self.session.profile = profile
        if url_changed:
            log.info("station endpoint URL changed")
        if window is not None:
            self._window_held = window
            log.info("correlation window set to %d days", window)
            self.session.changed("inbox")  # the inbox marks and the dashboard count again
        self._save(prefs)

    def _url_refused(self, exc: BaseException) -> None:
        self._pending = False
        self.buttons.setEnabled(True)
        self.error.setText(describe(exc))
        if self.url is not None:
            self.url.setFocus()

    def _save(self, prefs: Preferences) -> None:
        try:
            preferences.save(self.home, prefs)
        except SiagaError as exc:
            self.error.setText(describe(exc))
            return
        if self.reports_in is not None:
            reading.of(self.session).choose(self.reports_in.currentData())
        self.preferences = prefs
        self.saved.emit(prefs)
        self.accept()
