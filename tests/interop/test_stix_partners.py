"""What partners' tools send comes in: MISP's STIX 2.1 export (made here by misp-stix from PyMISP events),
bare indicators, STIX sightings, and Siaga's own export taken in again without duplicates."""

from __future__ import annotations

import json
import sys
import warnings

import pytest
from pymisp import MISPEvent, MISPOrganisation, MISPSighting

from siaga.delivery.receiving import accept
from siaga.interop.exports import collect, stix_bundle
from siaga.interop.stix_import import import_stix, read_bundle
from siaga.interop.stix_partners import pattern_indicators
from siaga.protocol import codebook

from helpers import link

BOOK = codebook.current()
MY_CERT = ("MY-CERT", "55f6ea5e-2c60-40e5-964f-47a8950d210f")
SG_CERT = ("SG-CERT", "65f6ea5e-2c60-40e5-964f-47a8950d2100")


def _org(name_uuid):
    org = MISPOrganisation()
    org.name, org.uuid = name_uuid
    return org


def misp_bundle(*attributes, info="Phishing campaign against ministries", sighted=None, tags=("tlp:amber",)) -> bytes:
    """A MISP event as MISP itself writes it in STIX 2.1 (misp-stix)."""
    event = MISPEvent()
    event.info = info
    event.Orgc = _org(MY_CERT)
    for tag in tags:
        event.add_tag(tag)
    for kind, value in attributes:
        attribute = event.add_attribute(kind, value, to_ids=True)
        if sighted == value:
            sighting = MISPSighting()
            sighting.from_dict(type="0", date_sighting="1764000000", uuid="3f6ea5e2-2c60-40e5-964f-47a8950d2101",
                               Organisation={"name": SG_CERT[0], "uuid": SG_CERT[1]})
            attribute.sightings = [sighting]
    with warnings.catch_warnings():  # misp-stix's STIX 1 dependencies warn as they load (six, lxml)
        warnings.simplefilter("ignore")
        finders = list(sys.meta_path)
        try:
            from misp_stix_converter import MISPtoSTIX21Parser
        finally:  # an old six among them adds an import hook that later imports in this process trip over
            sys.meta_path[:] = finders
        parser = MISPtoSTIX21Parser()
        parser.parse_misp_event(event.to_dict())
        return parser.bundle.serialize().encode()


ATTRIBUTES = (("domain", "Login-Kemlu.example"), ("ip-dst", "198.51.100.23"),
              ("url", "https://login-kemlu.example/sso"), ("md5", "d41d8cd98f00b204e9800998ecf8427f"))


def test_a_misp_event_comes_in_as_one_external_report_with_its_indicators():
    data = misp_bundle(*ATTRIBUTES)
    assert b'"grouping"' in data and b'"incident"' not in data  # what MISP really sends
    reports = read_bundle(data, BOOK)
    assert len(reports) == 1 and reports.refused == []
    content = reports[0]["content"]
    assert content["summary"] == "Phishing campaign against ministries"
    assert content["station"]["name"] == "MY-CERT" and content["tlp"] == "TLP:AMBER"
    assert sorted((i["type"], i["value"]) for i in content["indicators"]) == [
        ("domain-name", "login-kemlu.example"), ("ipv4-addr", "198.51.100.23"),
        ("md5", "d41d8cd98f00b204e9800998ecf8427f"), ("url", "https://login-kemlu.example/sso")]


def test_a_misp_event_joins_the_correlation(make_station, draft):
    jkt, kl = make_station("jakarta", country="ID"), make_station("kl", country="MY")
    _, jkt_at_kl = link(jkt, kl)
    jkt_id = jkt.file_report(dict(draft, to=None, scope="global", countries=[],
                                  indicators=[{"type": "domain-name", "value": "login-kemlu[.]example"}]))
    accept(kl, [jkt.outgoing.envelopes([jkt_id])[jkt_id]], jkt_at_kl)
    found, new = import_stix(kl, misp_bundle(*ATTRIBUTES), "my-cert-event.json")
    assert (found, new) == (1, 1)
    threats = kl.correlation.shared_threats(since=0)
    assert len(threats) == 1
    assert threats[0].countries == ("ID", "ext:MY-CERT")
    assert "login-kemlu.example" in {t.label for t in threats[0].ties}


def test_indicators_alone_come_in_as_one_report_named_by_their_source():
    data = json.loads(misp_bundle(*ATTRIBUTES))
    data["objects"] = [o for o in data["objects"] if o["type"] != "grouping"]
    reports = read_bundle(json.dumps(data).encode(), BOOK)
    assert len(reports) == 1
    content = reports[0]["content"]
    assert content["summary"] == "4 indicator(s) from MY-CERT"
    assert len(content["indicators"]) == 4


def test_a_stix_sighting_becomes_a_sighting_of_the_report_it_saw(make_station):
    station = make_station("kl", country="MY")
    data = misp_bundle(*ATTRIBUTES, sighted="Login-Kemlu.example")
    reports = read_bundle(data, BOOK)
    assert len(reports.sightings) == 1
    assert reports.sightings[0]["source"] == "SG-CERT"
    assert reports.sightings[0]["sighting"]["indicators"] == [{"type": "domain-name", "value": "login-kemlu.example"}]
    import_stix(station, data, "event.json")
    held = station.inbox(limit=10)
    report = next(r for r in held if r["type"] == "update")
    sighting = next(r for r in held if r["type"] == "sighting")
    assert sighting["in_reply_to"] == report["id"] and sighting["external"]
    assert station.sighting_counts([report["id"]]) == {report["id"]: 1}
    assert import_stix(station, data, "event.json") == (1, 0)  # again: nothing new


def test_siaga_export_taken_in_again_makes_no_duplicates_and_peers_reports_stay_signed(make_station, draft, tmp_path):
    jkt, kl, sg = make_station("jakarta", country="ID"), make_station("kl", country="MY"), make_station(
        "sg", country="SG")
    _, jkt_at_kl = link(jkt, kl)
    link(sg, jkt)
    own = kl.file_report(dict(draft, to=None, scope="global", countries=[]))
    received = jkt.file_report(dict(draft, to=None, scope="global", countries=[], summary="From Jakarta"))
    accept(kl, [jkt.outgoing.envelopes([received])[received]], jkt_at_kl)
    import_stix(kl, misp_bundle(*ATTRIBUTES), "partner.json")
    out = tmp_path / "all.json"
    out.write_text(json.dumps(stix_bundle(kl, collect(kl, None))))
    before = len(kl.inbox(limit=-1))
    assert import_stix(kl, out.read_bytes(), "again.json")[1] == 0
    assert len(kl.inbox(limit=-1)) == before and len(kl.outbox()) == 1
    # Singapore knows Jakarta: Jakarta's report in KL's export is Jakarta's signed report there, not an external one
    import_stix(sg, out.read_bytes(), "from-kl.json")
    copy = sg.read_inbox(received[:12])
    assert copy["verified_signature"] and not copy.get("external") and copy["content"]["summary"] == "From Jakarta"
    # KL's own report, whose author Singapore does not know, is taken as external
    assert sg.read_inbox(own[:12])["external"]


def test_a_payload_that_does_not_check_out_is_taken_as_external(make_station, draft, tmp_path):
    jkt, sg = make_station("jakarta", country="ID"), make_station("sg", country="SG")
    link(sg, jkt)
    msg = jkt.file_report(dict(draft, to=None, scope="global", countries=[]))
    out = tmp_path / "jkt.json"
    out.write_text(json.dumps(stix_bundle(jkt, collect(jkt, None))))
    doc = json.loads(out.read_text())
    for obj in doc["objects"]:
        if obj["type"] == "incident":
            ext = next(v for k, v in obj["extensions"].items() if "signed_payload" in v)
            ext["signed_payload"] = ext["signed_payload"][:-8] + "AAAAAAAA"
    import_stix(sg, json.dumps(doc).encode(), "tampered.json")
    shown = sg.read_inbox(msg[:12])
    assert shown["external"] and not shown["verified_signature"]


@pytest.mark.parametrize(("pattern", "expected"), [
    ("[network-traffic:dst_ref.type = 'ipv4-addr' AND network-traffic:dst_ref.value = '198.51.100.23']",
     [("ipv4-addr", "198.51.100.23")]),
    ("[domain-name:value = 'a.example'] OR [url:value = 'http://b.example/x']",
     [("domain-name", "a.example"), ("url", "http://b.example/x")]),
    ("[file:hashes.'SHA-256' = '" + "A" * 64 + "']", [("sha256", "a" * 64)]),
    ("[process:name = 'evil.exe']", []),
    (7, []),
])
def test_patterns_give_every_simple_comparison(pattern, expected):
    assert [(i["type"], i["value"]) for i in pattern_indicators(pattern)] == expected
