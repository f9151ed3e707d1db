"""A report on paper or in a PDF, for a briefing: laid out as the review page shows it.

The rows are the (heading, value) pairs :func:`siaga.render.report_lines` gives, in the *Reports in*
language the report is on show in (its script's font registered before the page is typeset);
they are typeset by the same escaped HTML as the review page (a :class:`ReportBrowser`
off screen), with the title and the code line above and below. A partner's summary
(:func:`summary_pdf`) is typeset by :func:`siaga.gui.report_text.summary_document` on one A4 page;
the command line uses it headless (``siaga partners --pdf``). The contact card's page
(:func:`card_pdf`) is painted by :func:`siaga.gui.card_sheet.paint_card_page` on one A4 page
(``siaga card export --pdf`` alike).
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterable

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import QWidget

from ..base.fileio import atomic_write
from ..station.card_print import CardPage
from ..station.scorecard import Summary
from . import fonts
from .card_sheet import paint_card_page
from .report_text import ReportBrowser, summary_document


def _document(title: str, rows: Iterable[tuple[str, str]]):
    rows = [(title, ""), *rows]
    # a report read in Thai, Khmer, Lao or Burmese: its script's font registered first, so the page has its glyphs
    fonts.ensure_for_text(*(text for row in rows for text in row))
    browser = ReportBrowser()
    browser.show_rows(rows)
    return browser


def _a4_writer(target: str | QIODevice, title: str) -> QPdfWriter:
    writer = QPdfWriter(target)
    writer.setTitle(title)
    writer.setCreator("Siaga")
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter)
    return writer


#: the type sizes tried, largest first, until the summary fits its one page
SUMMARY_SIZES = (10.0, 9.0, 8.0, 7.0, 6.0)


def summary_pdf(summary: Summary) -> bytes:
    """The summary as a one-page A4 PDF's bytes: smaller type when it would not fit, never a second page."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = _a4_writer(buffer, summary.document_title)
    # names written in Thai, Khmer, Lao or Burmese (a partner's contacts): their script's font registered first
    fonts.ensure_for_text(summary.title, summary.note, *(line.text for line in summary.lines))
    page = QRectF(0, 0, writer.width(), writer.height())
    for size in SUMMARY_SIZES:
        document = summary_document(summary, size)
        document.documentLayout().setPaintDevice(writer)  # laid out at the writer's resolution
        document.setPageSize(QSizeF(page.size()))
        if document.pageCount() == 1:
            break
    painter = QPainter(writer)
    try:
        document.drawContents(painter, page)  # the first page only, whatever is left over
    finally:
        painter.end()
    del writer  # the file is complete once the writer is gone
    return bytes(buffer.data())


def card_pdf(page: CardPage) -> bytes:
    """The contact card's printable page as a one-page A4 PDF's bytes."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = _a4_writer(buffer, page.title)
    fonts.ensure_for_text(page.title, *(line.text for line in (*page.above, *page.below)))
    painter = QPainter(writer)
    try:
        paint_card_page(painter, QRectF(0, 0, writer.width(), writer.height()), page)
    finally:
        painter.end()
    del writer  # the file is complete once the writer is gone
    return bytes(buffer.data())


def save_pdf(path: Path, title: str, rows: Iterable[tuple[str, str]]) -> None:
    """Write the report as an A4 PDF at ``path`` (whole or not at all)."""
    import tempfile
    browser = _document(title, rows)
    with tempfile.TemporaryDirectory() as folder:
        scratch = Path(folder) / "report.pdf"
        writer = _a4_writer(str(scratch), title)
        browser.document().print_(writer)
        del writer  # the file is complete once the writer is gone
        atomic_write(Path(path), scratch.read_bytes())


def print_report(parent: QWidget, title: str, rows: Iterable[tuple[str, str]]) -> bool:
    """Ask for a printer and print the report; False when cancelled or no printing is available."""
    try:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    except ImportError:
        return False
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    _document(title, rows).document().print_(printer)
    return True
