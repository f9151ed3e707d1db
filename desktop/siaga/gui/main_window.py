"""The main window: a sidebar of places (inbox, outbox, peers...), a branded header, the guided form one click away."""

from __future__ import annotations

import logging
import time
import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QLocale, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QMainWindow,
    QProgressBar,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from ..base.fileio import atomic_write, read_bytes
from .accessible import spoken
from .connection_state import PeerLink, after_probe, connection_text, from_summary
from .errors import describe, show_error
from .file_choice import dialog_options
from .icons import app_icon
from .notify import notify
from .plain import PlainLabel, visible
from .session import Session

if TYPE_CHECKING:
    from ..delivery.sync import SyncSummary

log = logging.getLogger("siaga.gui")


class MainWindow(QMainWindow):
    """One unlocked station. Closing the window ends the session (the app decides what comes next)."""

    lockRequested = Signal()
    settingsRequested = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from .header import BrandHeader
        from .sidebar import Navigator

        self.session = session
        self.setObjectName("mainWindow")
        self.setWindowIcon(app_icon())
        self.setWindowTitle(self.tr("Siaga"))  # the station's name once it is unlocked
        self.resize(1200, 700)

        self.header = BrandHeader(self)
        self.places = Navigator((session, self), self)
        self.places.setObjectName("places")
        self.tabs = self.places  # the places (the name the views had when they were tabs)
        self.inbox = self.places.view("inbox")  # the place shown first; the others are built when first opened
        self.places.show_place("inbox")
        self.places.placeChanged.connect(self._place_changed)
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.header)
        from .check_notice import CheckNotice
        self.check_notice = CheckNotice(session, central)  # a partner asks a person here to answer
        self.check_notice.arrived.connect(self._notify_checks)
        self.check_notice.answerRequested.connect(self.answer_check)
        column.addWidget(self.check_notice)
        column.addWidget(self.places, 1)
        self.setCentralWidget(central)
        self.inbox.urgentReceived.connect(self._notify_urgent)

        self._build_actions()
        from .desk_actions import DeskActions
        from .help import HelpMenu
        self.desk = DeskActions(self)
        self.help = HelpMenu(self)
        from .empty_views import EmptyStates
        self.empty_states = EmptyStates(self)  # each place's, made as the place is built
        self.places.viewBuilt.connect(self._view_built)
        for key in self.places.built():  # the inbox, built above
            self._view_built(key)
        self._place_changed(self.places.current_key())
        self._build_status_bar()
        self._tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self._tray = QSystemTrayIcon(app_icon(), self)
            self._tray.setToolTip(self.tr("Siaga"))
            self._tray.show()
        self.last_notification = ""
        self._wizard = None
        self._deferred = False  # the places built after the first paint (see showEvent)
        if session.sync is not None:
            self.attach_sync()


    # the places other than the inbox, each built the first time it is opened or asked for
    @property
    def outbox(self):
        return self.places.view("outbox")

    @property
    def peers(self):
        return self.places.view("peers")

    @property
    def incidents(self):
        return self.places.view("incidents")

    def build_deferred(self) -> None:
        """After the first paint: the places that work while out of sight (the incidents' deadline notices)."""
        self.places.view("incidents")

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if not self._deferred:
            self._deferred = True
            import shiboken6

            from .app import after_first_paint
            after_first_paint(self, lambda: self.build_deferred() if shiboken6.isValid(self) else None)

    @Slot(str)
    def _view_built(self, key: str) -> None:
        """A place's view was just built: it is wired to the window and gets its empty state."""
        view = self.places.view(key)
        if key in ("incidents", "outbox"):  # updates and final reports are filed from both
            view.continueRequested.connect(self.file_update)
        if key == "incidents":
            view.deadlineNotice.connect(self._notify_deadline)
        from .empty_views import add_empty_state
        add_empty_state(self, key, self.empty_states)

    @property
    def dashboard(self):
        """The dashboard place (built when first asked for)."""
        return self._wire_dashboard(self.places.view("dashboard"))

    def _wire_dashboard(self, view):
        if not view.property("wired"):  # a click on its map shows that country's reports
            view.countryChosen.connect(self.show_inbox_for_country)
            view.newReport.connect(self.new_report)  # the empty dashboard's button
            view.setProperty("wired", True)
        return view

    @Slot(str)
    def show_inbox_for_country(self, code: str) -> None:
        self.inbox.filters.country.set_code(code)  # the filter bar then asks the inbox for that country
        self.tabs.setCurrentWidget(self.inbox)

    def station_unlocked(self) -> None:
        """The session now holds the unlocked station's keys and profile (the window may be built before)."""
        self.setWindowTitle(self.tr("Siaga — {station}").format(station=visible(self.session.profile["name"])))
        from .wording import code_label
        country = code_label(self.session.book, "countries", self.session.profile.get("country", ""), self.session.lang)
        self.header.show_station(self.session.profile, country)

    @Slot(str)
    def _place_changed(self, key: str) -> None:
        """A view built for a place gets what it needs from the window (once)."""
        view = self.places.view(key)
        if key == "dashboard":
            self._wire_dashboard(view)
        if hasattr(view, "continueDraft") and not view.property("wired"):
            view.continueDraft.connect(self.new_report)
            view.newReport.connect(self.new_report)
            view.setProperty("wired", True)

    # -- menus and actions --------------------------------------------------------

    def _action(self, text: str, slot, shortcut: QKeySequence | str | None = None, name: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.setObjectName(name)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        self.new_report_action = self._action(self.tr("&New report..."), self.new_report, QKeySequence.StandardKey.New,
                                              "newReport")
        self.sync_action = self._action(self.tr("&Sync now"), self.sync_now, "F5", "syncNow")
        self.import_bundle_action = self._action(self.tr("&Import bundle..."), self.import_bundle, "Ctrl+I",
                                                 "importBundle")
        self.export_bundle_action = self._action(self.tr("&Export bundle for a peer..."), self.export_bundle, "Ctrl+E",
                                                 "exportBundle")
        self.code_line_action = self._action(self.tr("Enter a &code line..."), self.enter_code_line, "Ctrl+K",
                                             "enterCodeLine")
        self.settings_action = self._action(self.tr("Se&ttings..."), self.settingsRequested.emit,
                                            QKeySequence.StandardKey.Preferences, "settings")
        self.lock_action = self._action(self.tr("&Lock"), self.lockRequested.emit, "Ctrl+L", "lock")
        self.quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit, "quit")

        from .icons import icon
        self.new_report_action.setIcon(icon("new-report"))
        self.sync_action.setIcon(icon("sync"))
        self.lock_action.setIcon(icon("lock"))
        self.import_bundle_action.setIcon(icon("bundle"))
        self.export_bundle_action.setIcon(icon("bundle"))
        station = self.menuBar().addMenu(self.tr("&Station"))
        self.station_menu = station
        for action in (self.new_report_action, self.sync_action, None, self.import_bundle_action,
                       self.export_bundle_action, self.code_line_action, None, self.settings_action, self.lock_action, self.quit_action):
            station.addSeparator() if action is None else station.addAction(action)
        for action, name in ((self.new_report_action, "new-report"), (self.sync_action, "sync")):
            self.header.add_action(action, name).setAccessibleName(spoken(action.text()))

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.connection_label = PlainLabel(self.tr("Not syncing"))
        self.connection_label.setObjectName("connectionState")
        self.connection_label.setAccessibleName(self.tr("Connection state"))
        self.sync_progress = QProgressBar()
        self.sync_progress.setObjectName("syncProgress")
        self.sync_progress.setAccessibleName(self.tr("Sync progress"))
        self.sync_progress.setMaximumWidth(30 * self.fontMetrics().averageCharWidth())
        self.sync_progress.setVisible(False)
        self.last_sync_label = PlainLabel(self.tr("Last sync: never"))
        self.last_sync_label.setObjectName("lastSync")
        self.last_sync_label.setAccessibleName(self.tr("Last sync"))
        bar.addWidget(self.connection_label)
        bar.addPermanentWidget(self.sync_progress)
        bar.addPermanentWidget(self.last_sync_label)
        self._link: dict[str, PeerLink] = {}  # peer id -> its link as last seen (connection_state)

    # -- sync -------------------------------------------------------------------

    def attach_sync(self) -> None:
        sync = self.session.sync
        sync.passStarted.connect(self._sync_started)
        sync.progress.connect(self._sync_progress)
        sync.passFinished.connect(self._sync_finished)
        sync.linkChanged.connect(self._link_changed)
        sync.failed.connect(self._sync_failed)
        self.connection_label.setText(self.tr("Syncing when a connection is available"))
        self.header.show_state(self.connection_label.text())
        if "outbox" in self.places.built():  # otherwise it looks at the session when it is built
            self.outbox.sync_button.setEnabled(True)

    @Slot()
    def sync_now(self) -> None:
        if self.session.sync is None:
            self.statusBar().showMessage(self.tr("Sync is off for this session"), 5000)
            return
        self.session.sync.sync_now()
        self.statusBar().showMessage(self.tr("Syncing..."), 3000)

    @Slot()
    def _sync_started(self) -> None:
        self.sync_progress.setRange(0, 0)
        self.sync_progress.setVisible(True)

    @Slot(int, int)
    def _sync_progress(self, done: int, total: int) -> None:
        self.sync_progress.setVisible(total > 0 and done < total)
        if total:
            self.sync_progress.setRange(0, total)
            self.sync_progress.setValue(done)
            self.sync_progress.setFormat(self.tr("Sending {done} of {total}").format(done=done, total=total))

    @Slot(object)
    def _sync_finished(self, summary: "SyncSummary") -> None:
        self.sync_progress.setVisible(False)
        stamp = QLocale().toString(QDateTime.currentDateTime().time(), QLocale.FormatType.ShortFormat)
        self.last_sync_label.setText(self.tr("Last sync: {time}").format(time=stamp))
        for ps in summary.peers:
            self._link[ps.peer_id] = from_summary(ps)
        self._show_connection(summary.waiting)
        if summary.delivered or summary.failed or summary.given_up:
            self.session.changed("outbox")
        self.session.changed("peers")

    @Slot(str, bool)
    def _link_changed(self, peer_id: str, up: bool) -> None:
        self._link[peer_id] = after_probe(self._link.get(peer_id), up)
        self._show_connection(None)

    @Slot(object)
    def _sync_failed(self, exc: object) -> None:
        self.sync_progress.setVisible(False)
        self.connection_label.setText(self.tr("Sync problem: {reason}").format(reason=describe(exc)))
        self.header.show_state(self.connection_label.text())

    def _show_connection(self, waiting: int | None) -> None:
        text = connection_text(self._link, waiting)  # refusing peers told apart from unreachable ones
        self.connection_label.setText(text)
        self.header.show_state(text)

    # -- new report -----------------------------------------------------------------

    @Slot()
    def new_report(self, draft_id: str | None = None, draft: dict | None = None) -> None:
        """Open the guided form (for a saved draft, or a fresh one)."""
        if self._wizard is not None:
            self._wizard.raise_()
            self._wizard.activateWindow()
            return

        def snapshot(station):
            from ..station import warning_lists
            warning_lists.preload()  # the form then marks known benign indicators without waiting
            return station.peers(), station.info

        self.session.db.run(snapshot, done=lambda got: self._open_wizard(got, draft_id, draft),
                            failed=lambda exc: show_error(self, self.tr("New report"), exc))

    @Slot(str, str)
    def file_update(self, msg_id: str, kind: str = "update") -> None:
        """The guided form for an update ("update") or the final report ("final") of one of this station's
        incidents, pre-filled from its latest report."""
        if self._wizard is not None:
            self._wizard.raise_()
            return

        def job(station):
            from ..station.incident_filing import update_draft
            return (station.peers(), station.info), *update_draft(station, msg_id, kind)

        title = self.tr("Final report") if kind == "final" else self.tr("Send update")
        self.session.db.run(job, done=lambda got: self._open_wizard(got[0], None, got[1], got[2], title),
                            failed=lambda exc: show_error(self, title, exc))

    @Slot(str, str)
    def _notify_deadline(self, title: str, text: str) -> None:
        self.last_notification = text
        self.statusBar().showMessage(f"{title}: {text}", 30_000)
        self.notified_by = notify(self._tray, title, text)

    def _open_wizard(self, got, draft_id: str | None, draft: dict | None, previous: dict | None = None,
                     title: str = "") -> None:
        from ..station.report_form import ReportForm
        from .report_wizard import ReportWizard

        peers, info = got
        try:
            form = (ReportForm.from_draft(draft, self.session.book, info, peers) if draft
                    else ReportForm(self.session.book, info, peers))
        except Exception as exc:  # noqa: BLE001 - a damaged draft must not stop a new report
            show_error(self, self.tr("Unfinished report"), exc)
            form, draft_id = ReportForm(self.session.book, info, peers), None
        form.previous = previous
        wizard = ReportWizard(form, self.session.lang, draft_id or uuid.uuid4().hex, self)
        if title:
            wizard.setWindowTitle(title)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.review_check = lambda content, show: self.session.db.run(
            lambda st: (lambda m: m.to_dict() if m else None)(st.correlation.matches(content)), done=show,
            failed=lambda exc: show(None), label="review matches")
        wizard.draftChanged.connect(self._save_draft)
        wizard.submitted.connect(lambda content, to, w=wizard: self._queue_report(w, content, to))
        wizard.finished.connect(self._wizard_closed)
        self._wizard = wizard
        wizard.show()

    @Slot(int)
    def _wizard_closed(self, result: int) -> None:
        self._wizard = None

    def work_in_progress(self) -> dict | None:
        """What is open besides the window (the window is about to be rebuilt in another language), or None.

        The report in the guided form (its draft saved now) and the glossary's topic.
        """
        held: dict = {}
        if self._wizard is not None:
            self._wizard.save_draft()
            form = self._wizard.form
            held["report"] = {"draft_id": self._wizard.draft_id, "draft": form.to_draft(), "previous": form.previous}
        if self.help.dialog is not None and self.help.dialog.isVisible():
            held["glossary"] = self.help.dialog.topic
        return held or None

    def resume_work(self, held: dict) -> None:
        """Open again, in this window's language, what :meth:`work_in_progress` found open."""
        if "glossary" in held:  # once the dialog that changed the language has closed (it would be its parent)
            QTimer.singleShot(0, self, lambda: self.help.open_glossary(held["glossary"]))
        report = held.get("report")
        if report is None:
            self.offer_drafts()
            return
        kind = report["draft"].get("type")
        title = {"final": self.tr("Final report"), "update": self.tr("Send update")}.get(kind, "") \
            if report["previous"] is not None else ""
        self.session.db.run(lambda station: (station.peers(), station.info),
                            done=lambda got: self._open_wizard(got, report["draft_id"], report["draft"],
                                                               report["previous"], title),
                            failed=lambda exc: show_error(self, self.tr("New report"), exc))

    @Slot(str, dict)
    def _save_draft(self, draft_id: str, draft: dict) -> None:
        self.session.db.run(lambda st: st.save_draft(draft_id, draft),
                            failed=lambda exc: self.statusBar().showMessage(visible(describe(exc)), 10_000))

    def _queue_report(self, wizard, content: dict, to: list) -> None:
        draft_id, local = wizard.draft_id, wizard.form.local_fields()  # its clock profile, a ransom payment

        def queue(station):  # the report is queued and its draft deleted in one transaction
            return station.file_draft(draft_id, content, to or None, local)

        def queued(msg_id: str) -> None:
            self.statusBar().showMessage(self.tr("Report signed and queued ({id})").format(id=msg_id[:12]), 10_000)
            self.session.changed("outbox")
            self.places.setCurrentWidget(self.outbox)
            if self.session.sync is not None:
                self.session.sync.sync_now()

        self.session.db.run(queue, done=queued, failed=lambda exc: show_error(self, self.tr("New report"), exc))

    def offer_drafts(self) -> None:
        """After unlock: a report the officer was writing is offered again (Continue, Discard or Later)."""
        from .draft_prompt import offer_draft
        offer_draft(self)

    # -- bundles -----------------------------------------------------------------

    @Slot()
    def enter_code_line(self) -> QWidget:
        """Type in a code line and file its report in the inbox (``siaga codeline ingest``)."""
        from .field_dialogs import CodeLineDialog
        dialog = CodeLineDialog(self.session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def import_bundle(self, path: str | None = None) -> None:
        path = path or QFileDialog.getOpenFileName(self, self.tr("Import bundle"), "",
                                                   self.tr("Siaga bundles (*.sgb);;All files (*)"),
                                                   options=dialog_options())[0]
        if not path:
            return

        def imported(result) -> None:
            self.statusBar().showMessage(
                self.tr("Bundle imported: {count} message(s), {new} new").format(count=result.messages,
                                                                                   new=result.new), 10_000)
            self.session.changed("all")
            if result.new_ids:  # announced as an arrival from the network is: urgent banner, check strip, notice
                self.session.received.emit(list(result.new_ids))

        def import_(station):
            from ..delivery.bundle import import_bundle
            return import_bundle(station, read_bytes(path))

        self.session.db.run(import_, done=imported,
                            failed=lambda exc: show_error(self, self.tr("Import bundle"), exc))

    @Slot()
    def export_bundle(self, peer_id: str | None = None, path: str | None = None) -> None:
        if peer_id is None:
            peer = self.peers.selected_peer()
            peer_id = peer.id if peer is not None else None
        if not peer_id:
            self.places.setCurrentWidget(self.peers)
            self.statusBar().showMessage(self.tr("Choose the peer in the Peers tab first, then export again."),
                                         10_000)
            return
        path = path or QFileDialog.getSaveFileName(self, self.tr("Export bundle"), f"to-{peer_id}.sgb",
                                                   self.tr("Siaga bundles (*.sgb)"), options=dialog_options())[0]
        if not path:
            return

        def export(station):
            from ..delivery.bundle import export_bundle
            data, count = export_bundle(station, peer_id)
            atomic_write(path, data)
            return count

        self.session.db.run(export, done=lambda count: self.statusBar().showMessage(
            self.tr("{count} message(s) written to the bundle").format(count=count), 10_000),
            failed=lambda exc: show_error(self, self.tr("Export bundle"), exc))

    # -- notifications ----------------------------------------------------------------

    @Slot(list)
    def _notify_checks(self, checks: list) -> None:
        text = self.check_notice.sentence(checks)
        self.last_notification = text
        self.notified_by = notify(self._tray, self.tr("A partner asks you to answer"), text)
        QApplication.alert(self)

    @Slot(str)
    def answer_check(self, check_id: str) -> None:
        """The check's task in the Peers view, selected, the cursor where the person types their name."""
        self.places.setCurrentWidget(self.peers)
        self.peers.checks.focus_check(check_id)

    @Slot(dict)
    def _notify_urgent(self, row: dict) -> None:
        title = self.tr("Urgent report")
        code = row.get("code", "")
        label = self.session.book.label("classifications", code, self.session.lang) if code else ""
        text = self.tr("{code} from {sender}: {summary}").format(code=label, sender=visible(row.get("sender", "")),
                                                                  summary=visible(row.get("summary", "")))
        self.last_notification = text
        self.notified_by = notify(self._tray, title, text)
        QApplication.alert(self)
        log.info("urgent report notified at %s", time.strftime("%H:%M:%S"))
