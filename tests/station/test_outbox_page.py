"""Paged outbox reads: newest first by a keyset cursor, each page with its own deliveries and acknowledgements."""

from __future__ import annotations

import pytest

from siaga.delivery.bundle import export_bundle, import_bundle

from helpers import link


@pytest.fixture
def pair(make_station, draft):
    """Jakarta filed five reports to Kuala Lumpur (the newest last) and pinged it once in the middle."""
    jkt = make_station("jakarta", country="ID")
    kl = make_station("kl", country="MY")
    kl_at_jkt, jkt_at_kl = link(jkt, kl)
    ids = jkt.file_reports([dict(draft, summary=f"Report {i}") for i in range(3)])
    ping = jkt.ping(kl_at_jkt.id)
    ids += jkt.file_reports([dict(draft, summary=f"Report {i}") for i in range(3, 5)])
    return jkt, kl, kl_at_jkt.id, jkt_at_kl.id, ids, ping


def all_pages(station, limit, include_all=False):
    pages, after = [], None
    while True:
        rows, after = station.outbox_page(after, limit, include_all)
        pages.append([r["summary"] for r in rows])
        if after is None:
            return pages


def test_pages_run_newest_first_without_gaps_or_repeats(pair):
    jkt = pair[0]
    assert all_pages(jkt, 2) == [["Report 4", "Report 3"], ["Report 2", "Report 1"], ["Report 0"]]
    assert all_pages(jkt, 5) == [["Report 4", "Report 3", "Report 2", "Report 1", "Report 0"]]
    with_ping = all_pages(jkt, 2, include_all=True)
    assert with_ping == [["Report 4", "Report 3"], ["", "Report 2"], ["Report 1", "Report 0"]]  # a ping has none


def test_a_page_row_is_the_outbox_row_with_its_acknowledgement(pair):
    jkt, kl, kl_id, jkt_id, ids, _ = pair
    assert import_bundle(kl, export_bundle(jkt, kl_id)[0]).new == 6
    kl.acknowledge(ids[3], "investigating", "Team on site")
    import_bundle(jkt, export_bundle(kl, jkt_id)[0])
    rows, after = jkt.outbox_page(limit=2)
    assert after == rows[-1]["seq"] and [r["id"] for r in rows] == [ids[4], ids[3]]
    whole = {r["id"]: r for r in jkt.outbox()}
    for row in rows:
        assert "content_key" not in row
        expected = {k: v for k, v in whole[row["id"]].items() if k != "content_key"}
        assert {k: v for k, v in row.items() if k != "seq"} == expected
    [delivery] = rows[1]["deliveries"]
    assert delivery["peer"] == kl_id and delivery["status"] == "delivered"
    assert (delivery["ack"]["status"], delivery["ack"]["note"]) == ("investigating", "Team on site")
    assert "ack" not in rows[0]["deliveries"][0]


def test_a_page_reads_only_its_own_deliveries_and_replies(pair):
    jkt = pair[0]
    statements: list[str] = []
    jkt.store.db.conn.set_trace_callback(statements.append)
    try:
        jkt.outbox_page(limit=2)
    finally:
        jkt.store.db.conn.set_trace_callback(None)
    reads = [s for s in statements if "FROM deliveries" in s or "FROM inbox" in s]
    assert reads and all("IN (" in s for s in reads)
    assert all("LIMIT" in s for s in statements if "FROM outbox" in s)


def test_counts_by_type_follow_new_messages(pair, draft):
    jkt = pair[0]
    assert jkt.outbox_counts() == {"early-warning": 5, "ping": 1}
    jkt.file_report(draft)
    assert jkt.outbox_counts() == {"early-warning": 6, "ping": 1}


def test_an_empty_outbox_has_one_empty_page(make_station):
    assert make_station("lonely").outbox_page() == ([], None)


def test_deliveries_of_named_messages_come_with_their_acknowledgements(pair):
    jkt, kl, kl_id, jkt_id, ids, ping = pair
    import_bundle(kl, export_bundle(jkt, kl_id)[0])
    kl.acknowledge(ids[0], "resolved", "")
    import_bundle(jkt, export_bundle(kl, jkt_id)[0])
    found = jkt.outbox_deliveries([ids[0], ping])
    assert list(found) == [ids[0], ping]
    assert found[ids[0]][0]["ack"]["status"] == "resolved" and found[ids[0]][0]["status"] == "delivered"
    assert "ack" not in found[ping][0]
