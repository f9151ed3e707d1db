"""Commands on the regional picture: correlate (shared threats) and inbox sight (we see this too)."""

from __future__ import annotations

import argparse
import sys

from ..base.errors import InputError
from .common import epoch_of, open_station, print_json, shown


def cmd_correlate(args: argparse.Namespace) -> int:
    since = epoch_of(args.since, "since")
    if args.window is not None and not 1 <= args.window <= 365:
        raise InputError("--window must be a whole number of days from 1 to 365")
    with open_station(args) as station:
        if args.set_window is not None:
            station.correlation.set_window_days(args.set_window)
        window = args.window or station.correlation.window_days
        threats = station.correlation.shared_threats(since=since, window=window)
    if args.json:
        print_json({"window_days": window, "shared_threats": [t.to_dict() for t in threats]})
        return 0
    if not threats:
        print(f"No shared threat: no indicator or incident code in a sector was reported from two countries"
              f" within {window} days of each other.")
        return 0
    print(f"{len(threats)} shared threat(s), window {window} days:")
    for threat in threats:
        data = threat.to_dict()
        ties = ", ".join(shown(t["label"]) for t in data["ties"])
        print(f"\n* {ties}")
        print(f"  countries  {shown(', '.join(threat.countries))}")
        print(f"  seen       {data['first_seen']} to {data['last_seen']}")
        for report in data["reports"]:
            where = "filed here" if report["box"] == "out" else "received"
            print(f"  report     {report['id'][:16]}  {shown(report['country']):8} {report['seen_at']}  {where}")
    return 0


def filing_notes(station, ids: list[str]) -> None:
    """On stderr, for reports just filed: indicators on a MISP warning list, and reports held that match."""
    from ..station import warning_lists
    seen = station.correlation.seen_by(ids)
    for number, msg_id in enumerate(ids):
        content = station.read_outbox(msg_id).content
        where = f"report {msg_id[:16]}" if len(ids) > 1 else "the report"
        indicators = content.get("indicators") or []
        for number, warnings in enumerate(warning_lists.check_indicators(indicators), 1):
            for warning in warnings[:1]:  # the first list says enough; the details show them all
                kind = indicators[number - 1]["type"]
                print(f"siaga: warning: {where}: indicator {number} ({kind}) is {shown(warning.text())}",
                      file=sys.stderr)
        found = seen.get(msg_id)
        if found:  # the values stay off the terminal's scrollback: `siaga correlate` names them
            print(f"siaga: note: {where} is seen in {found.count} other report(s) from"
                  f" {shown(', '.join(found.countries))}; see siaga correlate", file=sys.stderr)


def cmd_inbox_sight(args: argparse.Namespace) -> int:
    with open_station(args) as station:
        sight_id = station.sight(args.message_id, args.indicator, args.count, first_seen=args.first_seen,
                                 last_seen=args.last_seen, sectors=args.sector, incident=args.incident)
    print(sight_id)
    return 0


def cmd_outbox_sightings(args: argparse.Namespace) -> int:
    with open_station(args) as station:
        found = (station.incident_sightings(args.message_id) if args.incident
                 else station.sightings(args.message_id))
    if args.json:
        print_json({"partners": len({s.peer for s in found}), "sightings": [s.to_dict() for s in found]})
        return 0
    what = "the incident" if args.incident else "it"
    if not found:
        print(f"No partner has reported seeing {what} yet.")
        return 0
    print(f"{'The incident is seen' if args.incident else 'Seen'} by {len({s.peer for s in found})} partner(s):")
    for s in found:
        values = ", ".join(i["value"] for i in s.indicators) or "-"
        print(shown(f"  {s.name} ({s.country}): {s.count} time(s), {s.first_seen} to {s.last_seen}: {values}"))
    return 0
