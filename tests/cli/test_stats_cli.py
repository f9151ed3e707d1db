"""``siaga stats``: the dashboard's figures on the command line, run as a real process."""

import json

import pytest
from test_cli import ok, run

from helpers import write_json


@pytest.fixture
def pair(tmp_path):
    """Jakarta and Kuala Lumpur, each holding the other's card: (jakarta's home, kl's home)."""
    jkt, kl = tmp_path / "jkt", tmp_path / "kl"
    ok("init", "--name", "ID duty desk", "--org", "BSSN", "--country", "ID", home=jkt)
    ok("init", "--name", "MY duty desk", "--org", "MyCERT", "--country", "MY", home=kl)
    ok("card", "export", "--out", str(tmp_path / "kl.card"), home=kl)
    ok("card", "export", "--out", str(tmp_path / "jkt.card"), home=jkt)
    ok("peer", "add", str(tmp_path / "kl.card"), home=jkt)
    ok("peer", "add", str(tmp_path / "jkt.card"), home=kl)
    return jkt, kl


def test_stats_counts_what_was_sent_and_received(pair, tmp_path, draft):
    jkt, kl = pair
    ok("report", "new", "--from", str(write_json(tmp_path / "d.json", draft)), home=jkt)
    jkt_id = json.loads(ok("peer", "list", "--json", home=kl))[0]["id"]
    phishing = {**draft, "code": "rsit:fraud/phishing", "severity": 1, "countries": ["ASEAN"]}
    ok("report", "new", "--from", str(write_json(tmp_path / "p.json", phishing)), home=kl)
    ok("bundle", "export", "--peer", jkt_id, "--out", str(tmp_path / "kl.bundle"), home=kl)
    ok("bundle", "import", str(tmp_path / "kl.bundle"), home=jkt)

    figures = json.loads(ok("stats", "--json", home=jkt))
    assert figures["totals"] == {"received": 1, "sent": 1, "open_incidents": 1}
    assert figures["by_class"] == {"fraud": {"received": 1, "sent": 0}, "malicious-code": {"received": 0, "sent": 1}}
    assert figures["by_severity"]["1"] == {"received": 1, "sent": 0}
    assert figures["by_country"]["SG"] == {"received": 1, "sent": 0, "open": 1, "shared_threats": 0}
    assert figures["by_country"]["ID"]["sent"] == 1 and figures["period"]["bucket"] == "day"
    assert figures["overdue"] == [] and figures["quiet_partners"] == []
    # both reports carry the draft's indicators: one shared threat of the two countries, as correlate finds
    [threat] = figures["shared_threats"]
    assert threat["countries"] == ["ID", "MY"] and threat["reports"] == 2 and "update-check.example" in threat["key"]
    assert sum(step["received"] for step in figures["timeline"]) == 1

    text = ok("stats", "--period", "24h", "--lang", "id", home=jkt)
    assert "received 1, sent 1, open incidents 1" in text and "(by hour)" in text
    assert "Penipuan" in text  # the class, in Indonesian
    old = json.loads(ok("stats", "--since", "2020-01-01", "--until", "2020-12-31", "--json", home=jkt))
    assert old["totals"] == {"received": 0, "sent": 0, "open_incidents": 0} and old["period"]["bucket"] == "week"


def test_stats_refuses_bad_dates(pair):
    jkt, _ = pair
    for args, words in ((("--since", "last tuesday"), "is not a date"),
                        (("--since", "2026-02-01", "--until", "2026-01-01"), "later than --until"),
                        (("--period", "7d", "--since", "2026-01-01"), "either --period"),
                        (("--since", "1900-01-01", "--by", "hour"), "choose a longer step")):
        result = run("stats", *args, home=jkt)
        assert result.returncode == 2, result.stderr
        assert words in result.stderr and len(result.stderr.strip().splitlines()) == 1
