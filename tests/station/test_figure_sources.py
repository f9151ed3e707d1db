"""The dashboard's lists come from the station itself: shared threats from the correlation, overdue items
from the reporting clocks (station/figure_sources.py), so ``siaga stats`` and the app show them."""

from __future__ import annotations

import time
from datetime import datetime, timezone

from siaga.delivery.receiving import accept
from siaga.protocol.message import format_time
from siaga.station.stats import Period
from siaga.storage.inbox_query import InboxQuery

from helpers import link

NOW = int(time.time())


def _ago(days: float) -> str:
    return format_time(datetime.fromtimestamp(NOW - int(days * 86400), timezone.utc))


def deliver(sender, receiver, peer_at_receiver, msg_ids):
    envelopes = sender.outgoing.envelopes(msg_ids)
    accept(receiver, [envelopes[m] for m in msg_ids], peer_at_receiver)


def test_the_figures_list_the_shared_threats_of_the_period(make_station, draft):
    jkt, kl, sg = (make_station("jakarta", country="ID"), make_station("kl", country="MY"),
                   make_station("sg", country="SG"))
    kl_at_jkt, _ = link(jkt, kl)
    sg_at_jkt, _ = link(jkt, sg)
    link(kl, sg)

    def report(station, value, days):
        return station.file_report(dict(draft, indicators=[{"type": "domain-name", "value": value}], scope="global",
                                        countries=[], observed_at=_ago(days)))

    own = report(jkt, "Login-Kemlu.example", 5)
    theirs = report(kl, "login-kemlu[.]example", 3)
    deliver(kl, jkt, kl_at_jkt, [theirs])
    deliver(sg, jkt, sg_at_jkt, [report(sg, "LOGIN-KEMLU.EXAMPLE", 1)])

    figures = jkt.figures(Period.last("7d"))
    assert len(figures.shared_threats) == 1
    threat = figures.shared_threats[0]
    assert threat.countries == ("ID", "MY", "SG") and threat.reports == 3
    assert "login-kemlu.example" in threat.key.split(", ") and threat.kind == "indicator"
    assert threat.first_seen < threat.last_seen
    assert all(figures.by_country[c].shared_threats == 1 for c in ("ID", "MY", "SG"))
    # the same threat as `siaga correlate` finds, and none in a period before the reports
    [held] = jkt.correlation.shared_threats()
    assert own in {r.id for r in held.reports} and held.countries == threat.countries
    before = jkt.figures(Period.between(NOW - 30 * 86400, NOW - 10 * 86400))
    assert before.shared_threats == () and "ID" not in before.by_country
    # the app draws the counts first and the shared threats after: together they are the same figures
    period = Period.last("7d")
    counts = jkt.figures(period, NOW, threats=False)
    assert counts.shared_threats == () and all(c.shared_threats == 0 for c in counts.by_country.values())
    assert jkt.figures_with_threats(counts) == jkt.figures(period, NOW)
    rows, _ = jkt.inbox_page(InboxQuery())
    assert {row["id"]: row.get("seen_countries") for row in rows}[theirs] == 3  # the inbox row's mark
    # the window setting is what the dashboard and the inbox marks use: a day apart is too far
    jkt.correlation.set_window_days(1)
    assert jkt.figures(Period.last("7d")).shared_threats == ()
    rows, _ = jkt.inbox_page(InboxQuery())
    assert all("seen_countries" not in row for row in rows)
    jkt.correlation.set_window_days(2)
    assert jkt.figures(Period.last("7d")).shared_threats[0].reports == 3


def test_the_figures_list_what_is_overdue(network, draft):
    net = network()
    jkt = net.jakarta
    root = jkt.file_report(dict(draft, severity=4, to=[net.id("kl"), net.id("manila")]))
    reported = int(jkt.incidents.thread(root).reports[0].reported_at.timestamp())
    assert jkt.figures(Period.last("7d"), now=reported + 60).overdue == ()
    later = reported + 3 * 3600
    figures = jkt.figures(Period.last("7d", later), now=later)
    assert {(o.msg_id, o.what) for o in figures.overdue} == {(root, "ack")}
    [item] = figures.overdue
    assert item.peer_id in (net.id("kl"), net.id("manila")) and item.due_at <= later
    assert figures.to_dict()["overdue"] == [{"msg_id": root, "what": "ack", "due_at": item.due_at,
                                             "peer_id": item.peer_id}]
