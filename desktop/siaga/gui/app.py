"""The desktop application: first run or unlock, then the main window; locks itself when idle."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication, QWidget

from ..storage import preferences
from .errors import describe, show_error
from .i18n import install_language
from .icons import app_icon
from .worker import StationWorker

if TYPE_CHECKING:
    from ..storage.keystore import Keys
    from .main_window import MainWindow
    from .session import Session

log = logging.getLogger("siaga.gui")

#: input events that count as the user being there
_ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
             QEvent.Type.TouchBegin}

#: the network starts this long after the window is shown even if it is never painted (hidden, minimised)
FIRST_PAINT_WAIT_MS = 1000


def after_first_paint(window: QWidget, then: Callable[[], None]) -> None:
    """Call ``then`` once, right after ``window`` is first painted (or ``FIRST_PAINT_WAIT_MS`` after now).

    Syncing and receiving load the network libraries and start threads: begun before the
    window's first paint, they would delay it.
    """
    done = [False]

    def once() -> None:
        if not done[0]:
            done[0] = True
            try:
                window.removeEventFilter(watch)
            except RuntimeError:  # the window is gone (locked meanwhile): the caller checks its session
                pass
            then()

    class Watch(QObject):
        def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.Paint and not done[0]:
                QTimer.singleShot(0, once)  # after this paint has finished
            return False

    watch = Watch(window)
    window.installEventFilter(watch)
    QTimer.singleShot(FIRST_PAINT_WAIT_MS, once)

class _Prepared:
    """What is built for an unlock attempt while its key is derived (the GUI thread is free then)."""

    def __init__(self, worker: StationWorker) -> None:
        self.worker = worker
        self.session: Session | None = None
        self.window: MainWindow | None = None
        self.steps = ["session", "modules", "window"]


#: after input was seen, how long input goes unwatched (the idle lock may come this much early)
_DEAF_MS = 5_000


class _ReceivedSignal(QObject):
    """Carries the endpoint's "messages received" from its server thread to the GUI thread."""

    received = Signal(list)
    arrived = Signal(int)


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
        self.window: MainWindow | None = None
        self.dialog: QWidget | None = None
        self._pending: _Prepared | None = None  # built while the key is derived
        self._received_signal = _ReceivedSignal()
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.timeout.connect(self.lock)
        # input is watched by a filter on every event of the app, in Python: it is installed only
        # while needed, and after input was seen it stays off for a few seconds (see eventFilter)
        self._watching = False
        self._watch_again = QTimer(self)
        self._watch_again.setSingleShot(True)
        self._watch_again.setInterval(_DEAF_MS)
        self._watch_again.timeout.connect(self._watch_input)
        install_language(QApplication.instance(), self.prefs.language)
        from .theme import apply as apply_theme
        apply_theme(self.prefs.appearance)

    # -- start -------------------------------------------------------------------

    def start(self) -> None:
        """First run (a setup wizard) or an unlock dialog."""
        from ..storage import keystore
        if keystore.exists(self.home):
            self._ask_passphrase()
        else:
            from .setup_wizard import SetupWizard
            wizard = SetupWizard(self.home, self.prefs.language)
            wizard.languageChosen.connect(self._wizard_language)
            wizard.created.connect(self._created)
            wizard.rejected.connect(self._setup_cancelled)
            self._show_dialog(wizard)

    def _show_dialog(self, dialog: QWidget) -> None:
        self.dialog = dialog
        dialog.setWindowIcon(app_icon())
        dialog.show()

    def _ask_passphrase(self) -> None:
        from .unlock_dialog import UnlockDialog
        # after a lock the station's name is known: it is shown instead of the folder
        dialog = UnlockDialog(self.home, str(self.session.profile.get("name") or "") if self.session else "")
        dialog.unlocking.connect(self._prepare_session)
        dialog.refused.connect(self._discard_prepared)
        dialog.unlocked.connect(self._unlocked)
        dialog.rejected.connect(self._unlock_cancelled)
        self._show_dialog(dialog)

    @Slot()
    def _unlock_cancelled(self) -> None:
        if self.window is None:
            QApplication.instance().quit()

    @Slot()
    def _setup_cancelled(self) -> None:
        """Cancel before the station was made quits; once it is made (the last page), the app goes on with it."""
        if self.window is None and getattr(self.dialog, "keys", None) is None:
            QApplication.instance().quit()

    @Slot(str)
    def _wizard_language(self, lang: str) -> None:
        install_language(QApplication.instance(), lang)

    @Slot(Path, object, dict)
    def _created(self, home: Path, keys: Keys, profile: dict) -> None:
        self.prefs = preferences.load(self.home)  # the wizard saved the language chosen in it
        from ..station.facade import Station
        self._pending = _Prepared(StationWorker(lambda: Station(home, keys)))
        self._open_session(keys, profile)

    # -- unlocking: the main window is built while the key is derived ---------------------

    @Slot(object)
    def _prepare_session(self, worker: StationWorker) -> None:
        """An unlock attempt started on ``worker``: build the session and its (hidden) window meanwhile.

        Nothing of the station is known yet: the views queue their first queries, which
        run once the station is open, or are dropped with the worker if it never opens.
        The work is cut in steps, each after the events waiting (the dialog paints first
        and its busy bar keeps moving).
        """
        self._discard_prepared()
        self._pending = _Prepared(worker)
        QTimer.singleShot(0, self._prepare_step)

    @Slot()
    def _prepare_step(self) -> None:
        pending = self._pending
        if pending is None or not pending.steps:
            return
        step = pending.steps.pop(0)
        if step == "session":
            from .session import Session
            pending.session = Session(self.home, pending.worker, None, {}, self.prefs.language)
        elif step == "modules":
            # the station's modules for the worker, which needs them the moment the key is derived
            from ..station import facade  # noqa: F401
            from . import draft_prompt, main_window  # noqa: F401 - the draft prompt is asked for at unlock
        else:
            pending.window = self._build_window(pending.session)
        if pending.steps:
            QTimer.singleShot(0, self._prepare_step)

    @Slot(object)
    def _discard_prepared(self, _error: object = None) -> None:
        """The attempt failed (the dialog says why): the window built for it goes."""
        pending, self._pending = self._pending, None
        if pending is not None and pending.window is not None:
            pending.window.deleteLater()

    @Slot(object, dict)
    def _unlocked(self, keys: Keys, profile: dict) -> None:
        worker = self.dialog.take_worker() if self.dialog is not None else None
        if self._pending is None or worker is None or self._pending.worker is not worker:
            raise RuntimeError("unlocked without the session prepared for it")
        self._open_session(keys, profile)

    def _open_session(self, keys: Keys, profile: dict) -> None:
        """Show the prepared window for the station now unlocked; sync and receive."""
        pending = self._pending
        while pending.steps:  # a very fast unlock (or the first run): finish what was left
            self._prepare_step()
        self._pending = None
        session, window = pending.session, pending.window
        session.keys, session.profile = keys, profile
        self._received_signal.received.connect(session.received)
        self._received_signal.arrived.connect(session.arrived)
        session.received.connect(lambda ids: session.changed("all"))  # acknowledgements change the outbox too
        self.session = session
        self.window = window
        window.station_unlocked()
        if self.dialog is not None:
            self.dialog.close()
            self.dialog = None
        window.show()
        window.offer_drafts()
        # syncing and receiving begin once the window is up (their threads would slow its first paint)
        after_first_paint(window, lambda: self._start_network(session))
        self._arm_idle_timer()
        self.unlocked.emit()

    def _start_network(self, session: Session) -> None:
        if session is not self.session:
            return  # locked again meanwhile
        home, keys = self.home, session.keys

        def open_station():
            from ..station.facade import Station
            return Station(home, keys)

        if self.start_sync:
            from .sync_worker import SyncWorker
            session.sync = SyncWorker(open_station, interval=self.prefs.sync_interval)
            session.sync.start()
            if self.window is not None:
                self.window.attach_sync()
        if self.prefs.receive_enabled:
            self._start_endpoint(session)

    def _start_endpoint(self, session: Session) -> None:
        from ..delivery.endpoint import Endpoint
        try:
            session.endpoint = Endpoint(self.home, session.keys, host=self.prefs.host, port=self.prefs.port,
                                        on_received=self._received_signal.received.emit,
                                        on_arrived=self._received_signal.arrived.emit).start()
        except OSError as exc:
            log.warning("the endpoint could not start: %s", exc)
            show_error(None, self.tr("Receiving from peers"), exc)

    def _build_window(self, session: Session) -> MainWindow:
        from .main_window import MainWindow
        window = MainWindow(session)
        window.lockRequested.connect(self.lock)
        window.settingsRequested.connect(self.open_settings)
        return window

    def _show_main_window(self, held: dict | None = None) -> None:
        """A new window for the open session (another language was chosen), with what was open in the old one."""
        window = self._build_window(self.session)
        window.station_unlocked()
        self.window = window
        window.show()
        if held is not None:
            window.resume_work(held)
        else:
            window.offer_drafts()

    # -- idle lock -------------------------------------------------------------------

    def _arm_idle_timer(self) -> None:
        minutes = self.prefs.idle_lock_minutes
        if minutes and self.session is not None:
            self._idle.start(int(minutes * 60_000))
            self._watch_again.start()  # not at once: the window's first paint comes first
        else:
            self._idle.stop()
            self._stop_watching()

    def _watch_input(self) -> None:
        if not self._watching and self._idle.isActive():
            QApplication.instance().installEventFilter(self)
            self._watching = True

    def _stop_watching(self) -> None:
        self._watch_again.stop()
        if self._watching:
            QApplication.instance().removeEventFilter(self)
            self._watching = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Input restarts the idle countdown, then goes unwatched for a few seconds.

        So the lock comes after the idle time, at most those few seconds early, and the
        rest of the time no Python runs for each of the app's events.
        """
        if event.type() in _ACTIVITY and self._idle.isActive():
            self._idle.start()
            self._stop_watching()  # Qt allows removing a filter from inside it
            self._watch_again.start()
        return False

    @Slot()
    def lock(self) -> None:
        """Close the session (keys leave memory, drafts are already saved) and ask for the passphrase."""
        if self.session is None:
            return
        log.info("station locked")
        self._stop_watching()
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
        if prefs.appearance != old.appearance:
            from .theme import apply as apply_theme
            apply_theme(prefs.appearance)
            if self.window is not None:
                self.window.places.refresh_icons()
        session = self.session
        if session is None:
            return
        if prefs.language != old.language:
            install_language(QApplication.instance(), prefs.language)
            session.lang = prefs.language
            held = None
            if self.window is not None:
                held = self.window.work_in_progress()  # the report form, the glossary: back in the new language
                self.window.hide()
                self.window.deleteLater()
                self.window = None
            self._show_main_window(held)
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
        self._stop_watching()
        if self.dialog is not None and hasattr(self.dialog, "give_up"):
            self.dialog.give_up()  # an unlock still deriving its key: its worker ends, nothing opens
        self._discard_prepared()
        self._idle.stop()
        self._close_session()


def run(home: Path, on_start: Callable[[App], None] | None = None) -> int:
    """Start the desktop app on ``home`` and run until it quits (``on_start`` is given the started app)."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Siaga")
    app.setOrganizationName("Siaga")
    app.setDesktopFileName("siaga")  # resources/linux/siaga.desktop: docks show its name and icon
    app.setWindowIcon(app_icon())
    from . import collector
    collector.install(app)  # Qt objects in reference cycles are freed on this thread, never the worker's
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
