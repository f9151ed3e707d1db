"""Coloured labels in a table: a cell with a background colour is drawn as a rounded badge.

The model gives each such cell its colours (``BackgroundRole`` and ``ForegroundRole``:
the codebook's severity colour with black or white text, or a status tone from
:mod:`gui.colours` for the palette in use). A cell may also give a short second part
(:data:`CHIP_ROLE`, e.g. "3 countries"), drawn as a small outlined chip after the badge,
so the badge itself stays one or two words. The badge keeps the row's selection and
focus drawing around it, so a selected row still reads as selected. Other cells are
drawn as usual.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

#: space around the badge inside its cell, and inside the badge around its text (pixels)
MARGIN, PADDING = 3, 8
#: inside a chip around its text, and between the badge and the chip (pixels)
CHIP_PADDING, CHIP_GAP = 5, 4
#: a cell's second part, drawn as a chip after its badge (a short text, or None)
CHIP_ROLE = Qt.ItemDataRole.UserRole + 40


def badge_width(metrics: QFontMetrics, text: str) -> int:
    return metrics.horizontalAdvance(text) + 2 * PADDING


def chip_width(metrics: QFontMetrics, text: str) -> int:
    return metrics.horizontalAdvance(text) + 2 * CHIP_PADDING if text else 0


def chip_font_of(font: QFont) -> QFont:
    """A chip's font: the cell's, a little smaller and never bold (it is the second part of the cell)."""
    small = QFont(font)
    small.setBold(False)
    if font.pointSizeF() > 0:
        small.setPointSizeF(font.pointSizeF() * 0.9)
    return small


class BadgeDelegate(QStyledItemDelegate):
    """Draws cells that have a background colour as coloured, rounded labels (and their chip, if any)."""

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
        chip = str(index.data(CHIP_ROLE) or "")
        chip_font = chip_font_of(opt.font)
        chip_metrics = QFontMetrics(chip_font)
        rect = QRectF(opt.rect.adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN))
        room = rect.width() - (chip_width(chip_metrics, chip) + CHIP_GAP if chip else 0)
        width = max(min(room, badge_width(metrics, text)), min(rect.width(), 2 * PADDING + metrics.averageCharWidth()))
        badge = QRectF(rect.left(), rect.top(), width, rect.height())
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(badge.width()) - 2 * PADDING + 2)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QColor(foreground).darker(130) if background.lightness() > 230 else Qt.PenStyle.NoPen)
        painter.setBrush(background)
        radius = min(badge.height() / 2, 8.0)
        painter.drawRoundedRect(badge, radius, radius)
        text_colour = QColor(foreground) if isinstance(foreground, QColor) else opt.palette.text().color()
        painter.setPen(text_colour)
        painter.setFont(opt.font)
        painter.drawText(badge, int(Qt.AlignmentFlag.AlignCenter), shown)
        left = badge.right() + CHIP_GAP
        if chip and rect.right() - left > 2 * CHIP_PADDING:
            chip_rect = QRectF(left, rect.top() + 2, min(chip_width(chip_metrics, chip), rect.right() - left),
                               rect.height() - 4)
            selected = bool(opt.state & QStyle.StateFlag.State_Selected)
            ink = opt.palette.highlightedText().color() if selected else opt.palette.text().color()
            painter.setPen(ink)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(chip_rect, chip_rect.height() / 2, chip_rect.height() / 2)
            painter.setFont(chip_font)
            painter.drawText(chip_rect, int(Qt.AlignmentFlag.AlignCenter),
                             chip_metrics.elidedText(chip, Qt.TextElideMode.ElideRight,
                                                int(chip_rect.width()) - 2 * CHIP_PADDING + 2))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not isinstance(index.data(Qt.ItemDataRole.BackgroundRole), QColor) or not text:
            return hint
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        metrics = opt.fontMetrics
        chip = str(index.data(CHIP_ROLE) or "")
        width = badge_width(metrics, text) + 2 * MARGIN + 2 + (
            chip_width(QFontMetrics(chip_font_of(opt.font)), chip) + CHIP_GAP if chip else 0)
        return QSize(width, max(hint.height(), metrics.height() + 2 * MARGIN + 4))
