"""What partners' tools send: MISP's and OpenCTI's ``grouping`` and ``report``, bare indicators, and sightings.

MISP exports an event as a ``grouping`` (or a ``report``) whose ``object_refs`` name
its ``indicator`` and ``observed-data`` objects; OpenCTI sends a ``report`` the same
way; some feeds send indicators alone. Each container becomes one external report;
the indicators and observables no container names become one report of their own
(named by the bundle). Indicators are read from simple comparisons in a pattern,
also inside compound ones (``[network-traffic:dst_ref.value = '198.51.100.23']``,
``[a = 'x' OR b = 'y']``), and from observables (``domain-name``, ``ipv4-addr``,
``url``, ``file`` hashes...). STIX ``sighting`` objects become sightings of the report
holding what they saw. Everything is checked as :mod:`siaga.interop.stix_import`
checks incidents: a container that cannot be stored safely is refused on its own.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any, Callable

from ..base.errors import InputError
from ..protocol.indicators import guess_kind, normalise
from ..protocol.message import MAX_INDICATORS, MAX_NARRATIVE, MAX_SIGHTING_COUNT, MAX_SUMMARY

#: STIX object paths of a pattern's comparison, by the indicator type they give
_PATHS = {
    "ipv4-addr:value": "ipv4-addr", "ipv6-addr:value": "ipv6-addr", "domain-name:value": "domain-name",
    "url:value": "url", "email-addr:value": "email-addr", "email-message:from_ref.value": "email-addr",
    "network-traffic:dst_ref.value": None, "network-traffic:src_ref.value": None,
    "file:hashes.md5": "md5", "file:hashes.'md5'": "md5", "file:hashes.sha1": "sha1", "file:hashes.'sha-1'": "sha1",
    "file:hashes.sha256": "sha256", "file:hashes.'sha-256'": "sha256", "file:hashes.sha512": "sha512",
    "file:hashes.'sha-512'": "sha512",
}
_COMPARISON = re.compile(r"([a-z0-9\-]+:[A-Za-z0-9_.'\-]+)\s*=\s*'((?:[^'\\]|\\.)*)'")
_SCO_KINDS = {"ipv4-addr": "ipv4-addr", "ipv6-addr": "ipv6-addr", "domain-name": "domain-name", "url": "url",
              "email-addr": "email-addr"}
_HASHES = {"md5": "md5", "sha-1": "sha1", "sha1": "sha1", "sha-256": "sha256", "sha256": "sha256",
           "sha-512": "sha512", "sha512": "sha512"}
CONTAINERS = ("grouping", "report")


def _checked(kind: str | None, value: str) -> dict | None:
    if not isinstance(value, str) or not value:
        return None
    kind = kind or guess_kind(value)
    if kind is None:
        return None
    try:
        return {"type": kind, "value": normalise(kind, value)}
    except InputError:
        return None


def pattern_indicators(pattern: Any) -> list[dict]:
    """Every indicator Siaga can read from a STIX pattern's simple comparisons (compound ones too)."""
    if not isinstance(pattern, str) or len(pattern) > 20_000:
        return []
    out = []
    for path, raw in _COMPARISON.findall(pattern):
        key = path.lower()
        if key not in _PATHS:
            continue
        found = _checked(_PATHS[key], re.sub(r"\\(.)", r"\1", raw))
        if found and found not in out:
            out.append(found)
    return out


def sco_indicators(obj: dict) -> list[dict]:
    """The indicator a STIX cyber observable stands for (a file: each of its hashes)."""
    kind = obj.get("type")
    if kind in _SCO_KINDS:
        found = _checked(_SCO_KINDS[kind], obj.get("value"))
        return [found] if found else []
    if kind == "file" and isinstance(obj.get("hashes"), dict):
        out = []
        for name, value in obj["hashes"].items():
            found = _checked(_HASHES.get(str(name).lower()), value) if str(name).lower() in _HASHES else None
            if found:
                out.append(found)
        return out
    return []


def _refs(obj: dict, key: str) -> list[str]:
    value = obj.get(key)
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def indicators_of(refs: list[str], by_id: dict[str, dict]) -> list[dict]:
    """The indicators of the objects ``refs`` names: indicators' patterns, observed data's observables, SCOs."""
    out: list[dict] = []
    for ref in refs:
        obj = by_id.get(ref)
        if obj is None:
            continue
        if obj["type"] == "indicator":
            found = pattern_indicators(obj.get("pattern"))
        elif obj["type"] == "observed-data":
            found = [i for sub in _refs(obj, "object_refs") if sub in by_id for i in sco_indicators(by_id[sub])]
        else:
            found = sco_indicators(obj)
        for item in found:
            if item not in out:
                out.append(item)
    return out[:MAX_INDICATORS]


def container_report(obj: dict, by_id: dict[str, dict], book, text: Callable, timestamp: Callable,
                     tlp: Callable, source_of: Callable) -> dict:
    """One ``grouping`` or ``report`` as an external report (``text``, ``timestamp``... check as for incidents)."""
    where = obj["id"]
    summary = text(obj, "name", where, 10 * MAX_SUMMARY, required=True)
    if len(summary) > MAX_SUMMARY:
        summary = summary[: MAX_SUMMARY - 1].rstrip() + "…"
    narrative = text(obj, "description", where, MAX_NARRATIVE, multiline=True)
    created = timestamp(obj.get("created"), where, "created")
    if "modified" in obj:
        timestamp(obj["modified"], where, "modified")
    published = timestamp(obj["published"], where, "published") if obj.get("published") else created
    labels = _refs(obj, "labels")
    code = next((label for label in labels if label.startswith("rsit:") and book.has("classifications", label)),
                "rsit:other/undetermined")
    content = {
        "type": "update", "code": code, "severity": 2, "tlp": tlp(obj), "pap": "PAP:AMBER", "scope": "global",
        "countries": [], "observed_at": published, "reported_at": created, "summary": summary,
        "narrative": narrative, "indicators": indicators_of(_refs(obj, "object_refs"), by_id),
        "station": {"name": source_of(obj), "org": "", "country": ""},
        "stix_id": where, "codebook": book.version,
    }
    ident = hashlib.sha256(f"stix:{where}:{obj.get('modified', obj['created'])}".encode()).hexdigest()
    return {"id": ident, "content": content, "raw": obj}


def loose_report(objects: list[dict], used: set[str], by_id: dict[str, dict], book, bundle_id: str,
                 tlp: Callable, source_of: Callable, timestamp: Callable) -> dict | None:
    """The indicators and observables of a bundle that no incident or container names, as one report."""
    loose = [o for o in objects if o["id"] not in used and (o["type"] in ("indicator", "observed-data")
                                                            or o["type"] in _SCO_KINDS or o["type"] == "file")]
    if not loose:
        return None
    inside = {ref for o in loose if o["type"] == "observed-data" for ref in _refs(o, "object_refs")}
    refs = [o["id"] for o in loose if o["id"] not in inside]
    indicators = indicators_of(refs, by_id)
    if not indicators:
        return None
    first = loose[0]
    times = []
    for o in loose:
        try:
            times.append(timestamp(o.get("created"), o["id"], "created"))
        except Exception:  # noqa: BLE001 - an object without a usable time gives none
            continue
    created = min(times) if times else None
    if created is None:
        return None
    source = source_of(first)
    content = {
        "type": "update", "code": "rsit:other/undetermined", "severity": 2, "tlp": tlp(first), "pap": "PAP:AMBER",
        "scope": "global", "countries": [], "observed_at": created, "reported_at": created,
        "summary": f"{len(indicators)} indicator(s) from {source}"[:MAX_SUMMARY], "narrative": "",
        "indicators": indicators, "station": {"name": source, "org": "", "country": ""},
        "stix_id": bundle_id, "codebook": book.version,
    }
    ident = hashlib.sha256(f"stix-indicators:{bundle_id}:{','.join(sorted(refs))}".encode()).hexdigest()
    return {"id": ident, "content": content, "raw": {"type": "bundle", "id": bundle_id, "objects": loose}}


def sighting(obj: dict, timestamp: Callable, source_of: Callable) -> dict | None:
    """A STIX ``sighting`` as Siaga's sighting fields, with what it saw (``of``); None if it cannot be read."""
    where = obj["id"]
    of = obj.get("sighting_of_ref")
    if not isinstance(of, str):
        return None
    count = obj.get("count", 1)
    if isinstance(count, bool) or not isinstance(count, int) or count < 1:
        count = 1
    created = timestamp(obj.get("created"), where, "created")
    first = timestamp(obj["first_seen"], where, "first_seen") if obj.get("first_seen") else created
    last = timestamp(obj["last_seen"], where, "last_seen") if obj.get("last_seen") else first
    if last < first:
        last = first
    return {"stix_id": where, "of": of, "created": created, "source": source_of(obj),
            "sighting": {"indicators": [], "count": min(count, MAX_SIGHTING_COUNT), "first_seen": first,
                         "last_seen": last, "sectors": []},
            "ident": hashlib.sha256(f"stix-sighting:{where}:{obj.get('modified', obj.get('created'))}".encode())
            .hexdigest(), "raw": obj}

