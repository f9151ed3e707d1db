"""What newly received messages bring that a person must see: urgent reports and checks to answer.

The app announces these on arrival (the urgent banner, the check strip); the command line
says the same after taking in a bundle, with the command that reads or answers each. It names a
report by its id, type, code, severity and sender, never by its summary: a routine command's
output may end up in a script's log, and no report text is to be kept outside the sealed store
(``siaga inbox show ID`` reads it).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Sequence

from ..station.facade import Station
from .common import shown


@dataclass
class Arrivals:
    #: urgent reports: ``id``, ``type``, ``code``, ``severity``, ``sender`` (no report text)
    urgent: list[dict] = field(default_factory=list)
    #: checks a person here must answer: ``id``, ``peer``, ``peer_name``, ``received_at``...
    checks: list[dict] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"urgent": self.urgent, "checks": self.checks}


def arrivals(station: Station, ids: Sequence[str]) -> Arrivals:
    """Of the messages ``ids`` just taken in, the urgent reports and the unanswered checks."""
    if not ids:
        return Arrivals()
    urgent = [{k: v for k, v in row.items() if k != "summary"} for row in station.alerts(ids)]
    return Arrivals(urgent=urgent, checks=[c.to_dict() for c in station.checks_among(ids)])


def print_arrivals(found: Arrivals) -> None:
    """Each urgent report and check on its own line, with what to type next."""
    if found.urgent:
        print(f"Urgent: {len(found.urgent)} report(s) to read now (siaga inbox show ID):")
        for row in found.urgent:
            severity = f"severity {row['severity']}" if row.get("severity") is not None else "severity not given"
            print(f"  {row['id'][:12]}  {shown(row['type'])}  {shown(row['code'])}  {severity}  "
                  f"from {shown(row['sender'])}")
    if found.checks:
        print(f"Checks: {len(found.checks)} partner(s) ask a person here to answer "
              "(siaga check answer ID --by YOUR-NAME):")
        for check in found.checks:
            print(f"  {check['id'][:12]}  from {shown(check['peer_name'])} ({shown(check['peer'])})")
