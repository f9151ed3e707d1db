"""Incidents: the thread of reports rooted at a first report, and what is due in it.

An incident is referenced by the message id of its first report (its *root*).
Every later report of it names that id in ``in_reply_to``; an acknowledgement
names the report it answers, whose incident the receiver holds. Only the root's
author continues an incident: a report that names someone else's incident is a
separate, related report (shown beside the thread, never part of it). A thread
whose root has not arrived yet is kept and shown as "earlier report not received
yet"; it joins up when the root arrives (``docs/PROTOCOL.md`` §19).

Pure functions over plain values: no SQL, no disk, no clock but the one passed in.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from . import clocks
from .message import ACK_TYPE, REPORT_TYPES, format_time, parse_time

#: the author of this station's own messages, in a thread
SELF = "self"
CONTINUING_TYPES = ("update", "final")


def incident_of(kind: str, msg_id: str, in_reply_to: str | None) -> str | None:
    """The incident a report belongs to by what it carries: the one it names, or its own id when it is a first report.

    Acknowledgements and pings carry no incident of their own (None): an acknowledgement
    belongs to the incident of the report it answers.
    """
    if kind not in REPORT_TYPES:
        return None
    return in_reply_to or msg_id


@dataclass(frozen=True)
class Entry:
    """One message of a thread, as a station holds it."""

    id: str
    type: str
    side: str  # "out": this station's own; "in": received
    author: str  # SELF, a peer id, or "external:..." for a STIX import
    reported_at: datetime
    in_reply_to: str = ""
    severity: int | None = None
    code: str = ""
    tlp: str = ""
    summary: str = ""
    observed_at: datetime | None = None
    recipients: tuple[str, ...] = ()
    ack_status: str = ""
    ransom_paid_at: datetime | None = None
    received_at: int | None = None
    #: the order the station stored it in (breaks ties between messages filed in the same second)
    seq: int = 0

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> "Entry":
        def when(value: Any) -> datetime | None:
            return parse_time(value, "time", strict=True) if value else None

        reported = when(record.get("reported_at"))
        assert reported is not None
        return cls(
            id=record["id"], type=record["type"], side=record["side"], author=record["author"],
            reported_at=reported, in_reply_to=record.get("in_reply_to") or "",
            severity=record.get("severity"), code=record.get("code") or "", tlp=record.get("tlp") or "",
            summary=record.get("summary") or "", observed_at=when(record.get("observed_at")),
            recipients=tuple(record.get("recipients") or ()), ack_status=record.get("ack_status") or "",
            ransom_paid_at=when(record.get("ransom_paid_at")), received_at=record.get("received_at"),
            seq=record.get("seq") or 0)

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "type": self.type, "side": self.side, "author": self.author,
                               "reported_at": format_time(self.reported_at)}
        if self.type in REPORT_TYPES:
            out.update(severity=self.severity, code=self.code, tlp=self.tlp, summary=self.summary,
                       observed_at=format_time(self.observed_at) if self.observed_at else None)
        if self.in_reply_to:
            out["in_reply_to"] = self.in_reply_to
        if self.recipients:
            out["recipients"] = list(self.recipients)
        if self.ack_status:
            out["ack_status"] = self.ack_status
        if self.received_at is not None:
            out["received_at"] = self.received_at
        return out


_RANK = {"early-warning": 0, "request-for-assistance": 1, "update": 2, "final": 3, ACK_TYPE: 4}


def _order(entry: Entry) -> tuple:
    return (entry.reported_at, entry.seq if entry.side == "out" else 0, _RANK.get(entry.type, 5), entry.seq, entry.id)


@dataclass
class Thread:
    """An incident as one station sees it: its reports in order, the acknowledgements, what is due."""

    root: str
    root_known: bool
    author: str
    side: str
    reports: list[Entry]
    acks: list[Entry]
    related: list[Entry]
    dues: list[clocks.Due]
    profile: str
    closed: bool
    next: clocks.Due | None = None
    extra: dict = field(default_factory=dict)

    @property
    def latest(self) -> Entry | None:
        return self.reports[-1] if self.reports else None

    @property
    def messages(self) -> list[Entry]:
        return sorted(self.reports + self.acks, key=_order)

    @property
    def opened_at(self) -> datetime | None:
        return self.reports[0].reported_at if self.reports else None

    @property
    def last_at(self) -> datetime | None:
        every = self.reports + self.acks
        return max(e.reported_at for e in every) if every else None

    def state(self, now: datetime) -> str:
        if self.closed:
            return clocks.CLOSED
        return clocks.state_at(self.next.at if self.next else None, now)

    def summary(self) -> dict[str, Any]:
        """What the list of incidents shows (and what a station keeps, sealed, to list them quickly)."""
        latest = self.latest
        return {
            "root": self.root, "root_known": self.root_known, "author": self.author, "side": self.side,
            "profile": self.profile, "closed": self.closed,
            "code": latest.code if latest else "", "severity": latest.severity if latest else None,
            "tlp": latest.tlp if latest else "", "summary": latest.summary if latest else "",
            "latest_type": latest.type if latest else "",
            "reports": len(self.reports), "messages": len(self.reports) + len(self.acks), "related": len(self.related),
            "opened_at": format_time(self.opened_at) if self.opened_at else None,
            "last_at": format_time(self.last_at) if self.last_at else None,
            "next_due": _due_dict(self.next) if self.next else None,
        }


def _due_dict(due: clocks.Due) -> dict[str, Any]:
    return {"what": due.what, "at": format_time(due.at), "who": due.who, "ref": due.ref,
            "met_at": format_time(due.met_at) if due.met_at else None, "late": due.late}


def due_dicts(dues: list[clocks.Due], now: datetime) -> list[dict[str, Any]]:
    return [{**_due_dict(d), "state": d.state(now)} for d in dues]


def build_thread(root: str, entries: list[Entry], profile: clocks.Profile) -> Thread:
    """Assemble an incident from the messages a station holds of it (in any order, the root perhaps missing)."""
    by_id = {e.id: e for e in entries}
    head = by_id.get(root)
    reports = sorted((e for e in entries if e.type in REPORT_TYPES), key=_order)
    author = head.author if head else (reports[0].author if reports else SELF)
    members = [e for e in reports if e.author == author]
    related = [e for e in reports if e.author != author]
    member_ids = {e.id for e in members}
    acks = sorted((e for e in entries if e.type == ACK_TYPE and e.in_reply_to in member_ids), key=_order)
    side = head.side if head else (members[0].side if members else "in")
    closed = any(e.type == "final" for e in members)
    events: dict[str, datetime] = {}
    first = head or (members[0] if members else None)
    if first is not None and head is not None:
        events["first-report"] = head.reported_at
        events["detection"] = head.observed_at or head.reported_at
    elif first is not None:
        events["detection"] = first.observed_at or first.reported_at
    updates = [e.reported_at for e in members if e.type in CONTINUING_TYPES]
    if updates:
        events["notification"] = updates[0]
    paid = [e.ransom_paid_at for e in members if e.ransom_paid_at]
    if paid:
        events["ransom-payment"] = min(paid)
    dues = clocks.report_dues(profile, events, [(e.type, e.reported_at) for e in members]) if head else []
    for report in members:
        deadline = profile.ack_deadline(report.severity, report.reported_at)
        if deadline is None:
            continue
        answers = [a for a in acks if a.in_reply_to == report.id]
        expected = report.recipients if report.side == "out" else (SELF,)
        for who in expected:
            met = min((a.reported_at for a in answers if a.author == who), default=None)
            dues.append(clocks.Due("ack", deadline, who=who, ref=report.id, met_at=met))
    dues.sort(key=lambda d: (d.at, d.what, d.who))
    return Thread(root=root, root_known=head is not None, author=author, side=side, reports=members, acks=acks,
                  related=related, dues=dues, profile=profile.code, closed=closed,
                  next=None if closed else clocks.next_due(dues))


def changes(before: dict[str, Any], after: dict[str, Any], fields: tuple[str, ...]) -> list[tuple[str, Any, Any]]:
    """(field, before, after) of each of ``fields`` whose value differs: what an update changes."""
    return [(f, before.get(f), after.get(f)) for f in fields if before.get(f) != after.get(f)]
