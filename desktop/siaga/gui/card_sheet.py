"""The contact card's printable page (:class:`siaga.station.card_print.CardPage`) painted by Qt.

One function paints it on any device: the PDF (:func:`siaga.gui.printing.card_pdf`) or a
picture. The page is laid out in points across the area's width (174 mm, A4 inside its
margins): the lines above, the QR code as sharp black squares with its quiet zone, centred,
then the lines below. Lines wrap when too long; the code shrinks when the text leaves it too
little room, so the page is always one page. Every text is drawn as plain text.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter

from ..station.card_print import CardPage, PageLine
from .plain import visible

#: the width the page is laid out for, in points: A4 (210 mm) less two margins of 18 mm
WIDTH = 174 / 25.4 * 72
#: the QR code's largest side in points (with its quiet zone of four modules on each side)
QR_SIDE = 300.0
QUIET = 4
GAP = 16.0
_FLAGS = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap


def _font(line: PageLine) -> QFont:
    font = QFont()
    font.setPixelSize(line.size)  # in points: the painter is scaled to points
    font.setBold(line.bold)
    return font


def _height(painter: QPainter, lines: tuple[PageLine, ...]) -> float:
    total = 0.0
    for line in lines:
        painter.setFont(_font(line))
        total += painter.boundingRect(QRectF(0, 0, WIDTH, 10_000), _FLAGS, visible(line.text)).height() + line.size * 0.4
    return total


def _write(painter: QPainter, lines: tuple[PageLine, ...], top: float) -> float:
    for line in lines:
        painter.setFont(_font(line))
        drawn = painter.drawText(QRectF(0, top, WIDTH, 10_000), _FLAGS, visible(line.text))
        top += drawn.height() + line.size * 0.4
    return top


def _code(painter: QPainter, modules: tuple[tuple[bool, ...], ...], top: float, side: float) -> None:
    cell = side / (len(modules) + 2 * QUIET)
    left = (WIDTH - side) / 2 + QUIET * cell
    top += QUIET * cell
    black = QColor(0, 0, 0)
    for r, row in enumerate(modules):
        c = 0
        while c < len(row):  # each run of dark modules as one rectangle: no seams between them
            if not row[c]:
                c += 1
                continue
            start = c
            while c < len(row) and row[c]:
                c += 1
            painter.fillRect(QRectF(left + start * cell, top + r * cell, (c - start) * cell, cell), black)


def paint_card_page(painter: QPainter, area: QRectF, page: CardPage) -> None:
    """Paint ``page`` into ``area`` of the painter's device (its width stands for :data:`WIDTH` points)."""
    scale = area.width() / WIDTH
    height = area.height() / scale
    painter.save()
    try:
        painter.translate(area.topLeft())
        painter.scale(scale, scale)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(QColor(0, 0, 0))
        room = height - _height(painter, page.above) - _height(painter, page.below) - 2 * GAP
        side = max(0.0, min(QR_SIDE, WIDTH, room))
        top = _write(painter, page.above, 0.0) + GAP
        if page.modules and side:
            _code(painter, page.modules, top, side)
        _write(painter, page.below, top + side + GAP)
    finally:
        painter.restore()
