"""Incidents: one row per situation (a first report and its updates), its state and next deadline.

A view of :mod:`siaga.station.incidents`: the station works out the threads and
their clocks; this only shows them. Opening a row shows the incident's messages in
order (:class:`IncidentDialog`); on one of this station's open incidents, *Send
update* and *Final report* open the guided form pre-filled from the latest report.
While the app is open it says when a deadline is two hours away and when it passes.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..protocol import clocks
from ..protocol.render import draft_note
from . import fonts, reading
from .badge_delegate import BadgeDelegate
from .colours import paint, readable_on, tone
from .column_fit import ColumnFitter, remember
from .errors import describe, show_error
from .plain import PlainLabel, tip, visible
from .session import Session
from .wording import code_label

log = logging.getLogger("siaga.gui")

ROOT_ROLE = Qt.ItemDataRole.UserRole
# the incidents table's columns
STATE, SEVERITY, SUMMARY, REPORTS, DEADLINE, STARTED_BY = range(6)
#: how often deadlines are looked at again while the app is open (ms)
CHECK_MS = 60_000
_TONES = {clocks.OVERDUE: "urgent", clocks.DUE_SOON: "unverified", clocks.CLOSED: "external"}


def state_words(state: str) -> str:
    return {
        clocks.ON_TIME: QCoreApplication.translate("Incidents", "On time"),
        clocks.DUE_SOON: QCoreApplication.translate("Incidents", "Due within 2 h"),
        clocks.OVERDUE: QCoreApplication.translate("Incidents", "Overdue"),
        clocks.CLOSED: QCoreApplication.translate("Incidents", "Closed"),
    }[state]


def due_words(due: dict | None, names: dict[str, str], lang: str) -> str:
    """What is due, from whom, by when: "acknowledgement from MY duty desk by 2026-11-30 12:33 UTC"."""
    if not due:
        return QCoreApplication.translate("Incidents", "Nothing due")
    what = clocks.clockbook().due_label(due["what"], lang)
    who = due.get("who")
    when = due["at"].replace("T", " ")[:16] + " UTC"
    if not who:
        return QCoreApplication.translate("Incidents", "{what} by {when}").format(what=what, when=when)
    name = (QCoreApplication.translate("Incidents", "this station") if who == "self"
            else visible(names.get(who, who)))
    return QCoreApplication.translate("Incidents", "{what} from {who} by {when}").format(what=what, who=name,
                                                                                       when=when)


def _item(text: str, tone_name: str | None = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    item.setToolTip(tip(text))  # the whole text, when the column is too narrow for it
    if tone_name:  # a coloured label (gui/badge_delegate.py draws a colour given so as a badge)
        fore, back = tone(tone_name)
        item.setData(Qt.ItemDataRole.ForegroundRole, fore)
        item.setData(Qt.ItemDataRole.BackgroundRole, back)
    return item


def _severity_item(book, level, lang: str) -> QTableWidgetItem:
    """An incident's latest severity as the inbox shows it: its word, as a label in the codebook's colour."""
    if level is None:
        return _item("-")
    item = _item(code_label(book, "severity", level, lang))
    entry = next((e for e in book.entries("severity") if e["level"] == level), None)
    if entry is not None:
        colour = QColor(entry["hex"])
        item.setData(Qt.ItemDataRole.BackgroundRole, colour)
        item.setData(Qt.ItemDataRole.ForegroundRole, readable_on(colour))
    return item


class IncidentsView(QWidget):
    """Every incident of the inbox and the outbox, the most recently active first.

    ``side``: only the incidents partners started ("in") or this station started ("out"), as the
    inbox and the outbox show them by incident. ``announce``: say when a deadline nears or passes (the
    Incidents place does; the inbox's and outbox's views do not repeat it, and read only while shown).
    """

    continueRequested = Signal(str, str)  # (a message of the incident, "update" or "final")
    deadlineNotice = Signal(str, str)  # (title, text): a deadline is near, or passed

    def __init__(self, session: Session, parent: QWidget | None = None, *, side: str | None = None,
                 announce: bool = True) -> None:
        super().__init__(parent)
        self.session = session
        self.side = side
        self.announce = announce
        reading.of(session)  # the Reports in choice asked for now, before an incident is opened
        self._stale = False  # a read was skipped while hidden
        self.rows: list[dict] = []
        self.names: dict[str, str] = {}
        self._told: set[tuple[str, str, str]] = set()  # (incident, deadline, state) already announced
        self._seen: dict[str, str] = {}  # each incident's state when last looked at

        self.show_which = QComboBox()
        self.show_which.setObjectName("incidentFilter")
        self.show_which.setAccessibleName(self.tr("Which incidents to show"))
        self.show_which.addItem(self.tr("All incidents"), "all")
        self.show_which.addItem(self.tr("Open incidents"), "open")
        self.show_which.addItem(self.tr("Overdue incidents"), "overdue")
        self.open_button = QPushButton(self.tr("Op&en..."))
        self.open_button.setObjectName("openIncident")
        self.open_button.setAccessibleName(self.tr("Open the selected incident"))
        self.update_button = QPushButton(self.tr("Send &update..."))
        self.update_button.setObjectName("sendUpdate")
        self.update_button.setAccessibleName(self.tr("Send an update on the selected incident"))
        self.final_button = QPushButton(self.tr("&Final report..."))
        self.final_button.setObjectName("finalReport")
        self.final_button.setAccessibleName(self.tr("File the final report of the selected incident"))
        for button in (self.open_button, self.update_button, self.final_button):
            button.setEnabled(False)
        self.status = PlainLabel()
        self.status.setObjectName("incidentsStatus")

        self.table = QTableWidget(0, 6)
        self.table.setObjectName("incidentsTable")
        self.table.setAccessibleName(self.tr("Incidents: a first report and its updates, one per row"))
        self.table.setHorizontalHeaderLabels([self.tr("State"), self.tr("Severity"), self.tr("Summary"),
                                              self.tr("Reports"), self.tr("Next deadline"), self.tr("Started by")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        # the summary takes the room left; with no room for them all, the count of reports goes first
        self.table.horizontalHeader().setSectionResizeMode(SUMMARY, QHeaderView.ResizeMode.Stretch)
        self.columns = ColumnFitter(self.table, "incidents", SUMMARY, keep=(STATE,),
                                    hide_first=(REPORTS, STARTED_BY, SEVERITY, DEADLINE),
                                    caps={DEADLINE: 230, STARTED_BY: 170}, min_stretch=320)
        remember(self.columns, session)
        self.badges = BadgeDelegate(self.table)
        for column in (STATE, SEVERITY):  # coloured labels, as in the inbox
            self.table.setItemDelegateForColumn(column, self.badges)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemActivated.connect(lambda item: self.open_selected())

        bar = QHBoxLayout()
        bar.addWidget(self.show_which)
        bar.addWidget(self.open_button)
        bar.addWidget(self.update_button)
        bar.addWidget(self.final_button)
        bar.addStretch(1)
        bar.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)

        self.show_which.currentIndexChanged.connect(lambda i: self.refresh())
        self.open_button.clicked.connect(self.open_selected)
        self.update_button.clicked.connect(lambda: self._continue("update"))
        self.final_button.clicked.connect(lambda: self._continue("final"))
        session.dataChanged.connect(lambda what: self.refresh() if what in ("inbox", "outbox", "all") else None)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.refresh()

    # -- loading ------------------------------------------------------------------

    def refresh(self) -> None:
        if not self.announce and not self.isVisible():
            self._stale = True  # read when shown
            return
        self._stale = False
        which, side = self.show_which.currentData(), self.side

        def job(st):
            rows, _ = st.incidents.page(open_only=which == "open", overdue=which == "overdue", side=side, limit=500)
            return rows, {p.id: p.card.name for p in st.peers()}

        self.session.db.run(job, done=self._loaded, failed=lambda exc: self.status.setText(describe(exc)),
                            label="incidents")

    def _loaded(self, got) -> None:
        rows, self.names = got
        keep = self.selected_root()
        self.rows = rows
        lang = self.session.lang
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            started = (self.tr("This station") if row["side"] == "out"
                       else visible(self.names.get(row["author"], row["author"])))
            summary = visible(row["summary"]) if row["root_known"] else self.tr(
                "{summary} (earlier report not received yet)").format(summary=visible(row["summary"]))
            cells = [_item(state_words(row["state"]), _TONES.get(row["state"])),
                     _severity_item(self.session.book, row["severity"], lang), _item(summary),
                     _item(str(row["reports"])), _item(due_words(row["next_due"], self.names, lang)),
                     _item(started)]
            cells[0].setData(ROOT_ROLE, row["root"])
            for c, cell in enumerate(cells):
                self.table.setItem(r, c, cell)
            if row["root"] == keep:
                self.table.selectRow(r)
        self.columns.fit_to_contents()  # the summary stays in sight: no sideways scrolling
        due = sum(1 for row in rows if row["state"] in (clocks.DUE_SOON, clocks.OVERDUE))
        self.status.setText(self.tr("%n incident(s)", "", len(rows)) + (
            self.tr(", %n with a deadline near or passed", "", due) if due else ""))
        self._selection_changed()
        if self.announce:
            self._announce(rows)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _announce(self, rows: list[dict]) -> None:
        """A notification when a deadline passes, and when one seen further off comes within two hours (once each).

        A deadline already near when first seen (a report just arrived, whose arrival was announced; the app
        just opened) is shown by its badge only.
        """
        for row in rows:
            due = row["next_due"]
            before = self._seen.get(row["root"])
            self._seen[row["root"]] = row["state"]
            if not due or row["state"] not in (clocks.DUE_SOON, clocks.OVERDUE):
                continue
            if row["state"] == clocks.DUE_SOON and before != clocks.ON_TIME:
                continue
            key = (row["root"], due["at"] + due.get("who", ""), row["state"])
            if key in self._told:
                continue
            self._told.add(key)
            title = (self.tr("Deadline passed") if row["state"] == clocks.OVERDUE
                     else self.tr("Deadline in less than 2 hours"))
            text = f"{due_words(due, self.names, self.session.lang)}: {visible(row['summary'])}"
            self.deadlineNotice.emit(title, text)

    # -- selection and actions ------------------------------------------------------

    def selected_root(self) -> str | None:
        items = self.table.selectedItems()
        return self.table.item(items[0].row(), 0).data(ROOT_ROLE) if items else None

    def selected_row(self) -> dict | None:
        root = self.selected_root()
        return next((row for row in self.rows if row["root"] == root), None)

    def _selection_changed(self) -> None:
        row = self.selected_row()
        self.open_button.setEnabled(row is not None)
        own_open = bool(row and row["side"] == "out" and not row["closed"] and row["root_known"])
        self.update_button.setEnabled(own_open)
        self.final_button.setEnabled(own_open)

    def _continue(self, kind: str) -> None:
        row = self.selected_row()
        if row is not None:
            self.continueRequested.emit(row["root"], kind)

    def open_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        self.session.db.run(lambda st: {**st.incidents.detail(row["root"]),
                                        "seen_by_partners": st.incident_seen_by(row["root"])}, done=self._show,
                            failed=lambda exc: show_error(self, self.tr("Open incident"), exc), label="incident")

    def _show(self, detail: dict) -> None:
        dialog = IncidentDialog(detail, self.names, self.session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.continueRequested.connect(self.continueRequested)
        self.dialog = dialog
        dialog.open()


class IncidentDialog(QDialog):
    """One incident: its messages in order, each partner's acknowledgement, and what is due."""

    continueRequested = Signal(str, str)

    def __init__(self, detail: dict, names: dict[str, str], session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("incidentDialog")
        self.setWindowTitle(self.tr("Incident"))
        self.resize(980, 560)
        self.detail = detail
        book, lang = session.book, session.lang
        profile = clocks.clockbook().profiles.get(detail["profile"])
        heading = PlainLabel(visible(detail["summary"]))
        heading.setObjectName("incidentSummary")
        heading.setWordWrap(True)
        state = PlainLabel(self.tr("{state}. Next: {due}. Clock: {profile}.").format(
            state=state_words(detail["state"]), due=due_words(detail["next_due"], names, lang),
            profile=profile.text(lang) if profile else detail["profile"]))
        state.setObjectName("incidentState")
        state.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(state)
        if not detail["root_known"]:
            waiting = PlainLabel(self.tr("The earlier report has not been received yet: the thread joins up when it "
                                         "arrives."))
            waiting.setObjectName("incidentWaiting")
            layout.addWidget(waiting)
        if detail.get("seen_by_partners"):
            seen = PlainLabel(self.tr("Seen by {count} partner(s): they said they see it on their own networks"
                                      " too.").format(count=detail["seen_by_partners"]))
            seen.setObjectName("incidentSeenBy")
            seen.setWordWrap(True)
            layout.addWidget(seen)

        def who(author: str) -> str:
            return self.tr("This station") if author == "self" else visible(names.get(author, author))

        # the messages' codebook words (kinds, acknowledgement statuses) in the Reports in language, its font loaded
        reads = reading.of(session).lang()
        fonts.ensure_for_language(reads)
        fonts.ensure_for_text(*(str(msg.get("summary") or "") for msg in detail["messages"]))
        self.reads = reads
        self.messages = QTableWidget(len(detail["messages"]), 4)
        self.messages.setObjectName("incidentMessages")
        self.messages.setAccessibleName(self.tr("The incident's messages, oldest first"))
        self.messages.setHorizontalHeaderLabels([self.tr("Filed"), self.tr("Message"), self.tr("From"),
                                                 self.tr("Content")])
        for r, msg in enumerate(detail["messages"]):
            kind = book.label("message_types", msg["type"], reads) if book.has("message_types", msg["type"]) \
                else msg["type"]
            if msg["type"] == "acknowledgement":
                content = (book.label("ack_status", msg["ack_status"], reads)
                           if msg.get("ack_status") and book.has("ack_status", msg["ack_status"]) else "")
            else:
                content = self.tr("Severity {level}: {summary}").format(level=msg["severity"],
                                                                        summary=visible(msg["summary"]))
            for c, text in enumerate((msg["reported_at"].replace("T", " ")[:16], kind, who(msg["author"]), content)):
                self.messages.setItem(r, c, _item(text))
        self._fit(self.messages)
        layout.addWidget(PlainLabel(self.tr("Messages, oldest first:")))
        note = draft_note(book, reads)  # "draft translation", in the language it is about
        if note:
            self.draft_note = PlainLabel(note)
            self.draft_note.setObjectName("draftTranslation")
            self.draft_note.setWordWrap(True)
            paint(self.draft_note, "external")  # grey: a note, not a warning
            layout.addWidget(self.draft_note)
        layout.addWidget(self.messages, 2)

        self.dues = QTableWidget(len(detail["dues"]), 2)
        self.dues.setObjectName("incidentDues")
        self.dues.setAccessibleName(self.tr("Deadlines and acknowledgements"))
        self.dues.setHorizontalHeaderLabels([self.tr("State"), self.tr("Due")])
        for r, due in enumerate(detail["dues"]):
            if due["met_at"]:
                words, tone_name = ((self.tr("Done late"), "unverified") if due["late"]
                                    else (self.tr("Done"), "verified"))
            else:
                words, tone_name = state_words(due["state"]), _TONES.get(due["state"])
            self.dues.setItem(r, 0, _item(words, tone_name))
            self.dues.setItem(r, 1, _item(due_words(due, names, lang)))
        self._fit(self.dues)
        layout.addWidget(PlainLabel(self.tr("Deadlines and acknowledgements:")))
        layout.addWidget(self.dues, 1)
        for rel in detail["related_reports"]:
            note = PlainLabel(self.tr("Related report from {who}, not part of this incident (only its author "
                                      "continues an incident): {summary}").format(who=who(rel["author"]),
                                                                                   summary=visible(rel["summary"])))
            note.setWordWrap(True)
            layout.addWidget(note)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        own_open = detail["side"] == "out" and not detail["closed"] and detail["root_known"]
        self.update_button = buttons.addButton(self.tr("Send &update..."), QDialogButtonBox.ButtonRole.ActionRole)
        self.update_button.setObjectName("dialogSendUpdate")
        self.final_button = buttons.addButton(self.tr("&Final report..."), QDialogButtonBox.ButtonRole.ActionRole)
        self.final_button.setObjectName("dialogFinalReport")
        for button, kind in ((self.update_button, "update"), (self.final_button, "final")):
            button.setVisible(own_open)
            button.clicked.connect(lambda checked=False, k=kind: self._continue(k))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @staticmethod
    def _fit(table: QTableWidget) -> None:
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.horizontalHeader().setStretchLastSection(True)
        table.resizeColumnsToContents()

    def _continue(self, kind: str) -> None:
        self.continueRequested.emit(self.detail["root"], kind)
        self.accept()
