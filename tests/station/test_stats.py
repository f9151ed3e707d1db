"""The dashboard's figures (station/stats.py), counted from real stations' inboxes and outboxes."""

import json
import time
from datetime import datetime, timezone

import pytest

from siaga.base.errors import ValidationError
from siaga.delivery.bundle import export_bundle, import_bundle
from siaga.station.stats import OverdueItem, Period, SharedThreat
from siaga.storage.inbox_query import InboxQuery

from helpers import link


@pytest.fixture
def desk(make_station, draft):
    """Jakarta received 3 reports from KL and 1 from Manila, filed 1 of its own; Canberra never wrote."""
    jakarta = make_station("jakarta", country="ID")
    peers = {}
    for name, cc in (("kl", "MY"), ("manila", "PH"), ("canberra", "AU")):
        other = make_station(name, country=cc)
        to_jakarta, to_other = link(other, jakarta)
        peers[name] = (other, to_jakarta, to_other)
    kl, to_jakarta, _ = peers["kl"]
    kl.file_report({**draft, "countries": ["ID", "MY"]})
    kl.file_report({**draft, "code": "rsit:fraud/phishing", "severity": 1, "countries": ["ASEAN"],
                    "summary": "Phishing pages copy the ministry's login"})
    kl.file_report({**draft, "severity": 5, "scope": "bilateral", "countries": ["ID"],
                    "summary": "Power grid operator encrypted"})
    import_bundle(jakarta, export_bundle(kl, to_jakarta.id)[0])
    manila, to_jakarta, _ = peers["manila"]
    manila.file_report({**draft, "scope": "bilateral", "countries": ["ID"], "severity": 2})
    import_bundle(jakarta, export_bundle(manila, to_jakarta.id)[0])
    jakarta.file_report({**draft, "countries": ["ID", "MY"], "code": "rsit:fraud/phishing"})
    return jakarta, peers


def test_counts_by_time_class_severity_and_country(desk):
    jakarta, peers = desk
    now = int(time.time())
    figures = jakarta.figures(Period.last("7d", now))
    assert (figures.received, figures.sent, figures.open_incidents) == (4, 1, 4)
    assert sum(s.received for s in figures.timeline) == 4 and sum(s.sent for s in figures.timeline) == 1
    assert len(figures.timeline) in (7, 8) and figures.period.bucket == "day"
    assert {k: (v.received, v.sent) for k, v in figures.by_class.items()} == {
        "malicious-code": (3, 0), "fraud": (1, 1)}
    assert {k: v.received for k, v in figures.by_severity.items()} == {1: 1, 2: 1, 3: 1, 5: 1}
    assert figures.by_severity[3].sent == 1
    # ID is named by all four; MY by two (one of them through ASEAN); the ASEAN report reaches every member
    assert figures.by_country["ID"].received == 4 and figures.by_country["ID"].open == 4
    assert figures.by_country["MY"].received == 2 and figures.by_country["MY"].sent == 1
    assert figures.by_country["TL"].received == 1 and "AU" not in figures.by_country
    assert [p.name for p in figures.quiet_partners] == ["canberra"]
    assert figures.quiet_partners[0].last_heard is None


def test_a_resolved_report_is_no_longer_open(desk):
    jakarta, _ = desk
    [power], _ = jakarta.inbox_page(InboxQuery(severity=5))
    jakarta.acknowledge(power["id"], "resolved")
    figures = jakarta.figures(Period.last("24h"))
    assert figures.received == 4 and figures.open_incidents == 3
    assert figures.by_country["ID"].open == 3 and figures.by_country["MY"].open == 2
    assert figures.sent == 1  # an acknowledgement is not a report


def test_nothing_outside_the_period(desk):
    jakarta, _ = desk
    now = int(time.time())
    earlier = jakarta.figures(Period.between(now - 40 * 86400, now - 3600))
    assert (earlier.received, earlier.sent, earlier.open_incidents) == (0, 0, 0)
    assert earlier.by_class == {} and earlier.period.bucket == "day"
    assert all(s.received == 0 for s in earlier.timeline)
    # shared threats go by when the events were seen (the reports' observed_at, days ago), not by arrival
    assert all((c.received, c.sent, c.open) == (0, 0, 0) for c in earlier.by_country.values())
    assert {code for code, c in earlier.by_country.items() if c.shared_threats} == {
        code for t in earlier.shared_threats for code in t.countries}
    before = jakarta.figures(Period.between(now - 400 * 86400, now - 300 * 86400))
    assert before.by_country == {} and before.shared_threats == ()


def test_partners_not_heard_from_lately(desk):
    jakarta, _ = desk
    later = int(time.time()) + 20 * 86400
    quiet = jakarta.figures(Period.last("30d", later), now=later).quiet_partners
    assert quiet[0].name == "canberra"  # never heard from: first
    assert {p.name for p in quiet} == {"canberra", "manila", "kl"}
    assert all(p.last_heard for p in quiet if p.name != "canberra")


def test_steps_start_at_local_midnight_and_on_monday():
    wib = 7 * 3600
    moment = int(datetime(2026, 11, 26, 3, 0, tzinfo=timezone.utc).timestamp())  # a Thursday, 10:00 in Jakarta
    day = Period.between(moment - 86400 * 10, moment, utc_offset=wib, bucket="day")
    start = day.bucket_start(day.bucket_of(moment))
    assert datetime.fromtimestamp(start + wib, timezone.utc).strftime("%H:%M") == "00:00"
    week = Period.between(moment - 86400 * 100, moment, utc_offset=wib)
    assert week.bucket == "week"
    start = week.bucket_start(week.bucket_of(moment))
    local = datetime.fromtimestamp(start + wib, timezone.utc)
    assert (local.strftime("%A %H:%M"), local.day) == ("Monday 00:00", 23)
    assert Period.last("24h", moment).bucket == "hour" and len(Period.last("24h", moment).buckets()) in (24, 25)


@pytest.mark.parametrize("args, field", [
    ((10, 5), "since"), ((0, 10, "month"), "bucket"), ((0, 10, "day", 20 * 3600), "utc_offset"),
    ((0, 10 ** 9, "hour"), "bucket"), (("0", 10), "since"),
])
def test_a_bad_period_is_refused(args, field):
    with pytest.raises(ValidationError) as caught:
        Period(*args)
    assert caught.value.params["field"] == field
    with pytest.raises(ValidationError):
        Period.last("1y")


def test_shared_threats_and_overdue_plug_in(desk):
    jakarta, _ = desk
    wired = jakarta.figures(Period.last("7d"))  # the station's own sources (station/figure_sources.py)
    assert wired.overdue == () and all(len(t.countries) >= 2 for t in wired.shared_threats)
    seen = []

    def threats(period):
        seen.append(period)
        return [SharedThreat("domain:login-kemlu.example", ("ID", "MY", "JP"), 3, period.since, period.until)]

    jakarta.stats.plug(shared_threats=threats, overdue=lambda now: [OverdueItem("ab" * 32, "final", now - 60)])
    figures = jakarta.figures(Period.last("7d"))
    assert seen == [figures.period] and figures.shared_threats[0].countries == ("ID", "MY", "JP")
    assert figures.by_country["JP"].shared_threats == 1 and figures.by_country["JP"].received == 0
    assert figures.by_country["ID"].shared_threats == 1 and figures.by_country["ID"].received == 4
    assert figures.overdue[0].what == "final"
    out = json.loads(json.dumps(figures.to_dict()))
    assert out["shared_threats"][0]["countries"] == ["ID", "MY", "JP"]
    assert out["totals"] == {"received": 4, "sent": 1, "open_incidents": 4}
    assert out["by_severity"]["5"] == {"received": 1, "sent": 0}
