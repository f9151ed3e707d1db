"""Batch receipts on the wire: one signature per batch, a proof kept per delivery, older stations served."""

from __future__ import annotations

import requests

from siaga.delivery import sync as sync_module
from siaga.delivery.sync import Sync
from siaga.protocol.batch_receipt import BATCH_RECEIPT_CONTENT_TYPE, open_batch
from siaga.protocol.transport import (
    BATCH_CONTENT_TYPE,
    RECEIPTS_CONTENT_TYPE,
    pack_batch,
    sign_request,
    unpack_receipts,
    verify_receipt,
)
from siaga.storage.states import DELIVERED

from netutil import FaultProxy


def _pair(network):
    net = network(links=[("jakarta", "kl")])
    server = net.serve("kl")["kl"]
    return net.jakarta, net.kl, net.id("kl"), server


def test_a_batch_is_receipted_once_and_each_delivery_keeps_its_own_proof(network, draft, monkeypatch):
    jkt, kl, kl_id, _ = _pair(network)
    monkeypatch.setattr(sync_module, "BATCH_MESSAGES", 4)  # 7 reports: batches of 4 and 3
    msgs = jkt.file_reports([dict(draft, to=[kl_id], summary=f"Report {i}") for i in range(7)])
    summary = Sync(jkt).run_once()
    assert (summary.delivered, summary.waiting) == (7, 0)
    receipts = jkt.store.receipts_for(msgs, kl_id)
    assert set(receipts) == set(msgs) == set(kl.store.inbox_ids())
    assert sorted(r["proof"]["count"] for r in receipts.values()) == [3, 3, 3, 4, 4, 4, 4]
    assert len({r["sig"] for r in receipts.values()}) == 2  # one signature per batch
    for msg_id, receipt in receipts.items():
        assert verify_receipt(receipt, kl.keys.sign_pk, msg_id)["id"] == msg_id


def test_a_sender_that_knows_only_single_receipts_gets_them(network, draft):
    jkt, kl, kl_id, server = _pair(network)
    msgs = jkt.file_reports([dict(draft, to=[kl_id], summary=f"Report {i}") for i in range(3)])
    body = pack_batch(list(jkt.store.envelopes(msgs).values()))

    def post(accept: str | None):
        headers = sign_request(jkt.keys.signing, "POST", "/v1/messages", body, kl.keys.sign_pk)
        headers["Content-Type"] = BATCH_CONTENT_TYPE
        if accept:
            headers["Accept"] = accept
        return requests.post(server.url + "/v1/messages", data=body, headers=headers, timeout=30)

    old = post(None)  # as a station before batch receipts asks
    assert old.status_code == 200 and old.headers["Content-Type"] == RECEIPTS_CONTENT_TYPE
    singles = unpack_receipts(old.content)
    assert [verify_receipt(r, kl.keys.sign_pk)["id"] for r in singles] == list(jkt.store.envelopes(msgs))
    new = post(f"{BATCH_RECEIPT_CONTENT_TYPE}, {RECEIPTS_CONTENT_TYPE}")
    assert new.status_code == 200 and new.headers["Content-Type"] == BATCH_RECEIPT_CONTENT_TYPE
    members = open_batch(new.content, kl.keys.sign_pk)
    # the same messages again: the same first-received times, nothing stored twice
    assert [(m["id"], m["received_at"]) for m in members] == [(r["id"], r["received_at"]) for r in singles]
    assert sorted(kl.store.inbox_ids()) == sorted(msgs)


def test_a_receiver_that_answers_single_receipts_still_completes_delivery(network, draft):
    jkt, kl, kl_id, server = _pair(network)
    msgs = jkt.file_reports([dict(draft, to=[kl_id], summary=f"Report {i}") for i in range(5)])
    with FaultProxy(server.port) as proxy:
        proxy.mode = "single-receipts"
        jkt.update_peer(kl_id, url=proxy.url)
        summary = Sync(jkt).run_once()
    assert (summary.delivered, summary.waiting) == (5, 0)
    receipts = jkt.store.receipts_for(msgs, kl_id)
    assert set(receipts) == set(msgs) and all("proof" not in r for r in receipts.values())
    assert all(jkt.store.delivery(m, kl_id)["status"] == DELIVERED for m in msgs)
    for msg_id, receipt in receipts.items():
        assert verify_receipt(receipt, kl.keys.sign_pk, msg_id)
