"""The audit log: real actions leave entries; edits, removals, reordering and truncation are named."""

from __future__ import annotations

import csv
import json
import os
import sqlite3
import subprocess
import sys

import pytest
from nacl.signing import SigningKey

from siaga.base.encoding import b64e
from siaga.base.errors import StorageError
from siaga.delivery.bundle import export_bundle, import_bundle
from siaga.delivery.receiving import accept
from siaga.delivery.sync import Sync
from siaga.interop import exports
from siaga.interop.stix_import import import_stix
from siaga.protocol.card import make_card
from siaga.protocol.statements import ROTATE, make_statement
from siaga.station import VERIFIED, Station
from siaga.storage import audit, keystore
from siaga.storage.states import GAVE_UP
from siaga.storage.store import MIGRATIONS

from helpers import PASSPHRASE


def events(station) -> list[str]:
    return [e["event"] for e in station.audit_entries()]


def last(station, kind: str) -> dict:
    return [e for e in station.audit_entries() if e["event"] == kind][-1]


def assert_intact(station) -> None:
    verdict = station.verify_audit()
    assert verdict.intact, verdict.problem


@pytest.fixture
def trio(network):
    """Jakarta, Kuala Lumpur and Manila, each a peer of the others."""
    net = network(links=[("jakarta", "kl"), ("kl", "manila"), ("jakarta", "manila")])
    return net.jakarta, net.kl, net.manila, net.id("kl"), net.id("jakarta", at="kl"), net.id("manila", at="kl")


def test_filing_delivery_acknowledgement_and_forwarding_are_recorded(trio, draft):
    jkt, kl, mnl, kl_id, jkt_id, mnl_id = trio
    assert events(jkt)[:1] == ["station-create"]
    assert sorted(e["peer"] for e in jkt.audit_entries() if e["event"] == "peer-add") == sorted(
        p.id for p in jkt.peers())

    jkt.set_trust(kl_id, VERIFIED)
    assert last(jkt, "peer-verify") == {**last(jkt, "peer-verify"), "peer": kl_id, "trust": VERIFIED}

    msg = jkt.file_report(dict(draft, to=[kl_id], tlp="TLP:GREEN"))
    created = last(jkt, "create")
    assert (created["msg"], created["peers"], created["type"]) == (msg, [kl_id], "early-warning")

    data, _ = export_bundle(jkt, kl_id)
    assert last(jkt, "bundle-export")["msgs"] == [msg]
    import_bundle(kl, data)
    received = last(kl, "receive")
    assert (received["msg"], received["peer"], received["author"]) == (msg, jkt_id, jkt_id)
    assert last(kl, "bundle-import")["new"] == 1

    ack = kl.acknowledge(msg, "investigating", "Team on site")
    acked = last(kl, "ack")
    assert (acked["msg"], acked["ref"], acked["status"], acked["peers"]) == (ack, msg, "investigating", [jkt_id])
    kl.forward(msg, [mnl_id])
    forwarded = last(kl, "forward")
    assert (forwarded["msg"], forwarded["peers"], forwarded["tlp"]) == (msg, [mnl_id], "TLP:GREEN")
    kl.ping(jkt_id)
    assert last(kl, "ping")["peers"] == [jkt_id]

    # the receipt and the acknowledgement travel back on a bundle: delivered, received
    back, _ = export_bundle(kl, jkt_id)
    import_bundle(jkt, back)
    delivered = last(jkt, "delivered")
    assert (delivered["msg"], delivered["peer"]) == (msg, kl_id)
    assert ack in {e.get("msg") for e in jkt.audit_entries() if e["event"] == "receive"}

    # delivered by the endpoint's path (receiving.accept), not only by bundles
    direct = mnl.file_report(dict(draft, to=[mnl.peer_by_key(jkt.keys.sign_pk).id]))
    accept(jkt, [mnl.store.outbox_message(direct)[0]], jkt.peer_by_key(mnl.keys.sign_pk))
    assert last(jkt, "receive")["msg"] == direct
    for station in (jkt, kl, mnl):
        assert_intact(station)


def test_exports_imports_relays_and_give_ups_are_recorded(trio, draft, tmp_path):
    jkt, kl, mnl, kl_id, _, _ = trio
    ids = [jkt.file_report(dict(draft, to=[kl_id], summary=f"Report {i}")) for i in range(2)]
    bundle = exports.stix_bundle(jkt, exports.collect(jkt, [ids[0][:12]]))
    assert last(jkt, "export") == {**last(jkt, "export"), "msgs": [ids[0]], "count": 1, "selection": "named"}
    exports.collect(jkt, None)
    assert (last(jkt, "export")["count"], last(jkt, "export")["selection"]) == (2, "all")

    import_stix(mnl, json.dumps(bundle).encode(), source="partner.json")
    imported = last(mnl, "import")
    assert (imported["msg"], imported["source"]) == (mnl.store.inbox_ids()[-1], "partner.json")

    # a hub queues a message to relay for another station
    envelope = jkt.store.outbox_message(ids[1])[0]
    kl.relay(kl.peer_by_key(jkt.keys.sign_pk), kl.peer_by_key(mnl.keys.sign_pk), [(ids[1], envelope)])
    assert last(kl, "relay")["msg"] == ids[1]

    # Kuala Lumpur revokes its keys; Jakarta learns it from a bundle and gives up what waited for it
    kl.revoke_keys(PASSPHRASE)
    assert last(kl, "key-revoke")["key"]
    data, _ = export_bundle(kl, kl.peer_by_key(jkt.keys.sign_pk).id)
    assert import_bundle(jkt, data).revoked
    assert last(jkt, "peer-revoke")["peer"] == kl_id
    Sync(jkt).run_once()
    gave_up = [e for e in jkt.audit_entries() if e["event"] == GAVE_UP]
    assert {e["msg"] for e in gave_up} == set(ids) and "revoked" in gave_up[0]["reason"]

    out = tmp_path / "audit.json"
    count = jkt.export_audit(out)
    assert last(jkt, "audit-export")["count"] == count
    for station in (jkt, kl, mnl):
        assert_intact(station)


def test_key_rotation_and_passphrase_change_keep_the_log_verifiable(trio, draft):
    jkt, kl, _, kl_id, jkt_id, _ = trio
    old_keys = jkt.keys
    jkt.file_report(dict(draft, to=[kl_id]))
    jkt.rotate_keys(PASSPHRASE)
    rotated = last(jkt, "key-rotate")
    assert rotated["new_key"] != rotated["old_key"]
    jkt.file_report(dict(draft, to=[kl_id]))  # signed with the new key
    # an endpoint still running with the old keys goes on recording: still a key of this station
    with Station(jkt.home, old_keys) as stale:
        accept(stale, [kl.store.outbox_message(kl.ping(jkt_id))[0]], stale.peer(kl_id))
    jkt.change_passphrase(PASSPHRASE, "a brand new passphrase")
    assert events(jkt)[-1] == "passphrase-change"
    assert_intact(jkt)

    # the peer applies the rotation statement that travels on the next bundle
    data, _ = export_bundle(jkt, kl_id)
    import_bundle(kl, data)
    assert last(kl, "peer-key-rotate")["new_key"] == rotated["new_key"]
    assert_intact(kl)

    # reopened with the new passphrase: the whole chain, under both keys, still verifies
    jkt.close()
    with Station.open(jkt.home, "a brand new passphrase") as reopened:
        assert_intact(reopened)


def test_a_rotation_cut_short_by_a_crash_is_recorded_on_the_next_start(make_station):
    station = make_station()
    home, old = station.home, station.keys
    fresh = keystore.Keys.generate()
    new_keys = keystore.Keys(fresh.signing, fresh.box, old.data_key, [(old.signing, old.box)])
    p = station.profile
    card = make_card(new_keys.signing, new_keys.box_pk, p["name"], p["org"], p["country"], None)
    # what rotate_keys has done when the power goes: the statement noted, the new keystore written
    station.store.set_setting("rotation_pending", b64e(make_statement(old.signing, ROTATE, card)))
    keystore.write(home, new_keys, PASSPHRASE)
    station.close()
    for _ in range(2):
        with Station.open(home, PASSPHRASE) as restarted:
            assert events(restarted).count("key-rotate") == 1
            assert last(restarted, "key-rotate")["new_key"] == b64e(new_keys.sign_pk)
            assert_intact(restarted)


# -- tampering -------------------------------------------------------------------------


@pytest.fixture
def logged(make_station, draft):
    """A station with 8 entries: created, a peer added, then 6 reports filed."""
    station = make_station()
    station.add_peer(make_station("kl", country="MY").card_bytes())
    for i in range(6):
        station.file_report(dict(draft, summary=f"Report {i}"))
    assert len(station.audit_entries()) == 8
    assert_intact(station)
    return station


def tamper(station, *sql: tuple) -> None:
    """Change the database as someone with the file but no keys can."""
    db = sqlite3.connect(station.store.path, isolation_level=None)
    for statement in sql:
        db.execute(*statement)
    db.close()


def flip_byte(station, seq: int) -> tuple:
    body = bytearray(station.store.db.execute("SELECT body FROM audit WHERE seq = ?", [seq]).fetchone()[0])
    body[len(body) // 2] ^= 0x01
    return ("UPDATE audit SET body = ? WHERE seq = ?", [bytes(body), seq])


@pytest.mark.parametrize("how, seq, kind, words", [
    ("edit a byte", 4, audit.EDITED, "altered"),
    ("delete one", 3, audit.MISSING, "entry 3 is missing"),
    ("delete two", 5, audit.MISSING, "entries 5 to 6 are missing"),
    ("swap two", 2, audit.REORDERED, "entry 6 was moved to place 2"),
    ("truncate the tail", 6, audit.TRUNCATED, "entries 6 to 8 were removed from the end"),
    ("delete everything", 1, audit.TRUNCATED, "entries 1 to 8 were removed"),
    ("delete the head record", 9, audit.TRUNCATED, "latest entry was deleted"),
    ("replace a hash", 7, audit.EDITED, "does not match its hash"),
    ("move a signature", 3, audit.BAD_SIGNATURE, "not signed"),
])
def test_each_kind_of_tampering_is_detected_and_named(logged, how, seq, kind, words):
    sql = {
        "edit a byte": [flip_byte(logged, 4)],
        "delete one": [("DELETE FROM audit WHERE seq = 3",)],
        "delete two": [("DELETE FROM audit WHERE seq IN (5, 6)",)],
        "swap two": [("UPDATE audit SET seq = -1 WHERE seq = 2",), ("UPDATE audit SET seq = 2 WHERE seq = 6",),
                     ("UPDATE audit SET seq = 6 WHERE seq = -1",)],
        "truncate the tail": [("DELETE FROM audit WHERE seq >= 6",)],
        "delete everything": [("DELETE FROM audit",)],
        "delete the head record": [("DELETE FROM meta WHERE key = 'audit_head'",)],
        "replace a hash": [("UPDATE audit SET hash = zeroblob(32) WHERE seq = 7",)],
        "move a signature": [("UPDATE audit SET sig = (SELECT sig FROM audit WHERE seq = 2) WHERE seq = 3",)],
    }[how]
    tamper(logged, *sql)
    problem = logged.verify_audit().problem
    assert (problem.seq, problem.kind) == (seq, kind) and words in problem.detail
    with pytest.raises(audit.AuditBroken, match=f"entry {seq} {kind}"):
        logged.verify_audit().check()


def test_a_truncation_stays_detected_after_more_entries_are_added(logged, draft):
    tamper(logged, ("DELETE FROM audit WHERE seq >= 7",))
    logged.file_report(draft)  # the next append notices and records it in the chain itself
    problem = logged.verify_audit().problem
    assert (problem.seq, problem.kind) == (7, audit.TRUNCATED)
    assert "entries 7 to 8 were removed from the end (found when entry 7 was added)" == problem.detail


def test_a_deleted_head_record_stays_detected_after_more_entries_are_added(logged, draft):
    tamper(logged, ("DELETE FROM meta WHERE key = 'audit_head'",))
    logged.file_report(draft)
    problem = logged.verify_audit().problem
    assert (problem.seq, problem.kind) == (9, audit.TRUNCATED)
    assert problem.detail == "the record of the latest entry was deleted (found when entry 9 was added)"
    assert [e["event"] for e in logged.audit_entries(2)] == [audit.TAMPER_FOUND, "create"]


def test_entries_signed_by_a_key_the_station_does_not_hold_are_refused(logged, draft):
    # someone with the data key but not the signing key tries to add history
    logged.store.audit.signing = SigningKey.generate()
    logged.file_report(draft)
    problem = logged.verify_audit().problem
    assert (problem.seq, problem.kind) == (9, audit.BAD_SIGNATURE)


def test_entry_contents_are_sealed_on_disk(logged):
    msg_id = logged.audit_entries()[-1]["msg"]
    for (body,) in logged.store.db.execute("SELECT body FROM audit"):
        assert msg_id.encode() not in body and b"create" not in body


def test_an_action_whose_entry_cannot_be_written_is_not_done(logged, draft):
    logged.store.db.execute("DROP TABLE audit")
    with pytest.raises(StorageError, match="audit log"):
        logged.file_report(draft)
    assert logged.store.count("outbox") == 6


def test_listing_returns_the_latest_entries_oldest_first(logged):
    latest = logged.audit_entries(3)
    assert [e["seq"] for e in latest] == [6, 7, 8]
    assert all(e["at"].endswith("Z") and len(e["hash"]) == 64 for e in latest)


# -- the command line ---------------------------------------------------------------


def run(home, *args):
    env = dict(os.environ, SIAGA_PASSPHRASE=PASSPHRASE)
    return subprocess.run([sys.executable, "-m", "siaga", *args, "--home", str(home)], capture_output=True,
                          text=True, env=env, timeout=120, stdin=subprocess.DEVNULL)


def test_audit_commands(logged, tmp_path):
    home = logged.home
    result = run(home, "audit", "verify")
    assert result.returncode == 0 and "intact: 8 entries" in result.stdout

    listed = run(home, "audit", "list", "--limit", "2")
    lines = listed.stdout.splitlines()
    assert listed.returncode == 0 and len(lines) == 2 and lines[0].split()[:1] == ["7"] and "create" in lines[1]
    assert [e["seq"] for e in json.loads(run(home, "audit", "list", "--json").stdout)] == list(range(1, 9))

    out = tmp_path / "review.json"
    assert "8 audit entries written" in run(home, "audit", "export", "--out", str(out)).stdout
    doc = json.loads(out.read_text())
    assert doc["verification"] == {"intact": True, "entries": 8, "problem": None}
    assert [e["event"] for e in doc["entries"]] == ["station-create", "peer-add"] + ["create"] * 6
    assert oct(out.stat().st_mode & 0o777) == "0o600"
    assert run(home, "audit", "export", "--csv", "--out", str(tmp_path / "review.csv")).returncode == 0
    with (tmp_path / "review.csv").open(newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["seq"] for r in rows] == [str(n) for n in range(1, 10)]  # the JSON export is entry 9
    assert rows[-1]["event"] == "audit-export" and json.loads(rows[-1]["details"])["format"] == "json"

    bad = run(home, "audit", "list", "--limit", "0")
    assert bad.returncode == 2 and bad.stderr.strip() == "siaga: error: --limit must be at least 1"
    both = run(home, "audit", "export", "--json", "--csv", "--out", str(out))
    assert both.returncode == 2 and len(both.stderr.strip().splitlines()) == 1

    tamper(logged, ("DELETE FROM audit WHERE seq = 4",))
    broken = run(home, "audit", "verify")
    assert broken.returncode == 1 and broken.stdout == ""
    assert broken.stderr.strip() == ("siaga: error: the audit log is not intact: entry 4 missing: "
                                     "entry 4 is missing (deleted)")
    as_json = run(home, "audit", "verify", "--json")
    assert as_json.returncode == 1
    assert json.loads(as_json.stdout)["problem"] == {"seq": 4, "kind": "missing",
                                                     "detail": "entry 4 is missing (deleted)"}


def test_passphrase_command_is_recorded(make_station, tmp_path):
    station = make_station()
    home = station.home
    station.close()
    env = dict(os.environ, SIAGA_PASSPHRASE=PASSPHRASE, SIAGA_NEW_PASSPHRASE="another long passphrase")
    result = subprocess.run([sys.executable, "-m", "siaga", "passphrase", "--home", str(home)], capture_output=True,
                            text=True, env=env, timeout=120, stdin=subprocess.DEVNULL)
    assert result.returncode == 0, result.stderr
    with Station.open(home, "another long passphrase") as reopened:
        assert events(reopened) == ["station-create", "passphrase-change"]
        assert_intact(reopened)


def test_a_database_from_before_the_audit_log_starts_one(make_station, draft):
    station = make_station()
    station.add_peer(make_station("kl", country="MY").card_bytes())
    home = station.home
    station.close()
    tamper(station, ("DROP TABLE audit",), ("DELETE FROM meta WHERE key = 'audit_head'",),
           ("UPDATE meta SET value = ? WHERE key = 'schema_version'", [b"3"]))
    with Station.open(home, PASSPHRASE) as upgraded:
        assert upgraded.store.schema_version() == len(MIGRATIONS)
        assert upgraded.verify_audit() == audit.Verdict(0, None)
        msg = upgraded.file_report(draft)
        assert [(e["seq"], e["event"], e["msg"]) for e in upgraded.audit_entries()] == [(1, "create", msg)]
        assert_intact(upgraded)
