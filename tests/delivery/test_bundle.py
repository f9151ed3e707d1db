"""Offline bundles through the real command line: export, carry, import, receipts back."""

from __future__ import annotations

import json
import subprocess

import pytest

from siaga.base.errors import DecodeError
from siaga.delivery.bundle import export_bundle, import_bundle
from siaga.delivery.sync import Sync
from siaga.storage.states import DELIVERED, QUEUED

from helpers import link
from netutil import Served, child_env, siaga_cmd


def siaga(home, *args, expect=0):
    result = subprocess.run(siaga_cmd(*args, "--home", str(home)), capture_output=True, text=True,
                            env=child_env(), timeout=120, stdin=subprocess.DEVNULL)
    assert result.returncode == expect, result.stderr
    return result


@pytest.fixture
def pair(make_station):
    jkt = make_station("jakarta", country="ID")
    post = make_station("post", country="TL")  # a post with no data link
    post_at_jkt, jkt_at_post = link(jkt, post)
    return jkt, post, post_at_jkt.id, jkt_at_post.id


def test_bundle_round_trip_on_files(pair, draft, tmp_path):
    jkt, post, post_id, jkt_id = pair
    msgs = [jkt.file_report(dict(draft, to=[post_id], summary=f"Report {i}")) for i in range(3)]
    out = tmp_path / "to-post.sgb"
    assert "3 message(s)" in siaga(jkt.home, "bundle", "export", "--peer", post_id, "--out", str(out)).stdout
    result = json.loads(siaga(post.home, "bundle", "import", str(out), "--json").stdout)
    assert (result["messages"], result["new"]) == (3, 3)
    # the same file again: recognised, nothing doubled
    assert json.loads(siaga(post.home, "bundle", "import", str(out), "--json").stdout)["new"] == 0
    assert set(post.store.inbox_ids()) == set(msgs)
    # the messages stay waiting at Jakarta until a receipt proves they arrived
    assert {d["status"] for r in jkt.outbox() for d in r["deliveries"]} == {QUEUED}

    # the receipts travel back on a return bundle, with the post's acknowledgement
    ack = post.acknowledge(msgs[0], "received")
    back = tmp_path / "to-jakarta.sgb"
    siaga(post.home, "bundle", "export", "--peer", jkt_id, "--out", str(back))
    result = json.loads(siaga(jkt.home, "bundle", "import", str(back), "--json").stdout)
    assert (result["new"], result["receipts_recorded"]) == (1, 3)
    assert {d["status"] for r in jkt.outbox() for d in r["deliveries"]} == {DELIVERED}
    assert set(jkt.store.inbox_ids()) == {ack}
    assert [a["status"] for a in jkt.acknowledgements(msgs[0])] == ["received"]


def test_bundle_receipts_travel_back_by_the_next_sync(pair, draft):
    jkt, post, post_id, jkt_id = pair
    msg = jkt.file_report(dict(draft, to=[post_id]))
    data, count = export_bundle(jkt, post_id)
    assert count == 1 and import_bundle(post, data).new == 1
    server = Served(jkt.home).start()
    try:
        post.update_peer(jkt_id, url=server.url)
        summary = Sync(post).run_once()
        assert summary.receipts_returned == 1
    finally:
        server.stop()
    assert jkt.store.delivery(msg, post_id)["status"] == DELIVERED
    assert post.store.take_return_receipts(jkt_id) == []
    assert set(post.store.inbox_ids()) == {msg} and jkt.store.count("inbox") == 0


def test_bad_bundles_are_refused_with_a_clear_error(pair, draft, make_station, tmp_path):
    jkt, post, post_id, _ = pair
    jkt.file_report(dict(draft, to=[post_id]))
    data, _ = export_bundle(jkt, post_id)
    cases = {
        "tampered.sgb": data[:-10] + bytes(b ^ 0xFF for b in data[-10:]),
        "truncated.sgb": data[: len(data) // 2],
        "not-a-bundle.sgb": b"PK\x03\x04 a zip file",
        "empty.sgb": b"",
    }
    for name, blob in cases.items():
        path = tmp_path / name
        path.write_bytes(blob)
        result = siaga(post.home, "bundle", "import", str(path), expect=2)
        assert result.stderr.startswith("siaga: ") and "Traceback" not in result.stderr, result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
    expired, _ = export_bundle(jkt, post_id, ttl=60, now=1_000_000)
    with pytest.raises(DecodeError, match="expired"):
        import_bundle(post, expired)
    other = make_station("other", country="SG")
    link(jkt, other)
    with pytest.raises(DecodeError, match="not addressed to this station"):
        import_bundle(other, data)
    assert post.store.count("inbox") == 0 and other.store.count("inbox") == 0
