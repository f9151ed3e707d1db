"""``siaga stats``: the dashboard's figures on the command line."""

from __future__ import annotations

import argparse
import time
from datetime import date, datetime, timedelta

from ..base.errors import InputError
from ..base.languages import reading_language
from ..protocol import codebook
from ..station.stats import Figures, Period
from .common import lang_of, open_station, print_json, shown

#: the period when none is asked for
DEFAULT_PERIOD = "7d"


def parse_moment(text: str, option: str, *, end_of_day: bool = False) -> int:
    """A date (local midnight; with ``end_of_day``, the last second of that day) or an ISO 8601 time."""
    value = text.strip()
    try:
        day = date.fromisoformat(value)
    except ValueError:
        day = None
    if day is not None and len(value) == 10:
        moment = datetime(day.year, day.month, day.day)
        if end_of_day:
            moment += timedelta(days=1, seconds=-1)
        return int(time.mktime(moment.timetuple()))
    try:
        moment = datetime.fromisoformat(value.replace("z", "Z"))
    except ValueError:
        raise InputError(f"{option} {text!r} is not a date: write it as YYYY-MM-DD"
                         " or YYYY-MM-DDTHH:MM (for example 2026-11-24)") from None
    if moment.tzinfo is None:
        return int(time.mktime(moment.timetuple()))
    return int(moment.timestamp())


def period_of(args: argparse.Namespace, now: int | None = None) -> Period:
    """The period the options ask for (the last 7 days by default), counted in the local time zone."""
    now = int(time.time()) if now is None else now
    offset = time.localtime(now).tm_gmtoff
    if args.period and (args.since or args.until):
        raise InputError("give either --period or --since/--until, not both")
    if not args.since and not args.until:
        period = Period.last(args.period or DEFAULT_PERIOD, now, offset)
        return Period(period.since, period.until, args.by or period.bucket, offset)
    until = parse_moment(args.until, "--until", end_of_day=True) if args.until else now
    since = parse_moment(args.since, "--since") if args.since else until - 7 * 86400
    if since > until:
        raise InputError("--since is later than --until: the period would be empty")
    return Period.between(since, until, offset, args.by)


def _when(moment: int, bucket: str = "hour") -> str:
    return time.strftime("%Y-%m-%d %a" if bucket in ("day", "week") else "%Y-%m-%d %H:%M", time.localtime(moment))


def render(figures: Figures, labels: dict[str, dict[str, str]]) -> list[str]:
    """The figures as text lines (``labels``: codebook labels by kind, then code)."""
    p = figures.period
    lines = [f"Reports from {_when(p.since)} to {_when(p.until)} (by {p.bucket})",
             f"  received {figures.received}, sent {figures.sent}, open incidents {figures.open_incidents}", ""]
    lines.append(f"{'Per ' + p.bucket + ' from':24} {'received':>8} {'sent':>6}")
    lines += [f"  {_when(s.start, p.bucket):22} {s.received:8} {s.sent:6}" for s in figures.timeline]
    lines += ["", f"{'By incident class':40} {'received':>8} {'sent':>6}"]
    lines += [f"  {labels['classes'].get(code, code)[:38]:38} {c.received:8} {c.sent:6}"
              for code, c in sorted(figures.by_class.items(), key=lambda kv: -kv[1].received - kv[1].sent)]
    if not figures.by_class:
        lines.append("  none")
    lines += ["", f"{'By severity':40} {'received':>8} {'sent':>6}"]
    lines += [f"  {str(level) + ' ' + labels['severity'].get(str(level), ''):38} {c.received:8} {c.sent:6}"
              for level, c in sorted(figures.by_severity.items())]
    if not figures.by_severity:
        lines.append("  none")
    lines += ["", f"{'By country concerned':32} {'received':>8} {'open':>6} {'sent':>6} {'shared':>6}"]
    lines += [f"  {code + ' ' + labels['countries'].get(code, ''):30} {c.received:8} {c.open:6} {c.sent:6}"
              f" {c.shared_threats:6}"
              for code, c in sorted(figures.by_country.items(), key=lambda kv: (-kv[1].received, kv[0]))]
    if not figures.by_country:
        lines.append("  none")
    lines += ["", "Shared threats:" + ("" if figures.shared_threats else " none found")]
    lines += [f"  {shown(t.key)}  {', '.join(t.countries)}  {t.reports} reports, last seen {_when(t.last_seen)}"
              for t in figures.shared_threats]
    lines += ["Overdue:" + ("" if figures.overdue else " none")]
    lines += [f"  {o.msg_id[:12]}  {shown(o.what)} due {_when(o.due_at)}" for o in figures.overdue]
    lines += ["", "Partners not heard from lately:" + ("" if figures.quiet_partners else " none")]
    lines += [f"  {shown(q.name)} ({shown(q.country)}): "
              + (f"last message {_when(q.last_heard)}" if q.last_heard else "no message yet")
              for q in figures.quiet_partners]
    return lines


def cmd_stats(args: argparse.Namespace) -> int:
    period = period_of(args)
    with open_station(args) as station:
        figures = station.figures(period)
        book = station.books.current
        waiting, held = station.arrivals()  # taken in, not yet filed (or held back): not counted above
    if args.json:
        print_json({**figures.to_dict(), "arrivals": {"waiting": waiting, "held": held}})
        return 0
    lang = reading_language(lang_of(args))
    labels = {kind: {str(e.get("code", e.get("level"))): book.label(kind, e.get("code", e.get("level")), lang)
                     for e in book.data[kind]}
              for kind in ("severity", "countries")}
    labels["classes"] = {e["code"]: codebook.text(e["label"], lang) for e in book.data["classes"]}
    print("\n".join(render(figures, labels)))
    if waiting or held:
        print(f"Not counted yet: {waiting} message(s) arrived and being filed, {held} held back (could not be filed)")
    return 0
