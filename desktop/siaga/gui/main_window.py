"""The main window: inbox, outbox and peers in tabs, the guided form one click away, sync in the status bar."""

from __future__ import annotations

import logging
import time
import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QLocale, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QSystemTrayIcon,
    QTabWidget,
    QWidget,
)

from ..base.fileio import atomic_write, read_bytes
from .accessible import spoken
from .errors import describe, show_error
from .icons import app_icon
from .notify import notify
from .plain import PlainLabel, message_box, visible
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
        from .inbox_view import InboxView
        from .outbox_view import OutboxView
        from .peers_view import PeersView

        self.session = session
        self.setObjectName("mainWindow")
        self.setWindowIcon(app_icon())
        self.setWindowTitle(self.tr("Siaga"))  # the station's name once it is unlocked
        self.resize(1200, 760)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("tabs")
        self.tabs.setAccessibleName(self.tr("Views"))
        self.inbox = InboxView(session, self)
        self.outbox = OutboxView(session, self)
        self.peers = PeersView(session, self)
        self.tabs.addTab(self.inbox, self.tr("&Inbox"))
        self.tabs.addTab(self.outbox, self.tr("&Outbox"))
        self.tabs.addTab(self.peers, self.tr("&Peers"))
        self.setCentralWidget(self.tabs)
        self.inbox.urgentReceived.connect(self._notify_urgent)

        self._build_actions()
        self._build_status_bar()
        self._tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self._tray = QSystemTrayIcon(app_icon(), self)
            self._tray.setToolTip(self.tr("Siaga"))
            self._tray.show()
        self.last_notification = ""
        self._wizard = None
        if session.sync is not None:
            self.attach_sync()

    def station_unlocked(self) -> None:
        """The session now holds the unlocked station's keys and profile (the window may be built before)."""
        self.setWindowTitle(self.tr("Siaga — {station}").format(station=visible(self.session.profile["name"])))

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
        self.settings_action = self._action(self.tr("Se&ttings..."), self.settingsRequested.emit,
                                            QKeySequence.StandardKey.Preferences, "settings")
        self.lock_action = self._action(self.tr("&Lock"), self.lockRequested.emit, "Ctrl+L", "lock")
        self.quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit, "quit")

        station = self.menuBar().addMenu(self.tr("&Station"))
        for action in (self.new_report_action, self.sync_action, None, self.import_bundle_action,
                       self.export_bundle_action, None, self.settings_action, self.lock_action, self.quit_action):
            station.addSeparator() if action is None else station.addAction(action)
        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        for action in (self.new_report_action, self.sync_action):
            toolbar.addAction(action)
            toolbar.widgetForAction(action).setAccessibleName(spoken(action.text()))

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
        self._link: dict[str, bool] = {}

    # -- sync -------------------------------------------------------------------

    def attach_sync(self) -> None:
        sync = self.session.sync
        sync.passStarted.connect(self._sync_started)
        sync.progress.connect(self._sync_progress)
        sync.passFinished.connect(self._sync_finished)
        sync.linkChanged.connect(self._link_changed)
        sync.failed.connect(self._sync_failed)
        self.connection_label.setText(self.tr("Syncing when a connection is available"))
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
            self._link[ps.peer_id] = not ps.error
        self._show_connection(summary.waiting)
        if summary.delivered or summary.failed or summary.given_up:
            self.session.changed("outbox")
        self.session.changed("peers")

    @Slot(str, bool)
    def _link_changed(self, peer_id: str, up: bool) -> None:
        self._link[peer_id] = up
        self._show_connection(None)

    @Slot(object)
    def _sync_failed(self, exc: object) -> None:
        self.sync_progress.setVisible(False)
        self.connection_label.setText(self.tr("Sync problem: {reason}").format(reason=describe(exc)))

    def _show_connection(self, waiting: int | None) -> None:
        up = sum(1 for v in self._link.values() if v)
        known = len(self._link)
        if known and up == 0:
            text = self.tr("Offline: reports wait in the outbox")
        elif known:
            text = self.tr("Online: {up} of {known} peers reachable").format(up=up, known=known)
        else:
            text = self.tr("Nothing to send")
        if waiting:
            text += self.tr(" · {count} waiting").format(count=waiting)
        self.connection_label.setText(text)

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

    def _open_wizard(self, got, draft_id: str | None, draft: dict | None) -> None:
        from ..station.report_form import ReportForm
        from .report_wizard import ReportWizard

        peers, info = got
        try:
            form = (ReportForm.from_draft(draft, self.session.book, info, peers) if draft
                    else ReportForm(self.session.book, info, peers))
        except Exception as exc:  # noqa: BLE001 - a damaged draft must not stop a new report
            show_error(self, self.tr("Unfinished report"), exc)
            form, draft_id = ReportForm(self.session.book, info, peers), None
        wizard = ReportWizard(form, self.session.lang, draft_id or uuid.uuid4().hex, self)
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

    @Slot(str, dict)
    def _save_draft(self, draft_id: str, draft: dict) -> None:
        self.session.db.run(lambda st: st.save_draft(draft_id, draft),
                            failed=lambda exc: self.statusBar().showMessage(visible(describe(exc)), 10_000))

    def _queue_report(self, wizard, content: dict, to: list) -> None:
        draft_id = wizard.draft_id

        def queue(station):  # the report is queued and its draft deleted in one transaction
            return station.file_draft(draft_id, content, to or None)

        def queued(msg_id: str) -> None:
            self.statusBar().showMessage(self.tr("Report signed and queued ({id})").format(id=msg_id[:12]), 10_000)
            self.session.changed("outbox")
            self.tabs.setCurrentWidget(self.outbox)
            if self.session.sync is not None:
                self.session.sync.sync_now()

        self.session.db.run(queue, done=queued, failed=lambda exc: show_error(self, self.tr("New report"), exc))

    def offer_drafts(self) -> None:
        """After unlock: a report the officer was writing when the app stopped is offered again."""
        def found(drafts) -> None:
            if not drafts:
                return
            draft_id, updated_at, draft = drafts[0]
            when = QLocale().toString(QDateTime.fromSecsSinceEpoch(updated_at), QLocale.FormatType.ShortFormat)
            box = message_box(QMessageBox.Icon.Question, self.tr("Unfinished report"),
                              self.tr("A report you were writing ({when}) was kept. Continue it?").format(when=when),
                              QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
            box.setObjectName("resumeDraft")
            box.accepted.connect(lambda: self.new_report(draft_id, draft))
            box.open()

        self.session.db.run(lambda st: st.drafts(), done=found)

    # -- bundles -----------------------------------------------------------------

    @Slot()
    def import_bundle(self, path: str | None = None) -> None:
        path = path or QFileDialog.getOpenFileName(self, self.tr("Import bundle"), "",
                                                   self.tr("Siaga bundles (*.sgb);;All files (*)"))[0]
        if not path:
            return

        def imported(result) -> None:
            self.statusBar().showMessage(
                self.tr("Bundle imported: {count} message(s), {new} new").format(count=result.messages,
                                                                                   new=result.new), 10_000)
            self.session.changed("all")

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
            self.tabs.setCurrentWidget(self.peers)
            self.statusBar().showMessage(self.tr("Choose the peer in the Peers tab first, then export again."),
                                         10_000)
            return
        path = path or QFileDialog.getSaveFileName(self, self.tr("Export bundle"), f"to-{peer_id}.sgb",
                                                   self.tr("Siaga bundles (*.sgb)"))[0]
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
