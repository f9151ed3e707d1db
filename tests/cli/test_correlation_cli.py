"""The regional picture on the command line: correlate, sightings, warning lists, each a real process."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

from test_cli import ok, run

from helpers import write_json
from netutil import Served

STATIONS = {"jkt": ("ID duty desk", "ID"), "kl": ("MY duty desk", "MY"), "sg": ("SG duty desk", "SG")}
SPELLINGS = {"jkt": "Login-Kemlu.example", "kl": "login-kemlu[.]example", "sg": "LOGIN-KEMLU.EXAMPLE."}


def _ago(hours: int) -> str:
    return (datetime.now(timezone.utc) - timedelta(hours=hours)).strftime("%Y-%m-%dT%H:%M:%SZ")


def test_three_stations_see_one_shared_threat_and_a_sighting_reaches_the_author(tmp_path, draft):
    homes = {key: tmp_path / key for key in STATIONS}
    for key, (name, country) in STATIONS.items():
        ok("init", "--name", name, "--org", "CSIRT", "--country", country, home=homes[key])
    servers = {key: Served(home).start() for key, home in homes.items()}
    try:
        ids = {}
        for key, home in homes.items():
            ok("card", "export", "--out", str(tmp_path / f"{key}.card"), "--url", servers[key].url, home=home)
        for key, home in homes.items():
            for other in homes:
                if other != key:
                    ok("peer", "add", str(tmp_path / f"{other}.card"), home=home)
        for hours, (key, home) in zip((30, 20, 10), homes.items()):
            report = dict(draft, scope="global", countries=[], observed_at=_ago(hours),
                          indicators=[{"type": "domain-name", "value": SPELLINGS[key]}],
                          summary=f"Phishing site posing as the foreign ministry login, seen by {key}")
            filed = run("report", "new", "--from", str(write_json(tmp_path / f"{key}.json", report)), home=home)
            assert filed.returncode == 0, filed.stderr
            ids[key] = filed.stdout.strip()
            # .example is a documentation name: a warning, never a refusal
            assert "warning:" in filed.stderr and "documentation" in filed.stderr
            if key == "sg":  # the third report is told at once that the two received match
                assert "seen in 2 other report(s) from ID, MY" in filed.stderr
            assert json.loads(ok("sync", "--json", home=home))["failed"] == 0
        for key, home in homes.items():
            found = json.loads(ok("correlate", "--json", home=home))
            assert found["window_days"] == 7
            threats = found["shared_threats"]
            assert len(threats) == 1, (key, threats)
            assert threats[0]["countries"] == ["ID", "MY", "SG"]
            assert {r["id"] for r in threats[0]["reports"]} == set(ids.values())
            assert [t["label"] for t in threats[0]["ties"]] == ["login-kemlu.example"]
            text = ok("correlate", home=home)
            assert "1 shared threat(s)" in text and "ID, MY, SG" in text
            # the dashboard's figures (siaga stats) list the same one threat of three countries
            figures = json.loads(ok("stats", "--json", home=home))
            assert [t["countries"] for t in figures["shared_threats"]] == [["ID", "MY", "SG"]], key
            assert figures["shared_threats"][0]["reports"] == 3
            assert all(figures["by_country"][c]["shared_threats"] == 1 for c in ("ID", "MY", "SG"))

        # MY sees Jakarta's report too, and says so; Jakarta sees who saw it
        sight = run("inbox", "sight", ids["jkt"][:12], "--indicator", "LOGIN-KEMLU[.]example", "--count", "4",
                    home=homes["kl"])
        assert sight.returncode == 0, sight.stderr
        assert json.loads(ok("sync", "--json", home=homes["kl"]))["delivered"] == 1
        seen = json.loads(ok("outbox", "sightings", ids["jkt"][:12], "--json", home=homes["jkt"]))
        assert seen["partners"] == 1
        assert seen["sightings"][0]["count"] == 4 and seen["sightings"][0]["country"] == "MY"
        assert seen["sightings"][0]["indicators"] == [{"type": "domain-name", "value": "login-kemlu.example"}]
        assert "Seen by 1 partner(s)" in ok("outbox", "sightings", ids["jkt"][:12], home=homes["jkt"])

        # Singapore sees the incident Jakarta's report opened: a sighting of the whole incident
        sight = run("inbox", "sight", ids["jkt"][:12], "--incident", home=homes["sg"])
        assert sight.returncode == 0, sight.stderr
        assert json.loads(ok("sync", "--json", home=homes["sg"]))["delivered"] == 1
        seen = json.loads(ok("outbox", "sightings", ids["jkt"][:12], "--incident", "--json", home=homes["jkt"]))
        assert seen["partners"] == 2 and {s["country"] for s in seen["sightings"]} == {"MY", "SG"}
        assert "The incident is seen by 2 partner(s)" in ok("outbox", "sightings", ids["jkt"][:12], "--incident",
                                                           home=homes["jkt"])
        shown = json.loads(ok("incident", "show", ids["jkt"][:12], "--json", home=homes["jkt"]))
        assert shown["seen_by_partners"] == 2
        assert "Seen by   2 partner(s)" in ok("incident", "show", ids["jkt"][:12], home=homes["jkt"])
        own = run("inbox", "sight", ids["sg"][:12], "--incident", home=homes["sg"])
        assert own.returncode == 2 and own.stderr.count("\n") == 1  # not in its own inbox

        bad = run("inbox", "sight", ids["jkt"][:12], "--indicator", "other.example", home=homes["kl"])
        assert bad.returncode == 2 and bad.stderr.count("\n") == 1 and "no indicator" in bad.stderr
        bad = run("inbox", "sight", ids["jkt"][:12], "--count", "0", home=homes["kl"])
        assert bad.returncode == 2 and bad.stderr.count("\n") == 1
    finally:
        for server in servers.values():
            server.stop()


def test_report_new_warns_of_known_benign_indicators_but_files_them(tmp_path, draft):
    home = tmp_path / "jkt"
    ok("init", "--name", "ID duty desk", "--org", "CSIRT", "--country", "ID", home=home)
    ok("init", "--name", "MY duty desk", "--org", "CSIRT", "--country", "MY", home=tmp_path / "kl")
    ok("card", "export", "--out", str(tmp_path / "kl.card"), home=tmp_path / "kl")
    ok("peer", "add", str(tmp_path / "kl.card"), home=home)
    report = dict(draft, indicators=[{"type": "ipv4-addr", "value": "8.8.8.8"},
                                     {"type": "ipv4-addr", "value": "10.0.0.1"},
                                     {"type": "domain-name", "value": "google.com"}])
    filed = run("report", "new", "--from", str(write_json(tmp_path / "d.json", report)), home=home)
    assert filed.returncode == 0 and len(filed.stdout.strip()) == 64
    lines = filed.stderr.splitlines()
    assert any("indicator 1 (ipv4-addr)" in line and "public DNS resolver" in line for line in lines)
    assert any("indicator 2 (ipv4-addr)" in line and "private" in line for line in lines)
    assert any("indicator 3 (domain-name)" in line and "most visited" in line for line in lines)
    assert len(lines) == 3


def test_correlate_refuses_a_bad_date_or_window_in_one_line(tmp_path):
    home = tmp_path / "jkt"
    ok("init", "--name", "ID duty desk", "--org", "CSIRT", "--country", "ID", home=home)
    for args in (("--since", "yesterday"), ("--window", "0"), ("--set-window", "400")):
        bad = run("correlate", *args, home=home)
        assert bad.returncode == 2 and bad.stderr.count("\n") == 1, (args, bad.stderr)
    assert "No shared threat" in ok("correlate", home=home)
    ok("correlate", "--set-window", "14", home=home)
    assert json.loads(ok("correlate", "--json", home=home))["window_days"] == 14


def test_version_names_the_warning_lists():
    assert "warning lists: pymispwarninglists " in ok("--version", passphrase=None)





def test_the_correlation_window_is_a_setting(tmp_path):
    home = tmp_path / "jkt"
    ok("init", "--name", "ID duty desk", "--org", "CSIRT", "--country", "ID", home=home)
    assert json.loads(ok("settings", "--json", home=home))["correlation_window_days"] == 7
    assert json.loads(ok("settings", "--correlation-window", "3", "--json", home=home))["correlation_window_days"] == 3
    assert "correlation  3 days" in ok("settings", home=home)
    assert json.loads(ok("correlate", "--json", home=home))["window_days"] == 3
    for value in ("0", "366", "many"):
        bad = run("settings", "--correlation-window", value, home=home)
        assert bad.returncode == 2 and bad.stderr.count("\n") == 1, (value, bad.stderr)
    assert json.loads(ok("settings", "--json", home=home))["correlation_window_days"] == 3
