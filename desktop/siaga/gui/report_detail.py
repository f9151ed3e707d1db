"""One received message as the liaison reads it: who vouches for it, what it says, and its thread.

The badge on top says how far the message can be trusted: signed by a peer
whose fingerprint was compared (green), signed by a peer not yet verified
(amber), an external STIX import with no signature (grey). A message that
could not be opened or verified is shown only as a red refusal, never with
content. The report itself is rendered by :func:`siaga.render.report_lines`
in the reader's language: the *Reports in* language (:mod:`siaga.gui.reading`), which
may differ from the interface's, with a note when its texts are a draft translation.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QScrollArea, QSplitter, QVBoxLayout, QWidget

from ..protocol.codebook import CodebookSet
from ..protocol.render import draft_note, report_lines
from . import fonts
from .colours import paint
from .correlation_view import context_rows
from .errors import describe
from .plain import PlainLabel, visible
from .thread_view import ThreadView, thread_entries
from .wording import code_label, local_time
from .wrapping import WrappingLabel

log = logging.getLogger("siaga.gui.detail")


class ReportDetail(QWidget):
    """Shows the dict :meth:`Station.read_inbox` returns, or why a message could not be shown."""

    def __init__(self, books: CodebookSet, lang: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.books = books
        self.lang = lang
        #: the language report contents render in ("": the interface's)
        self.reports_lang = ""
        self.message: dict | None = None
        self.trust = ""

        self.badge = PlainLabel()
        self.badge.setObjectName("verificationBadge")
        self.badge.setWordWrap(True)
        self.badge.setMargin(self.fontMetrics().averageCharWidth())
        font = self.badge.font()
        font.setBold(True)
        self.badge.setFont(font)
        self.info = PlainLabel()
        self.info.setObjectName("receivedInfo")
        self.info.setWordWrap(True)
        self.draft = PlainLabel()  # "draft translation": the reports language's texts are not reviewed yet
        self.draft.setObjectName("draftTranslation")
        self.draft.setWordWrap(True)
        paint(self.draft, "external")  # grey: a note, not a warning

        self.body = QWidget()
        self.body.setObjectName("reportBody")
        self.fields = QFormLayout(self.body)
        self.fields.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._narrow = False
        self._stack_rows(True)  # each heading above its value until the pane is wide (resizeEvent)
        scroll = QScrollArea()
        scroll.setObjectName("reportScroll")
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # every value wraps
        scroll.setWidget(self.body)
        scroll.setAccessibleName(self.tr("Report"))

        self.thread = ThreadView()  # short stacked entries that wrap: the pane is narrow

        self.split = split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(scroll)
        split.addWidget(self.thread)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([3000, 2000])  # the report gets most of the height from the start, not only when resized
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.badge)
        layout.addWidget(self.info)
        layout.addWidget(self.draft)
        layout.addWidget(split, 1)
        self.clear()

    # -- states ------------------------------------------------------------------------

    def report_language(self) -> str:
        """The language report contents render in now."""
        return self.reports_lang or self.lang

    def set_reports_language(self, lang: str) -> None:
        """Render report contents in ``lang`` from now on (the message on show is rendered again)."""
        if lang == self.report_language():
            return
        self.reports_lang = lang
        if self.message is not None:
            self.show_message(self.message)

    def clear(self) -> None:
        self.message = None
        self._set_badge("", "")
        self.info.clear()
        self.draft.clear()
        self.draft.setVisible(False)
        self._clear_fields()
        self.thread.show_entries([])
        self.thread.setVisible(False)

    def show_failure(self, reason: str) -> None:
        """A message that could not be opened or verified: the reason, and nothing of its content."""
        self.clear()
        self._set_badge("refused", self.tr("Could not be verified: {reason}").format(reason=reason))

    def show_error(self, exc: BaseException) -> None:
        """Like :meth:`show_failure`, worded from a core error."""
        self.show_failure(describe(exc))

    def show_message(self, msg: dict) -> None:
        self.clear()
        self.message = msg
        content = msg["content"]
        book = self.books.get(content["codebook"]) if content.get("codebook") in self.books.versions() \
            else self.books.current
        kind, text = self._trust_sentence(msg, book)
        self._set_badge(kind, text)
        status = msg.get("status", "new")
        self.info.setText(self.tr("Received {time}; status here: {status}").format(
            time=local_time(msg.get("received_at")),
            status=self.tr("New") if status == "new" else visible(code_label(book, "ack_status", status, self.lang))))
        # the report in the reports language; its free text as written (the heading names its language)
        reading = self.report_language()
        fonts.ensure_for_language(reading)
        fonts.ensure_for_text(*(str(content.get(key) or "") for key in ("summary", "narrative")))
        note = draft_note(book, reading)
        self.draft.setText(note)
        self.draft.setVisible(bool(note))
        # the sender as the directory knows it, and a row when the content claims another identity
        for heading, value in report_lines(content, book, reading, author=msg.get("author")):
            label = WrappingLabel(value)  # line breaks kept, controls made visible, long words broken
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            heading_label = self._heading(heading)
            heading_label.setBuddy(label)
            self.fields.addRow(heading_label, label)
        # what other countries reported too, and indicators on MISP warning lists (Station.report_context)
        for heading, value in context_rows(msg.get("context"), content.get("indicators") or []):
            label = WrappingLabel(value)
            label.setObjectName("correlationRow")
            self.fields.addRow(self._heading(heading), label)
        self._fill_thread(msg, book)

    def lines(self) -> list[tuple[str, str]]:
        """The (heading, value) rows on show."""
        out = []
        for row in range(self.fields.rowCount()):
            heading = self.fields.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
            value = self.fields.itemAt(row, QFormLayout.ItemRole.FieldRole).widget()
            out.append((heading.whole, value.whole))
        return out

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._stack_rows(self.width() < 60 * self.fontMetrics().averageCharWidth())

    # -- parts -------------------------------------------------------------------------

    def _trust_sentence(self, msg: dict, book) -> tuple[str, str]:
        """(tone, sentence): the verdict first, then the author's name, which cannot push it out of sight."""
        if msg.get("external"):
            return "external", self.tr("External report (STIX import), unsigned")
        line = msg.get("codeline")
        if line and line.get("by"):
            return "unverified", self.tr("Received as a code line, authenticated by {name}; only its coded fields "
                                         "until the signed report arrives").format(
                name=visible(msg["content"]["station"].get("name", line["by"])))
        if line:
            return "refused", self.tr("Received as a code line, NOT authenticated: anyone could have written it")
        author = msg.get("author")
        station = msg["content"].get("station") or {}
        trust = msg.get("author_trust", "unknown")
        if not msg.get("verified_signature"):
            return "refused", self.tr("Could not be verified: the signature was not checked")
        if author and trust == "verified":
            country = code_label(book, "countries", author.get("country"), self.lang)
            return "verified", self.tr("Verified peer — signed by {name} ({org}, {country})").format(
                name=visible(author["name"]), org=visible(author["org"]), country=visible(country))
        if author and trust == "revoked":
            return "refused", self.tr("Peer revoked its keys; do not rely on it — signed by {name}").format(
                name=visible(author["name"]))
        if author:
            return "unverified", self.tr("Peer NOT verified: compare fingerprints — signed by {name}").format(
                name=visible(author["name"]))
        return "unverified", self.tr("Author not in the directory — signed by {name}").format(
            name=visible(station.get("name", "?")))

    def _set_badge(self, kind: str, text: str) -> None:
        self.trust = kind
        self.badge.setText(text)
        self.badge.setAccessibleName(text)
        self.badge.setVisible(bool(text))
        paint(self.badge, kind or None, filled=True)  # the badge kind is its tone (colours.TONES)

    def _stack_rows(self, narrow: bool) -> None:
        """In a narrow pane each heading stands above its value, which gets the whole width; beside it otherwise."""
        if narrow == self._narrow:
            return
        self._narrow = narrow
        self.fields.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows if narrow
                                     else QFormLayout.RowWrapPolicy.DontWrapRows)
        self.fields.setVerticalSpacing(self.fontMetrics().lineSpacing() // 3 if narrow else -1)

    def _heading(self, text: str) -> WrappingLabel:
        heading = WrappingLabel(text)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        return heading

    def _clear_fields(self) -> None:
        while self.fields.rowCount():
            self.fields.removeRow(0)

    def _fill_thread(self, msg: dict, book) -> None:
        # acknowledgement statuses are codebook labels: the Reports in language
        self.thread.show_entries(thread_entries(msg, book, self.report_language()))
        self.thread.setVisible(bool(self.thread.entries()))
        self._fit_thread()

    def _fit_thread(self) -> None:
        """A short thread takes only the height it needs (up to two fifths of the pane): the report keeps the rest."""
        total = sum(self.split.sizes())
        if not self.thread.entries() or total <= 0:
            return
        document = self.thread.document()
        document.setTextWidth(self.thread.viewport().width())
        needed = int(document.size().height()) + 2 * self.thread.frameWidth() + self.fontMetrics().lineSpacing()
        thread = min(needed, total * 2 // 5)
        self.split.setSizes([total - thread, thread])
