"""The lazy outbox tree: pages as the view asks, refreshes that keep rows, children and selections in place."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, QPersistentModelIndex

from helpers import link, wait_for
from siaga.bundle import export_bundle, import_bundle
from siaga.gui.outbox_model import ID_ROLE, PEER_ROLE, SUMMARY, OutboxModel


@pytest.fixture
def outbox(make_station, draft):
    """Jakarta filed five reports (Report 0 first) to Kuala Lumpur and Manila; none carried yet."""
    jkt = make_station("jakarta", country="ID")
    kl = make_station("kl", country="MY")
    manila = make_station("manila", country="PH")
    kl_at_jkt, jkt_at_kl = link(jkt, kl)
    link(jkt, manila)
    ids = jkt.file_reports([dict(draft, scope="global", summary=f"Report {i}") for i in range(5)])
    return jkt, kl, kl_at_jkt.id, jkt_at_kl.id, ids


@pytest.fixture
def model(qtbot, open_session, outbox):
    session = open_session(outbox[0].home)
    model = OutboxModel(session.db, session.book, session.lang, page_size=2)
    model.session = session
    model.set_include_all(False)
    qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=10_000)
    return model


def summaries(model):
    return [model.index(r, SUMMARY).data() for r in range(model.rowCount())]


def test_pages_arrive_as_the_view_asks(qtbot, qtmodeltester, model):
    assert summaries(model) == ["Report 4", "Report 3"] and model.canFetchMore(QModelIndex())
    qtmodeltester.check(model)  # the tester fetches more too
    assert model.counts == {"early-warning": 5}
    top = model.index(0, 0)
    assert model.rowCount(top) == 2 and model.index(1, 0, top).parent() == top
    assert {model.index(j, 0, top).data() for j in range(2)} == {"kl", "manila"}
    assert {model.index(j, SUMMARY, top).data() for j in range(2)} == {"Queued"}
    while model.canFetchMore(QModelIndex()) or model.loading:
        model.fetchMore(QModelIndex())
        qtbot.waitUntil(lambda: not model.loading, timeout=10_000)
    assert not model.canFetchMore(QModelIndex())
    assert summaries(model) == [f"Report {i}" for i in range(4, -1, -1)]
    qtmodeltester.check(model)


def test_a_refresh_reads_the_loaded_rows_again_and_keeps_their_indexes(qtbot, qtmodeltester, model, outbox, draft):
    jkt, kl, kl_id, jkt_id, ids = outbox
    recipient = QPersistentModelIndex(model.index(1, 0, model.index(1, 0)))  # Report 3's second recipient
    peer = recipient.data(PEER_ROLE)
    assert import_bundle(kl, export_bundle(jkt, kl_id)[0]).new == 5
    kl.acknowledge(ids[3], "resolved", "")
    back, _ = export_bundle(kl, jkt_id)
    session = model.session
    wait_for(qtbot, session.db.run(lambda st: import_bundle(st, back)))
    wait_for(qtbot, session.db.run(lambda st: st.file_report(dict(draft, scope="global", summary="Report 5"))))
    inserted = []
    model.rowsInserted.connect(lambda parent, first, last: inserted.append((parent.isValid(), first, last)))
    model.refresh()
    qtbot.waitUntil(lambda: model.rowCount() == 3, timeout=10_000)
    assert summaries(model) == ["Report 5", "Report 4", "Report 3"]  # the newer one on top; no more than loaded
    assert inserted == [(False, 0, 0)] and model.canFetchMore(QModelIndex())
    assert recipient.isValid() and recipient.parent().row() == 2 and recipient.data(PEER_ROLE) == peer
    assert recipient.data(ID_ROLE) == ids[3]
    words = {model.index(j, SUMMARY, model.index(2, 0)).data(PEER_ROLE): model.index(j, SUMMARY, model.index(2, 0))
             .data() for j in range(2)}
    assert words[kl_id] == "Acknowledged: Resolved"
    assert model.index(1, SUMMARY).data() == "Report 4"
    model.fetchMore(QModelIndex())
    qtbot.waitUntil(lambda: model.rowCount() == 5, timeout=10_000)
    assert summaries(model)[3:] == ["Report 2", "Report 1"]
    qtmodeltester.check(model)


def test_showing_everything_starts_from_the_first_page(qtbot, model, outbox):
    jkt, _, kl_id, _, _ = outbox
    ping = wait_for(qtbot, model.session.db.run(lambda st: st.ping(kl_id)))
    model.set_include_all(True)
    qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=10_000)
    assert model.index(0, 0).data(ID_ROLE) == ping and model.index(0, 1).data() == "Ping"
    assert model.counts == {"early-warning": 5, "ping": 1}
