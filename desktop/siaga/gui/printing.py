"""A report on paper or in a PDF, for a briefing: laid out as the review page shows it.

The rows are the (heading, value) pairs :func:`siaga.render.report_lines` gives;
they are typeset by the same escaped HTML as the review page (a :class:`ReportBrowser`
off screen), with the title and the code line above and below.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterable

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter
from PySide6.QtWidgets import QWidget

from ..base.fileio import atomic_write
from .report_text import ReportBrowser


def _document(title: str, rows: Iterable[tuple[str, str]]):
    browser = ReportBrowser()
    browser.show_rows([(title, ""), *rows])
    return browser


def save_pdf(path: Path, title: str, rows: Iterable[tuple[str, str]]) -> None:
    """Write the report as an A4 PDF at ``path`` (whole or not at all)."""
    import tempfile
    browser = _document(title, rows)
    with tempfile.TemporaryDirectory() as folder:
        scratch = Path(folder) / "report.pdf"
        writer = QPdfWriter(str(scratch))
        writer.setTitle(title)
        writer.setCreator("Siaga")
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter)
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
