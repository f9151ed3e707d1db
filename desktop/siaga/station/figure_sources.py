"""The dashboard's lists from the station's own services: shared threats and overdue items.

:class:`siaga.station.stats.Stats` counts what the inbox and outbox hold; the two lists
it cannot count alone come from here, plugged in when a station is opened
(:func:`plug_into`):

* the *shared threats* of the period, from the correlation index
  (:meth:`siaga.station.correlation.Correlation.shared_threats`, over the same period
  and the correlation window of the station's settings), each named by what ties its
  reports (the indicators first, then the incident codes in a sector);
* the *overdue items*, from the incidents' reporting clocks
  (:meth:`siaga.station.incidents.Incidents.page` with ``overdue``): every open incident
  whose next deadline has passed, the longest overdue first.

The apps render :class:`siaga.station.stats.Figures` only, so the dashboard and
``siaga stats --json`` show the same lists.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import TYPE_CHECKING

from ..protocol.message import parse_time
from .stats import OverdueItem, Period, SharedThreat

if TYPE_CHECKING:
    from .correlation import Correlation
    from .incidents import Incidents
    from .stats import Stats

#: the most overdue items listed (the longest overdue first)
MAX_OVERDUE = 50


def shared_threats(correlation: Correlation, period: Period) -> list[SharedThreat]:
    """The shared threats among reports seen in ``period``, as the figures list them."""
    out = []
    for threat in correlation.shared_threats(since=period.since, until=period.until):
        labels = [t.label for t in threat.ties]
        kind = threat.ties[0].kind if threat.ties else "indicator"
        out.append(SharedThreat(", ".join(labels), tuple(threat.countries), len(threat.reports),
                                threat.first_seen, threat.last_seen, kind))
    return out


def overdue(incidents: Incidents, now: int) -> list[OverdueItem]:
    """Open incidents whose next deadline passed before ``now`` (epoch seconds)."""
    moment = datetime.fromtimestamp(now, timezone.utc)
    rows, _ = incidents.page(overdue=True, now=moment, limit=MAX_OVERDUE)
    out = []
    for row in rows:
        due = row.get("next_due") or {}
        if not due.get("at"):
            continue
        due_at = int(parse_time(due["at"], "next_due.at", strict=True).timestamp())
        what = due.get("what", "")
        out.append(OverdueItem(row["root"], what, due_at, due.get("who", "")))
    return out


def plug_into(stats: Stats, correlation: Correlation, incidents: Incidents) -> None:
    """Give the station's figures their shared threats and overdue items."""
    stats.plug(shared_threats=lambda period: shared_threats(correlation, period),
               overdue=lambda now: overdue(incidents, now))
