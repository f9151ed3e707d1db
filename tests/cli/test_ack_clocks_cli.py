"""The command line: which partners are late to acknowledge (outbox list/show), and a report's own clock
and event times (report new --clock, --detected, --ransom-paid)."""

from __future__ import annotations

import json
from datetime import timedelta

from test_cli import ok, run

from siaga.protocol.message import format_time, parse_time, utc_now

from helpers import late_partner, write_json


def test_outbox_says_who_is_overdue_to_acknowledge(network, draft):
    net = network()
    root = late_partner(net, draft)
    home = net.jakarta.home

    [row] = [r for r in json.loads(ok("outbox", "list", "--json", home=home)) if r["id"] == root]
    assert row["acks_overdue"] == [net.id("manila")]
    dues = {d["peer"]: d["ack_due"] for d in row["deliveries"]}
    assert dues[net.id("manila")]["state"] == "overdue" and dues[net.id("manila")]["met_at"] is None
    assert dues[net.id("kl")]["met_at"] and not dues[net.id("kl")]["late"]
    text = ok("outbox", "list", home=home)
    assert "acknowledgement overdue: manila" in text and "(acknowledged)" in text
    assert f"{net.id('manila')}:queued (acknowledgement OVERDUE since" in text

    shown = json.loads(ok("outbox", "show", root[:12], "--json", home=home))
    assert shown["acks_overdue"] == [net.id("manila")]
    text = ok("outbox", "show", root[:12], home=home)
    assert "Acknowledgement overdue: manila" in text and "acknowledgement OVERDUE since" in text


def test_a_report_names_its_clock_and_its_event_times(network, draft, tmp_path):
    net = network()
    home = net.jakarta.home
    path = str(write_json(tmp_path / "r.json", dict(draft, to=[net.id("kl")])))
    detected = (utc_now() - timedelta(hours=30)).strftime("%Y-%m-%dT%H:%M:%S+00:00")
    paid = (utc_now() - timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M:%SZ")
    root = ok("report", "new", "--from", path, "--clock", "circia", "--detected", detected, "--ransom-paid", paid,
              "--json", home=home)
    root = json.loads(root)
    shown = json.loads(ok("incident", "show", root[:12], "--json", home=home))
    assert shown["profile"] == "circia"
    dues = {d["what"]: d for d in shown["dues"] if d["what"] != "ack"}
    # CIRCIA: the covered incident within 72 h of detection (met by this report), 24 h after the ransom payment
    assert dues["early-warning"]["met_at"] and dues["early-warning"]["at"][:13] == (
        utc_now() - timedelta(hours=30) + timedelta(hours=72)).strftime("%Y-%m-%dT%H")
    paid_at = parse_time(paid, "paid", strict=True)
    assert dues["update"]["met_at"] is None and dues["update"]["at"] == format_time(paid_at + timedelta(hours=24))
    # the station's default is unchanged
    assert json.loads(ok("settings", "--json", home=home))["clock"] == "asean"
    # an update keeps the incident's clock; naming another is refused
    refused = run("report", "new", "--updates", root[:12], "--clock", "nis2", "--from",
                  str(write_json(tmp_path / "u.json", {"summary": "Paid; decrypting"})), home=home)
    assert refused.returncode == 2 and refused.stderr.count("\n") == 1 and "circia" in refused.stderr


def test_bad_clock_options_are_one_line_and_exit_2(network, draft, tmp_path):
    net = network()
    home = net.jakarta.home
    path = str(write_json(tmp_path / "r.json", dict(draft, to=[net.id("kl")])))
    future = (utc_now() + timedelta(days=2)).strftime("%Y-%m-%dT%H:%M:%SZ")
    for option, value, words in (("--clock", "gdpr", "unknown reporting clock 'gdpr' (one of: none, nis2, circia,"
                                                      " asean)"),
                                 ("--detected", "yesterday", "is not a date and time"),
                                 ("--detected", future, "lies in the future"),
                                 ("--ransom-paid", "2026-11-24 08:00", "needs a UTC offset"),
                                 ("--ransom-paid", future, "lies in the future")):
        result = run("report", "new", "--from", path, option, value, home=home)
        assert result.returncode == 2 and result.stderr.count("\n") == 1, (option, value, result.stderr)
        assert words in result.stderr, (option, value, result.stderr)
    assert json.loads(ok("outbox", "list", "--json", home=home)) == []
