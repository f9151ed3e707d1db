"""The liaison's inbox: filter, read, acknowledge, forward, export; urgent arrivals announced at the top.

The table is an :class:`InboxModel` fed page by page from the station's worker;
the filter bar turns the liaison's choices into an :class:`InboxQuery`. The
selected message is opened (decrypted and verified again) on the worker and
shown in a :class:`ReportDetail` beside the table.
"""

from __future__ import annotations

import dataclasses
import logging
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..base.errors import InputError
from ..base.fileio import read_bytes
from ..protocol.message import REPORT_TYPES
from ..storage.inbox_query import MAX_PAGE, InboxQuery
from .badge_delegate import BadgeDelegate
from .bulk_ack import BulkAcknowledge
from .by_incident import IncidentSwitch, messages_page
from .colours import paint
from .column_fit import ColumnFitter, remember
from .correlation_view import SightingDialog
from .errors import describe, show_error
from .export_flow import ExportFlow
from .file_choice import choose_file
from .filing_notice import FilingNotice
from .inbox_dialogs import AcknowledgeDialog, ForwardDialog
from .inbox_filters import InboxFilterBar
from .inbox_model import (
    CODE,
    COUNTRY,
    RECEIVED,
    SENDER,
    SEVERITY,
    STATUS,
    SUMMARY,
    TLP,
    TYPE,
    InboxModel,
    worker_fetch,
)
from .plain import PlainLabel, visible
from .reading import of as reading_of
from .report_detail import ReportDetail
from .session import Session
from .wording import code_label

log = logging.getLogger("siaga.gui.inbox")

ROW_ROLE = Qt.ItemDataRole.UserRole


def matching_ids(station, query: InboxQuery) -> list[str]:
    """Every message id the query matches, page after page (runs on the worker)."""
    ids: list[str] = []
    after = None
    while True:
        rows, after = station.inbox_page(query, after, MAX_PAGE)
        ids.extend(row["id"] for row in rows)
        if after is None:
            return ids


class UrgentBanner(QFrame):
    """A strip at the top of the inbox naming the latest urgent report, with a button to open it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("urgentBanner")
        self.setFrameShape(QFrame.Shape.Box)
        paint(self, "urgent", filled=True)  # the text label takes the banner's colours
        self.text = PlainLabel()
        self.text.setObjectName("urgentText")
        self.text.setWordWrap(True)
        font = self.text.font()
        font.setBold(True)
        self.text.setFont(font)
        self.open_button = QPushButton(self.tr("Op&en it"))
        self.open_button.setObjectName("urgentOpen")
        self.open_button.setAccessibleName(self.tr("Open the urgent report"))
        self.close_button = QToolButton()
        self.close_button.setObjectName("urgentClose")
        self.close_button.setText("×")
        self.close_button.setAccessibleName(self.tr("Dismiss the urgent report notice"))
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.open_button)
        layout.addWidget(self.close_button)
        self.msg_id = ""
        self.hide()

    def announce(self, msg_id: str, text: str) -> None:
        self.msg_id = msg_id
        self.text.setText(text)
        self.setAccessibleName(text)
        self.show()


class InboxView(QWidget):
    """Filter bar, lazy table and detail pane, with the actions a liaison takes on a report."""

    #: an urgent report arrived: {"id", "type", "code", "severity", "sender", "summary"}
    urgentReceived = Signal(dict)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._opening = ""

        self.banner = UrgentBanner()
        self.banner.open_button.clicked.connect(self.open_urgent)
        self.filters = InboxFilterBar(session.book, session.lang)
        self.filters.queryChanged.connect(self.set_query)

        self.model = InboxModel(worker_fetch(session.db), session.book, session.lang, parent=self)
        self.model.pageLoaded.connect(self._page_loaded)
        self.model.pageFailed.connect(lambda exc: self.status.setText(describe(exc)))
        self._keep = ""  # the message to select again once the table is read again
        self.table = QTableView()
        self.table.setObjectName("inboxTable")
        self.table.setAccessibleName(self.tr("Inbox: received reports"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)  # one line a report: a long cell is elided, its whole text in its tooltip
        self.table.horizontalHeader().setStretchLastSection(True)
        # the summary takes the room left, never more: no sideways scrolling for a long one
        self.table.horizontalHeader().setSectionResizeMode(SUMMARY, QHeaderView.ResizeMode.Stretch)
        # with no room for them all (1280 px), the sender's country goes first: the sender's name says it
        self.columns = ColumnFitter(self.table, "inbox", SUMMARY, keep=(SEVERITY, STATUS, RECEIVED),
                                    hide_first=(COUNTRY, TLP, CODE, TYPE, SENDER),
                                    caps={SENDER: 140, CODE: 170, COUNTRY: 130, TYPE: 130, TLP: 110})
        remember(self.columns, session)
        self.badges = BadgeDelegate(self.table)
        for column in (SEVERITY, STATUS):  # coloured labels
            self.table.setItemDelegateForColumn(column, self.badges)
        self.table.horizontalHeader().setSortIndicator(RECEIVED, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)  # only the Received column sorts (see InboxModel.sort)
        self.table.selectionModel().currentRowChanged.connect(lambda current, previous: self._show_current())
        self.table.selectionModel().selectionChanged.connect(lambda *a: self._update_actions())
        self.table.activated.connect(lambda index: self.open_current())
        self.detail = ReportDetail(session.books, session.lang)
        self.reading = reading_of(session)  # Reports in: the detail renders report contents in it
        self.detail.set_reports_language(self.reading.lang())
        self.reading.changed.connect(self.detail.set_reports_language)
        self.detail.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.detail.setAccessibleName(self.tr("The selected report"))

        self.ack_button = self._button("acknowledge", self.tr("&Acknowledge..."), self.acknowledge)
        self.forward_button = self._button("forward", self.tr("&Forward..."), self.forward)
        self.sight_button = self._button("seenHereToo", self.tr("Seen here too..."), self.sight)
        self.export_button = self._button("export", self.tr("E&xport..."), self.export)
        self.import_button = self._button("importStix", self.tr("I&mport STIX..."), self.import_stix)
        self.status = PlainLabel()
        self.status.setObjectName("inboxStatus")
        self.status.setWordWrap(True)  # a long message wraps: it never widens the window past the screen
        actions = QHBoxLayout()
        for button in (self.ack_button, self.forward_button, self.sight_button, self.export_button,
                       self.import_button):
            actions.addWidget(button)
        actions.addStretch(1)
        self.filing = FilingNotice(session)  # "Filing N arrived reports…" while some wait
        actions.addWidget(self.filing)
        actions.addWidget(self.status)
        self.exporter = ExportFlow(session, self, self.status)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        # scaled to the width the view gets: at 1280 px the table keeps room for its summary and the report's
        # words still wrap readably beside it
        self.splitter.setSizes([760, 340])
        messages, layout = messages_page()
        layout.addWidget(self.filters)
        layout.addLayout(actions)
        layout.addWidget(self.splitter, 1)
        self.by_incident = IncidentSwitch(session, "in", messages)  # "Messages | Incidents"
        outer = QVBoxLayout(self)
        outer.addWidget(self.banner)
        outer.addWidget(self.by_incident, 1)

        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.activated.connect(self.focus_search)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            enter = QShortcut(QKeySequence(key), self.table)
            enter.setContext(Qt.ShortcutContext.WidgetShortcut)
            enter.activated.connect(self.open_current)

        session.dataChanged.connect(self._data_changed)
        session.received.connect(self._received)
        self._update_actions()
        self.set_query(self.filters.query())

    def _button(self, name: str, text: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", "").rstrip("."))
        button.clicked.connect(slot)
        return button

    # -- the table ---------------------------------------------------------------------

    def set_query(self, query: InboxQuery) -> None:
        """Show what the filter bar asks for, in the order the Received column is sorted.

        The report shown beside the table is selected again if the new query lists it.
        """
        self._keep = self._opening
        self.model.setQuery(dataclasses.replace(query, descending=self.model.query().descending))

    def _data_changed(self, what: str) -> None:
        if what in ("inbox", "peers", "all"):
            row = self.current_row()
            self._keep = row["id"] if row else self._keep
            self.model.refresh()

    def _page_loaded(self, count: int) -> None:
        if self.model.rowCount() == count:  # the first page of a query (the headings count when it is empty)
            self.columns.fit_to_contents()  # the summary stays in sight: no sideways scrolling
        self._reselect()

    def _reselect(self) -> None:
        """After a refresh, the message that was selected is selected again (if it is still listed)."""
        if self._keep and self._select(self._keep):
            self._keep = ""

    def _select(self, msg_id: str) -> bool:
        """Select the row of ``msg_id`` and scroll to it; False when it is not among the rows listed."""
        row = self.model.row_of(msg_id)
        if row < 0:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def selected_rows(self) -> list[dict]:
        return [self.model.data(index, ROW_ROLE) for index in self.table.selectionModel().selectedRows()]

    def current_row(self) -> dict | None:
        index = self.table.currentIndex()
        return self.model.data(index, ROW_ROLE) if index.isValid() else None

    def _update_actions(self) -> None:
        rows = self.selected_rows()
        one = rows[0] if len(rows) == 1 else None
        siaga_report = bool(one and not one.get("external"))
        self.ack_button.setEnabled(any(not row.get("external") for row in rows))  # one, or several at once
        self.forward_button.setEnabled(siaga_report and one.get("type") in REPORT_TYPES)
        self.sight_button.setEnabled(siaga_report and one.get("type") in REPORT_TYPES)

    # -- reading -------------------------------------------------------------------------

    def _show_current(self) -> None:
        row = self.current_row()
        if row is None:
            self._opening = ""
            self.detail.clear()
        else:
            self.open_message(row["id"])

    def open_message(self, msg_id: str) -> None:
        """Open (decrypt and verify) one message on the worker and show it beside the table."""
        if not msg_id:
            return
        self._opening = msg_id
        self.session.db.run(lambda st: {**st.read_inbox(msg_id), "context": st.report_context(msg_id),
                                        "marked_read": st.mark_read(msg_id)},
                            label="read inbox",
                            done=lambda msg: self._opened(msg_id, msg),
                            failed=lambda exc: self._open_failed(msg_id, exc))

    def _opened(self, msg_id: str, msg: dict) -> None:
        self.model.mark_read(msg_id)  # no longer bold, wherever it was opened from
        if msg_id == self._opening:
            self.detail.show_message(msg)
            if msg_id == self.banner.msg_id:
                self.banner.hide()  # read now, wherever it was opened from

    def _open_failed(self, msg_id: str, exc: BaseException) -> None:
        if msg_id == self._opening:
            self.detail.show_error(exc)

    def open_current(self) -> None:
        """Enter on the table: the current report in the detail pane, and the focus there."""
        row = self.current_row()
        if row is not None:
            if self.detail.message is None or self.detail.message["id"] != row["id"]:
                self.open_message(row["id"])
            self.detail.setFocus()

    def focus_search(self) -> None:
        self.filters.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filters.search.selectAll()

    # -- urgent arrivals -------------------------------------------------------------------

    def open_urgent(self) -> None:
        """The banner's report, selected in the table (so that the actions act on it) and shown beside it."""
        msg_id = self.banner.msg_id
        if not msg_id or self._select(msg_id):
            return
        # not listed (yet): nothing else stays selected; it is selected once a page lists it
        self.table.clearSelection()
        self.table.setCurrentIndex(QModelIndex())
        self._keep = msg_id
        self.open_message(msg_id)
        if not self.model.loading:
            self.status.setText(self.tr("The urgent report is not listed with the filters chosen; "
                                        "clear them to act on it."))

    def _received(self, ids: list) -> None:
        ids = list(ids)
        self.session.db.run(lambda st: st.alerts(ids), done=self._announce, label="urgent check")

    def _announce(self, urgent: list[dict]) -> None:
        for row in urgent:
            label = code_label(self.session.book, "classifications", row["code"], self.session.lang)
            self.banner.announce(row["id"], self.tr("Urgent: {code} from {sender} — {summary}").format(
                code=visible(label), sender=visible(row["sender"]), summary=visible(row["summary"])))
            self.urgentReceived.emit(row)

    # -- actions -----------------------------------------------------------------------------

    def acknowledge(self) -> None:
        """Acknowledge the selected reports (one, or several at once: gui/bulk_ack.py)."""
        selected = self.selected_rows()
        rows = [row for row in selected if not row.get("external")]
        if not rows:
            return
        about = rows[0].get("summary", "") if len(rows) == 1 else self.tr("{count} reports").format(count=len(rows))
        if len(selected) > len(rows):  # read from a partner's file: no Siaga author to answer
            about += self.tr(" ({count} from partners' files left out: they have no Siaga author)").format(
                count=len(selected) - len(rows))
        dialog = AcknowledgeDialog(self.session.book, self.session.lang, about, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if len(rows) == 1:
            dialog.accepted.connect(lambda: self._send_ack(rows[0]["id"], *dialog.choice()))
        else:
            dialog.accepted.connect(lambda: self._send_acks([row["id"] for row in rows], *dialog.choice()))
        dialog.open()

    def _send_acks(self, msg_ids: list[str], status: str, note: str) -> None:
        def sent(count: int) -> None:
            label = code_label(self.session.book, "ack_status", status, self.session.lang)
            self.status.setText(self.tr("{count} acknowledgements ({status}) queued for the authors").format(
                count=count, status=label) if count else self.tr("Nothing was acknowledged."))
            self.session.changed("outbox")
            self.session.changed("inbox")

        self.bulk_ack = BulkAcknowledge(self.session, self, sent)
        self.bulk_ack.start(msg_ids, status, note)

    def _send_ack(self, msg_id: str, status: str, note: str) -> None:
        def sent(ack_id: str) -> None:
            label = code_label(self.session.book, "ack_status", status, self.session.lang)
            self.status.setText(self.tr("Acknowledgement ({status}) queued for the author").format(status=label))
            self.session.changed("outbox")
            self.session.changed("inbox")
            self.open_message(msg_id)

        self.session.db.run(lambda st: st.acknowledge(msg_id, status, note), done=sent,
                            failed=lambda exc: show_error(self, self.tr("Acknowledge"), exc), label="acknowledge")

    def sight(self) -> None:
        """Seen here too: tell the report's author, with which indicators and how many times."""
        row = self.current_row()
        if row is None:
            return
        msg_id = row["id"]
        self.session.db.run(lambda st: st.sighting_choices(msg_id),
                            done=lambda found: self._ask_sighting(msg_id, found),
                            failed=lambda exc: show_error(self, self.tr("Seen here too"), exc), label="sight check")

    def _ask_sighting(self, msg_id: str, choices: dict) -> None:
        dialog = SightingDialog(choices["indicators"], self, choices.get("incident"))
        self._sighting_dialog = dialog
        dialog.accepted.connect(lambda: self._send_sighting(msg_id, dialog.chosen(), dialog.count.value(),
                                                            dialog.incident()))
        dialog.open()

    def _send_sighting(self, msg_id: str, values: list[str], count: int, incident: bool = False) -> None:
        def sent(_sight_id: str) -> None:
            self.status.setText(self.tr("The author will be told it was seen here too."))
            self.session.changed("outbox")
            self.open_message(msg_id)
        self.session.db.run(lambda st: st.sight(msg_id, values, count, incident=incident), done=sent,
                            failed=lambda exc: show_error(self, self.tr("Seen here too"), exc), label="sight")

    def forward(self) -> None:
        rows = self.selected_rows()
        if len(rows) != 1:
            return
        msg_id = rows[0]["id"]

        def job(st):
            return [p.to_dict() for p in st.peers()], st.forward_refusals(msg_id)

        self.session.db.run(job, done=lambda result: self._ask_forward(msg_id, *result),
                            failed=lambda exc: show_error(self, self.tr("Forward"), exc), label="forward check")

    def _ask_forward(self, msg_id: str, peers: list[dict], refusals: dict[str, str]) -> None:
        dialog = ForwardDialog(peers, refusals, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._send_forward(msg_id, dialog.chosen()))
        dialog.open()

    def _send_forward(self, msg_id: str, peer_ids: list[str]) -> None:
        def sent(_: str) -> None:
            self.status.setText(self.tr("Forwarded to {count} peer(s); see the outbox").format(count=len(peer_ids)))
            self.session.changed("outbox")

        self.session.db.run(lambda st: st.forward(msg_id, peer_ids), done=sent,
                            failed=lambda exc: show_error(self, self.tr("Forward"), exc), label="forward")

    def export(self) -> None:
        selected = [row["id"] for row in self.selected_rows()]

        def chosen(fmt: str, only_selected: bool) -> None:
            ids = selected if only_selected else None
            self.file_dialog = self.exporter.choose_file(fmt, lambda path: self.export_to(path, fmt, ids))

        self.exporter.ask(len(selected), chosen)

    def export_to(self, path: Path, fmt: str, ids: list[str] | None) -> None:
        """Write ``ids`` (or every report the current filter matches) as STIX or MISP to ``path``."""
        query = self.model.query()
        self.export_operation = self.exporter.write(
            path, fmt, lambda st: ids if ids is not None else matching_ids(st, query))

    def import_stix(self) -> None:
        self.file_dialog = choose_file(self, self.tr("Import a STIX 2.1 bundle"),
                                       self.tr("STIX bundles (*.json);;All files (*)"), self.import_from)

    def import_from(self, path: Path) -> None:
        """Read a partner's STIX bundle into the inbox as external (unsigned) reports."""
        from ..interop.stix_import import MAX_STIX_BYTES, import_stix  # loaded when a bundle is imported

        def job(st) -> tuple[int, int]:
            if path.stat().st_size > MAX_STIX_BYTES:
                raise InputError(f"{path.name} is larger than {MAX_STIX_BYTES // (1024 * 1024)} MiB")
            return import_stix(st, read_bytes(path), source=path.name)

        def done(result: tuple[int, int]) -> None:
            found, new = result
            self.status.setText(self.tr("{found} incident(s) read, {new} new; shown as external (unsigned) "
                                        "reports").format(found=found, new=new))
            self.session.changed("inbox")

        self.session.db.run(job, done=done, failed=lambda exc: show_error(self, self.tr("Import STIX"), exc),
                            label="import stix")
