"""The lazy outbox table: pages as the view asks, refreshes that keep rows and selections in place."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, QPersistentModelIndex

from siaga.delivery.bundle import export_bundle, import_bundle
from siaga.gui.outbox_model import ID_ROLE, PEER_ROLE, SUMMARY, TIME, OutboxModel

from helpers import wait_for


@pytest.fixture
def outbox(network, draft):
    """Jakarta filed five reports (Report 0 first) to Kuala Lumpur and Manila; none carried yet."""
    net = network()
    jkt, kl = net.jakarta, net.kl
    kl_at_jkt, jkt_at_kl = net.peers[("jakarta", "kl")], net.peers[("kl", "jakarta")]
    ids = jkt.file_reports([dict(draft, scope="global", summary=f"Report {i}") for i in range(5)])
    return jkt, kl, kl_at_jkt.id, jkt_at_kl.id, ids


@pytest.fixture
def model(qtbot, open_session, outbox):
    session = open_session(outbox[0].home)
    model = OutboxModel(session.db, session.book, session.lang, page_size=2)
    model.session = session
    model.set_include_all(False)
    qtbot.waitUntil(lambda: model.rowCount() == 6, timeout=10_000)
    return model


def lines(model):
    """Each row as the table shows it: (first column, last column)."""
    return [(model.index(r, TIME).data() if not model.is_message_row(r) else "", model.index(r, SUMMARY).data())
            for r in range(model.rowCount())]


def fetch_all(qtbot, model):
    while model.canFetchMore(QModelIndex()) or model.loading:
        model.fetchMore(QModelIndex())
        qtbot.waitUntil(lambda: not model.loading, timeout=10_000)


def test_pages_arrive_as_the_view_asks(qtbot, qtmodeltester, model):
    shown = lines(model)
    recipients = [("to kl", "Queued"), ("to manila", "Queued")]
    assert shown[0] == ("", "Report 4") and sorted(shown[1:3]) == recipients
    assert shown[3] == ("", "Report 3") and sorted(shown[4:6]) == recipients
    assert model.canFetchMore(QModelIndex())
    qtbot.waitUntil(lambda: model.counts == {"early-warning": 5}, timeout=10_000)
    qtmodeltester.check(model)
    fetch_all(qtbot, model)
    assert not model.canFetchMore(QModelIndex())
    assert [m["summary"] for m in model.messages()] == [f"Report {i}" for i in range(4, -1, -1)]
    assert model.rowCount() == 15 and model.index(14, SUMMARY).data(ID_ROLE) == model.messages()[-1]["id"]


def test_a_refresh_reads_the_loaded_rows_again_and_keeps_their_indexes(qtbot, qtmodeltester, model, outbox, draft):
    jkt, kl, kl_id, jkt_id, ids = outbox
    recipient = QPersistentModelIndex(model.index(5, SUMMARY))  # Report 3's second recipient
    peer = recipient.data(PEER_ROLE)
    assert import_bundle(kl, export_bundle(jkt, kl_id)[0]).new == 5
    kl.acknowledge(ids[3], "resolved", "")
    back, _ = export_bundle(kl, jkt_id)
    session = model.session
    wait_for(qtbot, session.db.run(lambda st: import_bundle(st, back)))
    wait_for(qtbot, session.db.run(lambda st: st.file_report(dict(draft, scope="global", summary="Report 5"))))
    inserted, reset = [], []
    model.rowsInserted.connect(lambda parent, first, last: inserted.append((first, last)))
    model.modelReset.connect(lambda: reset.append(True))
    model.refresh()
    qtbot.waitUntil(lambda: model.rowCount() == 9, timeout=10_000)
    assert [m["summary"] for m in model.messages()] == ["Report 5", "Report 4", "Report 3"]  # no older than loaded
    assert inserted == [(0, 2)] and not reset and model.canFetchMore(QModelIndex())
    assert recipient.isValid() and recipient.row() == 8 and recipient.data(PEER_ROLE) == peer
    assert recipient.data(ID_ROLE) == ids[3]
    words = {model.index(r, SUMMARY).data(PEER_ROLE): model.index(r, SUMMARY).data() for r in range(9)
             if not model.is_message_row(r) and model.index(r, SUMMARY).data(ID_ROLE) == ids[3]}
    assert sorted(words.values()) == ["Acknowledged: Resolved", "Queued"] and words[kl_id] == "Acknowledged: Resolved"
    report_4 = [model.index(r, SUMMARY).data() for r in (4, 5)]
    assert model.index(3, SUMMARY).data() == "Report 4" and sorted(w.split(" ")[0] for w in report_4) == [
        "Delivered", "Queued"]
    qtmodeltester.check(model)
    fetch_all(qtbot, model)
    assert [m["summary"] for m in model.messages()][3:] == ["Report 2", "Report 1", "Report 0"]


def test_showing_everything_starts_from_the_first_page(qtbot, model, outbox):
    jkt, _, kl_id, _, _ = outbox
    ping = wait_for(qtbot, model.session.db.run(lambda st: st.ping(kl_id)))
    model.set_include_all(True)
    qtbot.waitUntil(lambda: len(model.messages()) == 2, timeout=10_000)
    assert model.index(0, 0).data(ID_ROLE) == ping and model.index(0, 1).data() == "Ping"
    qtbot.waitUntil(lambda: model.counts == {"early-warning": 5, "ping": 1}, timeout=10_000)


def test_more_than_a_page_of_newer_reports_starts_again_from_the_newest(qtbot, model, draft):
    session = model.session
    wait_for(qtbot, session.db.run(lambda st: st.file_reports([dict(draft, scope="global", summary=f"New {i}")
                                                               for i in range(3)])))
    reset = []
    model.modelReset.connect(lambda: reset.append(True))
    model.refresh()
    qtbot.waitUntil(lambda: bool(reset) and not model.loading, timeout=10_000)
    assert [m["summary"] for m in model.messages()] == ["New 2", "New 1"] and model.canFetchMore(QModelIndex())
    fetch_all(qtbot, model)
    assert len(model.messages()) == 8
    qtbot.waitUntil(lambda: model.counts == {"early-warning": 8}, timeout=10_000)
