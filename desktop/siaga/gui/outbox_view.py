"""The outbox: this station's messages, newest first, with each recipient's delivery in words.

One row per message (time, type, incident, severity, TLP, summary) followed by
one row per recipient saying where its delivery stands: queued, sending, delivered
(with the time its signed receipt arrived), failing and when the next try is,
given up and why, or the recipient's latest acknowledgement. Pings,
acknowledgements and relayed messages are shown only on request. The table is an
:class:`OutboxModel` read page by page on the station's worker, so an outbox of
any size opens at once; reports can be exported as STIX 2.1 or MISP.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..protocol import codeline
from ..protocol.message import REPORT_TYPES
from ..protocol.render import report_lines
from . import reading
from .ack_clock_view import AckClockList
from .badge_delegate import BadgeDelegate
from .by_incident import IncidentSwitch, messages_page
from .column_fit import ColumnFitter, remember
from .errors import describe, show_error
from .export_flow import ExportFlow
from .outbox_model import ID_ROLE, INCIDENT, SEVERITY, SUMMARY, TIME, TLP, TYPE, OutboxModel
from .plain import PlainLabel
from .report_text import ReportBrowser
from .session import Session

log = logging.getLogger("siaga.gui.outbox")


def outbox_report_ids(station) -> list[str]:
    """Every report in the outbox, oldest first (runs on the worker)."""
    return station.outgoing.report_ids()


class OutboxView(QWidget):
    """This station's outbox with per-recipient delivery states; refreshes when the session says so."""

    continueRequested = Signal(str, str)  # (one of this station's reports, "update" or "final")

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._keep = ""  # the message to select again once the table is read again
        self._fit_columns = True  # to the first page's rows

        self.sync_button = QPushButton(self.tr("S&ync now"))
        self.sync_button.setObjectName("syncNow")
        self.sync_button.setAccessibleName(self.tr("Sync now"))
        self.sync_button.clicked.connect(self.sync_now)
        self.open_button = QPushButton(self.tr("Op&en..."))
        self.open_button.setObjectName("openMessage")
        self.open_button.setAccessibleName(self.tr("Open the selected message"))
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self.open_selected)
        self.update_button = QPushButton(self.tr("Send &update..."))
        self.update_button.setObjectName("outboxSendUpdate")
        self.update_button.setAccessibleName(self.tr("Send an update on the selected report's incident"))
        self.update_button.setEnabled(False)
        self.update_button.clicked.connect(lambda: self._continue("update"))
        self.final_button = QPushButton(self.tr("&Final report..."))
        self.final_button.setObjectName("outboxFinalReport")
        self.final_button.setAccessibleName(self.tr("File the final report of the selected report's incident"))
        self.final_button.setEnabled(False)
        self.final_button.clicked.connect(lambda: self._continue("final"))
        self.export_button = QPushButton(self.tr("E&xport..."))
        self.export_button.setObjectName("exportOutbox")
        self.export_button.setAccessibleName(self.tr("Export reports"))
        self.export_button.clicked.connect(self.export)
        self.show_all = QCheckBox(self.tr("Show pings &and acknowledgements"))
        self.show_all.setObjectName("showAllMessages")
        self.show_all.setAccessibleName(self.tr("Show pings and acknowledgements"))
        self.status = PlainLabel()
        self.status.setObjectName("outboxStatus")
        self.status.setWordWrap(True)  # a long message wraps: it never widens the window past the screen
        self.exporter = ExportFlow(session, self, self.status)
        reading.of(session)  # the Reports in choice asked for now, before any message is opened

        self.model = OutboxModel(session.db, session.book, session.lang, parent=self)
        self.model.loaded.connect(self._loaded)
        self.model.counted.connect(self._show_counts)
        self.model.modelAboutToBeReset.connect(self._restarting)
        self.model.loadFailed.connect(lambda exc: self.status.setText(describe(exc)))
        self.table = QTableView()
        self.table.setObjectName("outboxTable")
        self.table.setAccessibleName(self.tr("Outbox: sent messages and their deliveries"))
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setResizeContentsPrecision(0)  # fit columns to the rows in sight only
        # the summary (or the delivery's words) takes the room left; a long recipient's name is elided in its row
        self.table.horizontalHeader().setSectionResizeMode(SUMMARY, QHeaderView.ResizeMode.Stretch)
        self.columns = ColumnFitter(self.table, "outbox", SUMMARY, hide_first=(TLP, TYPE, INCIDENT, SEVERITY),
                                    caps={TIME: 220, INCIDENT: 220, TYPE: 130, SEVERITY: 110, TLP: 110})
        remember(self.columns, session)
        self.badges = BadgeDelegate(self.table)
        self.table.setItemDelegateForColumn(SEVERITY, self.badges)  # a coloured label, as in the inbox
        self.table.selectionModel().currentRowChanged.connect(lambda current, previous: self._selection_changed())
        self.table.activated.connect(lambda index: self.open_selected())

        bar = QHBoxLayout()
        bar.addWidget(self.sync_button)
        bar.addWidget(self.open_button)
        bar.addWidget(self.update_button)
        bar.addWidget(self.final_button)
        bar.addWidget(self.export_button)
        bar.addWidget(self.show_all)
        bar.addStretch(1)
        bar.addWidget(self.status)
        messages, layout = messages_page()
        layout.addLayout(bar)
        layout.addWidget(self.table)
        self.by_incident = IncidentSwitch(session, "out", messages)  # "Messages | Incidents"
        self.by_incident.incidents.continueRequested.connect(self.continueRequested)
        QVBoxLayout(self).addWidget(self.by_incident)

        self.show_all.toggled.connect(self._show_all_toggled)
        session.dataChanged.connect(self._data_changed)
        self.sync_button.setEnabled(session.sync is not None)
        self.model.set_include_all(False)

    # -- loading -----------------------------------------------------------------

    def _data_changed(self, what: str) -> None:
        if what in ("outbox", "peers", "all"):
            self.refresh()

    def refresh(self) -> None:
        """Read the loaded messages again (on the database worker), and any newer ones."""
        self.sync_button.setEnabled(self.session.sync is not None)
        self.model.refresh()

    def _show_all_toggled(self, include_all: bool) -> None:
        self._keep = self.selected_id() or ""
        self.model.set_include_all(include_all)

    def _restarting(self) -> None:
        """The table is read again from its first page: keep the selected message to select it again."""
        self._keep = self._keep or self.selected_id() or ""
        self._fit_columns = True

    def _loaded(self, count: int) -> None:
        if count and self._fit_columns:
            self._fit_columns = False
            self.columns.fit_to_contents()  # the summary stays in sight: no sideways scrolling
        if self._keep:
            row = self.model.row_of(self._keep)
            if row >= 0:
                self._keep = ""
                self.table.selectRow(row)

    def _show_counts(self) -> None:
        counts = self.model.counts
        total = sum(counts.values())
        reports = sum(n for kind, n in counts.items() if kind in REPORT_TYPES)
        if self.model.include_all or total == reports:
            self.status.setText(self.tr("{count} message(s)").format(
                count=total if self.model.include_all else reports))
        else:
            self.status.setText(self.tr("{count} report(s); {hidden} ping(s), acknowledgement(s) or relayed "
                                        "message(s) hidden").format(count=reports, hidden=total - reports))

    # -- showing -------------------------------------------------------------------

    def delivery_texts(self) -> list[str]:
        """Every recipient row's words, in the order shown (loaded messages only)."""
        return [self.model.delivery_words(d) for row in self.model.messages() for d in row["deliveries"]]

    def selected_id(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def selected_ids(self) -> list[str]:
        """The selected messages (a recipient row stands for its message), in the order shown."""
        ids = (index.data(ID_ROLE) for index in self.table.selectionModel().selectedRows(0))
        return list(dict.fromkeys(ids))

    def _selection_changed(self) -> None:
        msg_id = self.selected_id()
        self.open_button.setEnabled(msg_id is not None)
        row = next((r for r in self.model.messages() if r["id"] == msg_id), None) if msg_id else None
        own_report = bool(row and row.get("type") in REPORT_TYPES and not row.get("forwarded_from")
                          and not row.get("relay_for"))
        self.update_button.setEnabled(own_report)
        self.final_button.setEnabled(own_report)

    def _continue(self, kind: str) -> None:
        msg_id = self.selected_id()
        if msg_id is not None:
            self.continueRequested.emit(msg_id, kind)

    # -- actions ---------------------------------------------------------------------

    def sync_now(self) -> None:
        if self.session.sync is not None:
            self.session.sync.sync_now()
            self.status.setText(self.tr("Syncing..."))

    def open_selected(self) -> None:
        msg_id = self.selected_id()
        if msg_id is None:
            return

        def job(st):
            opened = st.read_outbox(msg_id)
            book = st.books.get(opened.content["codebook"])
            acks = st.outbox_deliveries([opened.msg_id])[opened.msg_id], {p.id: p.card.name for p in st.peers()}
            return opened.msg_id, opened.content, book, acks

        self.session.db.run(job, done=self._show_message,
                            failed=lambda exc: show_error(self, self.tr("Open message"), exc), label="read outbox")

    def export(self) -> None:
        """STIX or MISP of the selected reports, or of every report in the outbox."""
        selected = self.selected_ids()

        def chosen(fmt: str, only_selected: bool) -> None:
            ids = selected if only_selected else None
            self.file_dialog = self.exporter.choose_file(fmt, lambda path: self.export_to(path, fmt, ids))

        self.exporter.ask(len(selected), chosen, everything=self.tr("Every report in the &outbox"))

    def export_to(self, path: Path, fmt: str, ids: list[str] | None) -> None:
        """Write ``ids`` (or every report in the outbox) as STIX or MISP to ``path``."""
        self.export_operation = self.exporter.write(path, fmt, lambda st: ids if ids is not None
                                                    else outbox_report_ids(st))

    def _show_message(self, result) -> None:
        msg_id, content, book, acks = result
        # the report as a reader of the Reports in language gets it (gui/reading.py), its font loaded
        dialog = MessageDialog(msg_id, content, book, reading.of(self.session).lang(), self, acks=acks)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message_dialog = dialog
        dialog.open()


class MessageDialog(QDialog):
    """One of this station's messages as its recipients read it (as the report form's review shows it), scrollable,
    with its code line."""

    def __init__(self, msg_id: str, content: dict, book, lang: str, parent: QWidget | None = None,
                 acks: tuple[list, dict] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outboxMessage")
        self.setWindowTitle(self.tr("Message {id}").format(id=msg_id[:16]))
        self.report = ReportBrowser()
        self.report.setObjectName("outboxReport")
        self.report.setAccessibleName(self.tr("The message as its recipients read it"))
        self.lang = lang
        shown = reading.as_read_in(report_lines(content, book, lang), book, lang)  # the draft note first, if any
        self.report.show_rows(shown)
        self.code_line = QLineEdit(codeline.encode(content, msg_id, book))
        self.code_line.setObjectName("codeLine")
        self.code_line.setReadOnly(True)
        self.code_line.setAccessibleName(self.tr("Code line"))
        code_label = PlainLabel(self.tr("Code line"))
        code_label.setBuddy(self.code_line)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.pdf_button = buttons.addButton(self.tr("Save as &PDF..."), QDialogButtonBox.ButtonRole.ActionRole)
        self.pdf_button.setObjectName("savePdf")
        rows = [*shown, (self.tr("Code line"), self.code_line.text())]
        self.pdf_rows = (content.get("summary", msg_id[:16]), rows)
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        self.file_dialog = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.report, 1)
        if acks is not None and content.get("type") in REPORT_TYPES:  # who acknowledged it, who is late
            self.ack_clocks = AckClockList(*acks)
            layout.addWidget(self.ack_clocks)
        layout.addWidget(code_label)
        layout.addWidget(self.code_line)
        layout.addWidget(buttons)
        # room for a report of usual length; a longer one scrolls; never larger than the screen
        metrics = self.fontMetrics()
        wanted = QSize(70 * metrics.averageCharWidth(), 32 * metrics.lineSpacing())
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry().size()
        self.resize(wanted.boundedTo(screen * 0.9))

    def save_pdf(self, path=None) -> None:
        """Write the message as a PDF for a briefing (the file dialog asks where)."""
        from .file_choice import choose_file
        from .printing import save_pdf
        if path is None:
            self.file_dialog = choose_file(self, self.tr("Save as PDF"), self.tr("PDF documents (*.pdf)"),
                                           lambda p: self.save_pdf(p), save_as="siaga-report.pdf")
            return
        try:
            save_pdf(path, *self.pdf_rows)
        except OSError as exc:
            from .errors import show_error
            show_error(self, self.tr("Save as PDF"), exc)
