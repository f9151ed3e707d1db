"""The outbox table: a lazy Qt model of this station's messages, each followed by one row per recipient.

Each message is a row (time, type, incident, severity, TLP, summary) followed by
one row per recipient with its delivery in words: a two-level outline laid flat,
so that the view's cost does not grow with the rows loaded (a tree view lays out
every loaded row again whenever rows are added). Pages of the outbox
(``Station.outbox_page``) come from the station's database worker, one at a time,
as the view scrolls (Qt's ``canFetchMore``/``fetchMore``). A refresh (after a sync
pass or any change) reads on the worker the messages newer than those loaded and
the loaded messages' deliveries, and works out there what changed; the GUI thread
only inserts the newer messages at the top and updates the rows that changed, so
the selection and the scroll position stay. The model never touches the database.
"""

from __future__ import annotations

import bisect
import itertools
import logging
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from ..delivery.link_state import stored_reason
from ..protocol.codebook import Codebook
from ..protocol.message import REPORT_TYPES
from ..storage.states import DELIVERED, GAVE_UP, QUEUED, RELAYED, RETRYING, SENDING
from .ack_clock_view import overdue_words, with_clock
from .colours import readable_on
from .delivery_look import state_colour, state_icon, state_of
from .errors import reason_text
from .plain import tip, visible
from .wording import code_label, local_time

log = logging.getLogger("siaga.gui.outbox")

TIME, TYPE, INCIDENT, SEVERITY, TLP, SUMMARY = range(6)
COLUMNS = 6
PAGE_SIZE = 200
# on any row: the message id; on a recipient row also the peer id (PEER_ROLE)
ID_ROLE = Qt.ItemDataRole.UserRole
PEER_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex
_DISPLAY = Qt.ItemDataRole.DisplayRole
_ROLES = {Qt.ItemDataRole.ToolTipRole, ID_ROLE, PEER_ROLE, Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.BackgroundRole,
          Qt.ItemDataRole.ForegroundRole}
_LOOK = (Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ForegroundRole)
_BADGE = (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole)


@dataclass
class Loaded:
    """What one read of the outbox brought back (made on the worker)."""

    rows: list[dict]  # a page; for a refresh, the messages newer than those loaded
    cursor: int | None
    names: dict[str, str]  # peer id -> name
    # a refresh: loaded messages (by row, counted before the newer ones) whose deliveries changed, as they are now;
    # None: more than a page of newer messages, so ``rows`` is the first page to start again from
    changed: dict[int, dict] | None = field(default_factory=dict)


def read_page(station, after: int | None, limit: int, include_all: bool) -> Loaded:
    """One page of the outbox with the peers' names (runs on the worker)."""
    rows, cursor = station.outbox_page(after, limit, include_all)
    return Loaded(rows, cursor, {p.id: p.card.name for p in station.peers()})


def read_again(station, loaded: list[dict], cursor: int | None, limit: int, include_all: bool) -> Loaded:
    """Messages newer than the ``loaded`` ones, and the loaded ones whose deliveries changed (runs on the worker).

    Only the deliveries and acknowledgements of the loaded messages are read again (their
    records do not change); with more than a page of newer messages, the first page is
    returned to start again from.
    """
    page = read_page(station, None, limit, include_all)
    newest = loaded[0]["seq"]
    if page.cursor is not None and page.rows[-1]["seq"] > newest:
        page.changed = None
        return page
    page.rows = [r for r in page.rows if r["seq"] > newest]
    page.cursor = cursor
    now = station.outbox_deliveries([r["id"] for r in loaded], {r["id"]: r for r in loaded})
    page.changed = {i: {**row, "deliveries": now[row["id"]]} for i, row in enumerate(loaded)
                    if now[row["id"]] != row["deliveries"]}
    return page


class OutboxModel(QAbstractTableModel):
    """Messages newest first, each row followed by its recipients' rows with the delivery in words."""

    # rows were read (how many new messages)
    loaded = Signal(int)
    # the outbox's counts by message type were read (after each read of rows; the first count takes longest)
    counted = Signal()
    # a read failed (the error, typed)
    loadFailed = Signal(object)

    def __init__(self, worker: Any, book: Codebook, lang: str = "en", page_size: int = PAGE_SIZE,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._book = book
        self._lang = lang
        self._page_size = page_size
        self._include_all = False
        self._rows: list[dict] = []
        self._starts: list[int] = []  # the table row of each message (its recipients follow it)
        self._lines: dict[int, tuple[str, ...]] = {}  # the texts of the rows painted since the last change
        self._names: dict[str, str] = {}
        self._severity_colours = {e["level"]: QColor(e["hex"]) for e in book.entries("severity")}
        self._counts: dict[str, int] = {}
        self._counting = False
        self._cursor: int | None = None
        self._more = False
        self._loading = False
        self._refresh_wanted = False
        self._generation = 0

    # -- what is shown -------------------------------------------------------------

    def set_include_all(self, include_all: bool) -> None:
        """Show pings, acknowledgements and relayed messages too (or only reports): starts from the first page."""
        self._include_all = include_all
        self.beginResetModel()
        self._generation += 1
        self._rows, self._starts, self._lines = [], [], {}
        self._cursor, self._more, self._loading, self._refresh_wanted = None, True, False, False
        self.endResetModel()
        self.fetchMore(QModelIndex())

    @property
    def include_all(self) -> bool:
        return self._include_all

    @property
    def counts(self) -> dict[str, int]:
        return dict(self._counts)

    @property
    def loading(self) -> bool:
        return self._loading

    def messages(self) -> list[dict]:
        """The loaded messages, newest first."""
        return list(self._rows)

    def row_of(self, msg_id: str) -> int:
        """The table row of a loaded message, or -1."""
        return next((self._starts[i] for i, r in enumerate(self._rows) if r["id"] == msg_id), -1)

    def is_message_row(self, row: int) -> bool:
        return self._locate(row)[1] is None

    # -- reading -------------------------------------------------------------------

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and self._more and not self._loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if not self.canFetchMore(parent):
            return
        after, limit, include_all = self._cursor, self._page_size, self._include_all
        self._start(lambda st: read_page(st, after, limit, include_all), self._page_arrived, "outbox page")

    def refresh(self) -> None:
        """Read the loaded messages' deliveries again, and any newer messages (after a read on its way, if one is)."""
        if self._loading:
            self._refresh_wanted = True
            return
        if not self._rows:
            self._more = True
            self.fetchMore(QModelIndex())
            return
        loaded, cursor, limit, include_all = list(self._rows), self._cursor, self._page_size, self._include_all
        self._start(lambda st: read_again(st, loaded, cursor, limit, include_all), self._refreshed, "outbox refresh")

    def _start(self, job, arrived, label: str) -> None:
        self._loading = True
        generation = self._generation
        self._worker.run(job, label=label, done=lambda result: self._arrived(generation, arrived, result),
                         failed=lambda exc: self._failed(generation, exc))

    def _arrived(self, generation: int, arrived, result: Loaded) -> None:
        if generation != self._generation:
            return  # read for rows that have since been replaced
        self._loading = False
        renamed = result.names != self._names
        self._names = result.names
        self._cursor, self._more = result.cursor, result.cursor is not None
        arrived(result)
        self._count()
        self._lines = {}  # rows moved or changed; times may now be worded for another day
        if renamed and self._rows:  # a peer's new name on rows already shown
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, COLUMNS - 1))
        if self._refresh_wanted:
            self._refresh_wanted = False
            self.refresh()

    def _count(self) -> None:
        """Count the outbox's messages by type, on the worker, after the rows it just read are shown."""
        if not self._counting:
            self._counting = True
            self._worker.run(lambda st: st.outbox_counts(), label="outbox counts", done=self._counted,
                             failed=self._count_failed)

    def _counted(self, counts: dict[str, int]) -> None:
        self._counting = False
        self._counts = counts
        self.counted.emit()

    def _count_failed(self, exc: BaseException) -> None:
        self._counting = False
        log.warning("the outbox could not be counted: %s", exc)
        self.loadFailed.emit(exc)

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._loading = False
        log.warning("the outbox could not be read: %s", exc)
        self.loadFailed.emit(exc)

    def _page_arrived(self, page: Loaded) -> None:
        self._append(page.rows)
        self.loaded.emit(len(page.rows))

    def _refreshed(self, page: Loaded) -> None:
        if page.changed is None:  # more newer messages than a page: from the newest again
            self.beginResetModel()
            self._rows, self._starts = [], []
            self.endResetModel()
            self._append(page.rows)
            self.loaded.emit(len(page.rows))
            return
        if page.rows:
            lines = sum(1 + len(r["deliveries"]) for r in page.rows)
            self.beginInsertRows(QModelIndex(), 0, lines - 1)
            self._rows[0:0] = page.rows
            self._starts = _starts(page.rows) + [start + lines for start in self._starts]
            self.endInsertRows()
        for i, row in page.changed.items():
            self._replace(len(page.rows) + i, row)
        self.loaded.emit(len(page.rows))

    def _append(self, rows: list[dict]) -> None:
        if rows:
            first = self.rowCount()
            lines = sum(1 + len(r["deliveries"]) for r in rows)
            self.beginInsertRows(QModelIndex(), first, first + lines - 1)
            self._rows.extend(rows)
            self._starts.extend(first + start for start in _starts(rows))
            self.endInsertRows()

    def _replace(self, i: int, new: dict) -> None:
        """Message ``i`` as read again: recipient rows added or removed at its end, then all its rows updated."""
        start = self._starts[i]
        before, after = len(self._rows[i]["deliveries"]), len(new["deliveries"])
        delta = after - before
        if delta > 0:
            self.beginInsertRows(QModelIndex(), start + 1 + before, start + after)
        elif delta < 0:
            self.beginRemoveRows(QModelIndex(), start + 1 + after, start + before)
        self._rows[i] = new
        if delta:
            self._starts[i + 1:] = [s + delta for s in self._starts[i + 1:]]
            (self.endInsertRows if delta > 0 else self.endRemoveRows)()
        self.dataChanged.emit(self.index(start, 0), self.index(start + after, COLUMNS - 1))

    # -- the table -----------------------------------------------------------------------

    def _locate(self, row: int) -> tuple[dict, dict | None]:
        """(the message, the recipient's delivery, or None on the message's own row) of a table row."""
        i = bisect.bisect_right(self._starts, row) - 1
        message = self._rows[i]
        return message, (message["deliveries"][row - self._starts[i] - 1] if row > self._starts[i] else None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if parent.isValid() or not self._rows:
            return 0
        return self._starts[-1] + 1 + len(self._rows[-1]["deliveries"])

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Time"), self.tr("Type"), self.tr("Incident"), self.tr("Severity"), self.tr("TLP"),
                self.tr("Summary / delivery"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != _DISPLAY and role not in _ROLES:
            return None
        row = index.row()
        if not index.isValid() or not 0 <= row < self.rowCount():
            return None
        if role == _DISPLAY:
            return self._line(row)[index.column()]
        message, delivery = self._locate(row)
        if role == ID_ROLE:
            return message["id"]
        if role == Qt.ItemDataRole.ToolTipRole:  # the cell's whole text (a narrow cell shows it elided)
            return self._tooltip(row, index.column(), message, delivery)
        if delivery is None:  # a report's severity: a coloured label, as in the inbox (gui/badge_delegate.py)
            if index.column() != SEVERITY or role not in _BADGE or message.get("type") not in REPORT_TYPES:
                return None
            colour = self._severity_colours.get(message.get("severity"))
            if colour is None:
                return None
            return colour if role == Qt.ItemDataRole.BackgroundRole else readable_on(colour)
        if role == Qt.ItemDataRole.BackgroundRole:
            return None
        if role == PEER_ROLE:
            return delivery["peer"]
        if role in _LOOK:  # the delivery's state at a glance: an icon and a colour (gui/delivery_look.py)
            if index.column() != SUMMARY:
                return None
            state = state_of(delivery)
            return state_icon(state) if role == Qt.ItemDataRole.DecorationRole else state_colour(state)
        return None

    def _tooltip(self, row: int, column: int, message: dict, delivery: dict | None) -> str | None:
        """A cell's whole text; on a message's time, also the message's id."""
        text = self._line(row)[column]
        if delivery is None and column == TIME:
            text = f"{text}\n{message['id']}" if text else message["id"]
        return tip(text) or None

    def _line(self, row: int) -> tuple[str, ...]:
        """The texts of a table row, worded once (painting asks for them again and again)."""
        line = self._lines.get(row)
        if line is None:
            message, delivery = self._locate(row)
            if delivery is None:
                line = tuple(visible(self._text(message, column)) for column in range(COLUMNS))
                if overdue_words(message["deliveries"]):  # partners late to acknowledge it
                    line = (*line[:SUMMARY], f"{line[SUMMARY]} · {overdue_words(message['deliveries'])}")
            else:
                name = self._names.get(delivery["peer"], delivery["peer"])
                line = (self.tr("to {name}").format(name=visible(name)), "", "", "", "",
                        with_clock(self.delivery_words(delivery), delivery))
            self._lines[row] = line
        return line

    def _text(self, row: dict, column: int) -> str:
        book, lang = self._book, self._lang
        if column == TIME:
            return local_time(row.get("created_at"))
        if column == TYPE:
            return code_label(book, "message_types", row.get("type"), lang)
        if column == INCIDENT:
            return code_label(book, "classifications", row.get("code"), lang)
        if column == SEVERITY:
            return code_label(book, "severity", row.get("severity"), lang) if row.get("type") in REPORT_TYPES else ""
        if column == TLP:
            return row.get("tlp", "")
        if row.get("seen_by_partners"):  # sightings: partners that saw it too
            return self.tr("{summary} · seen by {count} partner(s)").format(summary=row.get("summary", ""),
                                                                           count=row["seen_by_partners"])
        return row.get("summary", "")

    def delivery_words(self, d: dict) -> str:
        """Where one recipient's delivery stands, in a sentence."""
        ack = d.get("ack")
        if ack:
            status = code_label(self._book, "ack_status", ack["status"], self._lang)
            if ack.get("note"):
                return self.tr("Acknowledged: {status} — {note}").format(status=visible(status),
                                                                        note=visible(ack["note"]))
            return self.tr("Acknowledged: {status}").format(status=visible(status))
        state = d["status"]
        if state == QUEUED:
            return self.tr("Queued")
        if state == SENDING:
            return self.tr("Sending")
        if state == RELAYED:
            return self.tr("Relayed through {hub} at {time}; waiting for the receipt").format(
                hub=visible(self._names.get(d.get("relayed_by", ""), d.get("relayed_by", ""))),
                time=local_time(d.get("relayed_at")))
        if state == DELIVERED:
            when = local_time(d.get("delivered_at") or d.get("updated_at"))
            if d.get("receipt"):
                return self.tr("Delivered {time} (receipt verified)").format(time=when)
            return self.tr("Delivered {time} (stored in the TAXII collection)").format(time=when)
        if state == RETRYING:
            return self.tr("Failing: {reason}, next try {time}").format(
                reason=visible(reason_text(stored_reason(d))), time=local_time(d.get("next_attempt_at")))
        if state == GAVE_UP:
            if d.get("reason"):  # typed: worded in the interface's language, after how many tries
                return self.tr("Given up after {count} tries: {reason}").format(
                    count=d.get("attempts", 0), reason=visible(reason_text(stored_reason(d))))
            return self.tr("Given up: {reason}").format(reason=visible(d.get("error", "")))
        return visible(state)


def _starts(rows: list[dict]) -> list[int]:
    """The table row of each of ``rows`` (from 0), each followed by its recipients' rows."""
    return list(itertools.accumulate((1 + len(r["deliveries"]) for r in rows[:-1]), initial=0)) if rows else []
