"""The outbox: this station's messages, newest first, with each recipient's delivery in words.

One row per message (time, type, incident, severity, TLP, summary) and one child
row per recipient saying where its delivery stands: queued, sending, delivered
(with the time its signed receipt arrived), failing and when the next try is,
given up and why, or the recipient's latest acknowledgement. Pings,
acknowledgements and relayed messages are shown only on request.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from .. import codeline
from ..message import REPORT_TYPES
from ..render import report_lines
from ..store import DELIVERED, GAVE_UP, QUEUED, RELAYED, RETRYING, SENDING
from .errors import describe, show_error
from .session import Session
from .wording import code_label, local_time

log = logging.getLogger("siaga.gui.outbox")

ID_ROLE = Qt.ItemDataRole.UserRole
COLUMNS = 6


class OutboxView(QWidget):
    """This station's outbox with per-recipient delivery states; refreshes when the session says so."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._loading = False
        self._stale = False
        self._rows: list[dict] = []
        self._names: dict[str, str] = {}

        self.sync_button = QPushButton(self.tr("&Sync now"))
        self.sync_button.setObjectName("syncNow")
        self.sync_button.setAccessibleName(self.tr("Sync now"))
        self.sync_button.clicked.connect(self.sync_now)
        self.open_button = QPushButton(self.tr("&Open..."))
        self.open_button.setObjectName("openMessage")
        self.open_button.setAccessibleName(self.tr("Open the selected message"))
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self.open_selected)
        self.show_all = QCheckBox(self.tr("Show &pings and acknowledgements"))
        self.show_all.setObjectName("showAllMessages")
        self.show_all.toggled.connect(self._populate)
        self.status = QLabel()
        self.status.setObjectName("outboxStatus")

        self.tree = QTreeWidget()
        self.tree.setObjectName("outboxTree")
        self.tree.setAccessibleName(self.tr("Outbox: sent messages and their deliveries"))
        self.tree.setColumnCount(COLUMNS)
        self.tree.setHeaderLabels([self.tr("Time"), self.tr("Type"), self.tr("Incident"), self.tr("Severity"),
                                   self.tr("TLP"), self.tr("Summary / delivery")])
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.itemSelectionChanged.connect(self._selection_changed)
        self.tree.itemActivated.connect(lambda item, column: self.open_selected())

        bar = QHBoxLayout()
        bar.addWidget(self.sync_button)
        bar.addWidget(self.open_button)
        bar.addWidget(self.show_all)
        bar.addStretch(1)
        bar.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.tree)

        session.dataChanged.connect(self._data_changed)
        self.refresh()

    # -- loading -----------------------------------------------------------------

    def _data_changed(self, what: str) -> None:
        if what in ("outbox", "peers", "all"):
            self.refresh()

    def refresh(self) -> None:
        """Read the outbox again (on the database worker); a refresh asked for while loading runs after it."""
        self.sync_button.setEnabled(self.session.sync is not None)
        if self._loading:
            self._stale = True
            return
        self._loading = True
        self.session.db.run(lambda st: (st.outbox(), {p.id: p.card.name for p in st.peers()}),
                            done=self._loaded, failed=self._load_failed, label="outbox")

    def _loaded(self, result: tuple[list[dict], dict[str, str]]) -> None:
        self._loading = False
        self._rows, self._names = result
        self._populate()
        if self._stale:
            self._stale = False
            self.refresh()

    def _load_failed(self, exc: BaseException) -> None:
        self._loading = False
        self.status.setText(describe(exc))

    # -- showing -------------------------------------------------------------------

    def _populate(self) -> None:
        book, lang = self.session.book, self.session.lang
        selected = self.selected_id()
        collapsed = {self.tree.topLevelItem(i).data(0, ID_ROLE) for i in range(self.tree.topLevelItemCount())
                     if not self.tree.topLevelItem(i).isExpanded()}
        self.tree.clear()
        shown = [r for r in self._rows if self.show_all.isChecked() or r.get("type") in REPORT_TYPES]
        for row in shown:
            item = QTreeWidgetItem([
                local_time(row.get("created_at")), code_label(book, "message_types", row.get("type"), lang),
                code_label(book, "classifications", row.get("code"), lang),
                code_label(book, "severity", row.get("severity"), lang) if row.get("type") in REPORT_TYPES else "",
                row.get("tlp", ""), row.get("summary", "")])
            item.setData(0, ID_ROLE, row["id"])
            item.setToolTip(0, row["id"])
            for delivery in row["deliveries"]:
                child = QTreeWidgetItem(item, [self._names.get(delivery["peer"], delivery["peer"]), "", "", "", "",
                                               self.delivery_words(delivery)])
                child.setData(0, ID_ROLE, row["id"])
                child.setData(1, ID_ROLE, delivery["peer"])
            self.tree.addTopLevelItem(item)
            item.setExpanded(row["id"] not in collapsed)
            if row["id"] == selected:
                self.tree.setCurrentItem(item)
        for column in range(COLUMNS - 1):
            self.tree.resizeColumnToContents(column)
        hidden = len(self._rows) - len(shown)
        self.status.setText(self.tr("{count} message(s)").format(count=len(shown)) if not hidden else
                            self.tr("{count} report(s); {hidden} ping(s), acknowledgement(s) or relayed "
                                    "message(s) hidden").format(count=len(shown), hidden=hidden))

    def delivery_words(self, d: dict) -> str:
        """Where one recipient's delivery stands, in a sentence."""
        ack = d.get("ack")
        if ack:
            status = code_label(self.session.book, "ack_status", ack["status"], self.session.lang)
            if ack.get("note"):
                return self.tr("Acknowledged: {status} — {note}").format(status=status, note=ack["note"])
            return self.tr("Acknowledged: {status}").format(status=status)
        state = d["status"]
        if state == QUEUED:
            return self.tr("Queued")
        if state == SENDING:
            return self.tr("Sending")
        if state == RELAYED:
            return self.tr("Relayed through {hub} at {time}; waiting for the receipt").format(
                hub=self._names.get(d.get("relayed_by", ""), d.get("relayed_by", "")),
                time=local_time(d.get("relayed_at")))
        if state == DELIVERED:
            when = local_time(d.get("delivered_at") or d.get("updated_at"))
            if d.get("receipt"):
                return self.tr("Delivered {time} (receipt verified)").format(time=when)
            return self.tr("Delivered {time} (stored in the TAXII collection)").format(time=when)
        if state == RETRYING:
            return self.tr("Failing: {reason}, next try {time}").format(
                reason=d.get("error", ""), time=local_time(d.get("next_attempt_at")))
        if state == GAVE_UP:
            return self.tr("Given up: {reason}").format(reason=d.get("error", ""))
        return state

    def selected_id(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(0, ID_ROLE) if item is not None else None

    def _selection_changed(self) -> None:
        self.open_button.setEnabled(self.selected_id() is not None)

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
            return opened.msg_id, opened.content, book

        self.session.db.run(job, done=self._show_message,
                            failed=lambda exc: show_error(self, self.tr("Open message"), exc), label="read outbox")

    def _show_message(self, result) -> None:
        msg_id, content, book = result
        dialog = MessageDialog(msg_id, content, book, self.session.lang, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message_dialog = dialog
        dialog.open()


class MessageDialog(QDialog):
    """One of this station's messages as its recipients read it, with its code line."""

    def __init__(self, msg_id: str, content: dict, book, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outboxMessage")
        self.setWindowTitle(self.tr("Message {id}").format(id=msg_id[:16]))
        form = QFormLayout()
        for heading, value in report_lines(content, book, lang):
            label = QLabel(value)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(heading, label)
        self.code_line = QLineEdit(codeline.encode(content, msg_id, book))
        self.code_line.setObjectName("codeLine")
        self.code_line.setReadOnly(True)
        self.code_line.setAccessibleName(self.tr("Code line"))
        form.addRow(self.tr("Code line"), self.code_line)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
