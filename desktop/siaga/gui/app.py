"""The desktop application: first run or unlock, then the main window; locks itself when idle."""

from __future__ import annotations

import importlib
import logging
import sys
import threading
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication, QWidget

from .. import keystore, preferences
from .errors import describe, show_error
from .i18n import install_language
from .icons import app_icon
from .session import Session
from .sync_worker import SyncWorker
from .worker import StationWorker

log = logging.getLogger("siaga.gui")

#: input events that count as the user being there
_ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
             QEvent.Type.TouchBegin}


#: what the main window needs, loaded while the unlock dialog waits (imports only: no widgets are made)
_PRELOAD = ("siaga.station", "siaga.gui.main_window", "siaga.gui.inbox_view", "siaga.gui.outbox_view",
            "siaga.gui.peers_view")


def _preload() -> None:
    for name in _PRELOAD:
        importlib.import_module(name)


class _Relay(QObject):
    """Carries the endpoint's "messages received" from its server thread to the GUI thread."""

    received = Signal(list)


class App(QObject):
    """Drives the application's life cycle for one station home."""

    #: the main window is shown for an unlocked station
    unlocked = Signal()
    #: the station was locked (idle time, or the user asked)
    locked = Signal()

    def __init__(self, home: Path, *, start_sync: bool = True, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.home = Path(home)
        self.prefs = preferences.load(self.home)
        self.start_sync = start_sync
        self.session: Session | None = None
        self.window = None
        self.dialog: QWidget | None = None
        self._relay = _Relay()
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.timeout.connect(self.lock)
        install_language(QApplication.instance(), self.prefs.language)

    # -- start -------------------------------------------------------------------

    def start(self) -> None:
        """First run (a setup wizard) or an unlock dialog."""
        if keystore.exists(self.home):
            self._ask_passphrase()
        else:
            from .setup_wizard import SetupWizard
            wizard = SetupWizard(self.home, self.prefs.language)
            wizard.languageChosen.connect(self._wizard_language)
            wizard.created.connect(self._created)
            wizard.rejected.connect(QApplication.instance().quit)
            self._show_dialog(wizard)

    def _show_dialog(self, dialog: QWidget) -> None:
        self.dialog = dialog
        dialog.setWindowIcon(app_icon())
        dialog.show()

    def _ask_passphrase(self) -> None:
        from .unlock_dialog import UnlockDialog
        # while the passphrase is typed (and keys are derived), the rest of the program loads in the background
        threading.Thread(target=_preload, name="siaga-preload", daemon=True).start()
        dialog = UnlockDialog(self.home)
        dialog.unlocked.connect(self._open_session)
        dialog.rejected.connect(self._unlock_cancelled)
        self._show_dialog(dialog)

    @Slot()
    def _unlock_cancelled(self) -> None:
        if self.window is None:
            QApplication.instance().quit()

    @Slot(str)
    def _wizard_language(self, lang: str) -> None:
        install_language(QApplication.instance(), lang)

    @Slot(Path, object, dict)
    def _created(self, home: Path, keys: keystore.Keys, profile: dict) -> None:
        self.prefs = preferences.load(self.home)  # the wizard saved the language chosen in it
        self._open_session(keys, profile)

    @Slot(object, dict)
    def _open_session(self, keys: keystore.Keys, profile: dict) -> None:
        home = self.home

        def open_station():
            from ..station import Station  # the database stack loads on the worker thread
            return Station(home, keys)

        db = StationWorker(open_station)
        session = Session(home, db, keys, profile, self.prefs.language)
        self._relay.received.connect(session.received)
        session.received.connect(lambda ids: session.changed("all"))  # acknowledgements change the outbox too
        if self.start_sync:
            session.sync = SyncWorker(open_station, interval=self.prefs.sync_interval)
            session.sync.start()
        if self.prefs.receive_enabled:
            self._start_endpoint(session)
        self.session = session
        self._show_main_window()
        self._arm_idle_timer()
        QApplication.instance().installEventFilter(self)
        self.unlocked.emit()

    def _start_endpoint(self, session: Session) -> None:
        from ..endpoint import Endpoint
        try:
            session.endpoint = Endpoint(self.home, session.keys, host=self.prefs.host, port=self.prefs.port,
                                        on_received=self._relay.received.emit).start()
        except OSError as exc:
            log.warning("the endpoint could not start: %s", exc)
            show_error(None, self.tr("Receiving from peers"), exc)

    def _show_main_window(self) -> None:
        from .main_window import MainWindow
        window = MainWindow(self.session)
        window.lockRequested.connect(self.lock)
        window.settingsRequested.connect(self.open_settings)
        self.window = window
        if self.dialog is not None:
            self.dialog.close()
            self.dialog = None
        window.show()
        window.offer_drafts()

    # -- idle lock -------------------------------------------------------------------

    def _arm_idle_timer(self) -> None:
        minutes = self.prefs.idle_lock_minutes
        if minutes and self.session is not None:
            self._idle.start(int(minutes * 60_000))
        else:
            self._idle.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in _ACTIVITY and self._idle.isActive():
            self._idle.start()
        return False

    @Slot()
    def lock(self) -> None:
        """Close the session (keys leave memory, drafts are already saved) and ask for the passphrase."""
        if self.session is None:
            return
        log.info("station locked")
        QApplication.instance().removeEventFilter(self)
        self._idle.stop()
        self._ask_passphrase()  # shown first, so that the app never has no window
        self._close_session()
        self.locked.emit()

    def _close_session(self) -> None:
        if self.window is not None:
            self.window.hide()
            self.window.deleteLater()
            self.window = None
        if self.session is not None:
            self.session.close()
            self.session = None

    # -- settings ------------------------------------------------------------------

    @Slot()
    def open_settings(self) -> None:
        from .settings_dialog import SettingsDialog
        dialog = SettingsDialog(self.home, self.prefs, self.session, self.window)
        dialog.saved.connect(self.apply_preferences)
        dialog.open()

    @Slot(object)
    def apply_preferences(self, prefs: preferences.Preferences) -> None:
        """Preferences were saved: a new language rebuilds the window, endpoint changes restart it."""
        old, self.prefs = self.prefs, prefs
        self._arm_idle_timer()
        session = self.session
        if session is None:
            return
        if prefs.language != old.language:
            install_language(QApplication.instance(), prefs.language)
            session.lang = prefs.language
            if self.window is not None:
                self.window.hide()
                self.window.deleteLater()
                self.window = None
            self._show_main_window()
        endpoint_changed = (prefs.receive_enabled, prefs.host, prefs.port) != (
            old.receive_enabled, old.host, old.port)
        if endpoint_changed:
            if session.endpoint is not None:
                session.endpoint.stop()
                session.endpoint = None
            if prefs.receive_enabled:
                self._start_endpoint(session)
        if session.sync is not None and prefs.sync_interval != old.sync_interval:
            session.sync.interval = prefs.sync_interval

    # -- end ---------------------------------------------------------------------------

    def shutdown(self) -> None:
        QApplication.instance().removeEventFilter(self)
        self._idle.stop()
        self._close_session()


def run(home: Path, on_start: Callable[[App], None] | None = None) -> int:
    """Start the desktop app on ``home`` and run until it quits (``on_start`` is given the started app)."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Siaga")
    app.setOrganizationName("Siaga")
    app.setDesktopFileName("siaga")  # resources/linux/siaga.desktop: docks show its name and icon
    app.setWindowIcon(app_icon())
    controller = App(home)
    app.aboutToQuit.connect(controller.shutdown)
    try:
        controller.start()
    except Exception as exc:  # noqa: BLE001 - a clear sentence, not a traceback
        print(describe(exc), file=sys.stderr)
        return 1
    if on_start is not None:
        on_start(controller)
    return app.exec()
