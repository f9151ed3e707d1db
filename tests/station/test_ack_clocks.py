"""Acknowledgement clocks in the outbox: which partners are late to acknowledge this station's reports."""

from __future__ import annotations

from datetime import timedelta

from siaga.delivery.receiving import accept
from siaga.protocol import clocks
from siaga.protocol.message import build_ack, build_report, utc_now
from siaga.station.ack_clocks import KEY, overdue_peers


def deliver(sender, receiver, msg_ids, via_peer):
    envelopes = sender.outgoing.envelopes(msg_ids)
    accept(receiver, [envelopes[m] for m in msg_ids], via_peer)


def file_at(station, draft, when, to):
    """File a report as if it had been filed at ``when`` (its clocks count from then)."""
    content = build_report(draft, station.info, station.books.current, now=when)
    return station.queue_content(content, [station.peer(p) for p in to])


def deliveries_of(station, msg_id):
    return {d["peer"]: d for d in station.outbox_deliveries([msg_id])[msg_id]}


def test_a_partner_that_has_not_acknowledged_in_time_is_overdue(network, draft):
    net = network()
    jkt, kl, manila = net.jakarta, net.kl, net.manila
    three_hours_ago = utc_now() - timedelta(hours=3)
    root = file_at(jkt, dict(draft, severity=4), three_hours_ago, [net.id("kl"), net.id("manila")])
    deliver(jkt, kl, [root], net.peers[("kl", "jakarta")])
    deliver(jkt, manila, [root], net.peers[("manila", "jakarta")])
    # Kuala Lumpur acknowledges within its two hours, Manila not at all
    ack = kl.queue_content(build_ack(root, "received", "", kl.info, kl.books.current,
                                     now=three_hours_ago + timedelta(minutes=50)), [kl.peer(net.id("jakarta", at="kl"))])
    deliver(kl, jkt, [ack], net.peers[("jakarta", "kl")])
    ds = deliveries_of(jkt, root)
    assert ds[net.id("kl")][KEY]["met_at"] and ds[net.id("kl")][KEY]["state"] == clocks.ON_TIME
    assert ds[net.id("manila")][KEY] == {"at": ds[net.id("kl")][KEY]["at"], "met_at": None, "late": False,
                                         "state": clocks.OVERDUE}
    assert overdue_peers(ds.values()) == [net.id("manila")]
    # the whole outbox says the same, and the incident's own clocks agree
    row = next(r for r in jkt.outbox() if r["id"] == root)
    assert overdue_peers(row["deliveries"]) == [net.id("manila")]
    dues = {d["who"]: d for d in jkt.incidents.detail(root)["dues"] if d["what"] == "ack"}
    assert dues[net.id("manila")]["at"] == ds[net.id("manila")][KEY]["at"]

    # Manila acknowledges now, after its clock ran out: late, no longer overdue
    late = manila.queue_content(build_ack(root, "investigating", "", manila.info, manila.books.current),
                                [manila.peer(net.id("jakarta", at="manila"))])
    deliver(manila, jkt, [late], net.peers[("jakarta", "manila")])
    ds = deliveries_of(jkt, root)
    assert ds[net.id("manila")][KEY]["late"] and ds[net.id("manila")][KEY]["met_at"]
    assert overdue_peers(ds.values()) == []


def test_the_first_acknowledgement_stops_the_clock(network, draft):
    net = network()
    jkt, kl = net.jakarta, net.kl
    start = utc_now() - timedelta(hours=30)
    root = file_at(jkt, dict(draft, severity=3), start, [net.id("kl")])  # severity 3: 24 hours
    deliver(jkt, kl, [root], net.peers[("kl", "jakarta")])
    to_jkt = [kl.peer(net.id("jakarta", at="kl"))]
    for hours, status in ((1, "received"), (28, "investigating")):  # in time, then a later word
        ack = kl.queue_content(build_ack(root, status, "", kl.info, kl.books.current, now=start + timedelta(hours=hours)),
                               to_jkt)
        deliver(kl, jkt, [ack], net.peers[("jakarta", "kl")])
    due = deliveries_of(jkt, root)[net.id("kl")][KEY]
    assert due["met_at"] == (start + timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M:%SZ") and not due["late"]
    assert deliveries_of(jkt, root)[net.id("kl")]["ack"]["status"] == "investigating"


def test_due_soon_then_overdue_under_a_fixed_clock(network, draft):
    net = network()
    jkt = net.jakarta
    root = jkt.file_report(dict(draft, severity=3, to=[net.id("kl")]))  # 24 hours on the ASEAN default
    reported = jkt.incidents.thread(root).reports[0].reported_at
    for minutes, state in ((10, clocks.ON_TIME), (23 * 60, clocks.DUE_SOON), (24 * 60 + 1, clocks.OVERDUE)):
        deliveries = jkt.outbox_deliveries([root])
        jkt.ack_clocks.attach(deliveries, now=reported + timedelta(minutes=minutes))
        assert deliveries[root][0][KEY]["state"] == state, minutes


def test_what_is_not_timed_has_no_clock(network, draft):
    net = network()
    jkt = net.jakarta
    # the 'none' profile times no acknowledgement; a report naming it has none, whatever the station's default
    quiet = jkt.file_report(dict(draft, severity=5, to=[net.id("kl")], clock="none"))
    assert KEY not in deliveries_of(jkt, quiet)[net.id("kl")]
    # an update follows its first report's profile
    update = jkt.file_report({"updates": quiet, "summary": "Still spreading"})
    assert KEY not in deliveries_of(jkt, update)[net.id("kl")]
    # NIS2 times severity 3 and up only
    jkt.incidents.set_default_profile("nis2")
    low = jkt.file_report(dict(draft, severity=2, to=[net.id("kl")]))
    assert KEY not in deliveries_of(jkt, low)[net.id("kl")]
    high = jkt.file_report(dict(draft, severity=3, to=[net.id("kl")]))
    assert deliveries_of(jkt, high)[net.id("kl")][KEY]["state"] == clocks.ON_TIME
    # acknowledgements this station sends are not reports: no clock on them
    ack_row = jkt.outbox_page(include_all=True)[0]
    assert all(KEY not in d for r in ack_row if r["type"] not in ("early-warning", "update") for d in r["deliveries"])


def test_a_new_default_profile_applies_to_reports_already_shown(network, draft):
    net = network()
    jkt = net.jakarta
    low = jkt.file_report(dict(draft, severity=2, to=[net.id("kl")]))
    assert deliveries_of(jkt, low)[net.id("kl")][KEY]["state"] == clocks.ON_TIME  # ASEAN: 72 hours
    jkt.incidents.set_default_profile("nis2")  # times severity 3 and up only
    assert KEY not in deliveries_of(jkt, low)[net.id("kl")]
