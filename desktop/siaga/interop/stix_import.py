"""Reading STIX 2.1 bundles from partners into the inbox as *external* reports.

External reports carry no Siaga signature: they are stored apart from signed
messages (``external: true``), never shown as verified, and cannot be
acknowledged. Each STIX ``incident`` becomes one report; its codes come from the
Siaga extension when the bundle was made by Siaga, otherwise from RSIT labels or
references, the Incident Core Extension's criticality and the TLP 2.0 markings.
Indicators come from ``indicator`` objects that ``indicates`` the incident;
a pattern that is not a simple comparison Siaga can read is kept as text, not
dropped.

What is stored must be safe to show and to export again: each incident is
checked on its own (types, lengths, timestamps, and the text rule of
:mod:`siaga.text_rules`), times are stored in Siaga's UTC form, and an incident
that fails is left out and named while the rest of the file is taken.
"""

from __future__ import annotations

import hashlib
import logging
import re
from datetime import datetime, timezone
from typing import Any

from ..base.encoding import b64d, canonical, parse_json
from ..base.errors import DecodeError, InputError, Reason
from ..base.languages import LANGUAGES
from ..protocol import codebook as codebook_mod, text_rules
from ..protocol.envelope import verify_payload
from ..protocol.indicators import normalise
from ..protocol.message import ID_RE, MAX_NARRATIVE, MAX_SUMMARY, REPORT_TYPES, format_time
from ..protocol.text_rules import control_reason
from ..station.facade import Station
from . import stix_partners as partners
from .stix import INCIDENT_EXT, PATTERN_PATHS, SIAGA_EXT, stix_id

log = logging.getLogger("siaga.stix_import")

MAX_STIX_BYTES = 64 * 1024 * 1024
MAX_ID = 200
MAX_PATTERN = 2000
MAX_NAME = 200
MAX_PLACE = 64
_PATTERN = re.compile(r"^\[\s*([a-z0-9\-]+:[A-Za-z0-9_.'\-]+)\s*=\s*'((?:[^'\\]|\\.)*)'\s*\]$")
#: an RFC 3339 timestamp as STIX writes it (seconds required, a fraction and an offset or Z)
_TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$", re.IGNORECASE)
_KIND_BY_PATH = {path: kind for kind, path in PATTERN_PATHS.items()}
#: a sighting of one of this station's own reports names one of its first indicators (its export's ids)
MAX_OWN_INDICATORS = 20
_DEFAULT_TLP = "TLP:AMBER"  # an unmarked object is handled with care, not shared wider


class Refused(Exception):
    """One object of a bundle that cannot be stored safely: ``reason`` names the object and the field."""

    def __init__(self, reason: Reason) -> None:
        super().__init__(str(reason))
        self.reason = reason


class StixReports(list):
    """The reports read from a bundle, and what was refused (``refused``: one Reason per object)."""

    def __init__(self, reports: list[dict], refused: list[Reason], sightings: list[dict] | None = None,
                 owners: dict[str, str] | None = None) -> None:
        super().__init__(reports)
        self.refused = refused
        #: STIX sightings read (``of``: the STIX id of what was seen), and the report holding each STIX id
        self.sightings = sightings or []
        self.owners = owners or {}


class ImportCount(tuple):
    """``(found, new)`` of an import into the inbox, with the objects refused (``refused``: one Reason each)."""

    refused: list[Reason]

    def __new__(cls, found: int, new: int, refused: list[Reason]) -> "ImportCount":
        count = super().__new__(cls, (found, new))
        count.refused = refused
        return count


def _refuse(where: str, field: str, problem: Reason) -> Refused:
    text = f"{where} {field}: {problem}" if field else f"{where}: {problem}"
    return Refused(Reason("stix-object", text, where=where, field=field, problem=problem))


def _text(obj: dict, key: str, where: str, limit: int, *, required: bool = False, multiline: bool = False,
          field: str | None = None) -> str:
    """A text property of ``obj``: of the right type and length, without control characters."""
    field = field or key
    value = obj.get(key)
    if value is None:
        if required:
            raise _refuse(where, field, Reason("required", "is required"))
        return ""
    if not isinstance(value, str):
        raise _refuse(where, field, Reason("expected-text", "expected text"))
    if required and not value.strip():
        raise _refuse(where, field, Reason("required", "is required"))
    if len(value) > limit:
        raise _refuse(where, field, Reason("too-long", f"longer than {limit} characters", limit=limit))
    char = text_rules.forbidden_char(value, multiline=multiline)
    if char is not None:
        raise _refuse(where, field, control_reason(char))
    return value.strip()


def _timestamp(value: Any, where: str, field: str) -> str:
    """A STIX timestamp as Siaga's ``YYYY-MM-DDTHH:MM:SSZ``; refused unless it is one (1970 to 9999)."""
    if not isinstance(value, str):
        raise _refuse(where, field, Reason("expected-text", "expected text"))
    moment = None
    if len(value) <= 40 and _TIMESTAMP.match(value):
        try:
            moment = datetime.fromisoformat(value.upper().replace("Z", "+00:00")).astimezone(timezone.utc)
        except (ValueError, OverflowError):
            moment = None
    if moment is None or moment.year < 1970:
        shown = value[:40] if text_rules.forbidden_char(value[:40]) is None else "(with control characters)"
        raise _refuse(where, field, Reason("not-a-time", f"{shown!r} is not a STIX timestamp", value=shown))
    return format_time(moment)


def _mapping(obj: dict, key: str, where: str) -> dict:
    value = obj.get(key)
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise _refuse(where, key, Reason("expected-object", "expected an object"))
    return value


def _strings(obj: dict, key: str, where: str, limit: int = 1000) -> list[str]:
    """A list property of ``obj``; its entries that are not text are left out."""
    value = obj.get(key)
    if value is None:
        return []
    if not isinstance(value, list) or len(value) > limit:
        raise _refuse(where, key, Reason("expected-list", "expected a list"))
    return [v for v in value if isinstance(v, str)]


def _severity_from_criticality(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 100:
        return 2
    return min(5, round(value / 20))


def _tlp(obj: dict, by_id: dict[str, str], where: str) -> str:
    labels = [by_id[ref] for ref in _strings(obj, "object_marking_refs", where) if ref in by_id]
    return labels[0] if labels else _DEFAULT_TLP


def _indicator(obj: dict) -> dict:
    where = obj["id"]
    pattern = _text(obj, "pattern", where, MAX_PATTERN, required=True)
    match = _PATTERN.match(pattern)
    if match and match.group(1) in _KIND_BY_PATH:
        kind = _KIND_BY_PATH[match.group(1)]
        value = re.sub(r"\\(.)", r"\1", match.group(2))
        try:
            return {"type": kind, "value": normalise(kind, value)}
        except InputError:
            pass
    return {"type": "stix-pattern", "value": pattern}


def _codebook(value: Any, book) -> str:
    """The codebook version the extension names when this station has it, else the current one."""
    return value if isinstance(value, str) and value in codebook_mod.codebooks().versions() else book.version


def _code(value: Any, book, kind: str) -> str | None:
    return value if isinstance(value, str) and book.has(kind, value) else None


def _report(obj: dict, book, tlp_by_id: dict[str, str], identities: dict[str, dict],
            indicators: dict[str, dict], indicates: dict[str, list[str]]) -> dict:
    """One incident as an external report; raises Refused naming the field it cannot store."""
    where = obj["id"]
    extensions = _mapping(obj, "extensions", where)
    ext = extensions.get(SIAGA_EXT) or {}
    core = extensions.get(INCIDENT_EXT) or {}
    for name, value in ((SIAGA_EXT, ext), (INCIDENT_EXT, core)):
        if not isinstance(value, dict):
            raise _refuse(where, f"extensions.{name}", Reason("expected-object", "expected an object"))
    summary = _text(obj, "name", where, MAX_SUMMARY, required=True)
    narrative = _text(obj, "description", where, MAX_NARRATIVE, multiline=True)
    created = _timestamp(obj.get("created"), where, "created")
    if "modified" in obj:
        _timestamp(obj["modified"], where, "modified")
    observed = _timestamp(ext["observed_at"], where, "observed_at") if ext.get("observed_at") else created
    labels = _strings(obj, "labels", where)
    code = _code(ext.get("code"), book, "classifications") or next(
        (label for label in labels if label.startswith("rsit:") and book.has("classifications", label)),
        "rsit:other/undetermined")
    severity = ext.get("severity")
    if isinstance(severity, bool) or not isinstance(severity, int) or not 0 <= severity <= 5:
        severity = _severity_from_criticality(core.get("criticality"))
    countries = []
    for place in _strings(ext, "countries", where, limit=250):  # codes this codebook may lack: kept as text
        if len(place) > MAX_PLACE:
            raise _refuse(where, "countries", Reason("too-long", f"longer than {MAX_PLACE} characters",
                                                     limit=MAX_PLACE))
        char = text_rules.forbidden_char(place)
        if char is not None:
            raise _refuse(where, "countries", control_reason(char))
        countries.append(place)
    author_ref = obj.get("created_by_ref")
    if author_ref is not None and not isinstance(author_ref, str):
        raise _refuse(where, "created_by_ref", Reason("expected-text", "expected text"))
    author = identities.get(author_ref or "")
    source = (_text(author, "name", author["id"], MAX_NAME, field="name") if author else "") or "unknown source"
    content = {
        # an incident is a report, whatever its extension claims
        "type": ext.get("message_type") if ext.get("message_type") in REPORT_TYPES else "update",
        "code": code, "severity": severity,
        "tlp": _code(ext.get("tlp"), book, "tlp") or _tlp(obj, tlp_by_id, where),
        "pap": _code(ext.get("pap"), book, "pap") or "PAP:AMBER",
        "scope": _code(ext.get("scope"), book, "scopes") or "global",
        "countries": list(dict.fromkeys(countries)),
        "observed_at": observed, "reported_at": created,
        "summary": summary, "narrative": narrative,
        "indicators": [_indicator(indicators[i]) for i in indicates.get(where, [])][:500],
        "station": {"name": source, "org": "", "country": ""},
        "stix_id": where, "codebook": _codebook(ext.get("codebook"), book),
    }
    written_in = str(obj.get("lang") or "").split("-")[0].lower()  # "th-TH": Thai
    if written_in in LANGUAGES:  # a language Siaga names; any other is left out, the text kept as it is
        content["lang"] = written_in
    try:
        canonical(obj)  # kept as it came, in canonical JSON: no NaN, no integer beyond 2**53, no lone surrogate
    except (ValueError, RecursionError):
        raise _refuse(where, "", Reason("not-storable", "holds a number or text that JSON cannot keep exactly")) \
            from None
    ident = hashlib.sha256(f"stix:{where}:{obj.get('modified', obj['created'])}".encode()).hexdigest()
    report = {"id": ident, "content": content, "raw": obj}
    message_id = ext.get("message_id")
    if isinstance(message_id, str) and ID_RE.match(message_id):
        report["id"] = message_id  # a report Siaga exported keeps its id: taking it in again adds nothing
        if isinstance(ext.get("signed_payload"), str):
            report["signed_payload"] = ext["signed_payload"]
    return report


def _object_error(index: int, obj: Any) -> Reason | None:
    """Why an entry of ``objects`` is not a STIX object at all (not an object, no type or id), or None."""
    where = f"objects[{index}]"
    if not isinstance(obj, dict):
        return _refuse(where, "", Reason("expected-object", "expected an object")).reason
    for key in ("type", "id"):
        value = obj.get(key)
        if not isinstance(value, str) or not value or len(value) > MAX_ID or text_rules.forbidden_char(value):
            problem = Reason("required", "is required") if value is None else Reason("expected-text", "expected text")
            return _refuse(where, key, problem).reason
    return None


def read_bundle(data: bytes, book) -> StixReports:
    """External reports (``id``, ``content``, ``raw``) from a STIX 2.1 bundle.

    A file that is not a bundle is refused whole (DecodeError). Within a bundle, each
    incident is taken or refused on its own: one that Siaga cannot store safely (a
    property of the wrong type, a time that is not a STIX timestamp, text too long or
    with control characters) is left out and named in ``refused``, and so is an entry
    of ``objects`` that is not an object with a type and an id. Refused when no
    incident can be taken.
    """
    if len(data) > MAX_STIX_BYTES:
        size = f"{MAX_STIX_BYTES // (1024 * 1024)} MiB"
        raise DecodeError(Reason("too-large", f"larger than {size}", size=size), what="STIX bundle")
    doc = parse_json(data, "STIX bundle")
    if not isinstance(doc, dict) or doc.get("type") != "bundle" or not isinstance(doc.get("objects"), list):
        raise DecodeError(Reason("not-stix", "not a STIX bundle (type 'bundle' with a list of objects)"),
                          what="STIX bundle")
    refused: list[Reason] = []
    objects = []
    for index, obj in enumerate(doc["objects"]):
        problem = _object_error(index, obj)
        if problem is None:
            objects.append(obj)
        else:
            refused.append(problem)
    tlp_by_id = {entry["stix_id"]: entry["code"] for entry in book.entries("tlp")}
    identities = {o["id"]: o for o in objects if o["type"] == "identity"}
    indicators = {o["id"]: o for o in objects if o["type"] == "indicator"}
    indicates: dict[str, list[str]] = {}
    for rel in objects:
        if rel["type"] == "relationship" and rel.get("relationship_type") == "indicates":
            source, target = rel.get("source_ref"), rel.get("target_ref")
            if isinstance(source, str) and isinstance(target, str) and source in indicators:
                indicates.setdefault(target, []).append(source)
    reports = []
    owners: dict[str, str] = {}
    used: set[str] = set()
    for obj in objects:
        if obj["type"] != "incident":
            continue
        used.add(obj["id"])
        try:
            reports.append(_report(obj, book, tlp_by_id, identities, indicators, indicates))
        except Refused as exc:
            refused.append(exc.reason)
            continue
        for ref in indicates.get(obj["id"], []):
            used.add(ref)
            owners[ref] = reports[-1]["id"]
        owners[obj["id"]] = reports[-1]["id"]
    by_id = {o["id"]: o for o in objects}
    tlp = (lambda o: _tlp(o, tlp_by_id, o["id"]))
    source = (lambda o: _source(o, identities))
    for obj in objects:
        if obj["type"] not in partners.CONTAINERS:
            continue
        refs = [r for r in obj.get("object_refs") or [] if isinstance(r, str)]
        try:
            report = partners.container_report(obj, by_id, book, _text, _timestamp, tlp, source)
        except Refused as exc:
            refused.append(exc.reason)
            continue
        reports.append(report)
        for ref in [obj["id"], *refs, *(sub for r in refs if r in by_id for sub in by_id[r].get("object_refs") or []
                                         if isinstance(sub, str))]:
            used.add(ref)
            owners.setdefault(ref, report["id"])
    try:
        loose = partners.loose_report(objects, used, by_id, book, str(doc.get("id") or "bundle"), tlp, source,
                                      _timestamp)
    except Refused as exc:  # e.g. the loose indicators' author names itself with something that is not text
        refused.append(exc.reason)
        loose = None
    if loose is not None:
        reports.append(loose)
        for obj in loose["raw"]["objects"]:
            owners.setdefault(obj["id"], loose["id"])
    sightings = []
    for obj in objects:
        if obj["type"] == "sighting":
            try:
                where = [r for r in obj.get("where_sighted_refs") or [] if isinstance(r, str) and r in identities]
                found = partners.sighting(obj, _timestamp, (lambda o, w=where: _source(
                    {"created_by_ref": w[0]} if w else o, identities)))
            except Refused as exc:
                refused.append(exc.reason)
                continue
            if found is not None:
                target = by_id.get(found["of"])
                found["sighting"]["indicators"] = partners.indicators_of([found["of"]], by_id) if target else []
                sightings.append(found)
    if not reports and not sightings:
        if refused:
            raise DecodeError(Reason("stix-refused",
                                     f"no incident it can take; {len(refused)} object(s) refused, first {refused[0]}",
                                     count=len(refused), first=refused[0]), what="STIX bundle")
        raise DecodeError(Reason("no-incidents", "it holds no incident, grouping, report, indicator or sighting"
                                                 " objects"), what="STIX bundle")
    return StixReports(reports, refused, sightings, owners)


def _source(obj: dict, identities: dict[str, dict]) -> str:
    """The name of the identity that made ``obj`` (``unknown source`` when none is named)."""
    author = identities.get(obj.get("created_by_ref") if isinstance(obj.get("created_by_ref"), str) else "")
    if not author:
        return "unknown source"
    return _text(author, "name", author["id"], MAX_NAME, field="name") or "unknown source"


def import_stix(station: Station, data: bytes, source: str = "") -> ImportCount:
    """Take a partner's STIX 2.1 bundle into ``station``'s inbox as unsigned external reports: (found, new).

    The result's ``refused`` names each object of the bundle that was left out (see :func:`read_bundle`).
    """
    reports = read_bundle(data, station.books.current)
    external, signed = [], []
    for report in reports:
        verified = _verified(station, report)
        if verified == "own":
            continue  # this station's own report, back from a round trip: it is in the outbox
        (signed if verified else external).append(verified or report)
    new = station.add_signed_copies(signed, source) + station.add_external_reports(external, source)
    seen = _sightings(station, reports, source)
    log.info("STIX import: %d report(s), %d new, %d sighting(s) new, %d refused", len(reports), new, seen,
             len(reports.refused))
    return ImportCount(len(reports), new + seen, reports.refused)


def _verified(station: Station, report: dict):
    """For a report carrying its author's signed payload: ``own`` (this station's), the verified payload of a
    peer's report (message id, payload, author's peer id), or None (no payload, a bad one, an unknown author)."""
    if "signed_payload" not in report:
        return "own" if station.outgoing.secrets([report["id"]]) else None
    try:
        payload = b64d(report["signed_payload"], "signed_payload")
        opened = verify_payload(payload, station.books, expected_id=report["id"])
    except InputError as exc:
        log.info("STIX import: the signed payload of %s does not check out (%s); taken as external",
                 report["id"][:12], exc)
        report.pop("signed_payload")
        return None
    if opened.author_pk in station.keys.signing_keys():
        return "own"
    author = station.peer_by_key(opened.author_pk)
    if author is None or author.revoked:
        return None
    return {"id": opened.msg_id, "signed_payload": payload, "content": opened.content, "author_peer": author.id}


def _sightings(station: Station, reports: StixReports, source: str) -> int:
    """Store the bundle's sightings of reports it holds, or of this station's own exported reports."""
    if not reports.sightings:
        return 0
    owners = dict(reports.owners)
    pending = [s for s in reports.sightings if s["of"] not in owners]
    if pending:
        owners.update(_own_stix_ids(station, {s["of"] for s in pending}))
    rows = [dict(s, ref=owners[s["of"]]) for s in reports.sightings if s["of"] in owners]
    return station.add_external_sightings(rows, source)


def _own_stix_ids(station: Station, wanted: set[str]) -> dict[str, str]:
    """Of the STIX ids ``wanted``, those Siaga's export gives this station's reports (incidents, indicators)."""
    found = {}
    for msg_id in station.outgoing.report_ids():
        if stix_id("incident", msg_id) in wanted:
            found[stix_id("incident", msg_id)] = msg_id
        for n in range(MAX_OWN_INDICATORS):
            ind = stix_id("indicator", msg_id, str(n))
            if ind in wanted:
                found[ind] = msg_id
    return found
