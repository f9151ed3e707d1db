"""A report as its receivers read it, in Siaga's own HTML: the wizard's review page and the outbox show it alike.

Every heading and value is escaped (:func:`plain.html_text`), with controls made visible and
line breaks kept; the browser scrolls, so a long narrative or many indicators are never cut off.
"""

from __future__ import annotations

from typing import Iterable

from PySide6.QtWidgets import QTextBrowser, QWidget

from .plain import html_text


def report_html(rows: Iterable[tuple[str, str]]) -> str:
    """(heading, value) rows (as :func:`siaga.render.report_lines` gives them) as a two-column table."""
    cells = "".join(f"<tr><th align='left' valign='top'>{html_text(name)}</th>"
                    f"<td>{html_text(value, lines=True)}</td></tr>" for name, value in rows)
    return f"<table cellspacing='4'>{cells}</table>"


class ReportBrowser(QTextBrowser):
    """A read-only, scrollable view of one report (links are not followed: there are none of Siaga's)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)

    def show_rows(self, rows: Iterable[tuple[str, str]]) -> None:
        self.setHtml(report_html(rows))
