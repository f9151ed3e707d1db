"""Coloured labels in a table: a cell with a background colour is drawn as a rounded badge.

The model gives each such cell its colours (``BackgroundRole`` and ``ForegroundRole``:
the codebook's severity colour with black or white text, or a status tone from
:mod:`gui.colours` for the palette in use). The badge keeps the row's selection and
focus drawing around it, so a selected row still reads as selected. Other cells are
drawn as usual.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

#: space around the badge inside its cell, and inside the badge around its text (pixels)
MARGIN, PADDING = 3, 8


class BadgeDelegate(QStyledItemDelegate):
    """Draws cells that have a background colour as coloured, rounded labels."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        background = index.data(Qt.ItemDataRole.BackgroundRole)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not isinstance(background, QColor) or not text:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        opt.backgroundBrush = QBrush()  # the row's own background (and selection), not the badge's colour
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        foreground = index.data(Qt.ItemDataRole.ForegroundRole)
        metrics = opt.fontMetrics
        rect = QRectF(opt.rect.adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN))
        width = min(rect.width(), metrics.horizontalAdvance(text) + 2 * PADDING)
        badge = QRectF(rect.left(), rect.top(), width, rect.height())
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(badge.width()) - 2 * PADDING + 2)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QColor(foreground).darker(130) if background.lightness() > 230 else Qt.PenStyle.NoPen)
        painter.setBrush(background)
        radius = min(badge.height() / 2, 8.0)
        painter.drawRoundedRect(badge, radius, radius)
        painter.setPen(QColor(foreground) if isinstance(foreground, QColor) else opt.palette.text().color())
        painter.setFont(opt.font)
        painter.drawText(badge, int(Qt.AlignmentFlag.AlignCenter), shown)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not isinstance(index.data(Qt.ItemDataRole.BackgroundRole), QColor) or not text:
            return hint
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        width = opt.fontMetrics.horizontalAdvance(text) + 2 * (PADDING + MARGIN) + 2
        return QSize(max(hint.width(), width), max(hint.height(), opt.fontMetrics.height() + 2 * MARGIN + 4))
