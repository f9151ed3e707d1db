"""Sightings in other tools' formats: STIX 2.1 ``sighting`` objects and MISP attribute sightings.

Each sighting a partner sent of an exported report becomes, in STIX, one ``sighting``
per indicator it names (``sighting_of_ref`` the report's ``indicator``; the
``incident`` when it names none), with its count, first and last seen, and the
sighting station as an ``identity`` in ``where_sighted_refs``; in MISP, a sighting
(type 0) on each attribute it names, dated by when it was last seen.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timezone

from ..protocol.correlation_keys import indicator_keys
from . import stix

SIGHTING_NS = uuid.UUID("0b3c5a3e-6f1d-5c2a-8e4b-9d7f1a2c3e5d")


def _stamp(moment: str) -> str:
    return moment[:-1] + ".000Z" if moment.endswith("Z") and "." not in moment else moment


def _positions(content: dict, seen: tuple[dict, ...]) -> list[int]:
    """The positions, in the report's indicators, of the indicators a sighting names."""
    keys = {}
    for n, item in enumerate(content.get("indicators") or []):
        for key in indicator_keys(item.get("type", ""), item.get("value", ""))[:1]:
            keys.setdefault(key.text, n)
    out = []
    for item in seen:
        for key in indicator_keys(item.get("type", ""), item.get("value", ""))[:1]:
            if key.text in keys and keys[key.text] not in out:
                out.append(keys[key.text])
    return out


def stix_objects(station, items: list) -> list[dict]:
    """The sightings of the exported reports (``ExportItem``s), with the identities of those who saw them."""
    ids = [item.msg_id for item in items]
    counts = station.sighting_counts(ids)
    objects: list[dict] = []
    identities: dict[str, dict] = {}
    for item in items:
        if item.msg_id not in counts:
            continue
        marking = station.books.current.entry("tlp", item.content["tlp"])["stix_id"] if station.books.current.has(
            "tlp", item.content.get("tlp", "")) else None
        for seen in station.sightings(item.msg_id):
            who = stix.identity({"name": seen.name or "unknown", "org": seen.org or "-",
                                 "country": seen.country or "-"}, seen.author or seen.peer)
            identities.setdefault(who["id"], who)
            targets = [stix.stix_id("indicator", item.msg_id, str(n)) for n in _positions(item.content, seen.indicators)]
            for target in targets or [stix.stix_id("incident", item.msg_id)]:
                obj = {"type": "sighting", "spec_version": stix.SPEC,
                       "id": f"sighting--{uuid.uuid5(SIGHTING_NS, f'{seen.id}/{target}')}",
                       "created": _stamp(seen.reported_at), "modified": _stamp(seen.reported_at),
                       "created_by_ref": who["id"], "sighting_of_ref": target, "count": seen.count,
                       "first_seen": _stamp(seen.first_seen), "last_seen": _stamp(seen.last_seen),
                       "where_sighted_refs": [who["id"]]}
                if marking:
                    obj["object_marking_refs"] = [marking]
                objects.append(obj)
    return list(identities.values()) + objects


def misp_sightings(station, item, attribute_uuids: list[str]) -> dict[str, list[dict]]:
    """MISP sightings by attribute uuid (``attribute_uuids``: the uuid of each of the report's indicators)."""
    out: dict[str, list[dict]] = {}
    if not station.sighting_counts([item.msg_id]):
        return out
    for seen in station.sightings(item.msg_id):
        moment = datetime.strptime(seen.last_seen, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
        for n in _positions(item.content, seen.indicators) or range(len(attribute_uuids)):
            out.setdefault(attribute_uuids[n], []).append({
                "uuid": str(uuid.uuid5(SIGHTING_NS, f"{seen.id}/{n}")), "type": "0",
                "date_sighting": str(int(moment.timestamp())), "source": seen.name[:255],
                "Organisation": {"name": (seen.org or seen.name or "unknown")[:255]}})
    return out
