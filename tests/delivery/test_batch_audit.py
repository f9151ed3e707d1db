"""Audit entries per batch: one signed entry names every message a batch delivered or brought in."""

from __future__ import annotations

import sqlite3

from siaga.delivery import sync as sync_module
from siaga.delivery.sync import Sync
from siaga.storage import audit
from siaga.storage.states import DELIVERED


def _entries(station, kind: str) -> list[dict]:
    return [e for e in station.audit_entries() if e["event"] == kind]


def _named(entries: list[dict]) -> list[str]:
    """Every message id the entries name, in order (an entry names one with ``msg`` or many with ``msgs``)."""
    out = []
    for entry in entries:
        out += entry["msgs"] if "msgs" in entry else [entry["msg"]]
        assert entry.get("count", 1) == (len(entry["msgs"]) if "msgs" in entry else 1)
    return out


def test_one_entry_per_batch_on_both_sides_names_every_message(network, draft, monkeypatch):
    net = network(links=[("jakarta", "kl")])
    net.serve("kl")
    jkt, kl, kl_id, jkt_id = net.jakarta, net.kl, net.id("kl"), net.id("jakarta", at="kl")
    monkeypatch.setattr(sync_module, "BATCH_MESSAGES", 5)  # 12 reports: batches of 5, 5 and 2
    msgs = jkt.file_reports([dict(draft, to=[kl_id], summary=f"Report {i}") for i in range(12)])
    before_sent, before_received = len(jkt.audit_entries()), len(kl.audit_entries())

    assert Sync(jkt).run_once().delivered == 12
    delivered = _entries(jkt, DELIVERED)
    assert len(delivered) == 3 and len(jkt.audit_entries()) == before_sent + 3
    assert sorted(_named(delivered)) == sorted(msgs)
    assert all(e["peer"] == kl_id and e["attempts"] == 1 for e in delivered)
    assert sorted(len(e.get("msgs", [e.get("msg")])) for e in delivered) == [2, 5, 5]

    received = _entries(kl, "receive")
    assert len(received) == 3 and len(kl.audit_entries()) == before_received + 3
    assert sorted(_named(received)) == sorted(msgs)
    assert all((e["peer"], e["author"], e["type"]) == (jkt_id, jkt_id, "early-warning") for e in received)
    for station in (jkt, kl):
        assert station.verify_audit().intact


def test_messages_with_different_details_get_entries_of_their_own():
    events = audit.per_batch("receive", [("a" * 64, {"peer": "p", "type": "early-warning"}),
                                         ("b" * 64, {"peer": "p", "type": "acknowledgement"}),
                                         ("c" * 64, {"peer": "p", "type": "early-warning", "form": None})])
    assert [(e.kind, e.details) for e in events] == [
        ("receive", {"msgs": ["a" * 64, "c" * 64], "count": 2, "peer": "p", "type": "early-warning"}),
        ("receive", {"msg": "b" * 64, "peer": "p", "type": "acknowledgement"}),
    ]


def test_a_batch_larger_than_an_entry_holds_is_named_in_full_over_several_entries():
    ids = [f"{i:064x}" for i in range(audit.MAX_IDS * 2 + 1)]
    events = audit.per_batch("delivered", [(m, {"peer": "p"}) for m in ids])
    assert [e.details.get("count", 1) for e in events] == [audit.MAX_IDS, audit.MAX_IDS, 1]
    assert [m for e in events for m in e.details.get("msgs", [e.details.get("msg")])] == ids


def test_editing_or_removing_a_batch_entry_is_detected(network, draft):
    net = network(links=[("jakarta", "kl")])
    net.serve("kl")
    jkt, kl, kl_id = net.jakarta, net.kl, net.id("kl")
    jkt.file_reports([dict(draft, to=[kl_id], summary=f"Report {i}") for i in range(4)])
    Sync(jkt).run_once()
    for station, kind in ((jkt, DELIVERED), (kl, "receive")):
        seq = _entries(station, kind)[-1]["seq"]
        body = bytearray(station.store.db.execute("SELECT body FROM audit WHERE seq = ?", [seq]).fetchone()[0])
        body[len(body) // 2] ^= 0x01
        db = sqlite3.connect(station.store.path, isolation_level=None)
        db.execute("UPDATE audit SET body = ? WHERE seq = ?", [bytes(body), seq])
        db.close()
        problem = station.verify_audit().problem
        assert (problem.seq, problem.kind) == (seq, audit.EDITED)
