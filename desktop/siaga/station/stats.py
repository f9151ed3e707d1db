"""The regional picture in numbers: what the dashboard draws and ``siaga stats`` prints.

:class:`Stats` counts, for a :class:`Period`, the reports this station received and
sent: over time (by hour, day or week), by incident class, by severity and by
country, the incidents still open, and the partners not heard from lately. It
reads only blind indexes of the inbox (``storage/figures.py``) and the outbox's
own sealed records, which it opens once and keeps.

The result is a :class:`Figures`, plain frozen dataclasses that both apps render
(the app draws them; the command line prints them, or their :meth:`Figures.to_dict`
as JSON).

**Sources.** ``Figures.shared_threats`` (threats reported by several countries) and
``Figures.overdue`` (incidents whose reporting clock has run out) come from sources the
station gives with :meth:`Stats.plug` (``station/figure_sources.py``):

* ``shared_threats``: called with the :class:`Period`, returns :class:`SharedThreat`
  items; each one also adds to its countries' ``shared_threats`` count (the map
  shades by it). Finding them over a long period takes longer than every count
  together, so the app asks for the counts first (``threats=False``) and for the
  threats after (:meth:`Stats.add_threats`);
* ``overdue``: called with the time of the count (epoch seconds), returns
  :class:`OverdueItem` items.
"""

from __future__ import annotations

import time
from dataclasses import asdict, dataclass, field, replace
from typing import Callable, Sequence

from ..base.encoding import b64d, b64e
from ..base.errors import UnknownCodeError, ValidationError
from ..protocol.codebook import CodebookSet
from ..protocol.message import REPORT_TYPES
from ..storage import figures as sql, hour_counts
from ..storage.store import Store
from .directory import Directory

HOUR = 3600
DAY = 86400
WEEK = 7 * DAY
#: the periods the apps offer, by name
PERIODS = {"24h": DAY, "7d": 7 * DAY, "30d": 30 * DAY}
BUCKETS = {"hour": HOUR, "day": DAY, "week": WEEK}
#: an inbox status that closes an incident; any other leaves it open
CLOSED_STATUSES = hour_counts.CLOSED_STATUSES
#: a partner with no message for this long is listed as not heard from lately
QUIET_AFTER = 14 * DAY
#: the most buckets a timeline holds (a custom period of years is counted by week)
MAX_BUCKETS = 2000


def _bucket_for(span: int) -> str:
    return "hour" if span <= 2 * DAY else "day" if span <= 62 * DAY else "week"


@dataclass(frozen=True)
class Period:
    """The time counted: received (or queued) from ``since`` to ``until``, both inclusive, in epoch seconds.

    ``bucket``: the step of the timeline (hour, day or week; weeks start on Monday).
    ``utc_offset``: seconds east of UTC of the officer's clock, so that days start at local midnight.
    """

    since: int
    until: int
    bucket: str = "day"
    utc_offset: int = 0

    def __post_init__(self) -> None:
        for name in ("since", "until", "utc_offset"):
            if type(getattr(self, name)) is not int:
                raise ValidationError("expected a time in epoch seconds", field=name)
        if self.since > self.until:
            raise ValidationError("the period starts after it ends", field="since")
        if self.bucket not in BUCKETS:
            raise ValidationError(f"expected one of: {', '.join(BUCKETS)}", field="bucket")
        if not -14 * HOUR <= self.utc_offset <= 14 * HOUR:
            raise ValidationError("expected an offset from UTC of at most 14 hours", field="utc_offset")
        if (self.until - self.since) // BUCKETS[self.bucket] > MAX_BUCKETS:
            raise ValidationError(f"more than {MAX_BUCKETS} steps: choose a longer step", field="bucket")

    @classmethod
    def last(cls, name: str, now: int | None = None, utc_offset: int = 0) -> "Period":
        """One of :data:`PERIODS` (``24h``, ``7d``, ``30d``), ending ``now``."""
        if name not in PERIODS:
            raise ValidationError(f"expected one of: {', '.join(PERIODS)}", field="period")
        until = int(time.time()) if now is None else now
        return cls(until - PERIODS[name], until, _bucket_for(PERIODS[name]), utc_offset)

    @classmethod
    def between(cls, since: int, until: int, utc_offset: int = 0, bucket: str | None = None) -> "Period":
        """A custom period; its step follows its length unless given."""
        return cls(since, until, bucket or _bucket_for(until - since), utc_offset)

    @property
    def _size_shift(self) -> tuple[int, int]:
        size = BUCKETS[self.bucket]
        # epoch day 0 was a Thursday: three days on, weeks counted from 0 start on Mondays
        return size, self.utc_offset + (3 * DAY if self.bucket == "week" else 0)

    def bucket_of(self, moment: int) -> int:
        size, shift = self._size_shift
        return (moment + shift) // size

    def bucket_start(self, bucket: int) -> int:
        size, shift = self._size_shift
        return bucket * size - shift

    def buckets(self) -> list[int]:
        return list(range(self.bucket_of(self.since), self.bucket_of(self.until) + 1))


@dataclass(frozen=True)
class Step:
    """One step of the timeline: reports received and sent from ``start`` (epoch seconds) on."""

    start: int
    received: int = 0
    sent: int = 0


@dataclass(frozen=True)
class Count:
    received: int = 0
    sent: int = 0


@dataclass(frozen=True)
class CountryCount:
    """Reports concerning one country in the period, how many of those received are open, its shared threats."""

    received: int = 0
    sent: int = 0
    open: int = 0
    shared_threats: int = 0


@dataclass(frozen=True)
class QuietPartner:
    """A partner with no message for a while: ``last_heard`` is None if it never sent one."""

    peer_id: str
    name: str
    country: str
    last_heard: int | None


@dataclass(frozen=True)
class SharedThreat:
    """A threat several countries reported: what ties the reports, the countries, how many, first and last seen."""

    key: str
    countries: tuple[str, ...]
    reports: int
    first_seen: int
    last_seen: int
    kind: str = "indicator"


@dataclass(frozen=True)
class OverdueItem:
    """A report whose reporting clock ran out: which, what was due, and since when."""

    msg_id: str
    what: str
    due_at: int
    peer_id: str = ""


@dataclass(frozen=True)
class Figures:
    period: Period
    counted_at: int
    received: int
    sent: int
    open_incidents: int
    timeline: tuple[Step, ...]
    by_class: dict[str, Count]
    by_severity: dict[int, Count]
    by_country: dict[str, CountryCount]
    quiet_partners: tuple[QuietPartner, ...]
    shared_threats: tuple[SharedThreat, ...] = field(default=())
    overdue: tuple[OverdueItem, ...] = field(default=())

    def to_dict(self) -> dict:
        """The figures as JSON-ready values (what ``siaga stats --json`` prints)."""
        return {
            "period": asdict(self.period), "counted_at": self.counted_at,
            "totals": {"received": self.received, "sent": self.sent, "open_incidents": self.open_incidents},
            "timeline": [asdict(s) for s in self.timeline],
            "by_class": {k: asdict(v) for k, v in self.by_class.items()},
            "by_severity": {str(k): asdict(v) for k, v in self.by_severity.items()},
            "by_country": {k: asdict(v) for k, v in self.by_country.items()},
            "quiet_partners": [asdict(p) for p in self.quiet_partners],
            "shared_threats": [{**asdict(t), "countries": list(t.countries)} for t in self.shared_threats],
            "overdue": [asdict(o) for o in self.overdue],
        }


SharedThreatSource = Callable[[Period], Sequence[SharedThreat]]
OverdueSource = Callable[[int], Sequence[OverdueItem]]


@dataclass(frozen=True)
class _Sent:
    created_at: int
    code: str
    severity: int | None
    countries: tuple[str, ...]


class Stats:
    """Counts the station's reports for a period (see the module's text)."""

    def __init__(self, store: Store, directory: Directory, books: CodebookSet) -> None:
        self._store = store
        self._directory = directory
        self._books = books
        self._sent: list[_Sent] = []
        self._sent_seq = 0
        self._shared_threats: SharedThreatSource | None = None
        self._overdue: OverdueSource | None = None

    def plug(self, *, shared_threats: SharedThreatSource | None = None, overdue: OverdueSource | None = None) -> None:
        """Give the figures a source of shared threats and of overdue items (None leaves a source as it is)."""
        if shared_threats is not None:
            self._shared_threats = shared_threats
        if overdue is not None:
            self._overdue = overdue

    def _sent_reports(self) -> list[_Sent]:
        """This station's reports, from the outbox (each record opened once, then kept)."""
        for seq, created_at, record in sql.outbox_records_after(self._store, self._sent_seq):
            self._sent_seq = seq
            if record.get("type") in REPORT_TYPES:
                severity = record.get("severity")
                self._sent.append(_Sent(created_at, record.get("code", ""),
                                        severity if type(severity) is int else None,
                                        tuple(record.get("countries") or ())))
        return self._sent

    def _author_keys(self, peer_id: str) -> list[str]:
        """The public keys a peer's messages are signed with, as messages name their author (now and before)."""
        record = self._directory.record(peer_id)
        if record is None:
            return []
        keys = [record.card["sign_pk"], *(k["sign_pk"] for k in record.previous_keys or [])]
        return [b64e(b64d(k, "sign_pk", 32)) for k in keys]

    def quiet_partners(self, now: int, quiet_after: int = QUIET_AFTER) -> list[QuietPartner]:
        """Partners (not TAXII collections, not revoked) with no message since ``now - quiet_after``, quietest first."""
        peers = [p for p in self._directory.all() if not p.is_taxii and not p.revoked]
        keys = {p.id: self._author_keys(p.id) for p in peers}
        heard = sql.last_received_from(self._store, [k for ks in keys.values() for k in ks])
        out = []
        for peer in peers:
            last = max((heard[k] for k in keys[peer.id] if k in heard), default=None)
            if last is None or last < now - quiet_after:
                out.append(QuietPartner(peer.id, peer.card.name, peer.card.country, last))
        return sorted(out, key=lambda p: (p.last_heard or 0, p.name))

    def figures(self, period: Period, now: int | None = None, *, threats: bool = True) -> Figures:
        """The figures of ``period``; without ``threats``, the shared threats are left to :meth:`add_threats`
        (finding them over a long period takes longer than every count together)."""
        now = int(time.time()) if now is None else now
        book = self._books.current
        store, since, until = self._store, period.since, period.until
        size, shift = period._size_shift

        received_steps = sql.timeline(store, REPORT_TYPES, since, until, size, shift)
        sent = [s for s in self._sent_reports() if since <= s.created_at <= until]
        sent_steps: dict[int, int] = {}
        for s in sent:
            sent_steps[period.bucket_of(s.created_at)] = sent_steps.get(period.bucket_of(s.created_at), 0) + 1
        timeline = tuple(Step(period.bucket_start(b), received_steps.get(b, 0), sent_steps.get(b, 0))
                         for b in period.buckets())

        class_of = {code: cls["code"] for code, (cls, _) in book.classifications.items()}
        received_class: dict[str, int] = {}
        for code, n in sql.count_column(store, "code", class_of, since, until).items():
            received_class[class_of[str(code)]] = received_class.get(class_of[str(code)], 0) + n
        sent_class: dict[str, int] = {}
        for s in sent:
            if s.code in class_of:
                sent_class[class_of[s.code]] = sent_class.get(class_of[s.code], 0) + 1
        by_class = {c: Count(received_class.get(c, 0), sent_class.get(c, 0))
                    for c in dict.fromkeys(class_of.values()) if c in received_class or c in sent_class}

        levels = [e["level"] for e in book.entries("severity")]
        received_severity = sql.count_column(store, "severity", levels, since, until)
        sent_severity: dict[int, int] = {}
        for s in sent:
            if s.severity is not None:
                sent_severity[s.severity] = sent_severity.get(s.severity, 0) + 1
        by_severity = {lv: Count(received_severity.get(lv, 0), sent_severity.get(lv, 0)) for lv in levels
                       if lv in received_severity or lv in sent_severity}

        found = tuple(self._shared_threats(period)) if self._shared_threats and threats else ()
        overdue = tuple(self._overdue(now)) if self._overdue else ()
        countries = [e["code"] for e in book.entries("countries")]
        received_country = sql.count_countries(store, countries, since, until, CLOSED_STATUSES)
        sent_country: dict[str, int] = {}
        for s in sent:
            try:
                concerned = book.expand_countries(s.countries)
            except UnknownCodeError:  # a code of another codebook version
                concerned = {c for c in s.countries if book.has("countries", c)}
            for code in concerned:
                sent_country[code] = sent_country.get(code, 0) + 1
        threat_country = _by_country(found)
        by_country = {}
        for code in countries:
            total, still_open = received_country.get(code, (0, 0))
            if total or code in sent_country or code in threat_country:
                by_country[code] = CountryCount(total, sent_country.get(code, 0), still_open,
                                                threat_country.get(code, 0))

        received = sum(received_steps.values())
        closed = sql.count_closed(store, REPORT_TYPES, CLOSED_STATUSES, since, until)
        return Figures(period, now, received, len(sent), received - closed, timeline, by_class, by_severity,
                       by_country, tuple(self.quiet_partners(now)), found, overdue)

    def add_threats(self, figures: Figures) -> Figures:
        """``figures`` (counted without their shared threats) with them: the list and each country's count."""
        found = tuple(self._shared_threats(figures.period)) if self._shared_threats else ()
        by_country = {code: replace(c, shared_threats=0) for code, c in figures.by_country.items()}
        for code, n in _by_country(found).items():
            by_country[code] = replace(by_country.get(code, CountryCount()), shared_threats=n)
        by_country = {code: c for code, c in by_country.items() if c != CountryCount()}
        return replace(figures, shared_threats=found, by_country=by_country)


def _by_country(threats: Sequence[SharedThreat]) -> dict[str, int]:
    """How many of ``threats`` each country is part of."""
    out: dict[str, int] = {}
    for threat in threats:
        for code in set(threat.countries):
            out[code] = out.get(code, 0) + 1
    return out
