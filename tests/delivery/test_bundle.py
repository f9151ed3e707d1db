"""Offline bundles through the real command line: export, carry, import, receipts back."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import zlib

import pytest
from nacl.public import PublicKey, SealedBox
from nacl.signing import SigningKey

from siaga.base.encoding import b64e, canonical
from siaga.base.errors import DecodeError, InputError
from siaga.delivery import bundle
from siaga.delivery.bundle import export_bundle, import_bundle
from siaga.delivery.sync import Sync
from siaga.protocol.statements import REVOKE, make_statement
from siaga.protocol.transport import make_receipt
from siaga.storage.states import DELIVERED, QUEUED

from helpers import PASSPHRASE, link
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


# -- a refused bundle changes nothing -----------------------------------------------------------

STATE_TABLES = ("deliveries", "inbox", "peers", "peer_keys", "return_receipts", "outbox", "audit")


def state(station) -> dict:
    """Every row of the tables an import may write, as stored (sealed fields included)."""
    return {t: sorted(map(tuple, station.store.db.execute(f"SELECT * FROM {t}").fetchall())) for t in STATE_TABLES}


def legacy_bundle(signing, box_pk: bytes, doc: dict) -> bytes:
    """A bundle in the first format ("SGF" 0x01): deflate(signature || canonical JSON), sealed."""
    body = canonical(doc)
    signed = signing.sign(b"siaga/bundle/v1\x00" + body).signature + body
    return b"SGF\x01" + SealedBox(PublicKey(box_pk)).encrypt(zlib.compress(signed, 9))


@pytest.fixture
def owed_receipts(pair, draft):
    """Jakarta sent three reports on a bundle; the post owes it three receipts."""
    jkt, post, post_id, jkt_id = pair
    msgs = [jkt.file_report(dict(draft, to=[post_id], summary=f"Report {i}")) for i in range(3)]
    assert import_bundle(post, export_bundle(jkt, post_id)[0]).new == 3
    return msgs


@pytest.mark.parametrize("fmt", ["current", "legacy"])
def test_a_bundle_with_one_bad_message_changes_nothing(pair, draft, owed_receipts, tmp_path, fmt):
    jkt, post, post_id, jkt_id = pair
    now = int(time.time())
    receipts = [make_receipt(post.keys.signing, m, t) for m, t in post.store.take_return_receipts(jkt_id)]
    good = post.store.outbox_message(post.file_report(dict(draft, to=[jkt_id])))[0]
    bad = bytearray(good)
    bad[-20] ^= 0x01  # one bit of the sealed report
    messages = [b64e(good), b64e(bytes(bad))]
    if fmt == "legacy":
        data = legacy_bundle(post.keys.signing, jkt.keys.box_pk, {
            "v": 1, "from": b64e(post.keys.sign_pk), "to": b64e(jkt.keys.sign_pk), "created": now,
            "expires": now + 3600, "messages": messages, "receipts": receipts, "statements": []})
    else:
        data = bundle.pack(post.keys.signing, jkt.keys.sign_pk, jkt.keys.box_pk,
                           {"created": now, "expires": now + 3600, "statements": []},
                           {"messages": messages, "receipts": receipts})
    before = state(jkt)
    path = tmp_path / "mixed.sgb"
    path.write_bytes(data)
    result = siaga(jkt.home, "bundle", "import", str(path), expect=2)
    assert result.stderr.startswith("siaga: ") and len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "WARNING" not in result.stderr
    assert state(jkt) == before
    assert {d["status"] for r in jkt.outbox() for d in r["deliveries"]} == {QUEUED}
    with pytest.raises(InputError):
        import_bundle(jkt, data)
    assert state(jkt) == before


@pytest.mark.parametrize("fmt", ["current", "legacy"])
def test_a_stranger_cannot_carry_a_peers_key_statement(pair, make_station, fmt):
    """A genuine revocation by Jakarta, carried by a station nobody knows: nothing is applied."""
    jkt, post, post_id, jkt_id = pair
    statement = make_statement(jkt.keys.signing, REVOKE)
    stranger = SigningKey.generate()
    now = int(time.time())
    if fmt == "legacy":
        data = legacy_bundle(stranger, post.keys.box_pk, {
            "v": 1, "from": b64e(bytes(stranger.verify_key)), "to": b64e(post.keys.sign_pk), "created": now,
            "expires": now + 3600, "messages": [], "receipts": [], "statements": [b64e(statement)]})
    else:
        data = bundle.pack(stranger, post.keys.sign_pk, post.keys.box_pk,
                           {"created": now, "expires": now + 3600, "statements": [b64e(statement)]},
                           {"messages": [], "receipts": []})
    before = state(post)
    with pytest.raises(DecodeError, match="not in this directory"):
        import_bundle(post, data)
    assert state(post) == before and not post.peer(jkt_id).revoked


def test_a_revocation_on_a_bundle_is_applied_and_nothing_else(pair, draft):
    """The one thing a revoked station still sends: its revocation lands, its messages do not."""
    jkt, post, post_id, jkt_id = pair
    post.file_report(dict(draft, to=[jkt_id]))
    post.revoke_keys(PASSPHRASE)
    data, count = export_bundle(post, jkt_id)
    result = import_bundle(jkt, data)
    assert result.revoked and result.new == 0 and jkt.store.count("inbox") == 0
    assert jkt.peer(post_id).revoked
    before = state(jkt)
    with pytest.raises(DecodeError, match="revoked"):  # the same bundle again: refused, nothing changes
        import_bundle(jkt, data)
    assert state(jkt) == before


# -- no bundle, however built, takes the memory of the station ----------------------------------

#: runs the command given after it as its only child and prints that child's peak memory (KiB) and exit status
PEAK = ("import resource, subprocess, sys\n"
        "r = subprocess.run(sys.argv[1:], capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)\n"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, r.returncode)\n"
        "sys.stderr.write(r.stderr)\n")
MEMORY_BUDGET_KIB = 64 * 1024


def peak_import(home, path) -> tuple[int, int, str]:
    """(peak resident KiB, exit status, stderr) of ``siaga bundle import`` in a child process of its own."""
    run = subprocess.run([sys.executable, "-c", PEAK, *siaga_cmd("bundle", "import", str(path), "--home", str(home))],
                         capture_output=True, text=True, env=child_env(), timeout=180, stdin=subprocess.DEVNULL)
    peak, status = map(int, run.stdout.split())
    return peak, status, run.stderr


def deflated(*parts: bytes, repeat: tuple[bytes, int] = (b"", 0), tail: bytes = b"") -> bytes:
    """zlib of parts + piece * count + tail, made piece by piece (the plain text is never held whole)."""
    squeezer = zlib.compressobj(9)
    out = [squeezer.compress(p) for p in parts]
    piece, count = repeat
    block = piece * max(1, (1 << 20) // max(1, len(piece)))
    per_block = len(block) // len(piece) if piece else 0
    while count > 0:
        n = min(count, per_block)
        out.append(squeezer.compress(block if n == per_block else piece * n))
        count -= n
    out.append(squeezer.compress(tail))
    out.append(squeezer.flush())
    return b"".join(out)


def test_no_bundle_takes_the_stations_memory(pair, draft, tmp_path):
    jkt, post, post_id, jkt_id = pair
    home = post.home
    now = int(time.time())
    stranger = SigningKey.generate()
    sealed = SealedBox(PublicKey(post.keys.box_pk)).encrypt

    def legacy_bomb(piece: bytes, count: int, signer: bytes) -> bytes:
        head = (b'{"created":%d,"expires":%d,"from":"%s","messages":[' % (now, now + 3600, b64e(signer).encode()))
        tail = b'{}],"receipts":[],"statements":[],"to":"%s","v":1}' % b64e(post.keys.sign_pk).encode()
        return b"SGF\x01" + sealed(deflated(bytes(64), head, repeat=(piece, count), tail=tail))

    def current(signing, size: int, compressed: bytes) -> bytes:
        return bundle.seal(signing, post.keys.box_pk, {
            "v": 2, "to": b64e(post.keys.sign_pk), "created": now, "expires": now + 3600, "statements": [],
            "size": size}, compressed)

    body_bomb = deflated(b'{"messages":[', repeat=(b"{},", 48 << 20), tail=b'{}],"receipts":[]}')
    zero_bomb = deflated(repeat=(b"\0" * 4096, 100_000))  # 400 MiB of zeros
    random_text = b64e(os.urandom(192 * 1024)).encode()  # looks like a sealed report, is not one
    count = bundle.MAX_BODY_BYTES // (len(random_text) + 3) - 1
    lookalike = deflated(b'{"messages":[', repeat=(b'"' + random_text + b'",', count),
                         tail=b'"' + random_text + b'"],"receipts":[]}')
    # a stolen key, and random padding so that the compressed size allows a body at the cap: the
    # values are counted before parsing
    padding = b'"' + b64e(os.urandom(600 * 1024)).encode() + b'",'
    packed = b'{"messages":[' + padding + b"{}," * ((bundle.MAX_BODY_BYTES - 900 * 1024) // 3) + b'{}],"receipts":[]}'
    legacy_doc = (b'{"created":%d,"expires":%d,"from":"%s","messages":['
                  % (now, now + 3600, b64e(jkt.keys.sign_pk).encode())
                  + padding + b"{}," * ((bundle.MAX_V1_BODY_BYTES - 900 * 1024) // 3)
                  + b'{}],"receipts":[],"statements":[],"to":"%s","v":1}' % b64e(post.keys.sign_pk).encode())
    legacy_signed = jkt.keys.signing.sign(bundle.DOMAIN_V1 + legacy_doc).signature + legacy_doc
    cases = {
        "legacy-padded-json-bomb-stolen-key": b"SGF\x01" + sealed(zlib.compress(legacy_signed, 9)),
        "padded-json-bomb-stolen-key": current(jkt.keys.signing, len(packed), zlib.compress(packed, 9)),
        # the first format: its signature is inside the compressed JSON
        "legacy-json-bomb": legacy_bomb(b"{},", 48 << 20, bytes(stranger.verify_key)),
        "legacy-json-bomb-known-key": legacy_bomb(b"{},", 48 << 20, jkt.keys.sign_pk),
        "legacy-zlib-bomb": b"SGF\x01" + sealed(zero_bomb),
        # the current format, signed by a stranger and by a peer's own (stolen) key
        "json-bomb": current(stranger, 96 << 20, body_bomb),
        "json-bomb-known-key": current(jkt.keys.signing, bundle.MAX_BODY_BYTES, body_bomb),
        "zlib-bomb-known-key": current(jkt.keys.signing, bundle.MAX_BODY_BYTES, zero_bomb),
        "huge-lookalike-known-key": current(jkt.keys.signing, len(zlib.decompress(lookalike)), lookalike),
    }
    jkt.file_report(dict(draft, to=[post_id]))
    small = tmp_path / "small.sgb"
    small.write_bytes(export_bundle(jkt, post_id)[0])
    baseline, status, err = peak_import(home, small)
    assert status == 0, err
    before = state(post)
    for name, data in cases.items():
        assert len(data) <= bundle.MAX_BUNDLE_BYTES, name
        path = tmp_path / f"{name}.sgb"
        path.write_bytes(data)
        started = time.monotonic()
        peak, status, err = peak_import(home, path)
        assert status == 2 and len(err.strip().splitlines()) == 1 and "Traceback" not in err, (name, err)
        assert peak - baseline < MEMORY_BUDGET_KIB, (name, peak - baseline, err)
        assert time.monotonic() - started < 60, name
    assert state(post) == before


def test_an_export_carries_what_fits_and_the_rest_waits(pair, draft, monkeypatch):
    jkt, post, post_id, jkt_id = pair
    msgs = [jkt.file_report(dict(draft, to=[post_id], summary=f"Report {i}")) for i in range(3)]
    one = len(b64e(jkt.store.envelopes(msgs[:1])[msgs[0]]))
    monkeypatch.setattr(bundle, "MAX_BODY_BYTES", 2 * one + 200)  # room for two reports, not three
    data, count = export_bundle(jkt, post_id)
    assert count == 2 and import_bundle(post, data).new == 2
    assert set(post.store.inbox_ids()) == set(msgs[:2])
    # once their receipts are back, the third travels on the next bundle
    assert import_bundle(jkt, export_bundle(post, jkt_id)[0]).receipts_recorded == 2
    data, count = export_bundle(jkt, post_id)
    assert count == 1 and import_bundle(post, data).new == 1
    assert set(post.store.inbox_ids()) == set(msgs)


def test_bundle_import_names_the_urgent_reports_and_checks_it_brought(pair, draft, tmp_path):
    jkt, post, post_id, jkt_id = pair
    urgent = jkt.file_report(dict(draft, to=[post_id], summary="Ransomware spreading now"))  # an early warning
    calm = jkt.file_report(dict(draft, to=[post_id], type="request-for-assistance", severity=1, summary="Old scan"))
    check = jkt.send_check(post_id)
    out = tmp_path / "to-post.sgb"
    siaga(jkt.home, "bundle", "export", "--peer", post_id, "--out", str(out))
    text = siaga(post.home, "bundle", "import", str(out)).stdout
    assert "3 message(s)" in text and "Urgent: 1 report(s)" in text and "Checks: 1 partner(s)" in text
    assert f"{urgent[:12]}" in text and "from jakarta" in text and "severity 3" in text
    assert "Ransomware spreading now" not in text  # report text stays in the sealed store: 'siaga inbox show' reads it
    assert calm[:12] not in text and "Old scan" not in text
    assert f"{check[:12]}  from jakarta ({jkt_id})" in text and "siaga check answer ID --by" in text

    result = json.loads(siaga(post.home, "bundle", "import", str(out), "--json").stdout)
    assert result["new"] == 0 and result["urgent"] == [] and result["checks"] == []  # nothing new to announce


def test_bundle_import_json_lists_the_urgent_reports_and_checks(pair, draft, tmp_path):
    jkt, post, post_id, jkt_id = pair
    urgent = jkt.file_report(dict(draft, to=[post_id], severity=5, type="request-for-assistance"))
    check = jkt.send_check(post_id)
    out = tmp_path / "to-post.sgb"
    siaga(jkt.home, "bundle", "export", "--peer", post_id, "--out", str(out))
    result = json.loads(siaga(post.home, "bundle", "import", str(out), "--json").stdout)
    assert [(u["id"], u["severity"], u["sender"]) for u in result["urgent"]] == [(urgent, 5, "jakarta")]
    assert "summary" not in result["urgent"][0]
    assert [(c["id"], c["peer"], c["answered_at"]) for c in result["checks"]] == [(check, jkt_id, None)]
