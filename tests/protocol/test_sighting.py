"""The sighting message: built in normal form, and every malformed one refused naming its field."""

from __future__ import annotations

import pytest

from siaga.base.errors import ValidationError
from siaga.protocol import codebook
from siaga.protocol.message import StationInfo, build_sighting, check_content

BOOKS = codebook.codebooks()
AUTHOR = StationInfo(b"k" * 32, "MY duty desk", "MyCERT", "MY")
REF = "b" * 64


def sighting(**draft):
    return build_sighting(REF, {"indicators": [{"type": "ipv4-addr", "value": "198.51.100.23"}], **draft}, AUTHOR,
                          BOOKS.current)


def test_a_sighting_is_built_in_normal_form_and_checks_out():
    content = sighting(count=3, first_seen="2026-11-24T08:00:00+07:00", sectors=["government"])
    assert content["type"] == "sighting" and content["in_reply_to"] == REF
    assert content["sighting"] == {"indicators": [{"type": "ipv4-addr", "value": "198.51.100.23"}], "count": 3,
                                   "first_seen": "2026-11-24T01:00:00Z", "last_seen": "2026-11-24T01:00:00Z",
                                   "sectors": ["government"]}
    assert check_content(content, BOOKS) is content
    fresh = sighting()  # by default: seen once, now
    assert fresh["sighting"]["first_seen"] == fresh["reported_at"] == fresh["sighting"]["last_seen"]
    assert fresh["sighting"]["count"] == 1


@pytest.mark.parametrize(("draft", "field"), [
    ({"count": 0}, "sighting.count"),
    ({"count": True}, "sighting.count"),
    ({"first_seen": "2026-11-24T09:00:00Z", "last_seen": "2026-11-24T08:00:00Z"}, "sighting.last_seen"),
    ({"first_seen": "3026-01-01T00:00:00Z"}, "sighting.last_seen"),
    ({"sectors": ["no-such-sector"]}, "sighting.sectors[0]"),
    ({"indicators": [{"type": "ipv4-addr", "value": "300.1.1.1"}]}, "sighting.indicators[0] (ipv4-addr)"),
    ({"colour": "red"}, "sighting"),
])
def test_a_malformed_sighting_is_refused_naming_the_field(draft, field):
    with pytest.raises(ValidationError) as caught:
        sighting(**draft)
    assert caught.value.params["field"] == field


@pytest.mark.parametrize("change", [
    lambda c: c.pop("in_reply_to"),
    lambda c: c["sighting"].pop("count"),
    lambda c: c["sighting"].update(count=-1),
    lambda c: c["sighting"].update(extra=1),
    lambda c: c["sighting"]["indicators"].append({"type": "domain-name", "value": "UPPER.example"}),
    lambda c: c.update(ack={"status": "received", "note": ""}),
])
def test_received_sightings_out_of_normal_form_are_refused(change):
    content = sighting()
    change(content)
    with pytest.raises(ValidationError):
        check_content(content, BOOKS)


def test_a_station_on_the_older_codebook_refuses_a_sighting_as_an_unknown_type():
    content = dict(sighting(), codebook="2026.1")
    with pytest.raises(ValidationError) as caught:
        check_content(content, BOOKS)
    assert caught.value.params["field"] == "type"
