"""Filing an update or a final report: a draft that continues one of this station's incidents.

The draft names the incident by any of its messages (``updates`` or ``in_reply_to``);
the report it makes names the incident's first report in ``in_reply_to``. Every
report field the draft leaves out is the latest report's, so the officer writes only
what changed; the recipients are, unless the draft names others, everyone who had a
report of the incident. Only this station's own, open incidents can be continued.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from ..base.errors import InputError, NotFound, Reason, UnknownCodeError, ValidationError
from ..protocol import clocks
from ..protocol.incident import CONTINUING_TYPES
from ..protocol.message import CLOCK_SKEW, format_time, parse_time, utc_now

if TYPE_CHECKING:
    from .facade import Station

#: the fields of a report that an update keeps from the latest report when it leaves them out
REPORT_FIELDS = ("code", "severity", "tlp", "pap", "scope", "countries", "observed_at", "summary", "narrative",
                 "indicators", "observations", "sectors", "impact")
#: report types that may continue an incident
TYPES = (*CONTINUING_TYPES, "request-for-assistance")


def local_fields(draft: Any, now: datetime | None = None) -> dict:
    """What the outbox keeps beside a report and never sends: its clock profile, when a ransom was paid
    (not after ``now``, the current time by default)."""
    if not isinstance(draft, dict):
        return {}
    out = {}
    if draft.get("clock") not in (None, ""):
        try:
            out["clock"] = clocks.clockbook().get(draft["clock"]).code
        except UnknownCodeError:
            value, choices = str(draft["clock"])[:40], ", ".join(clocks.clockbook().codes())
            raise ValidationError(Reason("unknown-clock", f"unknown reporting clock {value!r} (one of: {choices})",
                                         value=value, choices=choices), field="clock") from None
    if draft.get("ransom_paid_at") not in (None, ""):
        paid = parse_time(draft["ransom_paid_at"], "ransom_paid_at")
        if paid > (now or utc_now()) + CLOCK_SKEW:
            raise ValidationError(Reason("in-future", "lies in the future"), field="ransom_paid_at")
        out["ransom_paid_at"] = format_time(paid)
    return out


def _message_id(station: "Station", ref: Any) -> str:
    if not isinstance(ref, str) or not ref.strip():
        raise ValidationError("expected the id of a report of the incident", field="updates")
    try:
        return station.resolve_outbox_id(ref)
    except NotFound:
        try:
            station.resolve_inbox_id(ref)
        except NotFound:
            raise NotFound(kind="report of this station", value=ref.strip()) from None
        raise InputError(Reason("not-own-incident", "this incident was started by another station: only its"
                                " author can file updates to it; acknowledge it, or file a new report")) from None


def latest_report(station: "Station", ref: str) -> tuple[Any, dict]:
    """(the thread, the content of its latest report) of one of this station's open incidents."""
    thread = station.incidents.own_thread(_message_id(station, ref))
    latest = thread.latest
    if latest is None:  # pragma: no cover - an own thread always has its first report
        raise NotFound(kind="incident", value=ref)
    return thread, station.read_outbox(latest.id).content


def continue_incident(station: "Station", draft: dict) -> dict:
    """The full draft of an update or final report: the draft's fields over the latest report's."""
    ref = draft.get("updates") or draft.get("in_reply_to")
    thread, base = latest_report(station, ref)
    kind = draft.get("type") or "update"
    if kind not in TYPES:
        raise ValidationError(Reason("continuing-type", "a report that continues an incident is an update or a"
                                     " final report (or a request for assistance)", types=", ".join(TYPES)),
                              field="type")
    if draft.get("clock") not in (None, "", thread.profile):
        raise ValidationError(Reason("clock-of-incident", "an incident keeps the reporting clock its first report"
                                     f" named ({thread.profile}): leave the clock out of an update",
                                     profile=thread.profile), field="clock")
    merged = {key: base[key] for key in REPORT_FIELDS if key in base}
    merged.update({k: v for k, v in draft.items() if k not in ("updates", "in_reply_to")})
    merged["type"] = kind
    merged["in_reply_to"] = thread.root
    if "to" not in draft:
        peers: list[str] = []
        for report in thread.reports:
            peers.extend(p for p in station.store.recipients(report.id) if p not in peers)
        if peers:
            merged["to"] = peers
    if "clock" not in draft and thread.profile != station.incidents.default_profile():
        merged["clock"] = thread.profile
    return merged


def update_draft(station: "Station", ref: str, kind: str = "update") -> tuple[dict, dict]:
    """(the draft of an update or final report pre-filled from the latest report, that report's content).

    For the guided form: the officer edits only what changed, and the review shows it.
    """
    draft = continue_incident(station, {"updates": ref, "type": kind})
    _, previous = latest_report(station, ref)
    return draft, previous
