"""The partner scorecard: what this station's own records say about each peer, for a period.

Every figure is counted from the station's records and nothing else: the outbox
(reports sent, their deliveries and receipts, checks sent), the inbox (reports,
acknowledgements and answers received) and the audit log (when a peer's
fingerprint was verified). Times are this station's clock, except the delivery
time of a partner's report, which runs from the time the partner signed into it
to the time it arrived here.

Counted for a peer and a period (from ``since``; everything when None):

- reports sent: this station's own reports (not forwarded or relayed ones) queued
  for the peer in the period; reports received: reports the peer wrote that
  arrived in the period; our share of the two (0.5 is even);
- time to acknowledge: from queuing one of our reports to the peer's first
  acknowledgement of it arriving, for the reports counted as sent;
- time to deliver theirs: from the peer's ``reported_at`` to its arrival here;
- checks sent in the period, how many were answered, the median answer time;
- last heard from: the latest message of any kind from the peer (ever);
- whether the peer is verified, and when it was marked so (the audit log).
"""

from __future__ import annotations

import calendar
import math
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..base.errors import InputError, Reason
from ..protocol.message import ACK_TYPE, CHECK_TYPE, REPORT_TYPES
from .checks import DEFAULT_OVERDUE_HOURS, SentCheck, sent_checks

if TYPE_CHECKING:  # the facade imports this module; the type is for annotations only
    from .facade import Station


def percentile(values: list[int], p: float) -> int | None:
    """The ``p``-th percentile (nearest rank) of ``values``; None when there are none."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, math.ceil(p / 100 * len(ordered)))
    return ordered[rank - 1]


def median(values: list[int]) -> int | None:
    """The median, the lower middle of an even count (a time someone actually took)."""
    return percentile(values, 50)


def _epoch(stamp: str) -> int | None:
    try:
        return calendar.timegm(time.strptime(stamp, "%Y-%m-%dT%H:%M:%SZ"))
    except (TypeError, ValueError):
        return None


@dataclass
class Scorecard:
    peer: str
    name: str
    org: str
    country: str
    since: int | None
    until: int
    reports_sent: int = 0
    reports_received: int = 0
    acked: int = 0
    ack_median: int | None = None  # seconds
    ack_p90: int | None = None
    delivered_theirs: int = 0
    delivery_median: int | None = None
    delivery_p90: int | None = None
    checks_sent: int = 0
    checks_answered: int = 0
    checks_overdue: int = 0
    answer_median: int | None = None
    last_heard: int | None = None
    verified: bool = False
    verified_at: str | None = None
    contacts: list[dict] = field(default_factory=list)

    @property
    def our_share(self) -> float | None:
        """Our part of the reports exchanged (0.5: as many sent as received); None with none exchanged."""
        total = self.reports_sent + self.reports_received
        return None if not total else round(self.reports_sent / total, 3)

    def to_dict(self) -> dict:
        out = {k: getattr(self, k) for k in self.__dataclass_fields__}
        out["our_share"] = self.our_share
        return out


def scorecards(station: Station, since: int | None = None, *, now: int | None = None,
               overdue_hours: float = DEFAULT_OVERDUE_HOURS) -> list[Scorecard]:
    """One scorecard per Siaga peer (TAXII collections have none), in the directory's order."""
    now = int(time.time()) if now is None else now
    start = since if since is not None else -1
    outbox = station.store.outbox()
    inbox = station.store.inbox(limit=-1)
    audit_log = station.audit_entries()
    peers = [p for p in station.peers() if not p.is_taxii]
    cards = {p.id: Scorecard(p.id, p.card.name, p.card.org, p.card.country, since, now, verified=p.verified,
                             contacts=[c.to_dict() for c in p.card.contacts]) for p in peers}

    first_ack: dict[tuple[str, str], int] = {}
    for row in inbox:
        peer = row.get("author_peer") or ""
        heard = cards.get(row.get("peer_id") or "") or cards.get(peer)
        if heard is not None and (heard.last_heard is None or row["received_at"] > heard.last_heard):
            heard.last_heard = row["received_at"]
        card = cards.get(peer)
        if card is None or row.get("external"):
            continue
        if row.get("type") == ACK_TYPE and row.get("in_reply_to"):
            key = (row["in_reply_to"], peer)
            first_ack[key] = min(first_ack.get(key, row["received_at"]), row["received_at"])
    delivery_times: dict[str, list[int]] = {pid: [] for pid in cards}
    for row in inbox:
        card = cards.get(row.get("author_peer") or "")
        if card is None or row.get("external") or row.get("type") not in REPORT_TYPES or row["received_at"] < start:
            continue
        card.reports_received += 1
        signed = _epoch(row.get("reported_at", ""))
        if signed is not None:
            delivery_times[card.peer].append(max(0, row["received_at"] - signed))

    ack_times: dict[str, list[int]] = {pid: [] for pid in cards}
    for row in outbox:
        if (row.get("type") not in REPORT_TYPES or row.get("forwarded_from") or row.get("relay_for")
                or row["created_at"] < start):
            continue
        for d in row["deliveries"]:
            card = cards.get(d["peer"])
            if card is None:
                continue
            card.reports_sent += 1
            acked = first_ack.get((row["id"], d["peer"]))
            if acked is not None:
                ack_times[d["peer"]].append(max(0, acked - row["created_at"]))

    answer_times: dict[str, list[int]] = {pid: [] for pid in cards}
    checks: list[SentCheck] = sent_checks(station, now=now, overdue_hours=overdue_hours, outbox=outbox,
                                          answers=[r for r in inbox if r.get("type") == CHECK_TYPE])
    for check in checks:
        card = cards.get(check.peer)
        if card is None or check.sent_at < start:
            continue
        card.checks_sent += 1
        if check.answer_seconds is not None:
            card.checks_answered += 1
            answer_times[check.peer].append(check.answer_seconds)
        elif check.state == "overdue":
            card.checks_overdue += 1

    for entry in audit_log:
        card = cards.get(entry.get("peer") or "")
        if card is not None and entry.get("event") == "peer-verify":
            card.verified_at = entry.get("at")

    for pid, card in cards.items():
        card.acked = len(ack_times[pid])
        card.ack_median, card.ack_p90 = median(ack_times[pid]), percentile(ack_times[pid], 90)
        card.delivered_theirs = len(delivery_times[pid])
        card.delivery_median, card.delivery_p90 = median(delivery_times[pid]), percentile(delivery_times[pid], 90)
        card.answer_median = median(answer_times[pid])
        if not card.verified:
            card.verified_at = None
    return list(cards.values())


def scorecard(station: Station, ref: str, since: int | None = None, *, now: int | None = None,
              overdue_hours: float = DEFAULT_OVERDUE_HOURS) -> Scorecard:
    """The scorecard of one peer (by id or a unique prefix)."""
    peer = station.peer(ref)
    for card in scorecards(station, since, now=now, overdue_hours=overdue_hours):
        if card.peer == peer.id:
            return card
    raise InputError(Reason("no-scorecard", "a TAXII collection has no scorecard"))


def duration(seconds: int | None) -> str:
    """``45 s``, ``12 min``, ``3 h 05 min``, ``2 d 4 h``; ``-`` for none."""
    if seconds is None:
        return "-"
    if seconds < 60:
        return f"{seconds} s"
    if seconds < 3600:
        return f"{seconds // 60} min"
    if seconds < 86400:
        return f"{seconds // 3600} h {seconds % 3600 // 60:02d} min"
    return f"{seconds // 86400} d {seconds % 86400 // 3600} h"


def stamp(epoch: int | None) -> str:
    return "-" if epoch is None else time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime(epoch))


def share_text(card: Scorecard) -> str:
    """``60:40`` (ours : theirs), or ``-`` with nothing exchanged."""
    share = card.our_share
    return "-" if share is None else f"{round(share * 100)}:{100 - round(share * 100)}"


@dataclass(frozen=True)
class SummaryLine:
    """One line of the printable summary: a heading or a line of text (plain text, never markup)."""
    text: str
    heading: bool = False


@dataclass(frozen=True)
class Summary:
    """A partner's one-page summary, ready to typeset: its title, its lines and a closing note.

    ``document_title`` names the file (a PDF's title); how it looks on paper is the printer's job.
    """
    title: str
    document_title: str
    lines: tuple[SummaryLine, ...]
    note: str = ""


def printable_summary(card: Scorecard, station: str) -> Summary:
    """The one-page summary for a bilateral review meeting, in English (the app words its own)."""
    period = f"{stamp(card.since)} to {stamp(card.until)}" if card.since is not None else f"until {stamp(card.until)}"
    lines = [
        SummaryLine(f"{card.name} ({card.org}, {card.country}) as recorded by {station}"),
        SummaryLine(f"Period: {period}"),
        SummaryLine("Reports", True),
        SummaryLine(f"Sent to the partner: {card.reports_sent}    Received from the partner: {card.reports_received}"),
        SummaryLine(f"Share (ours:theirs): {share_text(card)}"),
        SummaryLine(f"Our reports acknowledged: {card.acked} of {card.reports_sent}; time to acknowledge: median "
                    f"{duration(card.ack_median)}, 90th percentile {duration(card.ack_p90)}"),
        SummaryLine(f"Time for their reports to reach us: median {duration(card.delivery_median)}, 90th percentile "
                    f"{duration(card.delivery_p90)}"),
        SummaryLine("Communication checks", True),
        SummaryLine(f"Sent: {card.checks_sent}    Answered by a person: {card.checks_answered}    Overdue: "
                    f"{card.checks_overdue}"),
        SummaryLine(f"Median time to answer: {duration(card.answer_median)}"),
        SummaryLine("Contact", True),
        SummaryLine(f"Last heard from: {stamp(card.last_heard)}"),
        SummaryLine("Fingerprint verified: " + (f"yes, on {card.verified_at}" if card.verified else "no")),
    ]
    for c in card.contacts:
        reach = ", ".join(part for part in (c["phone"], c["email"]) if part)
        when = "24/7" if c["always"] else " ".join(p for p in (c["hours"], c["tz"]) if p)
        lines.append(SummaryLine(f"{c['role'].capitalize()}: {c['name']}  {reach}  {when}".rstrip()))
    return Summary("Partner scorecard", f"Partner scorecard: {card.name}", tuple(lines),
                   "Figures from this station's own outbox, inbox and audit log.")
