"""Acknowledgement clocks in the outbox: which partners are late to acknowledge this station's reports.

The incident's clock profile (:mod:`siaga.protocol.clocks`) says how soon partners
should acknowledge a report, by its severity (the ASEAN default: severity 4-5 within
2 hours, 3 within 24 hours). The clock of each recipient of one of this station's own
reports starts when the report was filed (its ``reported_at``, as in the incident's
thread) and stops at the partner's first acknowledgement. The profile is the one the
incident's first report named, or the station's default.

:meth:`AckClocks.attach` gives each delivery of an outbox row its ``ack_due``::

    {"at": deadline, "met_at": first acknowledgement or None, "late": bool, "state": ...}

``state`` is ``on-time``, ``due-soon`` or ``overdue`` while no acknowledgement came;
once one came, ``on-time``, or ``overdue`` when it came after the deadline (``late``).
Deliveries to TAXII collections, reports passed on for others and profiles that do not
time acknowledgements get none.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any, Callable, Iterable

from ..protocol import clocks
from ..protocol.message import REPORT_TYPES, format_time, parse_time
from ..storage.store import Store
from .incidents import Incidents

#: the key of a delivery's acknowledgement clock
KEY = "ack_due"


def _when(value: Any) -> datetime | None:
    """A time as this station writes it (``2026-11-24T08:30:00Z``); read quickly, as the outbox has many."""
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except (TypeError, ValueError):
        return parse_time(value, "time")
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=timezone.utc)


def is_overdue(due: dict | None) -> bool:
    """No acknowledgement yet, and its deadline passed."""
    return bool(due) and due["met_at"] is None and due["state"] == clocks.OVERDUE


def is_late(due: dict | None) -> bool:
    """An acknowledgement came, after its deadline."""
    return bool(due) and bool(due["late"])


def overdue_peers(deliveries: Iterable[dict]) -> list[str]:
    """The recipients of one report that have not acknowledged it and whose deadline passed."""
    return [d["peer"] for d in deliveries if is_overdue(d.get(KEY))]


def deadline_of(profile: clocks.Profile, record: dict) -> datetime | None:
    """When recipients should have acknowledged the report ``record`` (None: not timed)."""
    reported = _when(record.get("reported_at"))
    return profile.ack_deadline(record.get("severity"), reported) if reported else None


def ack_due(deadline: datetime, ack: dict | None, now: datetime, at: str | None = None) -> dict:
    """The acknowledgement clock of one recipient, given its acknowledgement (None: none yet).
    ``at``: the deadline as text, when the caller already wrote it."""
    met_at = (ack or {}).get("first_at") or (ack or {}).get("at") or None
    met = _when(met_at)
    if met is not None:
        late = met > deadline
        state = clocks.OVERDUE if late else clocks.ON_TIME
    else:
        late, state = False, clocks.state_at(deadline, now)
    return {"at": at or format_time(deadline), "met_at": met_at, "late": late, "state": state}


#: how many reports' deadlines are remembered between reads of the outbox
CACHE_SIZE = 100_000


class AckClocks:
    """Works out the acknowledgement clocks of the outbox's reports (see the module's description).

    A report's deadline never changes once it is filed (its time, severity and incident's
    profile are fixed), unless the station's default profile changes: each one is worked out
    once and remembered, so reading the outbox again (the app does after every sync pass)
    costs only the recipients' states.
    """

    def __init__(self, store: Store, incidents: Incidents, taxii_peers: Callable[[], set[str]]) -> None:
        self._store = store
        self._incidents = incidents
        self._taxii_peers = taxii_peers
        self._deadlines: dict[str, tuple[datetime, str] | None] = {}  # message id -> (deadline, as text)
        self._default = ""  # the default profile the remembered deadlines were worked out under

    def attach(self, deliveries: dict[str, list[dict]], records: dict[str, dict] | None = None,
               now: datetime | None = None) -> None:
        """Give each delivery in ``deliveries`` (message id -> its deliveries, each with the recipient's
        ``ack`` if any, as the outbox reads them) its acknowledgement clock. ``records``: the outbox records
        of those messages when the caller has them (read otherwise, for those not seen before)."""
        now = now or datetime.now(timezone.utc)
        ids = [m for m, ds in deliveries.items() if ds]
        if not ids:
            return
        default = self._incidents.default_profile()
        if default != self._default or len(self._deadlines) > CACHE_SIZE:
            self._deadlines, self._default = {}, default
        new = [m for m in ids if m not in self._deadlines]
        if new:
            self._work_out(new, records or {})
        taxii = self._taxii_peers()
        for msg_id in ids:
            known = self._deadlines.get(msg_id)
            if known is None:
                continue
            deadline, at = known
            waiting = None  # one clock for every recipient that has not acknowledged yet (they are alike)
            for delivery in deliveries[msg_id]:
                if delivery["peer"] in taxii:
                    continue
                if delivery.get("ack"):
                    delivery[KEY] = ack_due(deadline, delivery["ack"], now, at)
                else:
                    waiting = waiting or ack_due(deadline, None, now, at)
                    delivery[KEY] = waiting

    def forget(self) -> None:
        """Forget the remembered deadlines (they are worked out again when next needed)."""
        self._deadlines = {}

    def _work_out(self, ids: list[str], given: dict[str, dict]) -> None:
        records = {m: given[m] for m in ids if m in given}
        missing = [m for m in ids if m not in records]
        if missing:
            records.update(self._store.outbox_secrets(missing))
        profiles = self._profiles(records, ids)
        for msg_id in ids:
            record, profile = records.get(msg_id), profiles.get(msg_id)
            deadline = deadline_of(profile, record) if record is not None and profile is not None else None
            self._deadlines[msg_id] = (deadline, format_time(deadline)) if deadline is not None else None

    def _profiles(self, records: dict[str, dict], ids: list[str]) -> dict[str, clocks.Profile]:
        """The clock profile of each own report among ``ids``: its incident's first report's, or the default."""
        book = self._incidents.book
        default = book.get(self._incidents.default_profile())
        own = {m: records[m] for m in ids if m in records and records[m].get("type") in REPORT_TYPES
               and not records[m].get("forwarded_from") and not records[m].get("relay_for")}
        roots = {m: (r.get("in_reply_to") or m) for m, r in own.items()}
        unknown = [root for root in set(roots.values()) if root not in records]
        found = {**records, **(self._store.outbox_secrets(unknown) if unknown else {})}
        out = {}
        for msg_id, root in roots.items():
            named = (found.get(root) or {}).get("clock")
            out[msg_id] = book.profiles.get(named, default) if named else default
        return out
