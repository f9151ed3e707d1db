"""Shared threats: reports from different countries that share an indicator, or an incident code in a sector.

The station's ``correlation`` service (``station.correlation``). Every report this
station files or receives is indexed by its correlation keys as it is stored
(:mod:`siaga.protocol.correlation_keys`, kept as blind indexes by
:mod:`siaga.storage.correlation_index`). From that index:

- :meth:`Correlation.shared_threats` lists the *shared threats* of a period: for each
  key, the reports holding it are taken in time order, and a report joins the group
  of the one before it when it was seen within the window of it (default 7 days, the
  setting ``correlation_window_days``); a group from at least two countries is a shared
  threat. Groups tied by indicators that have a report in common are one threat (a
  domain, its URL and its address reported together); a group tied only by an
  incident code in a sector joins a threat only when it holds the same reports. An
  address inside a reported network meets that network (``203.0.113.7`` and
  ``203.0.113.0/24``, by the network's range keys and the address's probe keys); two
  addresses of one network do not meet unless a report names the network.
- :meth:`Correlation.matches` says, of a report not yet filed, which reports held
  already share a key with it within the window (the form's review).
- :meth:`Correlation.seen_by` says the same of reports held (the inbox row, the details).

Everything returned is a plain frozen dataclass with ``to_dict()`` for JSON.
"""

from __future__ import annotations

import ipaddress
import logging
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Callable, Iterable

from ..base.errors import ValidationError
from ..protocol.correlation_keys import key_label, origin, probe_keys, report_keys, report_time
from ..storage import correlation_index as cix
from ..storage.store import CORRELATION_BACKFILL, Store

log = logging.getLogger("siaga.correlation")

WINDOW_SETTING = "correlation_window_days"
DEFAULT_WINDOW_DAYS = 7
MAX_WINDOW_DAYS = 365
DAY = 86400
#: reports read per key for a match (the counts are exact; the list names the nearest in time)
MATCH_LIMIT = 50
#: keys of one report looked at for the inbox row's count (SQLite's limit on parameters is far above)
_MAX_KEYS = 500
#: the period shared_threats looks at when no start is given
DEFAULT_PERIOD_DAYS = 30


def _iso(moment: int) -> str:
    return datetime.fromtimestamp(moment, timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(frozen=True)
class Tie:
    """What ties reports together: an indicator (``kind`` ``indicator``) or an incident code in a sector."""

    kind: str
    label: str

    def to_dict(self) -> dict:
        return {"kind": self.kind, "label": self.label}


@dataclass(frozen=True)
class ReportRef:
    """One report of a shared threat: its id, whether it was received (``in``) or filed here (``out``),
    the country it comes from (``ext:<source>`` for a partner's file without one) and when it was seen."""

    id: str
    box: str
    country: str
    seen_at: int

    def to_dict(self) -> dict:
        return {"id": self.id, "box": self.box, "country": self.country, "seen_at": _iso(self.seen_at)}


@dataclass(frozen=True)
class SharedThreat:
    ties: tuple[Tie, ...]
    countries: tuple[str, ...]
    reports: tuple[ReportRef, ...]
    first_seen: int
    last_seen: int

    def to_dict(self) -> dict:
        return {"ties": [t.to_dict() for t in self.ties], "countries": list(self.countries),
                "reports": [r.to_dict() for r in self.reports], "first_seen": _iso(self.first_seen),
                "last_seen": _iso(self.last_seen)}


@dataclass(frozen=True)
class Matches:
    """Reports held that share a key with one report within the window (the report itself left out)."""

    reports: tuple[ReportRef, ...] = ()
    countries: tuple[str, ...] = ()
    ties: tuple[Tie, ...] = ()
    count: int = 0
    #: every country among the report and its matches
    all_countries: tuple[str, ...] = field(default=())

    def __bool__(self) -> bool:
        return self.count > 0

    def to_dict(self) -> dict:
        return {"count": self.count, "countries": list(self.countries), "all_countries": list(self.all_countries),
                "ties": [t.to_dict() for t in self.ties], "reports": [r.to_dict() for r in self.reports]}


class _Groups:
    """Union-find over group numbers."""

    def __init__(self) -> None:
        self.parent: dict[int, int] = {}

    def find(self, item: int) -> int:
        self.parent.setdefault(item, item)
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def join(self, a: int, b: int) -> None:
        self.parent[self.find(a)] = self.find(b)


def _without_inner_networks(ties: set[Tie]) -> list[Tie]:
    """The ties in order (indicators first), less a network inside another one listed (a /22 reported
    by both is also tied by its /24s: the /22 says it)."""
    nets = []
    for tie in ties:
        if tie.kind == "indicator" and "/" in tie.label:
            try:
                nets.append(ipaddress.ip_network(tie.label))
            except ValueError:
                pass

    def inner(tie: Tie) -> bool:
        if tie.kind != "indicator" or "/" not in tie.label:
            return False
        try:
            net = ipaddress.ip_network(tie.label)
        except ValueError:
            return False
        return any(other != net and other.version == net.version and net.subnet_of(other) for other in nets)

    return sorted((t for t in ties if not inner(t)), key=lambda t: (t.kind != "indicator", t.label))


class Correlation:
    """The correlation index of one station, as the apps and the interop code use it."""

    def __init__(self, store: Store) -> None:
        self._store = store

    # -- the window setting --------------------------------------------------------

    @property
    def window_days(self) -> int:
        value = self._store.get_setting(WINDOW_SETTING, DEFAULT_WINDOW_DAYS)
        return value if isinstance(value, int) and 1 <= value <= MAX_WINDOW_DAYS else DEFAULT_WINDOW_DAYS

    def set_window_days(self, days: object) -> None:
        if isinstance(days, bool) or not isinstance(days, int) or not 1 <= days <= MAX_WINDOW_DAYS:
            raise ValidationError(f"expected a whole number of days from 1 to {MAX_WINDOW_DAYS}",
                                  field="correlation window")
        self._store.set_setting(WINDOW_SETTING, days)

    def _window(self, window: int | None) -> int:
        """The window in seconds (``window`` in days, or the setting)."""
        days = self.window_days if window is None else window
        if isinstance(days, bool) or not isinstance(days, int) or not 1 <= days <= MAX_WINDOW_DAYS:
            raise ValidationError(f"expected a whole number of days from 1 to {MAX_WINDOW_DAYS}", field="window")
        return days * DAY

    # -- shared threats ------------------------------------------------------------

    def shared_threats(self, since: int | None = None, window: int | None = None,
                       until: int | None = None) -> list[SharedThreat]:
        """The shared threats among reports seen from ``since`` to ``until`` (Unix seconds; by default the
        last 30 days up to now), newest last seen first. ``window``: in days (default: the setting)."""
        span = self._window(window)
        now = int(time.time())
        until = now + 600 if until is None else until  # a partner's clock may run a little ahead
        since = now - DEFAULT_PERIOD_DAYS * DAY if since is None else since
        # networks and the addresses inside them, by range key; a range key's own rows come from here only
        ranged = cix.range_key_rows(self._store.db, since, until)
        range_ixs = {r[0] for r in ranged}
        rows = [(*r, False) for r in cix.shared_key_rows(self._store.db, since, until) if r[0] not in range_ixs]
        clusters: list[tuple[bytes, list[tuple[int, str, bytes]]]] = []
        for group in (rows, ranged):
            current_key, current, last_at, probes_only, members = None, [], 0, True, set()
            for key_ix, at, msg_id, origin_ix, probe in group:
                if key_ix != current_key or at - last_at > span:
                    if current and not probes_only:
                        clusters.append((current_key, current))
                    current_key, current, probes_only, members = key_ix, [], True, set()
                if msg_id not in members:  # once, when a report holds a network and an address in it
                    members.add(msg_id)
                    current.append((at, msg_id, origin_ix))
                probes_only = probes_only and probe
                last_at = at
            if current and not probes_only:  # addresses alone, with no network named, do not meet
                clusters.append((current_key, current))
        clusters = [(k, members) for k, members in clusters if len({m[2] for m in members}) >= 2]
        if not clusters:
            return []
        labels = cix.key_labels(self._store.db, self._store.cipher, (k for k, _ in clusters))
        kinds = {ix: key_label(text)[0] for ix, text in labels.items()}
        groups = _Groups()
        by_report: dict[str, int] = {}
        for number, (key_ix, members) in enumerate(clusters):
            groups.find(number)
            if kinds.get(key_ix) != "indicator":
                continue
            for _, msg_id, _ in members:
                if msg_id in by_report:
                    groups.join(number, by_report[msg_id])
                else:
                    by_report[msg_id] = number
        merged: dict[int, list[int]] = {}
        for number in range(len(clusters)):
            merged.setdefault(groups.find(number), []).append(number)
        threats: dict[frozenset, list[int]] = {}
        for numbers in merged.values():
            reports = frozenset(m[1] for n in numbers for m in clusters[n][1])
            threats.setdefault(reports, []).extend(numbers)  # same reports, one threat (a code joins its indicator)
        # each report's time and origin come with its index rows; only the few origins are opened
        seen_at = {msg_id: (at, origin_ix) for _, members in clusters for at, msg_id, origin_ix in members}
        names = cix.origins(self._store.db, self._store.cipher, {o for _, o in seen_at.values()})
        own = cix.filed_here(self._store.db, seen_at)
        out = []
        for reports, numbers in threats.items():
            refs = sorted((ReportRef(m, cix.OUTBOX if m in own else cix.INBOX, names.get(seen_at[m][1], "?"),
                                     seen_at[m][0]) for m in reports), key=lambda r: (r.seen_at, r.id))
            ties = _without_inner_networks({self._tie(labels.get(clusters[n][0], "")) for n in numbers})
            countries = tuple(sorted({r.country for r in refs}))
            if len(countries) < 2:
                continue
            out.append(SharedThreat(tuple(ties), countries, tuple(refs), refs[0].seen_at, refs[-1].seen_at))
        out.sort(key=lambda t: (-t.last_seen, -len(t.countries), t.ties[0].label if t.ties else ""))
        return out

    @staticmethod
    def _tie(text: str) -> Tie:
        kind, label = key_label(text)
        return Tie(kind, label)

    # -- one report against everything held -------------------------------------------

    def matches(self, content: dict, exclude: Iterable[str] = ()) -> Matches:
        """Reports held that share a key with ``content`` (a report, filed or not) within the window."""
        keys = report_keys(content)
        probes = probe_keys(content)
        if not keys and not probes:
            return Matches()
        cipher = self._store.cipher
        ixs = {cix.key_index(cipher, k.text): k for k in keys}
        probe_ixs = {cix.key_index(cipher, k.text): k for k in probes}
        at = report_time(content) or int(time.time())
        return self._matches(ixs, at, origin(content), set(exclude), probe_ixs)

    def seen_by(self, msg_ids: list[str]) -> dict[str, Matches]:
        """For each of these reports held, the other reports that share a key with it within the window.

        Reports with no match (or not indexed: not a report) are left out.
        """
        out: dict[str, Matches] = {}
        if not msg_ids:
            return out
        keyed = cix.keys_of(self._store.db, msg_ids)
        if not keyed:
            return out
        info = cix.messages(self._store.db, self._store.cipher, keyed)
        probes = cix.probes_of(self._store.db, list(keyed))
        for msg_id, keys in keyed.items():
            if (not keys and msg_id not in probes) or msg_id not in info:
                continue
            found = self._matches({ix: None for ix, _ in keys}, info[msg_id][0], info[msg_id][2], {msg_id},
                                  {ix: None for ix in probes.get(msg_id, [])})
            if found:
                out[msg_id] = found
        return out

    def seen_countries(self, msg_ids: list[str]) -> dict[str, int]:
        """For each of these reports held, how many countries (its own included) reported one of its
        indicators, or its code in one of its sectors, within the window; only those seen by two or more."""
        span = self._window(None)
        out = {}
        keyed = cix.keys_of(self._store.db, msg_ids)
        probes = cix.probes_of(self._store.db, list(keyed))
        for msg_id, keys in keyed.items():
            if keys:  # an address is also a key of its own, so a report with probes has keys
                at = keys[0][1]
                count = cix.distinct_origins(self._store.db, [ix for ix, _ in keys][:_MAX_KEYS], at - span, at + span,
                                             probes.get(msg_id, [])[:_MAX_KEYS])
                if count >= 2:
                    out[msg_id] = count
        return out

    def _matches(self, ixs: dict, at: int, own_origin: str, exclude: set[str], probe_ixs: dict | None = None) -> Matches:
        span = self._window(None)
        db = self._store.db
        probe_ixs = probe_ixs or {}
        rows = [r for r in cix.rows_for_keys(db, list(ixs), at - span, at + span, MATCH_LIMIT, list(probe_ixs))
                if r[2] not in exclude]
        if not rows:
            return Matches()
        counts = cix.counts_for_keys(db, list(ixs), at - span, at + span, list(probe_ixs))
        # the report itself, when held, is counted under each of its own keys (not under its probe keys)
        total = max(n - (1 if exclude and ix in ixs else 0) for ix, n in counts.items())
        msgs = cix.messages(db, self._store.cipher, (r[2] for r in rows))
        refs = {r[2]: ReportRef(r[2], msgs[r[2]][1], msgs[r[2]][2], r[1]) for r in rows if r[2] in msgs}
        tied = {r[0] for r in rows}
        labels = {ix: key.text for ix, key in {**probe_ixs, **ixs}.items()
                  if key is not None and ix in tied}  # a new report's own
        labels.update(cix.key_labels(db, self._store.cipher, tied - set(labels)))
        ties = _without_inner_networks({self._tie(text) for text in labels.values()})
        countries = tuple(sorted({r.country for r in refs.values()}))
        return Matches(tuple(sorted(refs.values(), key=lambda r: (-r.seen_at, r.id))), countries, tuple(ties),
                       max(len(refs), total), tuple(sorted({*countries, own_origin})))

    # -- reports held before the index existed -------------------------------------------

    @property
    def backfill_pending(self) -> bool:
        row = self._store.db.execute("SELECT 1 FROM meta WHERE key = ?", [CORRELATION_BACKFILL]).fetchone()
        return bool(row)

    def backfill(self, inbox_content: Callable[[str], dict | None], outbox_content: Callable[[str], dict | None],
                 inbox_ids: list[str], outbox_ids: list[str], batch: int = 500) -> int:
        """Index the reports stored before the correlation index existed (once, after the upgrade).

        ``inbox_content`` and ``outbox_content`` open one message and give its content (None:
        not a report, or unreadable). Returns how many were indexed.
        """
        done = 0
        for box, ids, read in ((cix.INBOX, inbox_ids, inbox_content), (cix.OUTBOX, outbox_ids, outbox_content)):
            for start in range(0, len(ids), batch):
                items = []
                for msg_id in ids[start: start + batch]:
                    content = read(msg_id)
                    if content is not None:
                        items.append((msg_id, box, content))
                with self._store.transaction():
                    done += cix.index_reports(self._store.db, self._store.cipher, items)
        with self._store.transaction():
            self._store.db.execute("DELETE FROM meta WHERE key = ?", [CORRELATION_BACKFILL])
        log.info("correlation index: %d report(s) held before it indexed", done)
        return done

    def indexed_count(self) -> int:
        return cix.indexed_count(self._store.db)
