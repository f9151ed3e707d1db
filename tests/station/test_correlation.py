"""Shared threats: reports from several countries tied by an indicator or a code in a sector."""

from __future__ import annotations

import time

import pytest

from siaga.base.errors import ValidationError
from siaga.delivery.receiving import accept
from siaga.protocol.message import format_time
from siaga.station.correlation import Matches

from helpers import link

NOW = int(time.time())


def _draft(base, value, *, kind="domain-name", days_ago=1, code=None, sectors=None, summary=None):
    return dict(base, indicators=[{"type": kind, "value": value}], code=code or base["code"], scope="global", countries=[],
                observed_at=format_time_ago(days_ago), summary=summary or base["summary"],
                **({"sectors": sectors} if sectors else {}))


def format_time_ago(days: float) -> str:
    from datetime import datetime, timezone
    return format_time(datetime.fromtimestamp(NOW - int(days * 86400), timezone.utc))


def deliver(sender, receiver, peer_at_receiver, msg_ids):
    envelopes = sender.outgoing.envelopes(msg_ids)
    accept(receiver, [envelopes[m] for m in msg_ids], peer_at_receiver)


@pytest.fixture
def three(make_station):
    jkt, kl, sg = make_station("jakarta", country="ID"), make_station("kl", country="MY"), make_station("sg", country="SG")
    peers = {}
    for a, b in (("jkt", "kl"), ("jkt", "sg"), ("kl", "sg")):
        sa, sb = {"jkt": jkt, "kl": kl, "sg": sg}[a], {"jkt": jkt, "kl": kl, "sg": sg}[b]
        b_at_a, a_at_b = link(sa, sb)
        peers[(a, b)], peers[(b, a)] = b_at_a, a_at_b  # (at, of)
    return {"jkt": jkt, "kl": kl, "sg": sg}, peers


def test_spellings_of_one_domain_make_one_shared_threat_of_three_countries(three, draft):
    stations, peers = three
    ids = {
        "jkt": stations["jkt"].file_report(_draft(draft, "Login-Kemlu.example", days_ago=3)),
        "kl": stations["kl"].file_report(_draft(draft, "login-kemlu[.]example", days_ago=2)),
        "sg": stations["sg"].file_report(_draft(draft, "hxxps://login-kemlu[.]example/sso", kind="url", days_ago=1)),
    }
    for sender in stations:
        for receiver in stations:
            if sender != receiver:
                deliver(stations[sender], stations[receiver], peers[(receiver, sender)], [ids[sender]])
    for name, station in stations.items():
        threats = station.correlation.shared_threats()
        assert len(threats) == 1, name
        threat = threats[0]
        assert threat.countries == ("ID", "MY", "SG")
        assert {r.id for r in threat.reports} == set(ids.values())
        assert {t.label for t in threat.ties} >= {"login-kemlu.example"}
        assert threat.first_seen < threat.last_seen
        own = [r for r in threat.reports if r.box == "out"]
        assert [r.id for r in own] == [ids[name]]
        as_json = threat.to_dict()
        assert as_json["countries"] == ["ID", "MY", "SG"] and len(as_json["reports"]) == 3
    # each report is seen by the three countries
    seen = stations["jkt"].correlation.seen_by(list(ids.values()))
    assert set(seen) == set(ids.values())
    assert seen[ids["kl"]].all_countries == ("ID", "MY", "SG")
    assert seen[ids["kl"]].count == 2


def test_a_report_checked_before_filing_names_the_reports_it_matches(three, draft):
    stations, peers = three
    kl_id = stations["kl"].file_report(_draft(draft, "203.0.113.9", kind="ipv4-addr"))
    sg_id = stations["sg"].file_report(_draft(draft, "203.0.113.9/32", kind="ipv4-addr"))
    deliver(stations["kl"], stations["jkt"], peers[("jkt", "kl")], [kl_id])
    deliver(stations["sg"], stations["jkt"], peers[("jkt", "sg")], [sg_id])
    content, _ = stations["jkt"].prepare_report(_draft(draft, "203.0.113.9", kind="ipv4-addr"))
    found = stations["jkt"].correlation.matches(content)
    assert isinstance(found, Matches) and found.count == 2
    assert found.countries == ("MY", "SG")
    assert {r.id for r in found.reports} == {kl_id, sg_id}
    # a different address, or one seen long before the window, matches nothing
    other, _ = stations["jkt"].prepare_report(_draft(draft, "203.0.113.10", kind="ipv4-addr"))
    assert not stations["jkt"].correlation.matches(other)
    old, _ = stations["jkt"].prepare_report(_draft(draft, "203.0.113.9", kind="ipv4-addr", days_ago=40))
    assert not stations["jkt"].correlation.matches(old)


def test_one_country_alone_is_no_shared_threat_and_the_window_splits_groups(three, draft):
    stations, peers = three
    jkt = stations["jkt"]
    jkt.file_report(_draft(draft, "alone.example"))
    jkt.file_report(_draft(draft, "alone.example", days_ago=2))
    assert jkt.correlation.shared_threats() == []
    kl_id = stations["kl"].file_report(_draft(draft, "alone.example", days_ago=20))
    deliver(stations["kl"], jkt, peers[("jkt", "kl")], [kl_id])
    assert jkt.correlation.shared_threats() == []  # 18 days apart: outside the 7-day window
    assert len(jkt.correlation.shared_threats(window=30)) == 1
    jkt.correlation.set_window_days(30)
    assert jkt.correlation.window_days == 30 and len(jkt.correlation.shared_threats()) == 1
    assert jkt.correlation.shared_threats(since=NOW - 10 * 86400) == []  # the MY report lies before the period
    with pytest.raises(ValidationError):
        jkt.correlation.set_window_days(0)


def test_same_code_and_sector_from_two_countries_is_a_shared_threat(three, draft):
    stations, peers = three
    code = "rsit:fraud/phishing"
    stations["jkt"].file_report(_draft(draft, "a1.example", code=code, sectors=["government"]))
    kl_id = stations["kl"].file_report(_draft(draft, "b2.example", code=code, sectors=["government", "energy"]))
    deliver(stations["kl"], stations["jkt"], peers[("jkt", "kl")], [kl_id])
    threats = stations["jkt"].correlation.shared_threats()
    assert len(threats) == 1
    assert [(t.kind, t.label) for t in threats[0].ties] == [("code-sector", f"{code} in government")]


def test_reports_held_before_the_index_are_indexed_on_opening(three, draft, tmp_path):
    from siaga.station import Station

    from helpers import PASSPHRASE
    stations, peers = three
    kl_id = stations["kl"].file_report(_draft(draft, "late.example"))
    deliver(stations["kl"], stations["jkt"], peers[("jkt", "kl")], [kl_id])
    jkt = stations["jkt"]
    jkt.file_report(_draft(draft, "late.example"))
    db = jkt.store.db
    for table in ("corr", "corr_keys", "corr_msgs", "corr_origins"):
        db.execute(f"DELETE FROM {table}")
    db.execute("INSERT INTO meta (key, value) VALUES ('correlation_backfill', x'31')")
    assert jkt.correlation.shared_threats() == []
    again = Station.open(jkt.home, PASSPHRASE)
    try:
        assert not again.correlation.backfill_pending
        assert again.correlation.indexed_count() == 2
        assert len(again.correlation.shared_threats()) == 1
    finally:
        again.close()
