"""Incidents at a station: threads join up, updates keep what did not change, only the author continues."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from siaga.base.errors import InputError, NotFound
from siaga.delivery.receiving import accept
from siaga.protocol import clocks


def deliver(sender, receiver, msg_ids, via_peer):
    """Hand ``msg_ids`` from ``sender``'s outbox to ``receiver`` as its endpoint would."""
    envelopes = sender.outgoing.envelopes(msg_ids)
    accept(receiver, [envelopes[m] for m in msg_ids], via_peer)


@pytest.fixture
def net(network, draft):
    net = network()
    return net


def test_an_update_keeps_what_it_leaves_out_and_names_the_first_report(net, draft):
    jkt = net.jakarta
    root = jkt.file_report(dict(draft, severity=4))
    update = jkt.file_report({"updates": root[:10], "summary": "Two more servers encrypted", "severity": 5})
    content = jkt.read_outbox(update).content
    assert content["type"] == "update" and content["in_reply_to"] == root
    assert content["severity"] == 5 and content["summary"] == "Two more servers encrypted"
    assert content["code"] == draft["code"] and content["countries"] == ["ID", "MY"]
    assert content["observed_at"] == "2026-11-23T18:30:00Z"
    # an update of the update still names the first report, and goes to the same partners
    again = jkt.file_report({"in_reply_to": update, "type": "final", "summary": "Restored from backups"})
    final = jkt.read_outbox(again).content
    assert final["in_reply_to"] == root and final["severity"] == 5
    assert jkt.store.recipients(again) == jkt.store.recipients(root)
    thread = jkt.incidents.thread(root)
    assert [e.type for e in thread.reports] == ["early-warning", "update", "final"]
    assert thread.closed and thread.state(datetime.now(timezone.utc)) == clocks.CLOSED
    with pytest.raises(InputError, match="closed by its final report"):
        jkt.file_report({"updates": root, "summary": "late news"})


def test_only_the_author_continues_an_incident(net, draft):
    jkt, kl = net.jakarta, net.kl
    root = jkt.file_report(dict(draft, to=[net.id("kl")]))
    deliver(jkt, kl, [root], net.peers[("kl", "jakarta")])
    with pytest.raises(InputError, match="started by another station") as refused:
        kl.file_report({"updates": root[:12], "summary": "not mine to update"})
    assert refused.value.exit_code == 2
    with pytest.raises(NotFound):
        kl.file_report({"updates": "abcdef12", "summary": "nothing"})
    with pytest.raises(InputError, match="update or a final report"):
        jkt.file_report({"updates": root, "type": "early-warning"})


def test_an_update_arriving_before_its_first_report_waits_and_joins_up(net, draft):
    jkt, kl = net.jakarta, net.kl
    root = jkt.file_report(dict(draft, to=[net.id("kl")]))
    update = jkt.file_report({"updates": root, "summary": "Spreading"})
    deliver(jkt, kl, [update], net.peers[("kl", "jakarta")])
    waiting = kl.incidents.detail(update)
    assert waiting["root"] == root and not waiting["root_known"]
    assert [m["id"] for m in waiting["messages"]] == [update]
    deliver(jkt, kl, [root], net.peers[("kl", "jakarta")])
    joined = kl.incidents.detail(root)
    assert joined["root_known"] and [m["id"] for m in joined["messages"]] == [root, update]
    assert kl.incidents.index.count() == 1


def test_a_report_naming_someone_elses_incident_is_shown_apart(net, draft):
    """A station that files into another's incident (an older program would) is a related report, not the thread."""
    net.link("kl", "manila")
    jkt, kl, manila = net.jakarta, net.kl, net.manila
    root = jkt.file_report(dict(draft, to=[net.id("kl"), net.id("manila")]))
    deliver(jkt, kl, [root], net.peers[("kl", "jakarta")])
    deliver(jkt, manila, [root], net.peers[("manila", "jakarta")])
    # Kuala Lumpur's own early warning that names Jakarta's report as what it answers
    from siaga.protocol.message import build_report
    content = build_report(dict(draft, type="update", in_reply_to=root, summary="Seen here too"), kl.info,
                           kl.books.current)
    foreign = kl.queue_content(content, [kl.peer(net.id("manila", at="kl"))])
    deliver(kl, manila, [foreign], net.peers[("manila", "kl")])
    detail = manila.incidents.detail(root)
    assert [m["id"] for m in detail["messages"]] == [root]
    assert [r["id"] for r in detail["related_reports"]] == [foreign]


def test_acknowledgements_and_their_clocks(net, draft):
    jkt, kl = net.jakarta, net.kl
    root = jkt.file_report(dict(draft, severity=4, to=[net.id("kl"), net.id("manila")]))
    reported = jkt.incidents.thread(root).reports[0].reported_at
    deliver(jkt, kl, [root], net.peers[("kl", "jakarta")])
    ack = kl.acknowledge(root, "received")
    deliver(kl, jkt, [ack], net.peers[("jakarta", "kl")])
    detail = jkt.incidents.detail(root, now=reported + timedelta(hours=3))
    acks = {d["who"]: d for d in detail["dues"] if d["what"] == "ack"}
    assert acks[net.id("kl")]["met_at"] and acks[net.id("kl")]["state"] == clocks.ON_TIME
    assert acks[net.id("manila")]["met_at"] is None and acks[net.id("manila")]["state"] == clocks.OVERDUE
    assert detail["state"] == clocks.OVERDUE and detail["next_due"]["who"] == net.id("manila")
    overdue, _ = jkt.incidents.page(overdue=True, now=reported + timedelta(hours=3))
    assert [i["root"] for i in overdue] == [root]
    assert jkt.incidents.page(overdue=True, now=reported + timedelta(minutes=30))[0] == []
    # at Kuala Lumpur, its own acknowledgement was due and was sent
    theirs = kl.incidents.detail(root, now=reported + timedelta(hours=3))
    assert [d["who"] for d in theirs["dues"] if d["what"] == "ack"] == ["self"]
    assert [m["type"] for m in theirs["messages"]] == ["early-warning", "acknowledgement"]


def test_the_index_is_built_for_a_station_that_had_reports_before(net, draft, tmp_path):
    from siaga.station import Station

    from helpers import PASSPHRASE

    jkt = net.jakarta
    root = jkt.file_report(draft)
    jkt.incidents.index.clear()
    jkt.store.set_setting("incidents_built", False)
    home = jkt.home
    jkt.close()
    with Station.open(home, PASSPHRASE) as again:
        assert again.incidents.detail(root)["reports"] == 1


def test_a_batch_refreshed_at_once_gives_each_incident_as_one_read_alone(net, draft, monkeypatch):
    """The incidents of one batch are read together (in chunks): each summary stored is the one
    the incident gives when it is read on its own."""
    monkeypatch.setattr("siaga.station.incidents.REFRESH_CHUNK", 2)  # several chunks for a few incidents
    jkt, kl = net.jakarta, net.kl
    kl_id = net.id("kl")
    roots = [jkt.file_report(dict(draft, to=[kl_id], severity=2 + i % 3, summary=f"Report {i}")) for i in range(5)]
    update = jkt.file_report({"updates": roots[1], "summary": "Two more servers encrypted", "severity": 5})
    final = jkt.file_report({"in_reply_to": roots[3], "type": "final", "summary": "Restored from backups"})
    deliver(jkt, kl, [*roots, update, final], net.peers[("kl", "jakarta")])  # one batch
    own = kl.file_report(dict(draft, summary="Seen here too"))
    for station in (kl, jkt):
        keys = station.incidents.index.keys()
        assert len(keys) == (6 if station is kl else 5)
        for key in keys:
            alone = station.incidents._thread(key)  # read on its own, as a single incident is
            assert station.incidents.index.get(key) == alone.summary()
    assert [e.type for e in kl.incidents.thread(roots[1]).reports] == ["early-warning", "update"]
    assert kl.incidents.thread(roots[3]).closed and not kl.incidents.thread(own).closed
