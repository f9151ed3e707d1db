"""A report's language travels in STIX as the incident's own ``lang`` property, and comes back from it."""

from __future__ import annotations

import json
from datetime import datetime, timezone

from stix2validator import ValidationOptions, validate_instance

from siaga.base.encoding import canonical
from siaga.interop import stix
from siaga.interop.stix_import import import_stix
from siaga.protocol import codebook
from siaga.protocol.message import StationInfo, build_report, message_id

NOW = datetime(2026, 11, 24, 3, 22, tzinfo=timezone.utc)


def _bundle(draft, **changes):
    content = build_report(dict(draft, **changes), StationInfo(bytes(32), "TH duty desk", "ThaiCERT", "TH"),
                           codebook.current(), now=NOW)
    return stix.bundle(codebook.codebooks(), [(message_id(canonical(content)), content, None, None)])


def test_the_language_of_the_free_text_is_exported_and_read_back(make_station, draft):
    bundle = _bundle(draft, lang="th", summary="มัลแวร์เรียกค่าไถ่")
    assert validate_instance(bundle, ValidationOptions(strict=False)).is_valid
    [incident] = [o for o in bundle["objects"] if o["type"] == "incident"]
    assert incident["lang"] == "th"
    assert "lang" not in [o for o in _bundle(draft)["objects"] if o["type"] == "incident"][0]
    station = make_station("reader")
    import_stix(station, json.dumps(bundle).encode(), source="partner.json")
    [msg_id] = station.store.inbox_ids()
    assert station.read_inbox(msg_id)["content"]["lang"] == "th"


def test_a_partners_regional_tag_names_the_language_and_an_unknown_one_is_left_out(make_station, draft):
    station = make_station("reader")
    for tag, expected in (("vi-VN", "vi"), ("de", None)):
        bundle = _bundle(draft, summary=f"Report in {tag}")
        next(o for o in bundle["objects"] if o["type"] == "incident")["lang"] = tag
        import_stix(station, json.dumps(bundle).encode(), source=f"{tag}.json")
    langs = {station.read_inbox(i)["content"]["summary"]: station.read_inbox(i)["content"].get("lang")
             for i in station.store.inbox_ids()}
    assert langs == {"Report in vi-VN": "vi", "Report in de": None}
