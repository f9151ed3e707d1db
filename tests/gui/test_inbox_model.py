"""The lazy inbox table model in a real QTableView, fed by real pages of a real station's inbox."""

from __future__ import annotations

from datetime import datetime
from functools import partial

import pytest
from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QTableView

from siaga.base.errors import ValidationError
from siaga.delivery.receiving import accept
from siaga.gui.inbox_model import CODE, COUNTRY, RECEIVED, SENDER, SEVERITY, STATUS, TLP, InboxModel, worker_fetch
from siaga.gui.plain import tip
from siaga.gui.worker import StationWorker
from siaga.station import Station
from siaga.storage.inbox_query import InboxQuery

from helpers import PASSPHRASE, link

T0 = 1_795_000_000
COUNT = 45


@pytest.fixture
def liaison(make_station, draft):
    """A station that received COUNT reports from kl (verified), one a minute; every fifth of severity 5."""
    liaison = make_station("liaison", country="ID")
    kl = make_station("kl", country="MY")
    kl_at_liaison, liaison_at_kl = link(liaison, kl)
    liaison.set_trust(kl_at_liaison.id, "verified")
    for i in range(COUNT):
        [msg] = kl.file_reports([dict(draft, to=[liaison_at_kl.id], summary=f"Report number{i}",
                                      severity=5 if i % 5 == 0 else 3)])
        accept(liaison, [kl.store.envelopes([msg])[msg]], kl_at_liaison, now=T0 + 60 * i)
    return liaison


class Pages:
    """A fetch as the app's worker gives it: the page is read now and handed over later, from the event loop."""

    def __init__(self, station: Station, hold: bool = False) -> None:
        self.station = station
        self.hold = hold
        self.asked: list[tuple[InboxQuery, object]] = []
        self.held: list = []

    def __call__(self, query, after, limit, on_page, on_error) -> None:
        self.asked.append((query, after))
        try:
            rows, cursor = self.station.inbox_page(query, after, limit)
        except ValidationError as exc:
            deliver = partial(on_error, exc)
        else:
            deliver = partial(on_page, rows, cursor)
        if self.hold:
            self.held.append(deliver)
        else:
            QTimer.singleShot(0, deliver)


def table(qtbot, model: InboxModel) -> QTableView:
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(900, 300)
    view.show()
    qtbot.waitExposed(view)
    return view


def ids_in(model: InboxModel) -> list[str]:
    return [model.row_id(r) for r in range(model.rowCount())]


def newest_first(station: Station, query: InboxQuery = InboxQuery()) -> list[str]:
    return [r["id"] for r in station.inbox_page(query, None, 1000)[0]]


def test_pages_arrive_later_and_scrolling_fetches_the_rest(qtbot, liaison):
    pages = Pages(liaison)
    model = InboxModel(pages, liaison.books.current, page_size=10)
    view = table(qtbot, model)
    model.setQuery(InboxQuery())
    assert model.rowCount() == 0 and model.loading  # asynchronous: nothing yet
    qtbot.waitUntil(lambda: model.rowCount() >= 10)
    while True:  # the view may ask for a page a moment after the scroll: no page on its way, and none left
        qtbot.waitUntil(lambda: not model.loading)
        if not model.canFetchMore():
            break
        view.scrollToBottom()
    assert ids_in(model) == newest_first(liaison)  # every row once, in order
    assert len(pages.asked) == COUNT // 10 + 1 and pages.asked[0][1] is None


def test_cells_show_codebook_labels_in_the_chosen_language(qtbot, liaison, draft):
    model = InboxModel(Pages(liaison), liaison.books.current, lang="id")
    table(qtbot, model)
    with qtbot.waitSignal(model.pageLoaded):
        model.setQuery(InboxQuery())
    newest = liaison.inbox_page(InboxQuery(), None, 1)[0][0]
    assert model.data(model.index(0, 0), Qt.ItemDataRole.UserRole) == newest
    assert model.row_id(0) == newest["id"]

    def cell(row: int, column: int, role=Qt.ItemDataRole.DisplayRole):
        return model.data(model.index(row, column), role)

    local = QDateTime.fromSecsSinceEpoch(newest["received_at"]).toLocalTime().toString("yyyy-MM-dd HH:mm")
    assert local == datetime.fromtimestamp(newest["received_at"]).strftime("%Y-%m-%d %H:%M")
    when = QDateTime.fromSecsSinceEpoch(newest["received_at"]).toLocalTime()
    short = when.toString("HH:mm") if when.date() == QDate.currentDate() else QLocale("id").toString(
        when.date(), "d MMM" if when.date().year() == QDate.currentDate().year() else "d MMM yyyy")
    assert cell(0, RECEIVED) == short  # the time alone today, else the day; both in its tooltip
    assert local in cell(0, RECEIVED, Qt.ItemDataRole.ToolTipRole)
    assert (cell(0, SENDER), cell(0, COUNTRY), cell(0, TLP), cell(0, STATUS)) == ("kl", "Malaysia", "TLP:AMBER",
                                                                                  "New")
    assert cell(0, CODE) == "Kode berbahaya: Sistem terinfeksi"
    assert cell(0, SENDER, Qt.ItemDataRole.ToolTipRole) == tip("kl\nVerified peer")  # its whole name, and trust
    # severity 3 (row 0) on orange, severity 5 (row 4) on black: the text stays readable on both
    assert cell(0, SEVERITY) == "Tinggi" and cell(4, SEVERITY) == "Darurat"
    assert cell(0, SEVERITY, Qt.ItemDataRole.BackgroundRole) == QColor("#ef6c00")
    assert cell(0, SEVERITY, Qt.ItemDataRole.ForegroundRole) == QColor("#000000")
    assert cell(4, SEVERITY, Qt.ItemDataRole.BackgroundRole) == QColor("#000000")
    assert cell(4, SEVERITY, Qt.ItemDataRole.ForegroundRole) == QColor("#ffffff")
    assert cell(0, CODE, Qt.ItemDataRole.BackgroundRole) is None
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())] == [
        "Severity", "Status", "Received", "Type", "Sender", "Country", "Code", "TLP", "Summary"]

    liaison.acknowledge(model.row_id(0), "investigating")
    with qtbot.waitSignal(model.pageLoaded):
        model.refresh()
    assert cell(0, STATUS) == "Sedang diselidiki"


def test_a_new_query_resets_and_a_late_page_of_the_old_one_is_dropped(qtbot, liaison):
    pages = Pages(liaison, hold=True)
    model = InboxModel(pages, liaison.books.current, page_size=20)
    table(qtbot, model)
    model.setQuery(InboxQuery())
    model.setQuery(InboxQuery(severity=5))
    old, new = pages.held
    new()
    old()  # arrives after the new query's page: ignored
    assert ids_in(model) == newest_first(liaison, InboxQuery(severity=5))
    assert model.rowCount() == COUNT // 5 and not model.canFetchMore()
    with qtbot.waitSignal(model.modelReset):
        model.setQuery(InboxQuery(text="number7"))
    assert model.rowCount() == 0
    pages.held[-1]()
    assert [model.data(model.index(0, 0), Qt.ItemDataRole.UserRole)["summary"]] == ["Report number7"]


def test_only_the_received_column_sorts(qtbot, liaison):
    pages = Pages(liaison)
    model = InboxModel(pages, liaison.books.current, page_size=100)
    view = table(qtbot, model)
    view.setSortingEnabled(True)
    with qtbot.waitSignal(model.pageLoaded):
        view.sortByColumn(RECEIVED, Qt.SortOrder.AscendingOrder)
    assert not model.query().descending and ids_in(model) == newest_first(liaison)[::-1]
    asked = len(pages.asked)
    model.sort(SENDER, Qt.SortOrder.DescendingOrder)  # no-op: the inbox is kept in received order
    assert len(pages.asked) == asked and ids_in(model) == newest_first(liaison)[::-1]
    with qtbot.waitSignal(model.pageLoaded):
        model.sort(RECEIVED, Qt.SortOrder.DescendingOrder)
    assert model.query().descending and ids_in(model) == newest_first(liaison)


def test_a_failed_page_is_reported_and_the_table_stays_usable(qtbot, liaison):
    model = InboxModel(Pages(liaison), liaison.books.current, page_size=0)  # refused by the core
    table(qtbot, model)
    with qtbot.waitSignal(model.pageFailed) as failed:
        model.setQuery(InboxQuery())
    assert isinstance(failed.args[0], ValidationError) and failed.args[0].params["field"] == "limit"
    assert model.rowCount() == 0 and not model.loading


def test_pages_through_the_station_worker_thread(qtbot, liaison):
    home = liaison.home
    worker = StationWorker(lambda: Station.open(home, PASSPHRASE))
    try:
        model = InboxModel(worker_fetch(worker), liaison.books.current, page_size=20)
        view = table(qtbot, model)
        model.setQuery(InboxQuery(severity=3))
        qtbot.waitUntil(lambda: model.rowCount() == 20, timeout=10_000)
        while model.canFetchMore() or model.loading:
            view.scrollToBottom()
            qtbot.waitUntil(lambda: not model.loading, timeout=10_000)
        assert ids_in(model) == newest_first(liaison, InboxQuery(severity=3))
    finally:
        assert worker.stop()
