"""A report as its receivers read it, in Siaga's own HTML: the wizard's review page and the outbox show it alike.

Every heading and value is escaped (:func:`plain.html_text`), with controls made visible and
line breaks kept; the browser scrolls, so a long narrative or many indicators are never cut off.
A partner's printable summary (:class:`siaga.station.scorecard.Summary`) is typeset here too,
escaped alike, as a document for :mod:`siaga.gui.printing`.
"""

from __future__ import annotations

from typing import Iterable, Protocol

from PySide6.QtGui import QColor, QFont, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from ..station.scorecard import Summary
from .plain import html_text


def report_html(rows: Iterable[tuple[str, str]]) -> str:
    """(heading, value) rows (as :func:`siaga.render.report_lines` gives them) as a two-column table."""
    cells = "".join(f"<tr><th align='left' valign='top'>{html_text(name)}</th>"
                    f"<td>{html_text(value, lines=True)}</td></tr>" for name, value in rows)
    return f"<table cellspacing='4'>{cells}</table>"


class Entry(Protocol):
    """One entry of a report's thread (:class:`siaga.gui.thread_view.ThreadEntry`)."""

    time: str
    who: str
    status: str
    note: str
    tone: str


def thread_html(title: str, entries: Iterable[Entry], colours: dict[str, QColor] | None = None) -> str:
    """A report's thread as stacked entries under ``title``: the status in bold and the time, who, then the note.

    ``colours`` gives the status line of an entry its tone's colour (:mod:`siaga.gui.colours`)."""
    parts = [f"<p style='margin-top:0px; margin-bottom:6px'><b>{html_text(title)}</b></p>"]
    for entry in entries:
        head = " · ".join(part for part in (html_text(entry.status), html_text(entry.time)) if part)
        colour = (colours or {}).get(entry.tone)
        if head and colour is not None:
            head = f"<span style='color:{colour.name()}'>{head}</span>"
        lines = [f"<b>{head}</b>" if head else "", html_text(entry.who), html_text(entry.note, lines=True)]
        parts.append("<p style='margin-top:0px; margin-bottom:8px'>" + "<br>".join(line for line in lines if line)
                     + "</p>")
    return "".join(parts)


def summary_html(summary: Summary) -> str:
    """The summary as a title, headings and paragraphs; every text escaped."""
    parts = [f"<h1>{html_text(summary.title)}</h1>"]
    for line in summary.lines:
        parts.append(f"<h3>{html_text(line.text)}</h3>" if line.heading else f"<p style='white-space:pre-wrap'>{html_text(line.text)}</p>")
    if summary.note:
        parts.append(f"<p style='font-size:8pt'><br>{html_text(summary.note)}</p>")
    return "".join(parts)


def summary_document(summary: Summary, point_size: float = 10) -> QTextDocument:
    """The summary typeset in the application's font at ``point_size`` (the title and headings scale with it)."""
    document = QTextDocument()
    font = QFont(document.defaultFont())
    font.setPointSizeF(point_size)
    document.setDefaultFont(font)
    document.setHtml(summary_html(summary))
    return document


class ReportBrowser(QTextBrowser):
    """A read-only, scrollable view of one report (links are not followed: there are none of Siaga's)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)

    def show_rows(self, rows: Iterable[tuple[str, str]]) -> None:
        self.setHtml(report_html(rows))

    def show_thread(self, title: str, entries: Iterable[Entry], colours: dict[str, QColor] | None = None) -> None:
        self.setHtml(thread_html(title, entries, colours))
