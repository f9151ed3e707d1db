"""A received report's thread as short stacked entries: the replies that came in, and the acknowledgements sent.

Each entry is the status (or the kind of reply) and its time on one line, who on the next, then the
note or the reply's summary, all of it wrapped to the pane's width: a long partner name or a long
note reads whole in the narrow detail pane and never makes it scroll sideways. Everything a peer
wrote is escaped (:func:`report_text.thread_html`): it is shown as text, never as markup.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QPalette, QTextOption
from PySide6.QtWidgets import QFrame, QTextBrowser, QWidget

from .colours import STATUS_TONES, tone_text
from .plain import visible
from .report_text import ReportBrowser
from .wording import code_label, local_iso


@dataclass(frozen=True)
class ThreadEntry:
    """One entry as shown: its time (short, on the local clock), who, the status or kind of reply, the note."""

    time: str
    who: str
    status: str
    note: str
    #: the colour of its status (:data:`colours.STATUS_TONES`; "" for a reply that is not an acknowledgement)
    tone: str = ""


def thread_entries(msg: dict, book, lang: str) -> list[ThreadEntry]:
    """The entries of ``msg``'s thread (:meth:`Station.read_inbox`): replies in the order they came, then the
    acknowledgements this station sent; statuses and kinds as codebook labels in ``lang``."""
    entries = []
    for reply in msg.get("replies", []):
        ack = reply.get("ack") or {}
        status = (code_label(book, "ack_status", ack.get("status"), lang) if ack
                  else code_label(book, "message_types", reply.get("type"), lang))
        note = ack.get("note", "") if ack else reply.get("summary", "")
        who = (reply.get("station") or {}).get("name", "")
        entries.append(ThreadEntry(visible(local_iso(reply.get("reported_at", ""))), visible(who), visible(status),
                                   visible(note, lines=True), _tone(ack.get("status"))))
    this_station = QCoreApplication.translate("ReportDetail", "This station")
    for sent in msg.get("acks_sent", []):
        entries.append(ThreadEntry(local_iso(sent.get("at", "")), this_station,
                                   visible(code_label(book, "ack_status", sent.get("status"), lang)),
                                   visible(sent.get("note", ""), lines=True), _tone(sent.get("status"))))
    return entries


def _tone(status) -> str:
    return STATUS_TONES.get(status, "") if isinstance(status, str) else ""


class ThreadView(ReportBrowser):
    """The thread, read-only and scrolled up and down only; its words wrap, long ones anywhere."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("thread")
        self.setAccessibleName(self.tr("Replies and acknowledgements"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setLineWrapMode(QTextBrowser.LineWrapMode.WidgetWidth)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._entries: list[ThreadEntry] = []

    def title(self) -> str:
        """The heading above the entries, in the interface's language."""
        return self.tr("Replies and acknowledgements")

    def show_entries(self, entries: list[ThreadEntry]) -> None:
        self._entries = list(entries)
        base = self.palette().color(QPalette.ColorRole.Base)
        colours = {name: tone_text(name, base) for name in {entry.tone for entry in self._entries if entry.tone}}
        self.show_thread(self.title(), self._entries, colours)  # every text escaped there (report_text.thread_html)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # a light or dark palette: the statuses' colours follow
            self.show_entries(self._entries)

    def entries(self) -> list[ThreadEntry]:
        """The entries on show."""
        return list(self._entries)
