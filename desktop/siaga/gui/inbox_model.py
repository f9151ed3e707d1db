"""The inbox table: a lazy Qt model that pulls pages of the inbox as the view scrolls.

The model never touches the database. Pages come through an injected ``fetch``
function, asynchronously (in the app, a job on the station's database worker:
see :func:`worker_fetch`); the model asks for the next page only when the view
needs more rows (Qt's ``canFetchMore``/``fetchMore``), one page at a time. A new
query (:meth:`InboxModel.setQuery`) resets the table; a page still on its way
for an earlier query is dropped when it arrives.
"""

from __future__ import annotations

import dataclasses
import logging
from typing import Any, Callable

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from ..base.errors import InputError
from ..protocol.codebook import Codebook
from ..storage.inbox_query import Cursor, InboxQuery
from . import fonts
from .badge_delegate import CHIP_ROLE
from .colours import STATUS_TONES, readable_on, tone
from .plain import tip, visible

log = logging.getLogger("siaga.gui.inbox")

OnPage = Callable[[list[dict], "Cursor | None"], None]
OnError = Callable[[BaseException], None]
# fetch(query, after, limit, on_page, on_error): ask for one page; call exactly one of the two later
Fetch = Callable[[InboxQuery, "Cursor | None", int, OnPage, OnError], None]

# severity and status first (coloured labels: gui/badge_delegate.py); the summary last, stretching
SEVERITY, STATUS, RECEIVED, TYPE, SENDER, COUNTRY, CODE, TLP, SUMMARY = range(9)
COLUMNS = 9
PAGE_SIZE = 200
#: a first page that could not be read is asked for again this many times, after RETRY_MS, 2 × RETRY_MS...
FIRST_PAGE_RETRIES, RETRY_MS = 3, 400


def worker_fetch(worker: Any) -> Fetch:
    """A fetch that runs ``station.inbox_page`` as a job on the app's database worker."""

    def fetch(query: InboxQuery, after: Cursor | None, limit: int, on_page: OnPage, on_error: OnError) -> None:
        worker.run(lambda station: station.inbox_page(query, after, limit),
                   done=lambda page: on_page(*page), failed=on_error, label="inbox page")

    return fetch


class InboxModel(QAbstractTableModel):
    """Received messages as table rows, newest first unless sorted otherwise.

    ``Qt.UserRole`` on any cell gives the row's dict (as ``Station.inbox_page`` makes it).
    """

    # a page arrived and its rows (how many) were added
    pageLoaded = Signal(int)
    # a page could not be read (the error, typed); scrolling asks again (a first page: asked again by itself)
    pageFailed = Signal(object)
    # a page is being read (True), or it arrived or failed (False)
    loadingChanged = Signal(bool)

    def __init__(self, fetch: Fetch, book: Codebook, lang: str = "en", page_size: int = PAGE_SIZE,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._book = book
        self._lang = lang
        self._page_size = page_size
        self._query = InboxQuery()
        self._rows: list[dict] = []
        self._cursor: Cursor | None = None
        self._more = False  # nothing to fetch until a query is set
        self._loading = False
        self._generation = 0
        self._retries = 0  # first-page reads asked again after a failure, for the current query
        self._replacing = False  # a refresh is on its way: the rows shown stay until its first page arrives
        self._kept: tuple[Cursor | None, bool] = (None, False)
        self.failure: BaseException | None = None  # why the last read failed (None once one succeeds)
        self._severity_colours = {e["level"]: QColor(e["hex"]) for e in book.entries("severity")}
        self._bold = QFont()
        self._bold.setBold(True)

    # -- the query ---------------------------------------------------------------

    def query(self) -> InboxQuery:
        return self._query

    def setQuery(self, query: InboxQuery) -> None:
        """Show what ``query`` selects: the table empties and its first page is asked for."""
        self.beginResetModel()
        self._generation += 1
        self._query = query
        self._rows = []
        self._cursor = None
        self._more = True
        self._loading = False
        self._retries = 0
        self._replacing = False
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def refresh(self) -> None:
        """Read the current query again from its first page (after new messages arrived, after a sync pass).

        The rows shown stay until that page arrives, and are then replaced at once: the table is
        never blank meanwhile (it once was after every sync pass, the first right after unlocking).
        """
        if not self._rows:
            self.setQuery(self._query)
            return
        self._generation += 1  # a page still on its way for the rows shown is dropped
        self._kept = (self._cursor, self._more)  # where the rows shown go on, should the refresh fail
        self._cursor = None
        self._more = True
        self._loading = False
        self._retries = 0
        self._replacing = True
        self.fetchMore(QModelIndex())

    @property
    def loading(self) -> bool:
        return self._loading

    def row_id(self, row: int) -> str:
        return self._rows[row]["id"]

    def row_of(self, msg_id: str) -> int:
        """The row of message ``msg_id`` among the rows loaded so far, or -1."""
        return next((r for r, row in enumerate(self._rows) if row["id"] == msg_id), -1)

    # -- lazy loading --------------------------------------------------------------

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:
        return not parent.isValid() and self._more and not self._loading

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:
        if not self.canFetchMore(parent):
            return
        self._loading = True
        self.loadingChanged.emit(True)
        generation = self._generation
        self._fetch(self._query, self._cursor, self._page_size,
                    lambda rows, cursor: self._page_arrived(generation, rows, cursor),
                    lambda error: self._page_failed(generation, error))

    def _page_arrived(self, generation: int, rows: list[dict], cursor: Cursor | None) -> None:
        if generation != self._generation:
            return  # for a query that has since been replaced
        self._loading = False
        self.failure = None
        self._more = cursor is not None
        self._cursor = cursor
        if self._replacing:  # a refresh: its first page takes the place of every row shown, in one step
            self._replacing = False
            self.beginResetModel()
            self._rows = []
            self.endResetModel()
        if rows:
            # a partner's words in Thai, Khmer, Lao or Burmese: that script's font, before they are drawn
            fonts.ensure_for_text(*(f"{row.get('summary') or ''} {row.get('sender') or ''}" for row in rows))
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        self.pageLoaded.emit(len(rows))
        self.loadingChanged.emit(False)

    def _page_failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self.failure = error
        if self._replacing:  # the rows shown stay, as they were last read (scrolling reads on after them)
            self._replacing = False
            self._cursor, self._more = self._kept
        log.warning("an inbox page could not be read: %s", error)
        self.pageFailed.emit(error)
        self.loadingChanged.emit(False)
        if not self._rows and self._retries < FIRST_PAGE_RETRIES and not isinstance(error, InputError):
            # an empty table asks for nothing more by itself: a first page that failed for a passing reason
            # (a busy disk) is asked for again, a little later; a query the station refuses is not
            self._retries += 1
            QTimer.singleShot(RETRY_MS * self._retries, self, lambda: self._retry(generation))

    def _retry(self, generation: int) -> None:
        if generation == self._generation and not self._rows:
            self.fetchMore(QModelIndex())

    # -- the table -----------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Severity"), self.tr("Status"), self.tr("Received"), self.tr("Type"), self.tr("Sender"),
                self.tr("Country"), self.tr("Code"), self.tr("TLP"), self.tr("Summary"))[section]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Only the Received column sorts (the inbox is kept in received order); other columns do nothing."""
        if column != RECEIVED:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if descending != self._query.descending:
            self.setQuery(dataclasses.replace(self._query, descending=descending))

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.UserRole:
            return row
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == CHIP_ROLE:  # beside the status: how many countries reported the same (the sentence: tooltip)
            return self._chip(row) if column == STATUS else None
        if role == Qt.ItemDataRole.AccessibleTextRole:  # a screen reader hears the whole cell, status and count
            return self._status_sentence(row) if column == STATUS else self._text(row, column)
        if column == SEVERITY and row.get("severity") in self._severity_colours:
            colour = self._severity_colours[row["severity"]]
            if role == Qt.ItemDataRole.BackgroundRole:
                return colour
            if role == Qt.ItemDataRole.ForegroundRole:
                return readable_on(colour)
        if column == STATUS and role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            text, background = tone(STATUS_TONES.get(row.get("status") or "new", "neutral"))
            return background if role == Qt.ItemDataRole.BackgroundRole else text
        if role == Qt.ItemDataRole.FontRole and (row.get("urgent") or row.get("unread")):
            return self._bold  # unread until opened; urgent always
        return None

    def mark_read(self, msg_id: str) -> None:
        """The row of ``msg_id`` (if loaded) shows as read: no longer bold (the station keeps the mark)."""
        row = self.row_of(msg_id)
        if row >= 0 and self._rows[row].get("unread"):
            self._rows[row]["unread"] = False
            self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMNS - 1), [Qt.ItemDataRole.FontRole])

    def _label(self, kind: str, code: Any) -> str:
        if code in (None, ""):
            return ""
        return self._book.label(kind, code, self._lang) if self._book.has(kind, code) else visible(code)

    def _text(self, row: dict, column: int) -> str:
        if column == RECEIVED:  # short: the time today, the day otherwise (the tooltip has both)
            when = QDateTime.fromSecsSinceEpoch(row["received_at"]).toLocalTime()
            if when.date() == QDate.currentDate():
                return when.toString("HH:mm")
            locale = QLocale(self._lang)
            return locale.toString(when.date(), "d MMM" if when.date().year() == QDate.currentDate().year()
                                   else "d MMM yyyy")
        if column == SENDER:
            if row.get("external"):
                return self.tr("{name} (external)").format(name=visible(row["sender"]))
            if row.get("codeline") and not row.get("codeline_by"):
                return self.tr("{name} (code line, NOT authenticated)").format(name=visible(row["sender"]))
            if row.get("codeline"):
                return self.tr("{name} (code line)").format(name=visible(row["sender"]))
            return visible(row["sender"])
        if column == COUNTRY:
            return self._label("countries", row["country"])
        if column == TYPE:
            return self._label("message_types", row.get("type"))
        if column == SUMMARY:
            return visible(row.get("summary") or "")
        if column == CODE:
            return self._label("classifications", row["code"])
        if column == SEVERITY:
            return self._label("severity", row["severity"])
        if column == TLP:
            return self._label("tlp", row["tlp"])
        if column == STATUS:  # short, as a badge: how many countries saw it too is a chip beside it
            return self.tr("New") if row["status"] == "new" else self._label("ack_status", row["status"])
        return ""

    def _chip(self, row: dict) -> str | None:
        """"3 countries": the same indicator or code reported by other countries too (None: by none)."""
        count = row.get("seen_countries")
        return self.tr("{count} countries").format(count=count) if count else None

    def _status_sentence(self, row: dict) -> str:
        """The status in full: "New · seen by 3 countries"."""
        status = self._text(row, STATUS)
        if row.get("seen_countries"):
            return self.tr("{status} · seen by {count} countries").format(status=status, count=row["seen_countries"])
        return status

    def _tooltip(self, row: dict, column: int) -> str | None:
        """The cell's whole text (a cell too narrow for it shows it elided), and what it means.

        Tooltips are literal text (:func:`plain.tip`): Qt would read a summary with markup as HTML.
        """
        text = self._status_sentence(row) if column == STATUS else self._text(row, column)
        if column == RECEIVED:
            text = QDateTime.fromSecsSinceEpoch(row["received_at"]).toLocalTime().toString("yyyy-MM-dd HH:mm")
        more = self._meaning(row, column)
        return tip("\n".join(part for part in (text, more) if part)) or None

    def _meaning(self, row: dict, column: int) -> str | None:
        """What a cell's text means, beyond its words (a sender's trust, a code, why a report is marked)."""
        if column == SENDER:
            return {"verified": self.tr("Verified peer"),
                    "unverified": self.tr("Signature valid; peer not verified"),
                    "revoked": self.tr("Peer revoked its keys"),
                    "unknown": self.tr("Signature valid; author not in the directory"),
                    "external": self.tr("External report (STIX): no Siaga signature"),
                    "codeline": self.tr("Received as a code line, authenticated by its tag; the signed report "
                                        "will take its place"),
                    "codeline-unauthenticated": self.tr("Received as a code line, NOT authenticated")}.get(row["trust"])
        if column == CODE:
            return visible(row["code"]) or None
        if column == STATUS and row.get("seen_countries"):
            return self.tr("{count} countries reported the same indicator, or this code in the same sector,"
                           " within a few days of each other").format(count=row["seen_countries"])
        return None
