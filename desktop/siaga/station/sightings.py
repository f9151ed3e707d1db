"""Sightings: "we see this too", sent to a report's author, and counted at the author's station.

A sighting (``protocol/message.py``, type ``sighting``) names the report it saw
(``in_reply_to``), which of its indicators were seen here, how many times, when first
and last, and in which sectors. It is signed, encrypted and delivered like every
message, to the report's author only. The author's station counts, for each of its
reports, the partners that saw it (:func:`sightings_of`).

**An incident.** A sighting may also be of a whole incident (§19 of PROTOCOL.md): it then
names the incident's reference, its first report (the *root*), and may name any
indicator of any of its reports. Nothing new travels: the author's station counts, for
an incident, the partners that sent a sighting of any of its reports
(:func:`incident_sightings`).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..base.errors import InputError, NotFound, Reason
from ..protocol.correlation_keys import indicator_keys, value_keys
from ..protocol.incident import SELF
from ..protocol.message import REPORT_TYPES, SIGHTING_TYPE, build_sighting

if TYPE_CHECKING:
    from .facade import Station

log = logging.getLogger("siaga.sightings")


@dataclass(frozen=True)
class Sighting:
    """One partner's sighting of a report."""

    id: str
    peer: str
    name: str
    country: str
    count: int
    first_seen: str
    last_seen: str
    indicators: tuple[dict, ...]
    sectors: tuple[str, ...]
    reported_at: str
    #: the sighting station's signing key (base64), or ``external:<source>`` for one read from a STIX file
    author: str = ""
    org: str = ""

    def to_dict(self) -> dict:
        return {"id": self.id, "peer": self.peer, "name": self.name, "country": self.country, "count": self.count,
                "first_seen": self.first_seen, "last_seen": self.last_seen, "indicators": list(self.indicators),
                "sectors": list(self.sectors), "reported_at": self.reported_at}


def send_sighting(station: Station, ref: str, *, indicators: list[str] | None = None, count: int = 1,
                  first_seen: str | None = None, last_seen: str | None = None,
                  sectors: list[str] | None = None, incident: bool = False) -> str:
    """Tell the author of received report ``ref`` that it was seen here too; returns the sighting's id.

    ``indicators``: values of the report's indicators seen here (all of them when None or
    empty; a value the report does not hold is refused). Defanged spellings match.
    ``incident``: a sighting of the whole incident ``ref`` belongs to: it names the incident's
    first report, and ``indicators`` may be those of any of its reports.
    """
    msg_id = station.resolve_inbox_id(ref)
    held: list[dict] | None = None
    if incident:
        msg_id, held = _incident_target(station, msg_id)
    _, meta, _, _ = station.store.inbox_message(msg_id)
    if meta.get("external"):
        raise InputError("an external (STIX) report has no Siaga author to send a sighting to")
    if meta.get("type") not in REPORT_TYPES:
        raise InputError(Reason("sight-a-report", "only a report can be sighted"))
    author = station.peer_by_key(meta["author"])
    if author is None or author.revoked:
        raise InputError("the author of this report is no longer a peer; cannot send a sighting")
    if held is None:
        held = station.read_inbox(msg_id)["content"].get("indicators") or []
    chosen = _chosen(held, indicators or [])
    draft: dict[str, Any] = {"indicators": chosen, "count": count, "sectors": sectors or []}
    if first_seen:
        draft["first_seen"] = first_seen
    if last_seen:
        draft["last_seen"] = last_seen
    content = build_sighting(msg_id, draft, station.info, station.books.current)
    sight_id = station.queue_content(content, [author])
    meta.setdefault("sightings_sent", []).append({"id": sight_id, "at": content["reported_at"],
                                                  "count": content["sighting"]["count"]})
    station.store.update_inbox_meta(msg_id, meta)
    log.info("sighting of %s sent to %s", msg_id[:12], author.id)
    return sight_id


def _incident_target(station: Station, msg_id: str) -> tuple[str, list[dict]]:
    """The first report of the incident of received message ``msg_id``, and every indicator of its reports."""
    thread = station.incidents.thread(msg_id)
    if thread.author == SELF:
        raise InputError(Reason("own-incident-sighting", "this incident is this station's own: a sighting tells"
                                " another station that its incident was seen here too"))
    if not thread.root_known or not station.store.inbox_received_at([thread.root]):
        raise InputError(Reason("incident-root-missing", "the first report of this incident has not arrived"
                                " yet: send the sighting for the report itself, without the incident"))
    held: list[dict] = []
    for entry in thread.reports:
        for item in station.read_inbox(entry.id)["content"].get("indicators") or []:
            if item not in held:
                held.append(item)
    return thread.root, held


def _chosen(held: list[dict], wanted: list[str]) -> list[dict]:
    if not wanted:
        return list(held)
    by_key = {}
    for item in held:
        for key in indicator_keys(item["type"], item["value"])[:1]:
            by_key[key.text] = item
    out = []
    for value in wanted:
        keys = value_keys(value) if isinstance(value, str) else []
        match = next((by_key[k.text] for k in keys if k.text in by_key), None)
        if match is None:
            raise InputError(Reason("not-in-report", f"the report holds no indicator {value!r}", value=value))
        if match not in out:
            out.append(match)
    return out


def sightings_of(station: Station, msg_id: str) -> list[Sighting]:
    """Partners' sightings of one of this station's reports, oldest first."""
    out = []
    for reply in station.store.replies_to(msg_id):
        if reply.get("type") != SIGHTING_TYPE or "sighting" not in reply:
            continue
        s = reply["sighting"]
        peer = reply.get("author_peer", "")
        name = station.directory.name(peer) if peer else (reply.get("station") or {}).get("name", "")
        out.append(Sighting(reply["id"], peer or reply.get("author", ""), name,
                            (reply.get("station") or {}).get("country", ""), s["count"], s["first_seen"],
                            s["last_seen"], tuple(s["indicators"]), tuple(s["sectors"]), reply["reported_at"],
                            reply.get("author", ""), (reply.get("station") or {}).get("org", "")))
    return out


def incident_sightings(station: Station, msg_id: str) -> list[Sighting]:
    """Partners' sightings of any report of the incident message ``msg_id`` belongs to, oldest first."""
    thread = station.incidents.thread(msg_id)
    ids = list(dict.fromkeys([thread.root, *(e.id for e in thread.reports)]))
    found = [s for report in ids for s in sightings_of(station, report)]
    return sorted(found, key=lambda s: (s.reported_at, s.id))


def incident_seen_by(station: Station, msg_id: str) -> int:
    """How many partners sent a sighting of any report of the incident of ``msg_id`` (0 if it has none)."""
    try:
        return len({s.peer for s in incident_sightings(station, msg_id)})
    except NotFound:
        return 0


def sighting_choices(station: Station, ref: str) -> dict:
    """What "Seen here too" offers for received report ``ref``: its indicators, and when it belongs to
    another station's incident of several reports whose first report is held, the incident's indicators
    (``incident``: ``{"root", "reports", "indicators"}``, else None)."""
    msg_id = station.resolve_inbox_id(ref)
    indicators = station.read_inbox(msg_id)["content"].get("indicators") or []
    try:
        root, held = _incident_target(station, msg_id)
        reports = len(station.incidents.thread(msg_id).reports)
    except (InputError, NotFound):
        return {"indicators": indicators, "incident": None}
    return {"indicators": indicators,
            "incident": {"root": root, "reports": reports, "indicators": held} if reports > 1 else None}


def sighting_counts(station: Station, msg_ids: list[str]) -> dict[str, int]:
    """For each of these reports, how many partners sent a sighting of it (reports without are left out)."""
    out = {}
    for msg_id, replies in station.store.replies_to_each(msg_ids).items():
        partners = {r.get("author_peer") or r.get("author") for r in replies if r.get("type") == SIGHTING_TYPE}
        if partners:
            out[msg_id] = len(partners)
    return out
