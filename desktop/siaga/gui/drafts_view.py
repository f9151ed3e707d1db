"""Unfinished reports: each with when it was last changed and its summary, to continue or discard."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .empty_state import EmptyState
from .errors import show_error
from .plain import PlainLabel, message_box, visible
from .session import Session
from .theme import heading

ROW_ROLE = Qt.ItemDataRole.UserRole


class DraftsView(QWidget):
    """The drafts saved by the report form (sealed in the station), newest first."""

    #: (draft id, draft): open the report form on it
    continueDraft = Signal(str, dict)
    #: open the report form on a new report
    newReport = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draftsView")
        self.session = session
        self.title = PlainLabel(self.tr("Drafts"))
        self.title.setObjectName("pageTitle")
        heading(self.title)
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("draftsTable")
        self.table.setAccessibleName(self.tr("Unfinished reports"))
        self.table.setHorizontalHeaderLabels([self.tr("Last changed"), self.tr("Summary")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(lambda _i: self.continue_selected())
        self.continue_button = QPushButton(self.tr("&Continue"))
        self.continue_button.setObjectName("continueDraft")
        self.continue_button.clicked.connect(lambda: self.continue_selected())
        self.discard_button = QPushButton(self.tr("&Discard..."))
        self.discard_button.setObjectName("discardDraft")
        self.discard_button.clicked.connect(lambda: self.discard_selected())
        self.empty = EmptyState("drafts", self.tr("No unfinished reports"), self.tr(
            "A report you start is kept here, sealed, until you sign and queue it. Start one with New report."),
            self.tr("&New report..."), self.newReport.emit)
        listing = QWidget()
        rows = QVBoxLayout(listing)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.continue_button)
        buttons.addWidget(self.discard_button)
        buttons.addStretch(1)
        rows.addLayout(buttons)
        self.pages = QStackedWidget()
        self.pages.addWidget(listing)
        self.pages.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.pages, 1)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        session.dataChanged.connect(lambda _what: self.refresh())
        self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        self.session.db.run(lambda st: st.drafts(), done=self._show)

    def _show(self, drafts) -> None:
        self.table.setRowCount(len(drafts))
        for row, (draft_id, updated_at, draft) in enumerate(drafts):
            when = QLocale().toString(QDateTime.fromSecsSinceEpoch(int(updated_at)), QLocale.FormatType.ShortFormat)
            first = QTableWidgetItem(when)
            first.setData(ROW_ROLE, (draft_id, draft))
            summary = draft.get("summary") if isinstance(draft, dict) else ""
            self.table.setItem(row, 0, first)
            self.table.setItem(row, 1, QTableWidgetItem(visible(summary or self.tr("(no summary yet)"))))
        self.pages.setCurrentWidget(self.empty if not drafts else self.pages.widget(0))
        if drafts and not self.table.selectedItems():
            self.table.selectRow(0)
        self._selection_changed()

    def _selected(self) -> tuple[str, dict] | None:
        items = self.table.selectedItems()
        return self.table.item(items[0].row(), 0).data(ROW_ROLE) if items else None

    def _selection_changed(self) -> None:
        chosen = self._selected() is not None
        self.continue_button.setEnabled(chosen)
        self.discard_button.setEnabled(chosen)

    @Slot()
    def continue_selected(self) -> None:
        chosen = self._selected()
        if chosen:
            self.continueDraft.emit(*chosen)

    @Slot()
    def discard_selected(self, confirm: bool = True) -> None:
        chosen = self._selected()
        if not chosen:
            return
        draft_id = chosen[0]
        if confirm:
            box = message_box(QMessageBox.Icon.Question, self.tr("Discard draft"),
                              self.tr("Discard this unfinished report? It cannot be brought back."),
                              QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel, self)
            box.setObjectName("discardDraftBox")
            box.button(QMessageBox.StandardButton.Discard).clicked.connect(
                lambda: self.discard_selected(confirm=False))
            box.open()
            return
        self.session.db.run(lambda st: st.delete_draft(draft_id), done=lambda _r: self.refresh(),
                            failed=lambda exc: show_error(self, self.tr("Discard draft"), exc))
