"""Key rotation and revocation, carried by real sync passes to a real endpoint process and on bundles."""

from __future__ import annotations

import pytest
import requests

from siaga.base.encoding import b64e
from siaga.base.errors import DecodeError, InputError
from siaga.delivery.bundle import export_bundle, import_bundle
from siaga.delivery.sync import Sync
from siaga.protocol.statements import REVOKE, ROTATE, make_statement, read_statement
from siaga.protocol.transport import sign_request
from siaga.station import Station
from siaga.storage.states import DELIVERED, GAVE_UP

from helpers import PASSPHRASE, link
from netutil import Served


@pytest.fixture
def pair(make_station):
    jkt = make_station("jakarta", country="ID")
    kl = make_station("kualalumpur", country="MY")
    kl_at_jkt, jkt_at_kl = link(jkt, kl)
    kl.set_trust(jkt_at_kl.id, "verified")
    servers = {"jkt": Served(jkt.home).start(), "kl": Served(kl.home).start()}
    jkt.update_peer(kl_at_jkt.id, url=servers["kl"].url)
    kl.update_peer(jkt_at_kl.id, url=servers["jkt"].url)
    yield jkt, kl, kl_at_jkt.id, jkt_at_kl.id, servers
    for server in servers.values():
        server.stop()


def test_rotation_is_accepted_automatically_and_nothing_in_flight_is_lost(pair, draft):
    jkt, kl, kl_id, jkt_id, servers = pair
    old_fp, old_pk = jkt.fingerprint, jkt.keys.sign_pk
    before = jkt.file_report(dict(draft, to=[kl_id], summary="Sealed and signed before the rotation"))
    to_old_key = kl.file_report(dict(draft, countries=["ID"], to=[jkt_id], summary="Sealed to the old key"))

    new_fp = jkt.rotate_keys(PASSPHRASE)
    assert new_fp != old_fp and jkt.keys.sign_pk != old_pk
    assert list(jkt.pending_statements()) == [kl_id]
    servers["jkt"].stop()
    servers["jkt"].start()  # the endpoint unlocks the new keystore (old keys kept as retired)
    kl.update_peer(jkt_id, url=servers["jkt"].url)

    # Kuala Lumpur has not heard yet: it addresses the old key, and the receipt is signed with it
    assert Sync(kl).run_once().delivered == 1
    assert set(jkt.store.inbox_ids()) == {to_old_key}
    assert jkt.read_inbox(to_old_key)["content"]["summary"] == "Sealed to the old key"

    # Jakarta's next pass tells Kuala Lumpur first, then delivers what waited
    after = jkt.file_report(dict(draft, to=[kl_id], summary="Signed with the new key"))
    summary = Sync(jkt).run_once()
    assert summary.delivered == 2 and jkt.pending_statements() == {}
    peer = kl.peer(jkt_id)
    assert peer.card.sign_pk == jkt.keys.sign_pk and peer.card.fingerprint == new_fp
    assert peer.trust == "verified"  # vouched for by the old, verified key
    assert set(kl.store.inbox_ids()) == {before, after}
    assert kl.read_inbox(before)["author"]["id"] == jkt_id == kl.read_inbox(after)["author"]["id"]

    # and traffic the other way now uses the new key
    reply = kl.acknowledge(after, "received")
    assert Sync(kl).run_once().delivered == 1
    assert set(jkt.store.inbox_ids()) == {to_old_key, reply}
    assert {d["status"] for r in jkt.outbox() for d in r["deliveries"]} == {DELIVERED}


def test_the_keystore_keeps_retired_keys_across_unlocks(pair, draft):
    jkt, kl, kl_id, jkt_id, _ = pair
    sealed_to_old = kl.file_report(dict(draft, countries=["ID"], to=[jkt_id]))
    data, _ = export_bundle(kl, jkt_id)
    jkt.rotate_keys(PASSPHRASE)
    reopened = Station.open(jkt.home, PASSPHRASE)
    try:
        assert len(reopened.keys.retired) == 1
        assert import_bundle(reopened, data).new == 1
        assert reopened.read_inbox(sealed_to_old)["verified_signature"]
    finally:
        reopened.close()


def test_forged_and_foreign_statements_are_refused(pair, make_station):
    jkt, kl, kl_id, jkt_id, servers = pair
    stranger = make_station("stranger", country="SG")
    # a stranger claims to rotate Jakarta's key: the signature is not Jakarta's
    made = make_statement(stranger.keys.signing, ROTATE, stranger.card_bytes())
    forged = made.replace(b64e(stranger.keys.sign_pk).encode(), b64e(jkt.keys.sign_pk).encode(), 1)
    assert forged != made
    with pytest.raises(DecodeError, match="signature does not match"):
        read_statement(forged)
    # Jakarta (a known peer) delivers a statement about Kuala Lumpur's own key... made by someone else
    about_other = make_statement(stranger.keys.signing, REVOKE)
    body = about_other
    headers = sign_request(jkt.keys.signing, "POST", "/v1/keys", body, kl.keys.sign_pk)
    response = requests.post(servers["kl"].url + "/v1/keys", data=body, headers=headers, timeout=30)
    assert response.status_code == 422 and response.json()["error"] == "bad-statement"
    assert kl.peer(jkt_id).trust == "verified"


def test_revocation_stops_all_traffic(pair, draft):
    jkt, kl, kl_id, jkt_id, servers = pair
    waiting_at_kl = kl.file_report(dict(draft, countries=["ID"], to=[jkt_id]))
    jkt.revoke_keys(PASSPHRASE)
    with pytest.raises(InputError, match="revoked its keys"):
        jkt.file_report(dict(draft, to=[kl_id]))
    summary = Sync(jkt).run_once()
    assert summary.attempted == 0 and jkt.pending_statements() == {}
    assert kl.peer(jkt_id).revoked
    # Kuala Lumpur gives up on what waited for Jakarta, and refuses anything Jakarta sends
    summary = Sync(kl).run_once()
    assert summary.given_up == 1
    assert kl.store.delivery(waiting_at_kl, jkt_id)["status"] == GAVE_UP
    body = b"SGB\x01\x00\x00\x00\x00"
    headers = sign_request(jkt.keys.signing, "POST", "/v1/messages", body, kl.keys.sign_pk)
    response = requests.post(servers["kl"].url + "/v1/messages", data=body, headers=headers, timeout=30)
    assert response.status_code == 403 and response.json()["error"] == "revoked"
    assert kl.store.count("inbox") == 0 and jkt.store.count("inbox") == 0


def test_rotation_travels_on_a_bundle(make_station, draft):
    jkt = make_station("jakarta", country="ID")
    post = make_station("post", country="TL")
    post_at_jkt, jkt_at_post = link(jkt, post)
    post.rotate_keys(PASSPHRASE)
    msg = post.file_report(dict(draft, countries=["ID"], to=[jkt_at_post.id]))
    data, _ = export_bundle(post, jkt_at_post.id)
    assert import_bundle(jkt, data).new == 1
    assert jkt.peer(post_at_jkt.id).card.sign_pk == post.keys.sign_pk
    assert set(jkt.store.inbox_ids()) == {msg}
