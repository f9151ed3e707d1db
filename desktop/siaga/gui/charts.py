"""Small charts drawn with QPainter: counts over time, and counts by category. No plotting library.

Each chart shows two series, *received* and *sent*, in two colours that stay
apart on light and dark palettes, with a legend; its values are also its
accessible description, so a screen reader gets the numbers the bars show.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from .colours import is_dark
from .plain import visible


def series_colours(widget: QWidget) -> tuple[QColor, QColor]:
    """(received, sent) for the widget's palette."""
    if is_dark(widget.palette()):
        return QColor("#64b5f6"), QColor("#ffb74d")
    return QColor("#1565c0"), QColor("#e65100")


def nice_top(value: int) -> int:
    """The axis top: 1, 2 or 5 times a power of ten, at least ``value``."""
    power = 1
    while True:
        for times in (1, 2, 5):
            if power * times >= value:
                return power * times
        power *= 10


class _Chart(QWidget):
    def __init__(self, name: str, legend: tuple[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.legend = legend
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def _legend(self, painter: QPainter, x: float, y: float) -> None:
        fm = painter.fontMetrics()
        for colour, text in zip(series_colours(self), self.legend):
            painter.fillRect(QRectF(x, y + 3, 10, 10), colour)
            painter.setPen(self.palette().text().color())
            painter.drawText(QRectF(x + 14, y, fm.horizontalAdvance(text) + 4, fm.height()),
                             Qt.AlignmentFlag.AlignLeft, text)
            x += 14 + fm.horizontalAdvance(text) + 14


class TimelineChart(_Chart):
    """Bars of reports received and sent per step (hour, day or week), side by side."""

    def __init__(self, legend: tuple[str, str], parent: QWidget | None = None) -> None:
        super().__init__("timelineChart", legend, parent)
        self.setMinimumSize(300, 160)
        self.steps: list[tuple[str, int, int]] = []

    def set_steps(self, steps: list[tuple[str, int, int]]) -> None:
        """(label, received, sent) of each step, oldest first."""
        self.steps = steps
        self.setAccessibleDescription("; ".join(f"{label}: {r}, {s}" for label, r, s in steps))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = painter.fontMetrics()
        top = nice_top(max((max(r, s) for _, r, s in self.steps), default=0))
        left = fm.horizontalAdvance(str(top)) + 8
        legend_h = fm.height() + 4
        plot = QRectF(left, legend_h + 4, self.width() - left - 4, self.height() - legend_h - fm.height() - 12)
        self._legend(painter, left, 0)
        text = self.palette().text().color()
        grid = self.palette().mid().color()
        painter.setPen(grid)
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.setPen(text)
        painter.drawText(QRectF(0, plot.top() - fm.height() / 2, left - 4, fm.height()),
                         Qt.AlignmentFlag.AlignRight, str(top))
        painter.drawText(QRectF(0, plot.bottom() - fm.height() / 2, left - 4, fm.height()),
                         Qt.AlignmentFlag.AlignRight, "0")
        if self.steps and plot.height() > 0:
            received, sent = series_colours(self)
            slot = plot.width() / len(self.steps)
            bar = max(1.0, slot * 0.4)
            for i, (label, r, s) in enumerate(self.steps):
                x = plot.left() + i * slot + slot * 0.1
                for j, (value, colour) in enumerate(((r, received), (s, sent))):
                    h = plot.height() * value / top
                    painter.fillRect(QRectF(x + j * bar, plot.bottom() - h, bar, h), colour)
            # a few labels under the axis, as many as fit
            widest = max(fm.horizontalAdvance(label) for label, _, _ in self.steps) + 12
            every = max(1, int(widest // slot) + 1)
            painter.setPen(text)
            for i in range(0, len(self.steps), every):
                painter.drawText(QRectF(plot.left() + i * slot, plot.bottom() + 2, widest, fm.height()),
                                 Qt.AlignmentFlag.AlignLeft, self.steps[i][0])
        painter.end()


class BarChart(_Chart):
    """Horizontal bars, one row per category: received and sent, the numbers at the bars' ends."""

    def __init__(self, name: str, legend: tuple[str, str], parent: QWidget | None = None) -> None:
        super().__init__(name, legend, parent)
        self.rows: list[tuple[str, int, int]] = []
        self.empty_text = ""
        self.setMinimumSize(240, 120)

    def set_rows(self, rows: list[tuple[str, int, int]], empty_text: str = "") -> None:
        """(label, received, sent) of each category, in the order shown."""
        self.rows = rows
        self.empty_text = empty_text
        self.setAccessibleDescription("; ".join(f"{visible(label)}: {r}, {s}" for label, r, s in rows) or empty_text)
        self.updateGeometry()
        self.update()

    def _row_height(self, fm: QFontMetrics) -> int:
        return fm.height() + 6

    def sizeHint(self):  # noqa: N802 - Qt's name
        hint = super().sizeHint()
        hint.setHeight((max(1, len(self.rows)) + 1) * self._row_height(self.fontMetrics()) + 8)
        hint.setWidth(360)
        return hint

    def minimumSizeHint(self):  # noqa: N802 - Qt's name: every row stays readable
        hint = self.sizeHint()
        hint.setWidth(240)
        return hint

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        fm = painter.fontMetrics()
        row_h = self._row_height(fm)
        self._legend(painter, 4, 0)
        text = self.palette().text().color()
        if not self.rows:
            painter.setPen(text)
            painter.drawText(QRectF(4, row_h, self.width() - 8, row_h), Qt.AlignmentFlag.AlignLeft, self.empty_text)
            painter.end()
            return
        label_w = min(max(fm.horizontalAdvance(visible(label)) for label, _, _ in self.rows) + 8, self.width() * 0.45)
        number_w = fm.horizontalAdvance("000000") + 4
        top = max(max(r, s) for _, r, s in self.rows) or 1
        span = max(1.0, self.width() - label_w - number_w - 8)
        received, sent = series_colours(self)
        for i, (label, r, s) in enumerate(self.rows):
            y = (i + 1) * row_h + 2
            painter.setPen(text)
            shown = fm.elidedText(visible(label), Qt.TextElideMode.ElideRight, int(label_w - 6))
            painter.drawText(QRectF(4, y, label_w - 6, row_h), Qt.AlignmentFlag.AlignVCenter, shown)
            half = (row_h - 4) / 2
            for j, (value, colour) in enumerate(((r, received), (s, sent))):
                w = span * value / top
                painter.fillRect(QRectF(label_w, y + 1 + j * half, w, half), colour)
                if value:
                    painter.setPen(text)
                    painter.drawText(QRectF(label_w + w + 3, y + j * half - 2, number_w, half + 4),
                                     Qt.AlignmentFlag.AlignVCenter, str(value))
        painter.end()
