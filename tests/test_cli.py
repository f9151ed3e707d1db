"""The command-line contract, run as a real process."""

import json
import os
import subprocess
import sys

import pytest

from helpers import PASSPHRASE, write_json


def run(*args, home=None, passphrase=PASSPHRASE, stdin=None, env=None):
    full_env = dict(os.environ, **(env or {}))
    if passphrase is not None:
        full_env["SIAGA_PASSPHRASE"] = passphrase
    if home is not None:
        args = (*args, "--home", str(home))
    return subprocess.run([sys.executable, "-m", "siaga", *args], capture_output=True, text=True,
                          input=stdin, env=full_env, timeout=120)


def ok(*args, **kw):
    result = run(*args, **kw)
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.fixture
def pair(tmp_path):
    """Two initialised stations, each holding the other's card; returns (jakarta, kl, kl's peer id)."""
    jkt, kl = tmp_path / "jkt", tmp_path / "kl"
    ok("init", "--name", "ID duty desk", "--org", "BSSN", "--country", "ID", home=jkt)
    ok("init", "--name", "MY duty desk", "--org", "MyCERT", "--country", "MY", "--url", "http://127.0.0.1:8765",
       home=kl)
    ok("card", "export", "--out", str(tmp_path / "kl.card"), home=kl)
    ok("card", "export", "--out", str(tmp_path / "jkt.card"), home=jkt)
    peer_id = ok("peer", "add", str(tmp_path / "kl.card"), home=jkt).strip()
    ok("peer", "add", str(tmp_path / "jkt.card"), home=kl)
    return jkt, kl, peer_id


def test_version_names_the_codebook():
    out = ok("--version")
    assert out.startswith("siaga ") and "codebook 20" in out and "sha256:" in out


def test_full_headless_flow(pair, tmp_path, draft):
    jkt, kl, peer_id = pair
    peers = json.loads(ok("peer", "list", "--json", home=jkt))
    assert [p["id"] for p in peers] == [peer_id] and peers[0]["trust"] == "unverified"
    assert peers[0]["url"] == "http://127.0.0.1:8765" and len(peers[0]["fingerprint"].split()) == 6
    assert "now verified" in ok("peer", "verify", peer_id, home=jkt)
    assert json.loads(ok("peer", "list", "--json", home=jkt))[0]["trust"] == "verified"

    msg_id = ok("report", "new", "--from", str(write_json(tmp_path / "d.json", draft)), home=jkt).strip()
    assert len(msg_id) == 64
    rows = json.loads(ok("outbox", "list", "--json", home=jkt))
    assert rows[0]["id"] == msg_id and rows[0]["deliveries"][0]["status"] == "queued"
    assert "content_key" not in rows[0]
    assert msg_id[:16] in ok("outbox", "list", home=jkt)

    line = ok("codeline", "encode", msg_id[:12], home=jkt).strip()
    decoded = json.loads(ok("codeline", "decode", line, "--json", passphrase=None))
    assert decoded["code"] == draft["code"] and decoded["severity"] == 3
    assert "Kode berbahaya" in ok("codeline", "decode", line, "--lang", "id", passphrase=None) or \
        decoded["code"] in ok("codeline", "decode", line, "--lang", "id", passphrase=None)


def test_bulk_import_all_or_nothing(pair, tmp_path, draft):
    jkt, _, _ = pair
    bad = write_json(tmp_path / "bulk.json", [draft, dict(draft, observed_at="nonsense")])
    result = run("report", "new", "--from", str(bad), home=jkt)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "drafts[1]" in result.stderr and "observed_at" in result.stderr
    assert json.loads(ok("outbox", "list", "--json", home=jkt)) == []
    good = write_json(tmp_path / "bulk2.json", [draft, dict(draft, summary="Another")])
    assert len(json.loads(ok("report", "new", "--from", str(good), "--json", home=jkt))) == 2


@pytest.mark.parametrize("args, code, words", [
    (("report", "new", "--from", "/nonexistent/draft.json"), 2, "cannot read"),
    (("peer", "verify", "nosuchpeer"), 2, "no peer"),
    (("codeline", "decode", "SG1 2026.1 EW MC.IS S3"), 2, "check character"),
    (("codebook", "show", "rsit:nope/nope"), 2, "no code"),
    (("codebook", "suggest", "not-an-observation"), 2, "unknown observations code"),
])
def test_bad_input_gives_one_line_and_exit_2(pair, args, code, words):
    jkt, _, _ = pair
    result = run(*args, home=jkt)
    assert result.returncode == code, result.stderr
    assert words in result.stderr and result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_wrong_passphrase_and_missing_station(pair, tmp_path):
    jkt, _, _ = pair
    result = run("peer", "list", home=jkt, passphrase="not the right one")
    assert result.returncode == 2 and "wrong passphrase" in result.stderr
    result = run("peer", "list", home=tmp_path / "nowhere")
    assert result.returncode == 2 and "siaga init" in result.stderr
    result = run("peer", "list", home=jkt, passphrase=None, stdin="")
    assert result.returncode == 2 and "SIAGA_PASSPHRASE" in result.stderr


def test_init_twice_and_bad_country(tmp_path):
    result = run("init", "--name", "a", "--org", "b", "--country", "QQ", home=tmp_path / "s")
    assert result.returncode == 2 and "country" in result.stderr
    ok("init", "--name", "a", "--org", "b", "--country", "SG", home=tmp_path / "s")
    result = run("init", "--name", "a", "--org", "b", "--country", "SG", home=tmp_path / "s")
    assert result.returncode == 2 and "already exists" in result.stderr


def test_home_from_environment(tmp_path):
    ok("init", "--name", "a", "--org", "b", "--country", "TH", env={"SIAGA_HOME": str(tmp_path / "envhome")})
    assert (tmp_path / "envhome" / "station.json").exists()


def test_passphrase_change(pair):
    jkt, _, _ = pair
    ok("passphrase", home=jkt, env={"SIAGA_NEW_PASSPHRASE": "a brand new passphrase"})
    assert run("peer", "list", home=jkt).returncode == 2
    ok("peer", "list", home=jkt, passphrase="a brand new passphrase")


def test_codebook_commands_in_both_languages():
    en = json.loads(ok("codebook", "list", "--json", "--lang", "en", passphrase=None))
    id_ = json.loads(ok("codebook", "list", "--json", "--lang", "id", passphrase=None))
    assert len(en["classifications"]) == 39
    assert [c["code"] for c in en["classifications"]] == [c["code"] for c in id_["classifications"]]
    assert [c["label"] for c in en["classifications"]] != [c["label"] for c in id_["classifications"]]
    obs = [o["code"] for o in en["observations"]][:2]
    ranked = json.loads(ok("codebook", "suggest", *obs, "--json", passphrase=None))
    assert ranked and all(r["reasons"] for r in ranked)
    assert "because:" in ok("codebook", "suggest", *obs, passphrase=None)
    assert "TLP:RED" in ok("codebook", "show", "tlp:red", passphrase=None)
    assert "members" in ok("codebook", "show", "ASEAN", passphrase=None)


def test_send_receive_acknowledge_through_the_command_line(pair, tmp_path, draft):
    """serve, sync, inbox list/show/ack and outbox show, each a real process, two stations on loopback."""
    from netutil import Served

    jkt, kl, kl_id = pair
    servers = [Served(kl).start(), Served(jkt).start()]
    try:
        kl_url, jkt_url = servers[0].url, servers[1].url
        ok("peer", "add", str(tmp_path / "kl.card"), "--url", kl_url, home=jkt)
        ok("peer", "add", str(tmp_path / "jkt.card"), "--url", jkt_url, home=kl)
        msg = ok("report", "new", "--from", str(write_json(tmp_path / "d.json", dict(draft, to=[kl_id]))),
                 home=jkt).strip()

        summary = json.loads(ok("sync", "--json", home=jkt))
        assert (summary["delivered"], summary["failed"], summary["waiting"]) == (1, 0, 0)
        assert "0 delivered" in ok("sync", home=jkt)  # nothing left to do

        rows = json.loads(ok("inbox", "list", "--json", home=kl))
        assert [r["id"] for r in rows] == [msg]
        shown = json.loads(ok("inbox", "show", msg[:12], "--json", "--lang", "id", home=kl))
        assert shown["verified_signature"] and shown["author"]["name"] == "ID duty desk"
        assert shown["author_trust"] == "unverified" and shown["content"]["summary"] == draft["summary"]
        assert shown["labels"]["code"] == "Kode berbahaya: Sistem terinfeksi" and shown["lang"] == "id"
        text = ok("inbox", "show", msg[:12], home=kl)
        assert "signature valid, peer NOT verified" in text and draft["summary"] in text

        ack = ok("inbox", "ack", msg[:12], "--status", "investigating", "--note", "Team on site", home=kl).strip()
        assert len(ack) == 64
        assert json.loads(ok("sync", "--json", home=kl))["delivered"] == 1
        out = json.loads(ok("outbox", "show", msg[:12], "--json", home=jkt))
        assert [(a["status"], a["note"]) for a in out["acknowledgements"]] == [("investigating", "Team on site")]
        assert out["deliveries"][0]["status"] == "delivered" and out["deliveries"][0]["ack"]["status"] == "investigating"

        bad = run("inbox", "ack", msg[:12], "--status", "maybe", home=kl)
        assert bad.returncode == 2 and bad.stderr.count("\n") == 1
    finally:
        for server in servers:
            server.stop()


def test_the_program_never_writes_core_dumps():
    import resource
    import subprocess
    import sys
    code = ("import resource, siaga.cli as c; c.main(['--version']); "
            "print(resource.getrlimit(resource.RLIMIT_CORE))")
    hard = resource.getrlimit(resource.RLIMIT_CORE)[1]
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                         preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_CORE, (hard, hard)))
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "(0, 0)"


#: drafts that once ended in "internal error": (what the file holds, the field the one-line refusal names)
HOSTILE_DRAFTS = {
    "lone surrogate": (lambda d: json.dumps(dict(d, summary="Ransomware \ud800 on file servers")), "summary"),
    "superscript two": (lambda d: json.dumps(dict(d, severity="\u00b2")), "severity"),
    "5,000-digit severity text": (lambda d: json.dumps(dict(d, severity="9" * 5000)), "severity"),
    "5,000-digit severity number": (lambda d: json.dumps(d).replace('"severity": 3', '"severity": ' + "9" * 5000),
                                    "severity"),
    "year 1 with an offset": (lambda d: json.dumps(dict(d, observed_at="0001-01-01T00:00:00+01:00")), "observed_at"),
    "year 9999 with an offset": (lambda d: json.dumps(dict(d, observed_at="9999-12-31T23:59:59-01:00")),
                                 "observed_at"),
    "100,000 deep": (lambda d: json.dumps(d)[:-1] + ', "impact": ' + "[" * 100_000 + "]" * 100_000 + "}", "impact"),
    "duplicate key": (lambda d: json.dumps(d)[:-1] + ', "severity": 5}', "'severity'"),
}


def test_hostile_drafts_are_refused_with_one_line_naming_the_field(tmp_path, draft):
    home = tmp_path / "jkt"
    ok("init", "--name", "ID duty desk", "--org", "BSSN", "--country", "ID", home=home)
    draft = dict(draft, tlp="TLP:CLEAR", scope="global", countries=[])
    wrong = []
    for name, (make, field) in HOSTILE_DRAFTS.items():
        path = tmp_path / "draft.json"
        path.write_text(make(draft), encoding="utf-8", errors="surrogatepass")
        result = run("report", "new", "--from", str(path), home=home)
        lines = result.stderr.strip().splitlines()
        if not (result.returncode == 2 and len(lines) == 1 and field in lines[0] and "internal" not in lines[0]):
            wrong.append((name, result.returncode, result.stderr[-300:]))
    assert not wrong, wrong
    assert json.loads(ok("outbox", "list", "--json", home=home)) == []  # nothing was filed
