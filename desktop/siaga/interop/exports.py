"""Exporting reports to the formats CSIRTs already run: STIX 2.1 bundles and MISP events.

:func:`collect` gathers the reports to export (from the outbox and the inbox, with
the author's signed payload where there is one); :func:`stix_bundle` and
:func:`misp_events` turn them into documents. Progress is reported per report.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Callable

from ..base.errors import InputError, NotFound, Reason, ValidationError
from ..protocol.message import REPORT_TYPES, parse_time
from ..protocol.text_rules import printable
from ..storage import audit
from . import sighting_export, stix

log = logging.getLogger("siaga.exports")

MISP_NS = uuid.UUID("2b6f0d0c-7d1e-5d36-9a7b-6f4b8a1f5c11")
#: indicator type -> (MISP attribute type, category)
MISP_TYPES = {
    "ipv4-addr": ("ip-dst", "Network activity"), "ipv6-addr": ("ip-dst", "Network activity"),
    "domain-name": ("domain", "Network activity"), "url": ("url", "Network activity"),
    "email-addr": ("email-src", "Payload delivery"), "md5": ("md5", "Payload delivery"),
    "sha1": ("sha1", "Payload delivery"), "sha256": ("sha256", "Payload delivery"),
    "sha512": ("sha512", "Payload delivery"), "stix-pattern": ("stix2-pattern", "Other"),
}
#: NCISS severity -> MISP threat level (1 high, 2 medium, 3 low, 4 undefined)
THREAT_LEVEL = {5: 1, 4: 1, 3: 2, 2: 2, 1: 3, 0: 4}
#: TLP -> MISP distribution (0 own organisation, 1 this community, 3 all communities)
DISTRIBUTION = {"TLP:CLEAR": 3, "TLP:GREEN": 1, "TLP:AMBER": 0, "TLP:AMBER+STRICT": 0, "TLP:RED": 0}
ANALYSIS = {"new": 0, "received": 0, "investigating": 1, "resolved": 2, "false-positive": 2}


@dataclass
class ExportItem:
    msg_id: str
    content: dict
    signed_payload: bytes | None  # None for external reports (no Siaga signature)
    status: str  # new, received, investigating, resolved, false-positive


def collect(station, refs: list[str] | None, progress: Callable[[int, int], None] | None = None) -> list[ExportItem]:
    """The reports named by ``refs`` (id prefixes, outbox or inbox), or every report when ``refs`` is None."""
    if refs is None:
        out_ids = station.outgoing.ids()
        in_ids = station.incoming.ids()
    else:
        if not refs:
            raise InputError("name the reports to export, or use --all")
        out_ids, in_ids = [], []
        for ref in refs:
            ref = ref.strip().lower()
            found = station.outgoing.ids_with_prefix(ref) if len(ref) >= 4 else []
            if len(found) == 1:
                out_ids.append(found[0])
                continue
            found = station.incoming.ids_with_prefix(ref) if len(ref) >= 4 else []
            if len(found) != 1:
                raise NotFound(kind="report", value=ref) if not found else InputError(f"id {ref!r} is ambiguous")
            in_ids.append(found[0])
    total = len(out_ids) + len(in_ids)
    items: list[ExportItem] = []
    secrets = station.outgoing.secrets(out_ids)
    acks = _latest_acks(station)
    done = 0
    for msg_id in out_ids:
        done += 1
        if secrets[msg_id].get("type") not in REPORT_TYPES:
            continue
        opened = station.read_outbox(msg_id)
        items.append(ExportItem(msg_id, opened.content, opened.signed_payload, acks.get(msg_id, "new")))
        if progress and done % 100 == 0:
            progress(done, total)
    for msg_id in in_ids:
        done += 1
        envelope, meta, _, _ = station.incoming.message(msg_id)
        if meta.get("type") not in REPORT_TYPES:
            continue
        if meta.get("external"):
            items.append(ExportItem(msg_id, meta["content"], None, meta.get("status", "new")))
        else:
            opened = station.open_envelope(envelope)
            items.append(ExportItem(msg_id, opened.content, opened.signed_payload, meta.get("status", "new")))
        if progress and done % 100 == 0:
            progress(done, total)
    if progress:
        progress(total, total)
    if refs is not None and not items:
        raise InputError("none of those messages is a report (acknowledgements and pings are not exported)")
    # recorded when the reports are read out for an export, before the file is written
    station.record(audit.event("export", selection="all" if refs is None else "named",
                                     **audit.ids([item.msg_id for item in items])))
    return items


def _latest_acks(station) -> dict[str, str]:
    """The most recent acknowledgement status of each message, whoever sent it."""
    return {ref: max(by_peer.values(), key=lambda a: a["at"])["status"]
            for ref, by_peer in station.latest_acks().items()}


def stix_bundle(station, items: list[ExportItem]) -> dict:
    reports = []
    for item in items:
        content = item.content
        if "author" not in content:  # an external report: its author is the STIX source, not a station
            station_info = {"name": content["station"]["name"], "org": content["station"].get("org") or "external",
                            "country": content["station"].get("country") or "-"}
            content = {**content, "author": "external-" + item.msg_id[:16], "station": station_info}
        reports.append((item.msg_id, content, item.signed_payload, item.status))
    document = stix.bundle(station.books, reports)
    document["objects"].extend(sighting_export.stix_objects(station, items))
    return document


def _moment(item: ExportItem, key: str) -> datetime:
    """A time of the report; one that is not a date and time (kept by an older import) is refused, naming it."""
    value = item.content.get(key)
    try:
        return parse_time(value, key)
    except (ValidationError, OverflowError):
        shown = printable(str(value)[:40])
        raise ValidationError(Reason("export-time", f"report {item.msg_id[:16]} has {key} {shown!r}, not a date"
                                     " and time; leave it out of the export", id=item.msg_id[:16], value=shown),
                              field=key) from None


def misp_event(item: ExportItem) -> dict:
    c = item.content
    cls, _, kind = c["code"].partition(":")[2].partition("/")
    event_uuid = str(uuid.uuid5(MISP_NS, item.msg_id))
    attributes = []
    for n, ind in enumerate(c.get("indicators", [])):
        kind_misp, category = MISP_TYPES.get(ind["type"], ("text", "Other"))
        attributes.append({"uuid": str(uuid.uuid5(MISP_NS, f"{item.msg_id}/{n}")), "type": kind_misp,
                           "category": category, "value": ind["value"], "to_ids": kind_misp not in ("text",
                                                                                                      "stix2-pattern"),
                           "comment": f"Siaga {ind['type']}"})
    attributes.append({"uuid": str(uuid.uuid5(MISP_NS, f"{item.msg_id}/id")), "type": "text", "category": "Other",
                       "value": item.msg_id, "to_ids": False, "comment": "Siaga message id"})
    tags = [f'rsit:{cls}="{kind}"', c["tlp"].lower(), c.get("pap", "PAP:AMBER"),
            f'siaga:severity="{c["severity"]}"', f'siaga:codebook="{c.get("codebook", "")}"',
            f'siaga:message-type="{c["type"]}"']
    stamp = int(_moment(item, "reported_at").timestamp())
    return {"Event": {
        "uuid": event_uuid, "info": c["summary"][:256], "date": _moment(item, "observed_at").strftime("%Y-%m-%d"),
        "timestamp": str(stamp),
        "published": False, "distribution": str(DISTRIBUTION.get(c["tlp"], 0)),
        "threat_level_id": str(THREAT_LEVEL[c["severity"]]), "analysis": str(ANALYSIS.get(item.status, 0)),
        "Orgc": {"name": (c["station"].get("org") or c["station"].get("name") or "unknown")[:255]},
        "Tag": [{"name": t} for t in tags], "Attribute": attributes,
    }}


def misp_events(items: list[ExportItem], station=None) -> list[dict]:
    """One MISP event per incident: a report on its own as before; a thread as one event (:func:`misp_thread`).

    With ``station``, partners' sightings go on the attributes they saw (reports that stand alone).
    """
    out = []
    for root, thread in stix.threads([(item.msg_id, item.content, item) for item in items]):
        group = [entry[2] for entry in thread]
        if len(group) == 1 and group[0].msg_id == root:
            item = group[0]
            event = misp_event(item)
            if station is not None:
                attributes = event["Event"]["Attribute"][: len(item.content.get("indicators", []))]
                found = sighting_export.misp_sightings(station, item, [a["uuid"] for a in attributes])
                for attribute in attributes:
                    if attribute["uuid"] in found:
                        attribute["Sighting"] = found[attribute["uuid"]]
            out.append(event)
        else:
            out.append(misp_thread(root, group))
    return out


def misp_thread(root: str, items: list[ExportItem]) -> dict:
    """An incident thread as one MISP event, named by its first report's id and showing its latest report.

    Every report adds its indicators and a text attribute ("Update: summary", its message id as comment),
    each with the report's own time as its timestamp, so MISP shows how the incident developed.
    """
    latest = items[-1]
    event = misp_event(ExportItem(root, latest.content, latest.signed_payload, latest.status))["Event"]
    event["date"] = _moment(items[0], "observed_at").strftime("%Y-%m-%d")
    if any(item.content["type"] == "final" for item in items):
        event["analysis"] = "2"
    attributes = []
    for item in items:
        stamp = str(int(_moment(item, "reported_at").timestamp()))
        for attr in misp_event(item)["Event"]["Attribute"]:
            attributes.append({**attr, "timestamp": stamp})
        attributes.append({"uuid": str(uuid.uuid5(MISP_NS, f"{item.msg_id}/report")), "type": "text",
                           "category": "Other", "value": f"{item.content['type']}: {item.content['summary']}",
                           "to_ids": False, "timestamp": stamp, "comment": f"Siaga message {item.msg_id}"})
    event["Attribute"] = attributes
    event["Tag"].append({"name": f'siaga:incident="{root}"'})
    return {"Event": event}
