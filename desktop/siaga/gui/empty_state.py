"""What an empty view shows: what it will hold, what to do next, and the button to do it."""

from __future__ import annotations

from typing import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from .icons import icon
from .plain import PlainLabel
from .theme import heading


class EmptyState(QFrame):
    """A centred icon, a title, a sentence and (optionally) one button."""

    def __init__(self, icon_name: str, title: str, text: str, button: str = "",
                 action: Callable[[], None] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        picture = PlainLabel()
        picture.setPixmap(icon(icon_name).pixmap(QSize(48, 48)))
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title = PlainLabel(title)
        self.title.setObjectName("emptyTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        heading(self.title, 1.15)
        self.text = PlainLabel(text)
        self.text.setObjectName("emptyText")
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setWordWrap(True)
        self.text.setFixedWidth(60 * self.fontMetrics().averageCharWidth())
        self._fit()
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(picture)
        layout.addWidget(self.title)
        layout.addWidget(self.text, 0, Qt.AlignmentFlag.AlignHCenter)
        self.button: QPushButton | None = None
        if button:
            self.button = QPushButton(button)
            self.button.setObjectName("emptyAction")
            if action is not None:
                self.button.clicked.connect(action)
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(self.button)
            row.addStretch(1)
            layout.addLayout(row)
        layout.addStretch(2)

    def _fit(self) -> None:
        """A wrapped, centred label gets the height its lines need (a layout would give it one line)."""
        self.text.setMinimumHeight(self.text.heightForWidth(self.text.width()))

    def say(self, title: str, text: str, button: str = "", action: Callable[[], None] | None = None) -> None:
        """New words (and with ``action``, a new deed for the button)."""
        self.title.setText(title)
        self.text.setText(text)
        self._fit()
        if self.button is not None and button:
            self.button.setText(button)
        if self.button is not None and action is not None:
            self.button.clicked.disconnect()
            self.button.clicked.connect(action)


class _Overlay(QObject):
    """Keeps an empty state over a table's viewport, shown while the table has no rows."""

    def __init__(self, table, state: EmptyState, waiting: Callable[[], bool] | None = None,
                 also: tuple = ()) -> None:
        super().__init__(table)
        self.table = table
        self.state = state
        self.waiting = waiting
        state.setParent(table.viewport())
        state.setAutoFillBackground(True)
        table.viewport().installEventFilter(self)
        model = table.model()
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset, model.layoutChanged, *also):
            signal.connect(self.update)  # a method of this child of the table: disconnected with it
        self.update()

    def row_count(self) -> int:
        return self.table.model().rowCount()

    def update(self, *_args) -> None:
        if not shiboken6.isValid(self.table) or not shiboken6.isValid(self.state):
            return
        self.state.setGeometry(self.table.viewport().rect())
        # not while the first rows are still being read: an inbox must not look empty while it loads
        self.state.setVisible(self.row_count() == 0 and not (self.waiting and self.waiting()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Resize:
            self.state.setGeometry(self.table.viewport().rect())
        return False


def over_table(table, state: EmptyState, waiting: Callable[[], bool] | None = None, also: tuple = ()) -> EmptyState:
    """Show ``state`` inside ``table`` whenever it has no rows (the table keeps its place and its keyboard focus).

    With ``waiting``, not while it says rows are still being read; ``also``: signals after which to look again.
    """
    _Overlay(table, state, waiting, also)
    return state
