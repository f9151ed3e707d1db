"""Reports and sightings read from partners' files, as the inbox keeps them.

A report Siaga exported carries its author's signed payload; when it checks out and
the author is a peer, it is kept as that author's signed report (sealed again to this
station, so it opens like anything received), not as an external one. Sightings read
from a STIX bundle are kept as external sightings of the report they saw.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from ..base.encoding import canonical
from ..protocol.envelope import seal_payload
from ..protocol.message import SIGHTING_TYPE

if TYPE_CHECKING:
    from .facade import Station

#: what the inbox list shows of a report without opening it (as receiving stores it)
_SHOWN = ("code", "severity", "tlp", "pap", "scope", "countries", "summary", "observed_at", "in_reply_to")


def add_signed_copies(station: Station, reports: list[dict], source: str = "") -> int:
    """Keep verified reports (``id``, ``signed_payload``, ``content``, ``author_peer``); returns how many were new."""
    now = int(time.time())
    known = station.incoming.received_at([r["id"] for r in reports])
    rows = []
    for report in reports:
        if report["id"] in known:
            continue
        c = report["content"]
        sealed = seal_payload(report["id"], report["signed_payload"], [station.keys.box_pk])
        meta = {"author": c["author"], "author_peer": report["author_peer"], "via": "", "type": c["type"],
                "station": c["station"], "reported_at": c["reported_at"], "status": "new", "source": source,
                "imported": True,
                **{k: c[k] for k in _SHOWN if k in c}}
        rows.append({"id": report["id"], "received_at": now, "envelope": sealed.envelope, "peer_id": "",
                     "meta": meta, "content": c})
        known[report["id"]] = now
    station.incoming.add(rows)
    return len(rows)


def add_external_sightings(station: Station, sightings: list[dict], source: str = "") -> int:
    """Keep sightings read from a STIX bundle (``ident``, ``ref``, ``sighting``, ``source``, ``created``, ``raw``)."""
    now = int(time.time())
    known = station.incoming.received_at([s["ident"] for s in sightings])
    rows = []
    for s in sightings:
        if s["ident"] in known:
            continue
        who = {"name": s["source"], "org": "", "country": ""}
        meta = {"external": True, "source": source, "author": "external:" + s["source"], "author_peer": "",
                "via": "", "type": SIGHTING_TYPE, "station": who, "reported_at": s["created"], "status": "new",
                "in_reply_to": s["ref"], "sighting": s["sighting"],
                "content": {"type": SIGHTING_TYPE, "station": who, "reported_at": s["created"],
                            "in_reply_to": s["ref"], "sighting": s["sighting"], "stix_id": s["stix_id"]}}
        rows.append({"id": s["ident"], "received_at": now, "envelope": canonical(s["raw"]), "peer_id": "",
                     "meta": meta})
        known[s["ident"]] = now
    station.incoming.add(rows)
    return len(rows)
