"""Unlocking the station: the passphrase, checked off the GUI thread, as many tries as needed.

The Argon2id derivation takes a moment, so :meth:`Station.open` runs on a one-shot
:class:`StationWorker` while the dialog shows a busy bar. A wrong passphrase is
said in the dialog, the field is cleared and focused again. On success the dialog
emits ``unlocked(keys, profile)`` and accepts; the app then opens the session's
own worker with ``StationWorker(lambda: Station(home, keys))`` (no second derivation).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QLineEdit, QProgressBar, QPushButton,
                               QVBoxLayout, QWidget)

from ..keystore import Keys
from ..station import Station
from .colours import paint
from .errors import describe
from .worker import StationWorker

log = logging.getLogger("siaga.gui.unlock")


class UnlockDialog(QDialog):
    """Asks for the passphrase of the station in ``home`` (``station_name`` is shown if known).

    Enter unlocks, Esc quits (the dialog is rejected). After acceptance, ``keys`` and
    ``profile`` hold what was unlocked.
    """

    unlocked = Signal(object, dict)

    def __init__(self, home: Path, station_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.home = Path(home)
        self.keys: Keys | None = None
        self.profile: dict = {}
        self._worker: StationWorker | None = None
        self.setObjectName("unlockDialog")
        self.setWindowTitle(self.tr("Unlock Siaga"))

        self.intro = QLabel((self.tr("Station: {name}").format(name=station_name) if station_name
                             else self.tr("Station folder: {home}").format(home=self.home)))
        self.intro.setWordWrap(True)
        self.prompt = QLabel(self.tr("&Passphrase:"))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.prompt.setBuddy(self.passphrase)
        self.error = QLabel()
        self.error.setObjectName("unlockError")
        self.error.setWordWrap(True)
        paint(self.error, "error")
        self.error.setAccessibleName(self.tr("Unlock problem"))
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(self.tr("Unlocking"))
        self.busy.hide()

        buttons = QDialogButtonBox()
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setAccessibleName(self.tr("Unlock the station"))
        self.unlock_button.setDefault(True)
        self.unlock_button.setEnabled(False)
        self.quit_button = QPushButton(self.tr("&Quit"))
        self.quit_button.setAccessibleName(self.tr("Quit Siaga"))
        # Enter must always unlock, never quit, wherever the focus went while busy
        self.quit_button.setAutoDefault(False)
        buttons.addButton(self.unlock_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.unlock)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        for widget in (self.intro, self.prompt, self.passphrase, self.error, self.busy, buttons):
            layout.addWidget(widget)
        self.passphrase.textChanged.connect(lambda text: self.unlock_button.setEnabled(bool(text)))
        self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)

    def unlock(self) -> None:
        passphrase = self.passphrase.text()
        if self._worker is not None or not passphrase:
            return
        self._set_busy(True)
        self.error.clear()
        home = self.home
        self._worker = StationWorker(lambda: Station.open(home, passphrase), name="siaga-unlock")
        self._worker.run(lambda station: (station.keys, dict(station.profile)),
                         done=self._opened, failed=self._refused, label="unlock")

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.passphrase.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy and bool(self.passphrase.text()))

    def _finish(self) -> None:
        self._worker.stop()
        self._worker = None

    def _opened(self, result: tuple) -> None:
        self._finish()
        self.keys, self.profile = result
        self.passphrase.clear()
        self._set_busy(False)
        log.info("station unlocked")
        self.unlocked.emit(self.keys, self.profile)
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self._finish()
        self.passphrase.clear()
        self._set_busy(False)
        self.error.setText(describe(exc))
        self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)

    def done(self, result: int) -> None:
        if self._worker is not None:
            return  # still unlocking: the answer comes in a moment
        super().done(result)
