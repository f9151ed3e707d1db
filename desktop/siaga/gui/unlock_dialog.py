"""Unlocking the station: the passphrase, checked off the GUI thread, as many tries as needed.

Enter starts a :class:`StationWorker` whose opener derives the key (Argon2id, the
long part of the wait) and then opens the station; the dialog shows a busy bar and
emits ``unlocking(worker)`` at once, so that the app can build its main window on
the same worker meanwhile (its first queries wait behind the opening). A wrong
passphrase is said in the dialog (``refused(error)``), the worker is abandoned, the
field is cleared and focused again. On success the dialog emits
``unlocked(keys, profile)`` and accepts; a receiver takes the open worker with
:meth:`UnlockDialog.take_worker` (no second derivation, no second opening),
otherwise the dialog closes it.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .errors import describe
from .plain import PlainLabel, visible
from .worker import StationWorker

if TYPE_CHECKING:
    from ..station.facade import Station
    from ..storage.keystore import Keys

log = logging.getLogger("siaga.gui.unlock")


def _path_lines(path: str, width: int = 40) -> str:
    """A folder path in lines of about ``width`` characters, broken after separators, so a long path
    is shown whole (a label cannot wrap inside a word)."""
    parts = re.split(r"(?<=[/\\])", path)
    lines = [""]
    for part in parts:
        if lines[-1] and len(lines[-1]) + len(part) > width:
            lines.append("")
        lines[-1] += part
    return "\n".join(lines)


class UnlockDialog(QDialog):
    """Asks for the passphrase of the station in ``home`` (``station_name`` is shown if known).

    Enter unlocks, Esc quits (the dialog is rejected). After acceptance, ``keys`` and
    ``profile`` hold what was unlocked.
    """

    #: an attempt started: the worker that derives the key and opens the station
    unlocking = Signal(object)
    #: the attempt failed (a wrong passphrase, an unreadable station): the error
    refused = Signal(object)
    unlocked = Signal(object, dict)

    def __init__(self, home: Path, station_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.home = Path(home)
        self.keys: Keys | None = None
        self.profile: dict = {}
        self._worker: StationWorker | None = None
        self.setObjectName("unlockDialog")
        self.setWindowTitle(self.tr("Unlock Siaga"))

        self.intro = PlainLabel((self.tr("Station: {name}").format(name=visible(station_name)) if station_name
                                 else self.tr("Station folder: {home}").format(home="\n" + _path_lines(visible(self.home)))))
        self.intro.setWordWrap(bool(station_name))  # a folder comes in lines of its own, each shown whole
        self.prompt = PlainLabel(self.tr("&Passphrase:"))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.prompt.setBuddy(self.passphrase)
        self.error = PlainLabel()
        self.error.setObjectName("unlockError")
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Unlock problem"))
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(self.tr("Unlocking"))
        self.busy.hide()

        buttons = QDialogButtonBox()
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setAccessibleName(self.tr("Unlock the station"))
        self.unlock_button.setEnabled(False)
        self.quit_button = QPushButton(self.tr("&Quit"))
        self.quit_button.setAccessibleName(self.tr("Quit Siaga"))
        # Enter must always unlock, never quit, wherever the focus went while busy. Neither button is
        # "auto default": an auto-default button that gets the focus (as the field is disabled for an
        # attempt) takes the default, and gives it up for good when it is disabled in turn.
        self.unlock_button.setAutoDefault(False)
        self.quit_button.setAutoDefault(False)
        self.unlock_button.setDefault(True)
        buttons.addButton(self.unlock_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.unlock)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        for widget in (self.intro, self.prompt, self.passphrase, self.error, self.busy, buttons):
            layout.addWidget(widget)
        self.passphrase.textChanged.connect(lambda text: self.unlock_button.setEnabled(bool(text)))
        self.passphrase.setFocus()

    def unlock(self) -> None:
        passphrase = self.passphrase.text()
        if self._worker is not None or not passphrase:
            return
        self._set_busy(True)
        self.error.clear()
        home = self.home
        self._worker = StationWorker(lambda: _open_station(home, passphrase), name="siaga-db")
        self._worker.openFailed.connect(self._refused)
        self._worker.run(lambda station: (station.keys, dict(station.profile)),
                         done=self._opened, failed=self._refused, label="unlock")
        self.unlocking.emit(self._worker)

    def take_worker(self) -> StationWorker | None:
        """The worker of the station just unlocked; the caller now owns it (and stops it)."""
        worker, self._worker = self._worker, None
        return worker

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.passphrase.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy and bool(self.passphrase.text()))

    def _finish(self) -> None:
        if self._worker is not None:
            self._worker.stop()
            self._worker = None

    def _opened(self, result: tuple) -> None:
        self.keys, self.profile = result
        self.passphrase.clear()
        log.info("station unlocked")
        self.unlocked.emit(self.keys, self.profile)  # a receiver may take the worker here
        self._finish()
        self._set_busy(False)
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        if self._worker is None:
            return
        self._worker.abandon()  # the queries queued behind the opening fail too: nobody hears of them
        self._finish()
        self.passphrase.clear()
        self._set_busy(False)
        from .colours import paint
        paint(self.error, "error")
        self.error.setText(describe(exc))
        self.passphrase.setFocus()
        self.refused.emit(exc)

    def give_up(self) -> None:
        """The app is quitting during an attempt: wait for its worker to end, deliver nothing."""
        if self._worker is not None:
            self._worker.abandon()
            self._finish()

    def done(self, result: int) -> None:
        if self._worker is not None:
            return  # still unlocking: the answer comes in a moment
        super().done(result)


def _open_station(home: Path, passphrase: str) -> "Station":
    """On the worker thread: derive the key first (libsodium lets go of the interpreter meanwhile), then open."""
    from ..storage import keystore
    keys = keystore.unlock(home, passphrase)
    # by now usually loaded by the GUI thread, which prepares the main window. Through the package, as the GUI
    # thread imports it: importing siaga.station.facade directly could meet the GUI thread importing the package
    # (whose __init__ imports the facade) halfway, and each thread would wait for the other's half; Python then
    # breaks the cycle with an ImportError ("partially initialized module"), seen on a first start.
    from ..station import Station
    return Station.resume(home, keys)
