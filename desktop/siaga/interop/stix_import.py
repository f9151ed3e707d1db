"""Reading STIX 2.1 bundles from partners into the inbox as *external* reports.

External reports carry no Siaga signature: they are stored apart from signed
messages (``external: true``), never shown as verified, and cannot be
acknowledged. Each STIX ``incident`` becomes one report; its codes come from the
Siaga extension when the bundle was made by Siaga, otherwise from RSIT labels or
references, the Incident Core Extension's criticality and the TLP 2.0 markings.
Indicators come from ``indicator`` objects that ``indicates`` the incident;
a pattern that is not a simple comparison Siaga can read is kept as text, not
dropped.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any

from ..base.encoding import parse_json
from ..base.errors import DecodeError, InputError, Reason
from ..protocol.indicators import normalise
from ..protocol.message import REPORT_TYPES
from ..station.facade import Station
from .stix import INCIDENT_EXT, PATTERN_PATHS, SIAGA_EXT

MAX_STIX_BYTES = 64 * 1024 * 1024
_PATTERN = re.compile(r"^\[\s*([a-z0-9\-]+:[A-Za-z0-9_.'\-]+)\s*=\s*'((?:[^'\\]|\\.)*)'\s*\]$")
_KIND_BY_PATH = {path: kind for kind, path in PATTERN_PATHS.items()}
_DEFAULT_TLP = "TLP:AMBER"  # an unmarked object is handled with care, not shared wider


def _severity_from_criticality(value: Any) -> int:
    if not isinstance(value, int) or not 0 <= value <= 100:
        return 2
    return min(5, round(value / 20))


def _tlp(obj: dict, by_id: dict[str, str]) -> str:
    labels = [by_id[ref] for ref in obj.get("object_marking_refs", []) if ref in by_id]
    return labels[0] if labels else _DEFAULT_TLP


def _indicator(obj: dict) -> dict:
    match = _PATTERN.match(obj.get("pattern", "").strip())
    if match and match.group(1) in _KIND_BY_PATH:
        kind = _KIND_BY_PATH[match.group(1)]
        value = re.sub(r"\\(.)", r"\1", match.group(2))
        try:
            return {"type": kind, "value": normalise(kind, value)}
        except InputError:
            pass
    return {"type": "stix-pattern", "value": str(obj.get("pattern", ""))[:2000]}


def read_bundle(data: bytes, book) -> list[dict]:
    """External reports (``id``, ``content``, ``raw``) from a STIX 2.1 bundle; refuse a malformed one."""
    if len(data) > MAX_STIX_BYTES:
        size = f"{MAX_STIX_BYTES // (1024 * 1024)} MiB"
        raise DecodeError(Reason("too-large", f"larger than {size}", size=size), what="STIX bundle")
    doc = parse_json(data, "STIX bundle")
    if not isinstance(doc, dict) or doc.get("type") != "bundle" or not isinstance(doc.get("objects"), list):
        raise DecodeError(Reason("not-stix", "not a STIX bundle (type 'bundle' with a list of objects)"),
                          what="STIX bundle")
    objects = [o for o in doc["objects"] if isinstance(o, dict) and isinstance(o.get("id"), str)]
    tlp_by_id = {entry["stix_id"]: entry["code"] for entry in book.entries("tlp")}
    identities = {o["id"]: o for o in objects if o.get("type") == "identity"}
    indicators = {o["id"]: o for o in objects if o.get("type") == "indicator"}
    indicates: dict[str, list[str]] = {}
    for rel in objects:
        if rel.get("type") == "relationship" and rel.get("relationship_type") == "indicates":
            if rel.get("source_ref") in indicators:
                indicates.setdefault(str(rel.get("target_ref")), []).append(rel["source_ref"])
    reports = []
    for obj in objects:
        if obj.get("type") != "incident":
            continue
        if not isinstance(obj.get("name"), str) or not isinstance(obj.get("created"), str):
            raise DecodeError(Reason("incident-incomplete", f"incident {obj['id']} lacks a name or created time",
                                     id=obj["id"]), what="STIX bundle")
        ext = (obj.get("extensions") or {}).get(SIAGA_EXT) or {}
        core = (obj.get("extensions") or {}).get(INCIDENT_EXT) or {}
        code = ext.get("code") or next((label for label in obj.get("labels", [])
                                        if isinstance(label, str) and label.startswith("rsit:")), "")
        if not book.has("classifications", code):
            code = "rsit:other/undetermined"
        severity = ext.get("severity")
        if not isinstance(severity, int) or not 0 <= severity <= 5:
            severity = _severity_from_criticality(core.get("criticality"))
        tlp = ext.get("tlp") if book.has("tlp", ext.get("tlp")) else _tlp(obj, tlp_by_id)
        author = identities.get(obj.get("created_by_ref", ""), {})
        content = {
            # an incident is a report, whatever its extension claims
            "type": ext.get("message_type") if ext.get("message_type") in REPORT_TYPES else "update",
            "code": code, "severity": severity, "tlp": tlp,
            "pap": ext.get("pap") if book.has("pap", ext.get("pap")) else "PAP:AMBER",
            "scope": ext.get("scope") if book.has("scopes", ext.get("scope")) else "global",
            "countries": [c for c in ext.get("countries", []) if isinstance(c, str)][:250],
            "observed_at": str(ext.get("observed_at") or obj.get("created"))[:40],
            "reported_at": obj["created"][:40],
            "summary": obj["name"][:280], "narrative": str(obj.get("description") or "")[:20000],
            "indicators": [_indicator(indicators[i]) for i in indicates.get(obj["id"], [])][:500],
            "station": {"name": str(author.get("name") or "unknown source")[:200], "org": "", "country": ""},
            "stix_id": obj["id"], "codebook": ext.get("codebook") or book.version,
        }
        ident = hashlib.sha256(f"stix:{obj['id']}:{obj.get('modified', obj['created'])}".encode()).hexdigest()
        reports.append({"id": ident, "content": content, "raw": obj})
    if not reports:
        raise DecodeError(Reason("no-incidents", "it holds no incident objects"), what="STIX bundle")
    return reports


def import_stix(station: Station, data: bytes, source: str = "") -> tuple[int, int]:
    """Take a partner's STIX 2.1 bundle into ``station``'s inbox as unsigned external reports: (found, new)."""
    reports = read_bundle(data, station.books.current)
    return len(reports), station.add_external_reports(reports, source)
