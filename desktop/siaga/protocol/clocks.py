"""Reporting clocks: which report is due how long after which event, and how soon partners acknowledge.

A *clock profile* (NIS2, CIRCIA, the ASEAN default, none) is data, in
``resources/codebook/clocks.json`` beside the codebook, with its labels in every
interface language. Profiles are a station's own rules of work: they never travel
in a message, so a station may follow NIS2 while its partner follows the ASEAN
default, and a new profile needs no new codebook release.

Everything here is a pure function of its arguments, the current time included:
tests run it under a fixed clock.
"""

from __future__ import annotations

import calendar
import functools
import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Iterable

from ..base.errors import CodebookError, UnknownCodeError
from ..base.languages import INTERFACE_LANGUAGES
from ..base.resources import resource_path

#: what may be due: a report of a kind, or an acknowledgement
DUE_KINDS = ("early-warning", "update", "final", "ack")
#: what a report's clock may start from
EVENTS = ("detection", "first-report", "notification", "ransom-payment")
#: the states of an incident
ON_TIME, DUE_SOON, OVERDUE, CLOSED = "on-time", "due-soon", "overdue", "closed"
STATES = (ON_TIME, DUE_SOON, OVERDUE, CLOSED)
#: how close a deadline is when it counts as due soon
SOON = timedelta(hours=2)
DEFAULT_PROFILE = "asean"
#: the reports that meet a rule for each kind (an update is also met by the final report)
_MEETS = {"early-warning": ("early-warning", "update", "final", "request-for-assistance"),
          "update": ("update", "final"), "final": ("final",)}


def add_months(moment: datetime, months: int) -> datetime:
    """``moment`` plus calendar months; a day past the month's end becomes its last day (31 Jan + 1 = 28/29 Feb)."""
    index = moment.month - 1 + months
    year, month = moment.year + index // 12, index % 12 + 1
    day = min(moment.day, calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day)


@dataclass(frozen=True)
class Rule:
    """A report of kind ``due`` is due ``hours`` (or calendar ``months``) after the event ``after``."""

    due: str
    after: str
    hours: int = 0
    months: int = 0

    def deadline(self, start: datetime) -> datetime:
        if not self.months:  # add_months(start, 0) is start: no calendar to consult
            return start + timedelta(hours=self.hours)
        return add_months(start, self.months) + timedelta(hours=self.hours)


@dataclass(frozen=True)
class Profile:
    code: str
    label: dict
    description: dict
    rules: tuple[Rule, ...]
    #: (lowest severity, hours), highest severity first: the first that applies is used
    acks: tuple[tuple[int, int], ...]

    def ack_hours(self, severity: Any) -> int | None:
        """How many hours partners have to acknowledge a report of ``severity`` (None: not timed)."""
        level = severity if isinstance(severity, int) and not isinstance(severity, bool) else 0
        for lowest, hours in self.acks:
            if level >= lowest:
                return hours
        return None

    def ack_deadline(self, severity: Any, sent_at: datetime) -> datetime | None:
        hours = self.ack_hours(severity)
        return None if hours is None else sent_at + timedelta(hours=hours)

    def text(self, lang: str = "en") -> str:
        return self.label.get(lang) or self.label["en"]


@dataclass(frozen=True)
class Due:
    """One thing due: a report (``who`` empty) or an acknowledgement by ``who`` of the message ``ref``."""

    what: str
    at: datetime
    who: str = ""
    ref: str = ""
    met_at: datetime | None = None

    @property
    def met(self) -> bool:
        return self.met_at is not None

    @property
    def late(self) -> bool:
        return self.met_at is not None and self.met_at > self.at

    def state(self, now: datetime) -> str:
        """on-time, due-soon or overdue while unmet; a met one is on time (or overdue, when it was late)."""
        if self.met_at is not None:
            return OVERDUE if self.late else ON_TIME
        return state_at(self.at, now)


def state_at(deadline: datetime | None, now: datetime) -> str:
    if deadline is None:
        return ON_TIME
    if now > deadline:
        return OVERDUE
    return DUE_SOON if deadline - now <= SOON else ON_TIME


def report_dues(profile: Profile, events: dict[str, datetime], reports: Iterable[tuple[str, datetime]]) -> list[Due]:
    """The reports due under ``profile``: one per rule whose starting event happened.

    ``events``: when each event happened (absent: not yet). ``reports``: (type, reported at)
    of the reports filed in the incident. A rule is met by the first report of its kind
    filed at or after its event.
    """
    filed = sorted(reports, key=lambda r: r[1])
    out = []
    for rule in profile.rules:
        start = events.get(rule.after)
        if start is None:
            continue
        met = next((at for kind, at in filed if kind in _MEETS[rule.due]
                    and (rule.due == "early-warning" or at >= start)), None)
        out.append(Due(rule.due, rule.deadline(start), met_at=met))
    return out


def next_due(dues: Iterable[Due]) -> Due | None:
    """The earliest deadline not met yet."""
    return min((d for d in dues if not d.met), key=lambda d: (d.at, d.what, d.who), default=None)


class ClockBook:
    """The clock profiles, loaded and checked, with the labels of what is due and of the events."""

    def __init__(self, data: Any, source: str = "clocks.json") -> None:
        def fail(where: str, detail: str) -> CodebookError:
            return CodebookError(detail, where=f"{source} {where}")

        if not isinstance(data, dict) or data.get("format") != 1:
            raise fail("format", "expected format 1")
        self.version = str(data.get("version", ""))
        self.due_labels = self._labels(data.get("due"), DUE_KINDS, "due", fail)
        self.event_labels = self._labels(data.get("events"), EVENTS, "events", fail)
        self.profiles: dict[str, Profile] = {}
        for i, entry in enumerate(data.get("profiles") or []):
            where = f"profiles[{i}]"
            if not isinstance(entry, dict) or not isinstance(entry.get("code"), str):
                raise fail(where, "expected an object with a code")
            for key in ("label", "description"):
                self._check_text(entry.get(key), f"{where}.{key}", fail)
            rules = []
            for j, rule in enumerate(entry.get("reports") or []):
                if (not isinstance(rule, dict) or rule.get("due") not in _MEETS or rule.get("after") not in EVENTS
                        or not all(isinstance(rule.get(k, 0), int) and rule.get(k, 0) >= 0
                                   for k in ("hours", "months"))
                        or not (rule.get("hours") or rule.get("months"))):
                    raise fail(f"{where}.reports[{j}]", "expected due, after and hours or months")
                rules.append(Rule(rule["due"], rule["after"], rule.get("hours", 0), rule.get("months", 0)))
            acks = []
            for j, ack in enumerate(entry.get("acks") or []):
                if not isinstance(ack, dict) or not all(isinstance(ack.get(k), int) for k in ("min_severity", "hours")):
                    raise fail(f"{where}.acks[{j}]", "expected min_severity and hours")
                acks.append((ack["min_severity"], ack["hours"]))
            acks.sort(reverse=True)
            self.profiles[entry["code"]] = Profile(entry["code"], entry["label"], entry["description"],
                                                   tuple(rules), tuple(acks))
        if DEFAULT_PROFILE not in self.profiles or "none" not in self.profiles:
            raise fail("profiles", f"the profiles {DEFAULT_PROFILE!r} and 'none' are required")

    @staticmethod
    def _check_text(value: Any, where: str, fail: Any) -> None:
        if not isinstance(value, dict) or not all(isinstance(value.get(lang), str) and value[lang].strip()
                                                  for lang in INTERFACE_LANGUAGES):
            raise fail(where, "missing translation")

    def _labels(self, value: Any, keys: tuple[str, ...], where: str, fail: Any) -> dict[str, dict]:
        if not isinstance(value, dict) or set(value) != set(keys):
            raise fail(where, f"expected exactly: {', '.join(keys)}")
        for key in keys:
            self._check_text((value[key] or {}).get("label"), f"{where}.{key}.label", fail)
        return {key: value[key]["label"] for key in keys}

    def codes(self) -> list[str]:
        return list(self.profiles)

    def get(self, code: Any) -> Profile:
        if not isinstance(code, str) or code not in self.profiles:
            raise UnknownCodeError(kind="clock profile", value=code)
        return self.profiles[code]

    def due_label(self, what: str, lang: str = "en") -> str:
        labels = self.due_labels.get(what, {})
        return labels.get(lang) or labels.get("en", what)

    def event_label(self, event: str, lang: str = "en") -> str:
        labels = self.event_labels.get(event, {})
        return labels.get(lang) or labels.get("en", event)


@functools.lru_cache(maxsize=1)
def clockbook() -> ClockBook:
    path = resource_path("codebook", "clocks.json")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise CodebookError(str(exc), where=path.name) from None
    return ClockBook(data, path.name)
