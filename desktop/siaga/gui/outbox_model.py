"""The outbox tree: a lazy Qt model of this station's messages, each with one child row per recipient.

Pages of the outbox (``Station.outbox_page``) come from the station's database
worker, one at a time, as the view scrolls (Qt's ``canFetchMore``/``fetchMore``).
A refresh (after a sync pass or any change) reads the loaded rows again on the
worker, and works out there what changed; the GUI thread only inserts the newer
messages at the top and updates the rows that changed, so selections and
expanded rows stay as they were. The model never touches the database itself.
"""

from __future__ import annotations

import bisect
import logging
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

from ..codebook import Codebook
from ..message import REPORT_TYPES
from ..store import DELIVERED, GAVE_UP, QUEUED, RELAYED, RETRYING, SENDING
from .wording import code_label, local_time

log = logging.getLogger("siaga.gui.outbox")

TIME, TYPE, INCIDENT, SEVERITY, TLP, SUMMARY = range(6)
COLUMNS = 6
PAGE_SIZE = 200
#: on any row: the message id; on a recipient row also the peer id (PEER_ROLE)
ID_ROLE = Qt.ItemDataRole.UserRole
PEER_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


@dataclass
class Loaded:
    """What one read of the outbox brought back (made on the worker)."""

    rows: list[dict]
    cursor: int | None
    names: dict[str, str]  # peer id -> name
    counts: dict[str, int]  # message type -> how many the outbox holds
    added: int = 0  # a refresh: newer messages above the rows loaded before
    changed: list[int] | None = field(default_factory=list)  # a refresh: rows that changed; None: start again


def read_page(station, after: int | None, limit: int, include_all: bool) -> Loaded:
    """One page of the outbox with the peers' names and the counts by type (runs on the worker)."""
    rows, cursor = station.outbox_page(after, limit, include_all)
    return Loaded(rows, cursor, {p.id: p.card.name for p in station.peers()}, station.outbox_counts())


def read_again(station, loaded: list[dict], limit: int, include_all: bool) -> Loaded:
    """The ``loaded`` rows read again (down to the oldest of them) with any newer ones, and what changed."""
    page = read_page(station, None, max(limit, len(loaded)), include_all)
    while loaded and page.cursor is not None and page.rows[-1]["seq"] > loaded[-1]["seq"]:
        more, page.cursor = station.outbox_page(page.cursor, limit, include_all)
        page.rows.extend(more)
    if loaded and page.rows and page.rows[-1]["seq"] < loaded[-1]["seq"]:  # read past the oldest: keep it there
        page.rows = [r for r in page.rows if r["seq"] >= loaded[-1]["seq"]]
        page.cursor = loaded[-1]["seq"]
    ids = [r["id"] for r in page.rows]
    added = ids.index(loaded[0]["id"]) if loaded and loaded[0]["id"] in ids else 0
    if ids[added: added + len(loaded)] != [r["id"] for r in loaded]:
        page.changed = None
    else:
        page.added = added
        page.changed = [added + i for i, old in enumerate(loaded) if page.rows[added + i] != old]
    return page


class OutboxModel(QAbstractItemModel):
    """Messages as top-level rows (newest first), recipients as their children, with the delivery in words."""

    # rows were read (how many new ones); the counts may have changed too
    loaded = Signal(int)
    # the rows were replaced (a new query, or a refresh that could not be matched)
    restarted = Signal()
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
        self._keys: list[int] = []  # -seq of each row, ascending: a child's parent row by bisection
        self._names: dict[str, str] = {}
        self._counts: dict[str, int] = {}
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
        self._rows, self._keys = [], []
        self._cursor, self._more, self._loading, self._refresh_wanted = None, True, False, False
        self.endResetModel()
        self.restarted.emit()
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

    def rows(self) -> list[dict]:
        """The loaded messages, newest first."""
        return list(self._rows)

    def row_of(self, msg_id: str) -> int:
        """The row of a loaded message, or -1."""
        return next((i for i, r in enumerate(self._rows) if r["id"] == msg_id), -1)

    # -- reading -------------------------------------------------------------------

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and self._more and not self._loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if not self.canFetchMore(parent):
            return
        after, limit, include_all = self._cursor, self._page_size, self._include_all
        self._start(lambda st: read_page(st, after, limit, include_all), self._page_arrived, "outbox page")

    def refresh(self) -> None:
        """Read the loaded rows again, and any newer messages (after a read on its way, if one is)."""
        if self._loading:
            self._refresh_wanted = True
            return
        loaded, limit, include_all = list(self._rows), self._page_size, self._include_all
        self._start(lambda st: read_again(st, loaded, limit, include_all), self._refreshed, "outbox refresh")

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
        self._names, self._counts = result.names, result.counts
        self._cursor, self._more = result.cursor, result.cursor is not None
        arrived(result)
        if renamed and self._rows:  # a peer's new name on rows already shown
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, COLUMNS - 1))
        if self._refresh_wanted:
            self._refresh_wanted = False
            self.refresh()

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
        if page.changed is None:
            self.beginResetModel()
            self._rows, self._keys = [], []
            self.endResetModel()
            self._append(page.rows)
            self.restarted.emit()
            self.loaded.emit(len(page.rows))
            return
        known = len(self._rows)
        if page.added:
            self.beginInsertRows(QModelIndex(), 0, page.added - 1)
            self._rows[0:0] = page.rows[:page.added]
            self._keys[0:0] = [-r["seq"] for r in page.rows[:page.added]]
            self.endInsertRows()
        for row in page.changed:
            self._replace(row, page.rows[row])
        self._append(page.rows[page.added + known:])
        self.loaded.emit(len(page.rows) - known)

    def _append(self, rows: list[dict]) -> None:
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self._keys.extend(-r["seq"] for r in rows)
            self.endInsertRows()

    def _replace(self, row: int, new: dict) -> None:
        parent = self.index(row, 0)
        before, after = len(self._rows[row]["deliveries"]), len(new["deliveries"])
        if after > before:
            self.beginInsertRows(parent, before, after - 1)
            self._rows[row] = new
            self.endInsertRows()
        elif after < before:
            self.beginRemoveRows(parent, after, before - 1)
            self._rows[row] = new
            self.endRemoveRows()
        else:
            self._rows[row] = new
        self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMNS - 1))
        if after:
            self.dataChanged.emit(self.index(0, 0, parent), self.index(after - 1, COLUMNS - 1, parent))

    # -- the tree ----------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if not 0 <= column < COLUMNS:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0) if 0 <= row < len(self._rows) else QModelIndex()
        if parent.internalId() or not 0 <= parent.row() < len(self._rows):
            return QModelIndex()  # recipient rows have no children
        message = self._rows[parent.row()]
        if not 0 <= row < len(message["deliveries"]):
            return QModelIndex()
        return self.createIndex(row, column, message["seq"])  # a child knows its message by seq, not by row

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or not index.internalId():
            return QModelIndex()
        row = bisect.bisect_left(self._keys, -index.internalId())
        if row < len(self._keys) and self._keys[row] == -index.internalId():
            return self.createIndex(row, 0, 0)
        return QModelIndex()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._rows)
        if parent.internalId() or parent.column() != 0 or not 0 <= parent.row() < len(self._rows):
            return 0
        return len(self._rows[parent.row()]["deliveries"])

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return COLUMNS

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:
        return self.rowCount(parent) > 0

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Time"), self.tr("Type"), self.tr("Incident"), self.tr("Severity"), self.tr("TLP"),
                self.tr("Summary / delivery"))[section]

    def _message(self, index: Index) -> tuple[dict, dict | None] | None:
        """(the message, the recipient's delivery or None) of a row."""
        if not index.isValid():
            return None
        if not index.internalId():
            return (self._rows[index.row()], None) if index.row() < len(self._rows) else None
        parent = self.parent(index)
        if not parent.isValid():
            return None
        message = self._rows[parent.row()]
        deliveries = message["deliveries"]
        return (message, deliveries[index.row()]) if index.row() < len(deliveries) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        found = self._message(index)
        if found is None:
            return None
        message, delivery = found
        if role == ID_ROLE:
            return message["id"]
        if delivery is not None:
            if role == PEER_ROLE:
                return delivery["peer"]
            if role == Qt.ItemDataRole.DisplayRole:
                if index.column() == TIME:
                    return self._names.get(delivery["peer"], delivery["peer"])
                return self.delivery_words(delivery) if index.column() == SUMMARY else ""
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(message, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == TIME:
            return message["id"]
        return None

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
        return row.get("summary", "")

    def delivery_words(self, d: dict) -> str:
        """Where one recipient's delivery stands, in a sentence."""
        ack = d.get("ack")
        if ack:
            status = code_label(self._book, "ack_status", ack["status"], self._lang)
            if ack.get("note"):
                return self.tr("Acknowledged: {status} — {note}").format(status=status, note=ack["note"])
            return self.tr("Acknowledged: {status}").format(status=status)
        state = d["status"]
        if state == QUEUED:
            return self.tr("Queued")
        if state == SENDING:
            return self.tr("Sending")
        if state == RELAYED:
            return self.tr("Relayed through {hub} at {time}; waiting for the receipt").format(
                hub=self._names.get(d.get("relayed_by", ""), d.get("relayed_by", "")),
                time=local_time(d.get("relayed_at")))
        if state == DELIVERED:
            when = local_time(d.get("delivered_at") or d.get("updated_at"))
            if d.get("receipt"):
                return self.tr("Delivered {time} (receipt verified)").format(time=when)
            return self.tr("Delivered {time} (stored in the TAXII collection)").format(time=when)
        if state == RETRYING:
            return self.tr("Failing: {reason}, next try {time}").format(
                reason=d.get("error", ""), time=local_time(d.get("next_attempt_at")))
        if state == GAVE_UP:
            return self.tr("Given up: {reason}").format(reason=d.get("error", ""))
        return state
