"""Forwarding a received report: the author's signature travels on; TLP decides who may get it."""

from __future__ import annotations

import pytest

from siaga.delivery.bundle import export_bundle, import_bundle
from siaga.protocol.handling import HandlingError, forward_refusal

from helpers import PASSPHRASE, link


def carry(sender, receiver, peer_id):
    """Deliver everything queued at ``sender`` for ``peer_id`` to ``receiver`` on a bundle."""
    data, count = export_bundle(sender, peer_id)
    assert count
    return import_bundle(receiver, data)


@pytest.fixture
def trio(make_station):
    """Kuala Lumpur reports to Jakarta; Jakarta knows a Jakarta agency and Singapore; all know KL."""
    kl = make_station("kl", country="MY")
    jkt = make_station("jakarta", country="ID")
    agency = make_station("agency", org="Ministry of Energy", country="ID")
    sg = make_station("singapore", country="SG")
    jkt_at_kl, kl_at_jkt = link(kl, jkt)
    agency_at_jkt, jkt_at_agency = link(jkt, agency)
    sg_at_jkt, _ = link(jkt, sg)
    kl_at_agency, _ = link(agency, kl)
    kl_at_sg, _ = link(sg, kl)
    return {"kl": kl, "jkt": jkt, "agency": agency, "sg": sg, "jkt@kl": jkt_at_kl.id, "agency@jkt": agency_at_jkt.id,
            "sg@jkt": sg_at_jkt.id, "kl@jkt": kl_at_jkt.id, "jkt@agency": jkt_at_agency.id, "kl@agency": kl_at_agency.id}


def test_forward_keeps_the_author_and_reaches_only_allowed_peers(trio, draft):
    kl, jkt, agency = trio["kl"], trio["jkt"], trio["agency"]
    msg = kl.file_report(dict(draft, tlp="TLP:AMBER", to=[trio["jkt@kl"]]))
    carry(kl, jkt, trio["jkt@kl"])

    refusals = jkt.forward_refusals(msg)
    assert "TLP:AMBER" in refusals[trio["sg@jkt"]]           # another country: not a client
    assert refusals[trio["kl@jkt"]] == "the author already has it"
    assert trio["agency@jkt"] not in refusals                 # a client in Jakarta's own country
    with pytest.raises(HandlingError, match="TLP:AMBER"):
        jkt.forward(msg, [trio["sg@jkt"]])
    assert jkt.store.outbox_message(msg) is None               # a refused forward queues nothing

    assert jkt.forward(msg, [trio["agency@jkt"]]) == msg
    result = carry(jkt, agency, trio["agency@jkt"])
    assert result.new == 1 and agency.store.inbox_ids() == [msg]
    shown = agency.read_inbox(msg)
    # the agency sees Kuala Lumpur as the author (verified signature), delivered by Jakarta
    assert shown["verified_signature"] and shown["author"]["id"] == trio["kl@agency"]
    assert shown["via"] == trio["jkt@agency"]
    assert shown["content"]["summary"] == draft["summary"]


def test_forwarding_again_reseals_for_everyone(trio, draft):
    kl, jkt, agency = trio["kl"], trio["jkt"], trio["agency"]
    msg = kl.file_report(dict(draft, tlp="TLP:GREEN", to=[trio["jkt@kl"]]))
    carry(kl, jkt, trio["jkt@kl"])
    jkt.forward(msg, [trio["agency@jkt"]])
    jkt.forward(msg, [trio["sg@jkt"]])
    assert jkt.store.recipients(msg) == sorted([trio["agency@jkt"], trio["sg@jkt"]])
    # the envelope queued last opens for the first recipient too
    assert carry(jkt, agency, trio["agency@jkt"]).new == 1
    assert carry(jkt, trio["sg"], trio["sg@jkt"]).new == 1


@pytest.mark.parametrize("tlp", ["TLP:RED", "TLP:AMBER+STRICT"])
def test_red_and_strict_are_never_forwarded(trio, draft, tlp):
    kl, jkt = trio["kl"], trio["jkt"]
    jkt_at_kl = kl.set_trust(trio["jkt@kl"], "verified")
    msg = kl.file_report(dict(draft, tlp=tlp, to=[jkt_at_kl.id]))
    carry(kl, jkt, trio["jkt@kl"])
    assert set(jkt.forward_refusals(msg)) == {p.id for p in jkt.peers()}
    with pytest.raises(HandlingError, match=tlp.replace("+", r"\+")):
        jkt.forward(msg, [trio["agency@jkt"]])


def test_refusal_words_for_each_label(make_station):
    peer = make_station("x", country="SG").add_peer(make_station("y", country="MY").card_bytes())
    assert forward_refusal("TLP:CLEAR", "ID", peer) is None
    assert forward_refusal("TLP:GREEN", "ID", peer) is None
    assert "clients" in forward_refusal("TLP:AMBER", "ID", peer)
    assert forward_refusal("TLP:AMBER", "MY", peer) is None
    assert "unknown" in forward_refusal("TLP:PURPLE", "ID", peer)


def test_command_line_forward_and_its_refusal(trio, draft, monkeypatch):
    from siaga.cli import main
    monkeypatch.setenv("SIAGA_PASSPHRASE", PASSPHRASE)
    kl, jkt = trio["kl"], trio["jkt"]
    msg = kl.file_report(dict(draft, tlp="TLP:AMBER", to=[trio["jkt@kl"]]))
    carry(kl, jkt, trio["jkt@kl"])
    home = ["--home", str(jkt.home)]
    assert main(["inbox", "forward", msg[:10], "--to", trio["sg@jkt"], *home]) == 2
    assert main(["inbox", "forward", msg[:10], "--to", trio["agency@jkt"], *home]) == 0
    assert jkt.store.recipients(msg) == [trio["agency@jkt"]]
