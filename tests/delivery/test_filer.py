"""Taking in and filing: a large batch is receipted once kept among the arrivals and filed in the inbox after.

Real `siaga serve` processes, real databases: the receipts, the exactly-once filing
across kill -9, and the endpoint's filer announcing what it filed.
"""

from __future__ import annotations

import time

from siaga.delivery import receiving
from siaga.delivery.endpoint import Endpoint
from siaga.delivery.receiving import accept
from siaga.delivery.sync import Sync
from siaga.storage.states import DELIVERED, QUEUED

from netutil import Served


def _pair(network, draft, count, **changes):
    net = network(links=[("jakarta", "kl")])
    jkt, kl, kl_id = net.jakarta, net.kl, net.id("kl")
    msgs = jkt.file_reports([dict(draft, to=[kl_id], summary=f"Report {i}", **changes) for i in range(count)])
    return jkt, kl, kl_id, msgs


def _received(kl) -> list[str]:
    """Every message id the audit log records as received, once per time it was recorded."""
    out = []
    for entry in kl.audit_entries():
        if entry.get("event") == "receive":
            out += entry.get("msgs") or [entry["msg"]]
    return out


def test_receiver_killed_between_taking_in_and_filing_files_each_message_once(network, draft):
    jkt, kl, kl_id, msgs = _pair(network, draft, 60)
    served = Served(kl.home, extra=("--filing-pause", "600")).start()  # takes in, files nothing yet
    try:
        jkt.update_peer(kl_id, url=served.url)
        summary = Sync(jkt).run_once()
        assert (summary.delivered, summary.waiting) == (60, 0)  # receipted: each receipt verified and kept
        assert kl.store.inbox_ids() == [] and kl.store.arrival_counts() == (60, 0)
        # the sender sends it all again (its answer lost, say): recognised among the arrivals, same receipts
        receipts = {m: jkt.outgoing.delivery(m, kl_id)["receipt"] for m in msgs}
        jkt.outgoing.set_deliveries(kl_id, [(m, QUEUED, 0, 0, None) for m in msgs])
        assert Sync(jkt).run_once().delivered == 60
        assert {m: jkt.outgoing.delivery(m, kl_id)["receipt"] for m in msgs} == receipts
        assert kl.store.arrival_counts() == (60, 0)
    finally:
        served.kill()  # kill -9 between taking in and filing
    assert kl.store.inbox_ids() == [] and kl.store.arrival_counts() == (60, 0)

    served = Served(kl.home).start()  # started again, it files what the killed one left
    try:
        deadline = time.monotonic() + 30
        while kl.store.arrival_counts() != (0, 0) and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        served.stop()
    assert sorted(kl.store.inbox_ids()) == sorted(msgs)
    assert kl.store.count("inbox") == 60 and kl.store.arrival_counts() == (0, 0)
    assert sorted(_received(kl)) == sorted(msgs)  # one audit entry per batch taken in, naming each once
    assert kl.verify_audit().intact
    assert {jkt.outgoing.delivery(m, kl_id)["status"] for m in msgs} == {DELIVERED}


def test_reading_the_inbox_through_the_station_files_what_is_waiting(network, draft):
    jkt, kl, kl_id, msgs = _pair(network, draft, receiving.DEFER_FROM + 4)
    served = Served(kl.home, extra=("--filing-pause", "600")).start()
    try:
        jkt.update_peer(kl_id, url=served.url)
        assert Sync(jkt).run_once().delivered == len(msgs)
        assert kl.store.arrival_counts() == (len(msgs), 0)
        # a read through the station (here in another process than the endpoint's) files first
        assert {row["id"] for row in kl.inbox()} == set(msgs)
        assert kl.store.arrival_counts() == (0, 0) and kl.store.count("inbox") == len(msgs)
    finally:
        served.stop()
    assert kl.store.count("inbox") == len(msgs)


def test_urgent_and_small_batches_are_filed_at_once(network, draft):
    jkt, kl, _, msgs = _pair(network, draft, receiving.DEFER_FROM - 1)
    deliverer = kl.peer_by_key(jkt.keys.sign_pk)
    envelopes = jkt.outgoing.envelopes(msgs)
    small = accept(kl, [envelopes[m] for m in msgs], deliverer, defer=True)
    assert sorted(small.new) == sorted(msgs) and small.arrived == []
    assert kl.store.count("inbox") == len(msgs) and kl.store.arrival_counts() == (0, 0)


def test_a_large_batch_with_an_urgent_report_is_filed_at_once(network, draft):
    net = network(links=[("jakarta", "kl")])
    jkt, kl, kl_id = net.jakarta, net.kl, net.id("kl")
    msgs = jkt.file_reports([dict(draft, to=[kl_id], severity=5 if i == 7 else 3, summary=f"Report {i}")
                             for i in range(receiving.DEFER_FROM + 2)])
    deliverer = kl.peer_by_key(jkt.keys.sign_pk)
    envelopes = jkt.outgoing.envelopes(msgs)
    result = accept(kl, [envelopes[m] for m in msgs], deliverer, defer=True)
    assert sorted(result.new) == sorted(msgs) and result.arrived == []
    assert kl.store.count("inbox") == len(msgs)
    # without the urgent one, the same size is taken in, with the same receipts as filing at once would give
    rest = jkt.file_reports([dict(draft, to=[kl_id], summary=f"Later {i}") for i in range(receiving.DEFER_FROM)])
    envelopes = jkt.outgoing.envelopes(rest)
    later = accept(kl, [envelopes[m] for m in rest], deliverer, defer=True)
    assert later.new == [] and sorted(later.arrived) == sorted(rest)
    assert [m for m, _ in later.entries] == rest
    assert kl.store.arrival_counts() == (len(rest), 0) and kl.store.count("inbox") == len(msgs)
    again = accept(kl, [envelopes[m] for m in rest], deliverer, defer=True)  # a resend: nothing new
    assert again.arrived == [] and again.new == [] and again.entries == later.entries
    assert sorted(kl.file_arrivals()) == sorted(rest)
    assert kl.file_arrivals() == [] and kl.store.count("inbox") == len(msgs) + len(rest)


def test_the_endpoints_filer_files_in_the_background_and_announces_it(network, draft):
    jkt, kl, kl_id, msgs = _pair(network, draft, 40)
    announced: list[str] = []
    endpoint = Endpoint(kl.home, kl.keys, host="127.0.0.1", port=0, on_received=announced.extend).start()
    try:
        jkt.update_peer(kl_id, url=endpoint.url)
        assert Sync(jkt).run_once().delivered == 40
        deadline = time.monotonic() + 20
        while len(announced) < 40 and time.monotonic() < deadline:
            time.sleep(0.02)
        assert sorted(announced) == sorted(msgs)  # announced once filed, each once
        assert kl.store.count("inbox") == 40 and kl.store.arrival_counts() == (0, 0)
    finally:
        endpoint.stop()
