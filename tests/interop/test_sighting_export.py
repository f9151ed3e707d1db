"""Sightings leave as STIX 2.1 sighting objects (checked by the STIX validator) and as MISP sightings."""

from __future__ import annotations

import stix2
from stix2validator import ValidationOptions, validate_instance

from siaga.delivery.receiving import accept
from siaga.interop import exports
from siaga.interop.stix import stix_id

from helpers import link


def test_a_partners_sighting_is_exported_to_stix_and_misp(make_station, draft):
    jkt, kl = make_station("jakarta", country="ID"), make_station("kl", country="MY")
    kl_at_jkt, jkt_at_kl = link(jkt, kl)
    msg = jkt.file_report(dict(draft, to=None, scope="global", countries=[]))
    accept(kl, [jkt.outgoing.envelopes([msg])[msg]], jkt_at_kl)
    sight = kl.sight(msg[:12], ["update-check.example"], 5, first_seen="2026-11-24T02:00:00Z",
                     last_seen="2026-11-24T09:00:00Z", sectors=["government"])
    accept(jkt, [kl.outgoing.envelopes([sight])[sight]], kl_at_jkt)
    assert [s.count for s in jkt.sightings(msg[:12])] == [5]

    items = exports.collect(jkt, None)
    bundle = exports.stix_bundle(jkt, items)
    result = validate_instance(bundle, ValidationOptions(strict=False))
    assert result.is_valid, [str(e) for e in result.errors]
    stix2.parse(bundle, allow_custom=True)
    sightings = [o for o in bundle["objects"] if o["type"] == "sighting"]
    assert len(sightings) == 1
    seen = sightings[0]
    assert seen["sighting_of_ref"] == stix_id("indicator", msg, "1")  # the report's second indicator, the domain
    assert (seen["count"], seen["first_seen"], seen["last_seen"]) == (5, "2026-11-24T02:00:00.000Z",
                                                                      "2026-11-24T09:00:00.000Z")
    who = next(o for o in bundle["objects"] if o["id"] == seen["where_sighted_refs"][0])
    assert who["type"] == "identity" and who["name"].startswith("kl")

    event = exports.misp_events(items, jkt)[0]["Event"]
    marked = [a for a in event["Attribute"] if a.get("Sighting")]
    assert [a["value"] for a in marked] == ["update-check.example"]
    assert marked[0]["Sighting"][0]["type"] == "0" and marked[0]["Sighting"][0]["source"] == "kl"
