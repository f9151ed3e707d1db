import os

import pytest

from siaga.base.errors import InputError, NoRecipients, NotFound, ValidationError, WrongPassphrase
from siaga.protocol import codebook
from siaga.protocol.envelope import open_envelope
from siaga.station import Station

from helpers import PASSPHRASE, link


def test_create_and_reopen(make_station, tmp_path):
    station = make_station("jakarta", country="ID")
    fp = station.fingerprint
    station.close()
    with pytest.raises(WrongPassphrase):
        Station.open(tmp_path / "jakarta", "wrong passphrase!")
    with Station.open(tmp_path / "jakarta", PASSPHRASE) as again:
        assert again.fingerprint == fp
        assert again.profile["name"] == "jakarta"


def test_profile_is_checked(tmp_path):
    with pytest.raises(ValidationError, match="country"):
        Station.create(tmp_path / "x", PASSPHRASE, "name", "org", "XX")
    with pytest.raises(ValidationError, match="name"):
        Station.create(tmp_path / "y", PASSPHRASE, " ", "org", "ID")
    assert not (tmp_path / "x").exists() and not (tmp_path / "y").exists()


def test_file_report_reaches_each_recipient(network, draft):
    net = network()
    jakarta, kl = net.jakarta, net.kl
    kl_peer = net.peers[("jakarta", "kl")]
    msg_id = jakarta.file_report(draft)  # regional ID+MY: reaches kl only
    row = jakarta.outbox()[0]
    assert row["id"] == msg_id and row["summary"] == draft["summary"]
    assert [d["peer"] for d in row["deliveries"]] == [kl_peer.id]
    envelope, _ = jakarta.store.outbox_message(msg_id)
    opened = open_envelope(envelope, kl.keys.box, codebook.codebooks())
    assert opened.content["summary"] == draft["summary"]
    assert opened.author_pk == jakarta.keys.sign_pk
    assert jakarta.read_outbox(msg_id[:10]).content == opened.content


def test_scope_routing_and_groups(make_station, draft):
    jakarta = make_station("jakarta", country="ID")
    peers = {}
    for name, cc in (("kl", "MY"), ("manila", "PH"), ("canberra", "AU")):
        other = make_station(name, country=cc)
        peers[cc] = link(jakarta, other)[0].id
    draft.update(scope="regional", countries=["ASEAN"])
    content, recipients = jakarta.prepare_report(draft)
    assert {p.id for p in recipients} == {peers["MY"], peers["PH"]}
    draft.update(scope="global", countries=[])
    assert {p.id for p in jakarta.prepare_report(draft)[1]} == set(peers.values())
    draft.update(scope="bilateral", countries=["AU"])
    assert [p.id for p in jakarta.prepare_report(draft)[1]] == [peers["AU"]]
    draft.update(to=[peers["PH"][:4]])
    assert [p.id for p in jakarta.prepare_report(draft)[1]] == [peers["PH"]]


def test_red_goes_only_to_verified_peers(make_station, draft):
    jakarta = make_station("jakarta", country="ID")
    kl = make_station("kl", country="MY")
    peer, _ = link(jakarta, kl)
    draft.update(tlp="TLP:RED")
    with pytest.raises(NoRecipients, match="verified"):
        jakarta.file_report(draft)
    with pytest.raises(ValidationError, match="verified"):
        jakarta.file_report(dict(draft, to=[peer.id]))
    assert jakarta.store.count("outbox") == 0
    jakarta.set_trust(peer.id, "verified")
    assert jakarta.file_report(draft)


def test_no_peer_in_scope_is_a_clear_error(make_station, draft):
    jakarta = make_station("jakarta", country="ID")
    with pytest.raises(NoRecipients, match="add a peer"):
        jakarta.file_report(draft)


def test_bulk_is_all_or_nothing_and_names_the_bad_one(make_station, draft):
    jakarta = make_station("jakarta", country="ID")
    link(jakarta, make_station("kl", country="MY"))
    bad = dict(draft, severity=9)
    with pytest.raises(ValidationError) as info:
        jakarta.file_reports([draft, draft, bad, draft])
    assert "drafts[2]" in str(info.value) and "severity" in str(info.value)
    assert jakarta.store.count("outbox") == 0
    ids = jakarta.file_reports([draft, dict(draft, summary="Second report")])
    assert len(set(ids)) == 2 and jakarta.store.count("outbox") == 2


def test_peer_lookup_and_own_card(make_station):
    jakarta = make_station("jakarta", country="ID")
    with pytest.raises(NotFound):
        jakarta.peer("zzzz")
    with pytest.raises(InputError, match="own card"):
        jakarta.add_peer(jakarta.card_bytes())
    kl = make_station("kl", country="MY", url="http://127.0.0.1:9999")
    peer = jakarta.add_peer(kl.card_bytes())
    assert peer.url == "http://127.0.0.1:9999" and peer.trust == "unverified"
    jakarta.set_trust(peer.id, "verified")
    again = jakarta.add_peer(kl.card_bytes())  # refreshing a card keeps the id and the trust
    assert again.id == peer.id and again.trust == "verified"
    assert len(jakarta.peers()) == 1


def test_nothing_readable_is_on_disk(make_station, draft, tmp_path):
    """A unique canary in every free-text field never reaches the database, WAL or journal."""
    canary = "CANARY-" + os.urandom(8).hex()
    jakarta = make_station("jakarta", country="ID")
    kl = make_station("kl", org="Org-" + canary, country="MY")
    link(jakarta, kl)
    draft.update(summary="Summary " + canary, narrative="Narrative " + canary,
                 indicators=[{"type": "domain-name", "value": canary.lower() + ".example"}])
    jakarta.file_report(draft)
    jakarta.store.save_draft("d", dict(draft))
    needles = [canary.encode(), canary.lower().encode(), kl.keys.sign_pk, kl.keys.sign_pk.hex().encode(),
               draft["summary"].encode("utf-16-le")]
    for path in (tmp_path / "jakarta").iterdir():
        data = path.read_bytes()
        for needle in needles:
            assert needle not in data, f"{needle!r} found in {path.name}"
    assert any(p.name.endswith("-wal") for p in (tmp_path / "jakarta").iterdir())


def test_alerts_are_the_received_reports_to_interrupt_the_liaison_for(make_station, draft):
    from siaga.delivery.bundle import export_bundle, import_bundle
    kl, jakarta = make_station("kl", country="MY"), make_station("jakarta", country="ID")
    jakarta_at_kl, _ = link(kl, jakarta)
    to = [jakarta_at_kl.id]
    warning = kl.file_report(dict(draft, to=to))  # an early warning, severity 3
    severe = kl.file_report(dict(draft, type="request-for-assistance", severity=5, to=to))
    quiet = kl.file_report(dict(draft, type="request-for-assistance", severity=2, to=to))
    data, _ = export_bundle(kl, jakarta_at_kl.id)
    import_bundle(jakarta, data)
    alerts = jakarta.alerts([warning, quiet, severe, "f" * 64])  # an id never received is passed over
    assert [a["id"] for a in alerts] == [warning, severe]
    assert alerts[1] == {"id": severe, "type": "request-for-assistance", "code": draft["code"], "severity": 5,
                         "sender": "kl", "summary": draft["summary"]}


# -- forwarding: every sealing draws its own content key ------------------------

def _hub(make_station, draft):
    """Kuala Lumpur reports to Jakarta (TLP:CLEAR); Jakarta also knows Manila and Singapore."""
    from siaga.delivery import receiving
    kl, jkt = make_station("kl", country="MY"), make_station("jakarta", country="ID")
    mnl, sg = make_station("manila", country="PH"), make_station("singapore", country="SG")
    jkt_at_kl, kl_at_jkt = link(kl, jkt)
    mnl_at_jkt, _ = link(jkt, mnl)
    sg_at_jkt, _ = link(jkt, sg)
    link(kl, mnl)
    link(kl, sg)
    msg = kl.file_report(dict(draft, tlp="TLP:CLEAR", to=[jkt_at_kl.id]))
    envelope, _ = kl.store.outbox_message(msg)
    receiving.accept(jkt, [envelope], kl_at_jkt)
    return kl, jkt, mnl, sg, msg, kl_at_jkt, mnl_at_jkt, sg_at_jkt


def test_forwarding_twice_never_reuses_a_content_key(make_station, draft):
    """Two envelopes of one message under one key and the zero nonce would give away the Poly1305 key."""
    from siaga.base.encoding import b64d
    from siaga.protocol.envelope import unwrap_key
    kl, jkt, mnl, sg, msg, _, mnl_at_jkt, sg_at_jkt = _hub(make_station, draft)
    jkt.forward(msg, [mnl_at_jkt.id])
    first, first_secret = jkt.store.outbox_message(msg)
    jkt.forward(msg, [sg_at_jkt.id])
    second, second_secret = jkt.store.outbox_message(msg)
    # Manila is a recipient of both envelopes: the key each carries differs, and the outbox keeps the one
    # of the envelope it stores
    keys = {unwrap_key(first, mnl.keys.box), unwrap_key(second, mnl.keys.box), unwrap_key(second, sg.keys.box)}
    assert len(keys) == 2
    assert b64d(first_secret["content_key"]) == unwrap_key(first, mnl.keys.box)
    assert b64d(second_secret["content_key"]) == unwrap_key(second, sg.keys.box)
    assert first[-100:] != second[-100:]  # not the same ciphertext under another header
    assert jkt.read_outbox(msg).content["tlp"] == "TLP:CLEAR"
    for station in (mnl, sg):
        assert station.open_envelope(second).msg_id == msg


def test_a_hub_forwards_a_report_it_also_relays(make_station, draft):
    """The relayed copy in the outbox has no content key of the hub's: forwarding seals afresh."""
    kl, jkt, mnl, sg, msg, kl_at_jkt, mnl_at_jkt, sg_at_jkt = _hub(make_station, draft)
    relayed, _ = kl.store.outbox_message(msg)
    jkt.relay(kl_at_jkt, mnl_at_jkt, [(msg, relayed)])
    assert jkt.forward(msg, [sg_at_jkt.id]) == msg
    envelope, secret = jkt.store.outbox_message(msg)
    assert secret["relay_for"] == kl_at_jkt.id  # the origin still gets the relay's receipts
    assert jkt.store.recipients(msg) == sorted([mnl_at_jkt.id, sg_at_jkt.id])
    for station in (mnl, sg):  # both open the envelope now queued for them
        assert station.open_envelope(envelope).content["summary"] == draft["summary"]
    assert jkt.read_outbox(msg).msg_id == msg


def test_our_acknowledgement_keeps_its_note_for_the_thread(make_station, draft):
    jkt, kl = make_station("jkt", country="ID"), make_station("kl", country="MY")
    kl_at_jkt, _ = link(jkt, kl)
    from siaga.delivery.bundle import export_bundle, import_bundle
    jkt.file_report(draft)
    import_bundle(kl, export_bundle(jkt, kl_at_jkt.id)[0])
    msg_id = kl.store.inbox_ids()[0]
    kl.acknowledge(msg_id, "investigating", "Team on site")
    assert [(a["status"], a["note"]) for a in kl.read_inbox(msg_id)["acks_sent"]] == [("investigating",
                                                                                         "Team on site")]
    # one recorded before notes were kept with it: the note is read from the acknowledgement sent
    _, meta, _, _ = kl.store.inbox_message(msg_id)
    meta["acks_sent"] = [{k: v for k, v in sent.items() if k != "note"} for sent in meta["acks_sent"]]
    kl.store.update_inbox_meta(msg_id, meta)
    assert kl.read_inbox(msg_id)["acks_sent"][0]["note"] == "Team on site"
