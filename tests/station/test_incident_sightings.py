"""A sighting of a whole incident: it names the incident's first report, may name any of its reports'
indicators, and the author's station counts the partners that saw the incident."""

from __future__ import annotations

import pytest

from siaga.base.errors import InputError
from siaga.delivery.receiving import accept


def deliver(sender, receiver, msg_ids, via_peer):
    envelopes = sender.outgoing.envelopes(msg_ids)
    accept(receiver, [envelopes[m] for m in msg_ids], via_peer)


def test_partners_sight_an_incident_and_its_author_counts_them(network, draft):
    net = network()
    jkt, kl, manila = net.jakarta, net.kl, net.manila
    to = [net.id("kl"), net.id("manila")]
    root = jkt.file_report(dict(draft, to=to, indicators=[{"type": "domain-name", "value": "login-kemlu.example"}]))
    update = jkt.file_report({"updates": root, "summary": "A second address serves the same page",
                              "indicators": [{"type": "ipv4-addr", "value": "203.0.113.7"}]})
    for station, name in ((kl, "kl"), (manila, "manila")):
        deliver(jkt, station, [root, update], net.peers[(name, "jakarta")])

    # Kuala Lumpur saw the update's address: a sighting of the incident, asked from the update's id
    seen = kl.sight(update[:12], ["203.0.113[.]7"], 3, incident=True)
    content = kl.read_outbox(seen).content
    assert content["in_reply_to"] == root  # the incident's reference: its first report
    assert content["sighting"]["indicators"] == [{"type": "ipv4-addr", "value": "203.0.113.7"}]
    # Manila saw the update itself (a report of the incident too)
    theirs = manila.sight(update, count=1)
    assert manila.read_outbox(theirs).content["in_reply_to"] == update
    deliver(kl, jkt, [seen], net.peers[("jakarta", "kl")])
    deliver(manila, jkt, [theirs], net.peers[("jakarta", "manila")])

    found = jkt.incident_sightings(update)
    assert {s.country for s in found} == {"MY", "PH"} and len({s.peer for s in found}) == 2
    assert [s.count for s in found if s.country == "MY"] == [3]
    assert jkt.incident_sightings(root) == found
    # each report still counts its own
    assert jkt.sighting_counts([root, update]) == {root: 1, update: 1}

    # an indicator of no report of the incident is refused, and the incident's own author cannot sight it
    with pytest.raises(InputError, match="no indicator"):
        kl.sight(root, ["other.example"], incident=True)
    with pytest.raises(InputError):
        jkt.sight(root, incident=True)


def test_an_incident_whose_first_report_is_missing_is_sighted_by_the_report(network, draft):
    net = network()
    jkt, kl = net.jakarta, net.kl
    root = jkt.file_report(dict(draft, to=[net.id("kl")]))
    update = jkt.file_report({"updates": root, "summary": "Still going"})
    deliver(jkt, kl, [update], net.peers[("kl", "jakarta")])  # the first report has not arrived
    with pytest.raises(InputError, match="has not arrived yet") as caught:
        kl.sight(update, incident=True)
    assert caught.value.params["detail"].code == "incident-root-missing"
    assert kl.read_outbox(kl.sight(update)).content["in_reply_to"] == update
