"""inbox read, inbox ack with several ids, and the unread mark in inbox list: real processes, real stations."""

import json

from test_cli import ok, pair, run  # noqa: F401 - pair is a fixture

from siaga.delivery.bundle import export_bundle, import_bundle
from siaga.station import Station

from helpers import PASSPHRASE, write_json


def _three_received(pair, tmp_path, draft):  # noqa: F811 - pair is the fixture of test_cli
    jkt, kl, kl_id = pair
    for n in range(3):
        ok("report", "new", "--from", str(write_json(tmp_path / f"d{n}.json", dict(draft, summary=f"Report {n}"))),
           home=jkt)
    with Station.open(jkt, PASSPHRASE) as sender, Station.open(kl, PASSPHRASE) as receiver:
        import_bundle(receiver, export_bundle(sender, kl_id)[0])
    return kl


def test_unread_until_shown_or_marked_read(pair, tmp_path, draft):  # noqa: F811 - the fixture of test_cli
    kl = _three_received(pair, tmp_path, draft)
    rows = json.loads(ok("inbox", "list", "--json", home=kl))
    assert [r["unread"] for r in rows] == [True, True, True]
    assert ok("inbox", "list", home=kl).count("unread") == 3
    ok("inbox", "show", rows[0]["id"][:12], home=kl)
    assert ok("inbox", "read", rows[1]["id"][:12], home=kl).strip() == rows[1]["id"]
    unread = json.loads(ok("inbox", "list", "--json", "--unread", home=kl))
    assert [r["id"] for r in unread] == [rows[2]["id"]]
    bad = run("inbox", "read", rows[2]["id"][:12], "ffffffff", home=kl)
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1 and "ffffffff" in bad.stderr
    assert json.loads(ok("inbox", "list", "--json", "--unread", home=kl))[0]["id"] == rows[2]["id"]  # nothing lost


def test_ack_several_at_once_or_none(pair, tmp_path, draft):  # noqa: F811 - the fixture of test_cli
    kl = _three_received(pair, tmp_path, draft)
    ids = [r["id"] for r in json.loads(ok("inbox", "list", "--json", home=kl))]
    bad = run("inbox", "ack", ids[0][:12], "0000000000", "--status", "received", home=kl)
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1 and "Traceback" not in bad.stderr
    assert {r["status"] for r in json.loads(ok("inbox", "list", "--json", home=kl))} == {"new"}
    acks = ok("inbox", "ack", *(i[:12] for i in ids), "--status", "resolved", "--note", "Closed here",
              home=kl).split()
    assert len(acks) == 3 and all(len(a) == 64 for a in acks)
    assert {r["status"] for r in json.loads(ok("inbox", "list", "--json", home=kl))} == {"resolved"}
    sent = [r for r in json.loads(ok("outbox", "list", "--json", home=kl)) if r["type"] == "acknowledgement"]
    assert sorted(r["id"] for r in sent) == sorted(acks)
