"""STIX 2.1 export of Siaga reports (``docs/INTEROP.md`` maps every field).

One bundle holds: the TLP 2.0 marking definitions used, one ``identity`` per
reporting station, and per report an ``incident`` (with the Incident Core
Extension), an ``indicator`` per indicator with a STIX pattern, and
``relationship`` objects (indicator ``indicates`` incident). Every object
carries the report's TLP marking. The Siaga codes (RSIT code, severity, TLP,
PAP, codebook version), the message id and the author's signed payload travel
in a custom property extension so that the report survives a round trip and a
receiver can still check who wrote it.

Ids are UUIDv5 derived from the message id, so exporting the same report twice
gives the same objects (TAXII servers and MISP then de-duplicate).
"""

from __future__ import annotations

import uuid
from typing import Iterable

from ..base.encoding import b64e

SPEC = "2.1"
#: the Incident Core Extension (STIX 2.1 extension definition)
INCIDENT_EXT = "extension-definition--ef765651-680c-498d-9894-99799f2fa126"
#: TLP 2.0 marking definitions are property extensions of this definition
TLP2_EXT = "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d"
TLP2_CREATED = "2022-10-01T00:00:00.000Z"
#: Siaga's own property extension (codes, ids, the author's signed payload)
SIAGA_EXT = "extension-definition--7d3b5b6e-35a4-5a77-9b2e-5f1c1b9a6a53"
SIAGA_NS = uuid.UUID("8f0f2a1e-5c4d-5e7a-9b3f-1a2b3c4d5e6f")

PATTERN_PATHS = {
    "ipv4-addr": "ipv4-addr:value", "ipv6-addr": "ipv6-addr:value", "domain-name": "domain-name:value",
    "url": "url:value", "email-addr": "email-addr:value",
    "md5": "file:hashes.MD5", "sha1": "file:hashes.'SHA-1'", "sha256": "file:hashes.'SHA-256'",
    "sha512": "file:hashes.'SHA-512'",
}
#: NCISS level -> Incident Core Extension criticality (0-100)
CRITICALITY = {0: 0, 1: 20, 2: 40, 3: 60, 4: 80, 5: 100}


def _id(kind: str, *parts: str) -> str:
    return f"{kind}--{uuid.uuid5(SIAGA_NS, '/'.join((kind, *parts)))}"


def stix_id(kind: str, *parts: str) -> str:
    """The STIX id the export gives an object of a report (``incident``, msg id; ``indicator``, msg id, n)."""
    return _id(kind, *parts)


def _stamp(moment: str) -> str:
    """Siaga's ``YYYY-MM-DDTHH:MM:SSZ`` as a STIX timestamp with milliseconds."""
    return moment[:-1] + ".000Z" if moment.endswith("Z") and "." not in moment else moment


def pattern(kind: str, value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace("'", "\\'")
    return f"[{PATTERN_PATHS[kind]} = '{escaped}']"


def tlp_marking(book, label: str) -> dict:
    entry = book.entry("tlp", label)
    value = label.split(":", 1)[1].lower()
    return {
        "type": "marking-definition", "spec_version": SPEC, "id": entry["stix_id"], "created": TLP2_CREATED,
        "name": label, "extensions": {TLP2_EXT: {"extension_type": "property-extension", "tlp_2_0": value}},
    }


def siaga_extension_definition(created_by: str) -> dict:
    return {
        "type": "extension-definition", "spec_version": SPEC, "id": SIAGA_EXT, "created_by_ref": created_by,
        "created": "2026-11-01T00:00:00.000Z", "modified": "2026-11-01T00:00:00.000Z",
        "name": "Siaga report codes",
        "description": "Siaga protocol codes of an incident report (RSIT code, NCISS severity, TLP, PAP, scope, "
                       "codebook version), its message id and the author's Ed25519-signed payload.",
        "schema": "https://siaga.invalid/schemas/stix-extension-v1.json", "version": "1.0.0",
        "extension_types": ["property-extension"],
    }


def identity(station: dict, author_key: str) -> dict:
    return {
        "type": "identity", "spec_version": SPEC, "id": _id("identity", author_key),
        "created": "2026-01-01T00:00:00.000Z", "modified": "2026-01-01T00:00:00.000Z",
        "name": f"{station['name']} ({station['org']})", "identity_class": "organization",
        "sectors": ["government"], "contact_information": f"Siaga station, country {station['country']}",
    }


def report_objects(book, msg_id: str, content: dict, signed_payload: bytes | None,
                   ack_status: str | None = None) -> list[dict]:
    """STIX objects for one report (identity and markings are added once by :func:`bundle`)."""
    author = _id("identity", content["author"])
    marking = book.entry("tlp", content["tlp"])["stix_id"]
    created = _stamp(content["reported_at"])
    common = {"spec_version": SPEC, "created": created, "modified": created, "created_by_ref": author,
              "object_marking_refs": [marking]}
    cls, _, kind = content["code"].partition(":")[2].partition("/")
    status = {"resolved": "closed", "false-positive": "closed", "investigating": "open"}.get(ack_status or "", "new")
    determination = "false-positive" if ack_status == "false-positive" else (
        "successful-attempt" if content["severity"] >= 3 else "suspected")
    siaga = {
        "extension_type": "property-extension", "message_id": msg_id, "message_type": content["type"],
        "code": content["code"], "severity": content["severity"], "tlp": content["tlp"],
        "pap": content.get("pap", "PAP:AMBER"), "scope": content["scope"],
        "countries": content.get("countries", []), "codebook": content["codebook"],
        "observed_at": content["observed_at"], "observations": content.get("observations", []),
    }
    siaga = {k: v for k, v in siaga.items() if v != []}  # STIX allows no empty lists
    if signed_payload is not None:
        siaga["signed_payload"] = b64e(signed_payload)
    incident_id = _id("incident", msg_id)
    incident = {
        "type": "incident", "id": incident_id, **common,
        "name": content["summary"],
        "description": content.get("narrative") or content["summary"],
        "labels": [f"rsit:{cls}/{kind}", f"severity:{content['severity']}"],
        "external_references": [{"source_name": "rsit", "external_id": f"{cls}/{kind}",
                                 "description": book.label("classifications", content["code"])}],
        "extensions": {
            INCIDENT_EXT: {
                "extension_type": "property-extension", "determination": determination,
                "investigation_status": status, "criticality": CRITICALITY[content["severity"]],
                "incident_types": [kind],
            },
            SIAGA_EXT: siaga,
        },
    }
    if content.get("lang"):  # STIX's own property: the language of the name and description (the free text)
        incident["lang"] = content["lang"]
    if content.get("impact", {}).get("recoverability"):
        incident["extensions"][INCIDENT_EXT]["recoverability"] = _RECOVERABILITY.get(
            content["impact"]["recoverability"], "regular")
    objects = [incident]
    for n, indicator in enumerate(content.get("indicators", [])):
        ind_id = _id("indicator", msg_id, str(n))
        objects.append({
            "type": "indicator", "id": ind_id, **common,
            "name": f"{indicator['type']}: {indicator['value']}"[:250],
            "description": f"Indicator of Siaga report {msg_id[:16]}: {content['summary']}",
            "indicator_types": ["malicious-activity"],
            "pattern": pattern(indicator["type"], indicator["value"]), "pattern_type": "stix",
            "valid_from": _stamp(content["observed_at"]),
        })
        objects.append({
            "type": "relationship", "id": _id("relationship", msg_id, str(n)), **common,
            "relationship_type": "indicates", "source_ref": ind_id, "target_ref": incident_id,
        })
    return objects


_RECOVERABILITY = {"regular": "regular", "supplemented": "supplemented", "extended": "extended",
                   "not-recoverable": "not-recoverable"}


def shared_objects(book, contents: Iterable[dict], *, extension: bool = True) -> list[dict]:
    """The TLP markings and station identities that ``contents`` refer to (and Siaga's extension definition)."""
    markings: dict[str, dict] = {}
    identities: dict[str, dict] = {}
    for content in contents:
        markings.setdefault(content["tlp"], tlp_marking(book, content["tlp"]))
        ident = identity(content["station"], content["author"])
        identities.setdefault(ident["id"], ident)
    head = list(markings.values()) + list(identities.values())
    if extension and identities:
        head.append(siaga_extension_definition(next(iter(identities))))
    return head


def threads(reports: list) -> list[tuple[str, list]]:
    """``reports`` ((message id, content, ...) tuples) grouped by incident, each group oldest first.

    A report belongs to the incident its ``in_reply_to`` names, unless that incident's first report is
    among ``reports`` and another station wrote it: then it stands alone (docs/PROTOCOL.md §19).
    """
    by_id = {r[0]: r for r in reports}
    groups: dict[str, list] = {}
    for report in reports:
        msg_id, content = report[0], report[1]
        root = content.get("in_reply_to") or msg_id
        head = by_id.get(root)
        if head is not None and head[1].get("author") != content.get("author"):
            root = msg_id
        groups.setdefault(root, []).append(report)
    return [(root, sorted(group, key=lambda r: (r[1]["reported_at"], _RANK.get(r[1]["type"], 1))))
            for root, group in groups.items()]


_RANK = {"early-warning": 0, "update": 1, "final": 2}


def thread_objects(books, root: str, reports: list[tuple[str, dict, bytes | None, str | None]]) -> list[dict]:
    """STIX objects for one incident thread (its reports oldest first): one ``incident``, with the id of its
    first report, created when it was first reported, modified when last, showing the latest report; each
    report also as a ``note`` on it (early warning, updates, final), and every report's indicators indicating it."""
    def book_of(content: dict):
        version = content.get("codebook")
        return books.get(version) if version in books.versions() else books.current

    incident_id = _id("incident", root)
    objects: list[dict] = []
    for msg_id, content, payload, status in reports:
        made = report_objects(book_of(content), msg_id, content, payload, status)
        first = made[0]
        for obj in made[1:]:
            if obj["type"] == "relationship":
                obj["target_ref"] = incident_id
            objects.append(obj)
        label = book_of(content).label("message_types", content["type"])
        objects.append({
            "type": "note", "id": _id("note", msg_id), "spec_version": SPEC, "created": first["created"],
            "modified": first["modified"], "created_by_ref": first["created_by_ref"],
            "object_marking_refs": first["object_marking_refs"],
            "abstract": f"{label}: {content['summary']}"[:250],
            "content": content.get("narrative") or content["summary"],
            "object_refs": [incident_id],
            "extensions": {SIAGA_EXT: {**first["extensions"][SIAGA_EXT], "incident": root}},
        })
    msg_id, content, payload, status = reports[-1]
    incident = report_objects(book_of(content), msg_id, content, payload, status)[0]
    incident["id"] = incident_id
    incident["created"] = _stamp(reports[0][1]["reported_at"])
    incident["extensions"][SIAGA_EXT]["incident"] = root
    if any(c["type"] == "final" for _, c, _, _ in reports):
        incident["extensions"][INCIDENT_EXT]["investigation_status"] = "closed"
    return [incident, *objects]


def bundle(books, reports: list[tuple[str, dict, bytes | None, str | None]], *,
           bundle_id: str | None = None) -> dict:
    """A STIX 2.1 bundle for ``(message id, content, signed payload, acknowledgement status)``.

    ``books`` is the station's CodebookSet: each report is rendered with the codebook it was coded with.
    """
    objects: list[dict] = []
    for root, thread in threads(reports):
        if len(thread) == 1 and thread[0][0] == root:  # a report on its own: as it always was
            msg_id, content, payload, status = thread[0]
            version = content.get("codebook")
            book = books.get(version) if version in books.versions() else books.current
            objects.extend(report_objects(book, msg_id, content, payload, status))
        else:
            objects.extend(thread_objects(books, root, thread))
    head = shared_objects(books.current, (content for _, content, _, _ in reports))
    return {"type": "bundle", "id": bundle_id or f"bundle--{uuid.uuid4()}", "objects": head + objects}
