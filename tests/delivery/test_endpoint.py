"""The peer endpoint as a real process: every refusal is a 4xx with a JSON reason, nothing is stored."""

from __future__ import annotations

import time

import pytest
import requests

from siaga.protocol.envelope import SIGN_DOMAIN, seal, seal_payload
from siaga.protocol.message import build_report, message_id
from siaga.protocol.transport import (
    BATCH_CONTENT_TYPE,
    MAX_BATCH_BYTES,
    pack_batch,
    sign_request,
    unpack_receipts,
    verify_receipt,
)

from helpers import link


@pytest.fixture
def served(network, make_station):
    """Kuala Lumpur serving; Jakarta is its peer, Manila is Jakarta's peer only, a stranger is nobody's."""
    net = network()
    stranger = make_station("stranger", country="SG")
    server = net.serve("kl")["kl"]
    return net.kl, net.jakarta, net.manila, stranger, server


def post(server, signer, receiver_pk, body, *, path="/v1/messages", headers=None, now=None,
         content_type=BATCH_CONTENT_TYPE):
    h = sign_request(signer.keys.signing, "POST", path, body, receiver_pk, now=now)
    h["Content-Type"] = content_type
    h.update(headers or {})
    return requests.post(server.url + path, data=body, headers=h, timeout=30)


def report_for(author, recipients, book, **changes):
    content = build_report({
        "type": "update", "code": "rsit:availability/ddos", "severity": 2, "tlp": "TLP:GREEN",
        "scope": "bilateral", "countries": ["MY"], "observed_at": "2026-11-24T00:00:00Z",
        "summary": "Traffic flood on a ministry portal", "narrative": "", "indicators": [],
    }, author.info, book)
    content.update(changes)
    return seal(content, author.keys.signing, [r.keys.box_pk for r in recipients])


def refused(response, status, reason):
    assert response.status_code == status, response.text
    assert response.headers["Content-Type"] == "application/json"
    body = response.json()
    assert body["error"] == reason and body["detail"], body
    return body


def test_every_refusal_is_a_json_4xx_and_stores_nothing(served):
    kl, jkt, mnl, stranger, server = served
    book = jkt.books.current
    good = report_for(jkt, [kl], book)
    body = pack_batch([good.envelope])
    kl_pk = kl.keys.sign_pk

    refused(post(server, stranger, kl_pk, body), 403, "unknown-sender")
    refused(post(server, jkt, kl_pk, body, headers={"X-Siaga-Signature": post_sig_of(stranger, body, kl_pk)}),
            401, "bad-signature")
    tampered = bytearray(body)
    tampered[-1] ^= 1
    h = sign_request(jkt.keys.signing, "POST", "/v1/messages", body, kl_pk)
    h["Content-Type"] = BATCH_CONTENT_TYPE
    refused(requests.post(server.url + "/v1/messages", data=bytes(tampered), headers=h, timeout=30),
            401, "bad-signature")
    refused(post(server, jkt, kl_pk, body, now=time.time() - 3600), 401, "stale")
    refused(post(server, jkt, mnl.keys.sign_pk, body), 421, "wrong-recipient")
    refused(post(server, jkt, kl_pk, body, headers={"X-Siaga-Nonce": "not base64!"}), 401, "unauthenticated")

    # a message sealed for Manila, delivered to Kuala Lumpur
    item = refused(post(server, jkt, kl_pk, pack_batch([report_for(jkt, [mnl], book).envelope])),
                   421, "wrong-recipient")["items"][0]
    assert item["index"] == 0 and item["error"] == "wrong-recipient"
    # coded with a codebook this station has never seen
    refused(post(server, jkt, kl_pk, pack_batch([report_for(jkt, [kl], book, codebook="1999.1").envelope])),
            422, "unknown-codebook")
    # a payload that is not JSON, correctly signed and sealed
    junk = b"{not json"
    signed = jkt.keys.signing.sign(SIGN_DOMAIN + junk).signature + junk
    bad_json = seal_payload(message_id(junk), signed, [kl.keys.box_pk])
    refused(post(server, jkt, kl_pk, pack_batch([bad_json.envelope])), 422, "malformed")
    # one bad message spoils the batch: nothing of it is stored, and the refusal names it
    items = refused(post(server, jkt, kl_pk, pack_batch([good.envelope, bad_json.envelope])), 422,
                    "malformed")["items"]
    assert [(i["index"], i["error"]) for i in items] == [(1, "malformed")]
    # a body that is not a batch at all, or JSON where a batch belongs
    refused(post(server, jkt, kl_pk, b"\x00garbage"), 400, "malformed")
    refused(post(server, jkt, kl_pk, b'{"messages": [', content_type="application/json"), 400, "malformed")
    # a message whose author nobody here knows, relayed by a known peer
    refused(post(server, jkt, kl_pk, pack_batch([report_for(stranger, [kl], book).envelope])), 422,
            "unknown-author")
    # too big: refused before it is read
    big = b"\x00" * (MAX_BATCH_BYTES + 1)
    refused(post(server, jkt, kl_pk, big), 413, "oversized")
    # no signature at all, an unknown path, a wrong method
    refused(requests.post(server.url + "/v1/messages", data=body, timeout=30), 401, "unauthenticated")
    refused(requests.get(server.url + "/v1/nothing", timeout=30), 404, "not-found")
    refused(requests.get(server.url + "/v1/messages", timeout=30), 405, "method")

    assert kl.store.count("inbox") == 0
    assert requests.get(server.url + "/v1/health", timeout=30).json()["status"] == "ok"

    # the good message still goes through, once; the same request again is a replay
    h = sign_request(jkt.keys.signing, "POST", "/v1/messages", body, kl_pk)
    h["Content-Type"] = BATCH_CONTENT_TYPE
    first = requests.post(server.url + "/v1/messages", data=body, headers=h, timeout=30)
    assert first.status_code == 200
    [receipt] = unpack_receipts(first.content)
    assert verify_receipt(receipt, kl_pk)["id"] == good.msg_id
    refused(requests.post(server.url + "/v1/messages", data=body, headers=h, timeout=30), 409, "replay")
    assert set(kl.store.inbox_ids()) == {good.msg_id}


def post_sig_of(signer, body, receiver_pk):
    """A signature over the right request made by the wrong key (a forgery)."""
    return sign_request(signer.keys.signing, "POST", "/v1/messages", body, receiver_pk)["X-Siaga-Signature"]


def test_a_relay_keeps_the_authors_signature(served):
    """Jakarta hands Manila's report on: Kuala Lumpur sees Manila as the author, Jakarta as the carrier."""
    kl, jkt, mnl, _, server = served
    link(kl, mnl)
    sealed = report_for(mnl, [kl], mnl.books.current)
    response = post(server, jkt, kl.keys.sign_pk, pack_batch([sealed.envelope]))
    assert response.status_code == 200
    shown = kl.read_inbox(sealed.msg_id)
    assert shown["author"]["name"] == "manila" and shown["verified_signature"]
    assert shown["via"] == kl.peer_by_key(jkt.keys.sign_pk).id


def test_a_real_peer_syncs_while_200_hostile_connections_are_open(served, draft):
    """Trickled headers, half-sent unauthenticated 16 MiB bodies and idle sockets, 200 at once, from 50 addresses."""
    import random

    from siaga.delivery.sync import Sync
    from siaga.storage.states import DELIVERED

    from hostile import Siege, Target, address_flood, spooled_bytes, stale_large_body, unsigned_large_body

    kl, jkt, mnl, stranger, server = served
    jkt.update_peer(jkt.peer_by_key(kl.keys.sign_pk).id, url=server.url)
    target = Target(server.url, kl, jkt, stranger, mnl)
    siege = Siege(target, 200)
    try:
        time.sleep(2.0)  # all of them open and under way
        # a large body is refused from its headers: the endpoint never waits for (or spools) the rest
        assert unsigned_large_body(target, random.Random(1)) == 401
        assert stale_large_body(target, random.Random(1)) == 401
        assert address_flood(target, random.Random(2)) == "closed"  # over the per-address limit: closed at once
        assert spooled_bytes(server.proc.pid) < 4 * 1024 * 1024

        msg = jkt.file_report(dict(draft, to=[jkt.peer_by_key(kl.keys.sign_pk).id]))
        started = time.monotonic()
        summary = Sync(jkt, timeout=(3.0, 10.0), deadline=15.0).run_once()
        assert summary.delivered == 1, summary
        assert time.monotonic() - started < 15
        assert jkt.store.delivery(msg, jkt.peer_by_key(kl.keys.sign_pk).id)["status"] == DELIVERED

        # header lines that trickle in, and bodies that never finish, are cut off at the request deadline
        limit = time.monotonic() + 40
        while time.monotonic() < limit and any(closed < opened for kind, (closed, opened) in siege.report().items()
                                               if kind != "idle"):
            time.sleep(0.5)
        report = siege.report()
        print(f"\nclosed by the endpoint (of opened): {report}; answers {dict(siege.answers)}")
        assert report["trickle"][0] == report["trickle"][1] and report["half-sent"][0] == report["half-sent"][1]
        assert siege.answers[("half-sent", "401")] == report["half-sent"][1]  # refused from the headers alone
        assert requests.get(server.url + "/v1/health", timeout=10).status_code == 200
    finally:
        siege.close()
    assert set(kl.store.inbox_ids()) == {msg}
