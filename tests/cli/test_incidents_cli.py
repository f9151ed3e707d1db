"""Incidents end to end: a post files an early warning, two updates and a final report to two partners.

Every station is a real process (``siaga serve``, ``siaga sync``) on loopback; a sync is
killed with SIGKILL on its way and the next one finishes the job; one partner
acknowledges after its clock ran out.
"""

from __future__ import annotations

import json
import signal
import subprocess
import time
from datetime import timedelta

import pytest
from test_cli import ok, run

from helpers import PASSPHRASE, write_json
from netutil import Served, child_env, siaga_cmd


@pytest.fixture
def post(tmp_path):
    """Jakarta (the post, on the ASEAN default clock) and its partners in Kuala Lumpur and Manila, serving."""
    homes = {key: tmp_path / key for key in ("jkt", "kl", "manila")}
    ok("init", "--name", "ID duty desk", "--org", "BSSN", "--country", "ID", "--clock", "asean", home=homes["jkt"])
    ok("init", "--name", "MY duty desk", "--org", "MyCERT", "--country", "MY", home=homes["kl"])
    ok("init", "--name", "PH duty desk", "--org", "CERT-PH", "--country", "PH", home=homes["manila"])
    for key, home in homes.items():
        ok("card", "export", "--out", str(tmp_path / f"{key}.card"), home=home)
    servers = {key: Served(homes[key]).start() for key in ("kl", "manila")}
    ids = {key: ok("peer", "add", str(tmp_path / f"{key}.card"), "--url", servers[key].url,
                   home=homes["jkt"]).strip() for key in ("kl", "manila")}
    for key in ("kl", "manila"):
        ok("peer", "add", str(tmp_path / "jkt.card"), home=homes[key])
    yield homes, ids, servers
    for server in servers.values():
        server.stop()


def sync_killed_midway(home) -> None:
    """Start a sync and kill it (SIGKILL) while it works."""
    proc = subprocess.Popen([*siaga_cmd("sync", "--home", str(home))], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, env=child_env())
    time.sleep(1.0)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)


def test_an_incident_from_early_warning_to_final_report(post, tmp_path, draft):
    homes, ids, servers = post
    jkt = homes["jkt"]
    first = dict(draft, severity=4, to=[ids["kl"], ids["manila"]])
    root = ok("report", "new", "--from", str(write_json(tmp_path / "ew.json", first)), home=jkt).strip()
    sync_killed_midway(jkt)
    up1 = ok("report", "new", "--updates", root[:10], "--from",
             str(write_json(tmp_path / "u1.json", {"summary": "Two more servers encrypted", "severity": 5})),
             home=jkt).strip()
    up2 = ok("report", "new", "--from",
             str(write_json(tmp_path / "u2.json", {"in_reply_to": up1, "summary": "Contained; restoring"})),
             home=jkt).strip()
    sync_killed_midway(jkt)
    final = ok("incident", "close", root[:10], "--summary", "Restored from backups; entry point closed",
               home=jkt).strip()
    result = json.loads(ok("sync", "--json", home=jkt))
    assert result["failed"] == 0 and result["waiting"] == 0
    order = [root, up1, up2, final]

    # Kuala Lumpur acknowledges the early warning at once; Manila after its two hours ran out
    ok("inbox", "ack", root[:12], "--status", "investigating", home=homes["kl"])
    from siaga.protocol.message import build_ack, parse_time
    from siaga.station import Station
    with Station.open(homes["manila"], PASSPHRASE) as manila:
        reported = parse_time(manila.read_inbox(root)["content"]["reported_at"], "t", strict=True)
        late = build_ack(root, "received", "seen this morning", manila.info, manila.books.current,
                         now=reported + timedelta(hours=2, minutes=40))
        manila.queue_content(late, manila.peers())
    # Jakarta serves now, so the partners can deliver their acknowledgements
    jkt_server = Served(jkt).start()
    try:
        for key in ("kl", "manila"):
            peer = json.loads(ok("peer", "list", "--json", home=homes[key]))[0]["id"]
            servers[key].stop()  # a station's database is written by one program at a time here
            update_url(homes[key], peer, jkt_server.url)
            assert json.loads(ok("sync", "--json", home=homes[key]))["delivered"] == 1
    finally:
        jkt_server.stop()

    # both partners: one incident, four messages in order, closed
    for key in ("kl", "manila"):
        listed = json.loads(ok("incident", "list", "--json", home=homes[key]))
        assert len(listed) == 1 and listed[0]["root"] == root and listed[0]["state"] == "closed"
        shown = json.loads(ok("incident", "show", root[:12], "--json", home=homes[key]))
        reports = [m["id"] for m in shown["messages"] if m["type"] != "acknowledgement"]
        assert reports == order and shown["root_known"]
        assert [m["type"] for m in shown["messages"] if m["id"] in order] == ["early-warning", "update", "update",
                                                                              "final"]
        mine = [d for d in shown["dues"] if d["what"] == "ack" and d["ref"] == root]
        assert [d["who"] for d in mine] == ["self"] and mine[0]["met_at"]
        assert mine[0]["late"] is (key == "manila")
        text = ok("incident", "show", root[:12], "--lang", "id", home=homes[key])
        assert "ditutup" in text and "Laporan akhir" in text and "stasiun ini" in text
        assert "Tanda terima         stasiun ini: " + ("Diterima" if key == "manila" else "Sedang diselidiki") in text
    # the post: the same thread, each partner's acknowledgement, Manila's overdue
    shown = json.loads(ok("incident", "show", root[:12], "--json", home=jkt))
    assert [m["id"] for m in shown["messages"] if m["type"] != "acknowledgement"] == order
    acks = {d["who"]: d for d in shown["dues"] if d["what"] == "ack" and d["ref"] == root}
    assert not acks[ids["kl"]]["late"] and acks[ids["kl"]]["met_at"]
    assert acks[ids["manila"]]["late"] and acks[ids["manila"]]["state"] == "overdue"
    text = ok("incident", "show", root[:12], home=jkt)
    assert "[late] acknowledgement from PH duty desk" in text and "[done] acknowledgement from MY duty desk" in text
    # the outbox says the same of the early warning: Manila acknowledged after its clock ran out
    [row] = [r for r in json.loads(ok("outbox", "list", "--json", home=jkt)) if r["id"] == root]
    clocks_of = {d["peer"]: d["ack_due"] for d in row["deliveries"]}
    assert clocks_of[ids["manila"]]["late"] and not clocks_of[ids["kl"]]["late"] and row["acks_overdue"] == []
    assert "(acknowledged late)" in ok("outbox", "show", root[:12], home=jkt)
    # the update's code line names the incident; decoding shows it
    line = ok("codeline", "encode", up1[:12], home=jkt).strip()
    assert len(line) <= 80
    assert "the incident's first report" in ok("codeline", "decode", line)
    assert "laporan pertama insiden ini" in ok("codeline", "decode", line, "--lang", "id")


def update_url(home, peer_id, url):
    """Point a partner's record of the post at where the post serves now."""
    from siaga.station import Station
    with Station.open(home, PASSPHRASE) as station:
        station.update_peer(peer_id, url=url)


def test_an_update_to_someone_elses_incident_is_one_line_and_exit_2(post, tmp_path, draft):
    homes, ids, servers = post
    root = ok("report", "new", "--from", str(write_json(tmp_path / "ew.json", dict(draft, to=[ids["kl"]]))),
              home=homes["jkt"]).strip()
    assert json.loads(ok("sync", "--json", home=homes["jkt"]))["delivered"] == 1
    servers["kl"].stop()
    refused = run("report", "new", "--updates", root[:12], "--from",
                  str(write_json(tmp_path / "u.json", {"summary": "mine now"})), home=homes["kl"])
    assert refused.returncode == 2 and refused.stderr.count("\n") == 1
    assert "started by another station" in refused.stderr
    closed = run("incident", "close", "deadbeef", "--summary", "x", home=homes["kl"])
    assert closed.returncode == 2 and closed.stderr.count("\n") == 1
    neither = run("incident", "close", root[:12], home=homes["jkt"])
    assert neither.returncode == 2 and "--summary" in neither.stderr
    bad_clock = run("settings", "--clock", "gdpr", home=homes["jkt"])
    assert bad_clock.returncode == 2 and "clock profile" in bad_clock.stderr
    assert json.loads(ok("settings", "--clock", "nis2", "--json", home=homes["jkt"]))["clock"] == "nis2"
    assert "NIS2" in ok("settings", home=homes["jkt"])
