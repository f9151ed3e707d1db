"""STIX 2.1 and MISP exports, checked with the tools partners run (stix2-validator, stix2, pymisp)."""

from __future__ import annotations

import json
import subprocess

import pytest
import stix2
from pymisp import MISPEvent
from stix2validator import ValidationOptions, validate_instance

from siaga.base.encoding import b64d
from siaga.interop import exports, stix
from siaga.interop.stix_import import import_stix
from siaga.protocol.envelope import verify_payload

from netutil import child_env, siaga_cmd


@pytest.fixture
def net(network):
    """Jakarta and Kuala Lumpur know each other; Manila knows neither."""
    return network(links=[("jakarta", "kl")])


@pytest.fixture
def filed(net, draft):
    jkt, kl = net.jakarta, net.kl
    peer = net.peers[("jakarta", "kl")]
    drafts = [
        draft,
        dict(draft, code="rsit:availability/ddos", severity=5, tlp="TLP:RED", to=[peer.id],
             indicators=[{"type": "url", "value": "https://evil.example/it's?a=1"},
                         {"type": "ipv6-addr", "value": "2001:db8::1"},
                         {"type": "email-addr", "value": "ceo@phish.example"},
                         {"type": "md5", "value": "d41d8cd98f00b204e9800998ecf8427e"}]),
        dict(draft, code="rsit:fraud/phishing", severity=1, tlp="TLP:CLEAR", indicators=[], narrative=""),
    ]
    kl.set_trust(kl.peer_by_key(jkt.keys.sign_pk).id, "verified")
    jkt.set_trust(peer.id, "verified")
    ids = jkt.file_reports(drafts)
    jkt.ping(peer.id)  # not a report: never exported
    return jkt, ids, drafts


def validate(bundle: dict) -> None:
    result = validate_instance(bundle, ValidationOptions(strict=False))
    assert result.is_valid, [str(e) for e in result.errors]


def test_stix_export_is_valid_and_carries_codes_and_signature(filed):
    jkt, ids, drafts = filed
    items = exports.collect(jkt, None)
    assert [i.msg_id for i in items] == ids  # the ping is left out
    bundle = exports.stix_bundle(jkt, items)
    validate(bundle)
    parsed = stix2.parse(bundle, allow_custom=True)
    kinds = [o["type"] for o in bundle["objects"]]
    assert kinds.count("incident") == 3 and kinds.count("indicator") == 7 and kinds.count("relationship") == 7
    assert {o["id"] for o in bundle["objects"] if o["type"] == "marking-definition"} == {
        "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421",   # AMBER
        "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1",   # RED
        "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487"}   # CLEAR
    for obj in bundle["objects"]:
        if obj["type"] in ("incident", "indicator", "relationship"):
            assert len(obj["object_marking_refs"]) == 1
    incidents = [o for o in bundle["objects"] if o["type"] == "incident"]
    ddos = next(o for o in incidents if o["extensions"][stix.SIAGA_EXT]["code"] == "rsit:availability/ddos")
    core = ddos["extensions"][stix.INCIDENT_EXT]
    assert core["criticality"] == 100 and core["investigation_status"] == "new"
    assert ddos["object_marking_refs"] == ["marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1"]
    # the author's signature travels along: a receiver can check who wrote it
    ext = ddos["extensions"][stix.SIAGA_EXT]
    opened = verify_payload(b64d(ext["signed_payload"]), jkt.books, expected_id=ext["message_id"])
    assert opened.author_pk == jkt.keys.sign_pk and opened.content["severity"] == 5
    patterns = {o["pattern"] for o in bundle["objects"] if o["type"] == "indicator"}
    assert "[url:value = 'https://evil.example/it\\'s?a=1']" in patterns
    assert "[file:hashes.MD5 = 'd41d8cd98f00b204e9800998ecf8427e']" in patterns
    assert len(parsed.objects) == len(bundle["objects"])


def test_stix_round_trip_through_import(filed, net):
    jkt, ids, drafts = filed
    bundle = exports.stix_bundle(jkt, exports.collect(jkt, None))
    other = net.manila
    found, new = import_stix(other, json.dumps(bundle).encode(), source="partner.json")
    assert (found, new) == (3, 3)
    assert import_stix(other, json.dumps(bundle).encode()) == (3, 0)  # no duplicates
    by_code = {}
    for msg_id in other.store.inbox_ids():
        shown = other.read_inbox(msg_id)
        assert shown["external"] and not shown["verified_signature"] and shown["author_trust"] == "external"
        by_code[shown["content"]["code"]] = shown["content"]
    ddos = by_code["rsit:availability/ddos"]
    assert (ddos["severity"], ddos["tlp"]) == (5, "TLP:RED")
    assert {(i["type"], i["value"]) for i in ddos["indicators"]} == {
        (i["type"], i["value"]) for i in drafts[1]["indicators"]}
    with pytest.raises(Exception, match="external"):
        other.acknowledge(other.store.inbox_ids()[0], "received")


def test_a_stix_incident_comes_in_as_a_report_whatever_its_extension_claims(filed, net):
    jkt, ids, drafts = filed
    bundle = exports.stix_bundle(jkt, exports.collect(jkt, None))
    for obj in bundle["objects"]:
        if obj["type"] == "incident":
            obj["extensions"][stix.SIAGA_EXT]["message_type"] = "acknowledgement"
    other = net.manila
    assert import_stix(other, json.dumps(bundle).encode()) == (3, 3)
    assert {other.read_inbox(i)["content"]["type"] for i in other.store.inbox_ids()} == {"update"}


def test_misp_export_loads_in_pymisp(filed, tmp_path):
    jkt, ids, drafts = filed
    out = tmp_path / "events.json"
    result = subprocess.run(siaga_cmd("export", "misp", ids[1][:10], ids[2][:10], "--out", str(out), "--home",
                                      str(jkt.home)), env=child_env(), capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    events = json.loads(out.read_text())
    assert len(events) == 2
    loaded = []
    for doc in events:
        event = MISPEvent()
        event.load(doc)
        loaded.append(event)
    ddos, phishing = loaded
    assert {t.name for t in ddos.tags} >= {'rsit:availability="ddos"', "tlp:red", "PAP:AMBER"}
    assert int(ddos.threat_level_id) == 1 and int(ddos.distribution) == 0
    assert {(a.type, a.category, a.value) for a in ddos.attributes if a.to_ids} == {
        ("url", "Network activity", "https://evil.example/it's?a=1"), ("ip-dst", "Network activity", "2001:db8::1"),
        ("email-src", "Payload delivery", "ceo@phish.example"),
        ("md5", "Payload delivery", "d41d8cd98f00b204e9800998ecf8427e")}
    assert {t.name for t in phishing.tags} >= {'rsit:fraud="phishing"', "tlp:clear"}
    assert int(phishing.threat_level_id) == 3 and int(phishing.distribution) == 3


def test_export_cli_writes_a_valid_bundle_and_refuses_bad_requests(filed, tmp_path):
    jkt, ids, _ = filed
    out = tmp_path / "all.json"
    run = lambda *a: subprocess.run(siaga_cmd(*a, "--home", str(jkt.home)), env=child_env(), capture_output=True,
                                    text=True, timeout=120)
    result = run("export", "stix", "--all", "--out", str(out))
    assert result.returncode == 0 and "3 report(s)" in result.stdout, result.stderr
    validate(json.loads(out.read_text()))
    for args, words in ((("export", "stix", "--out", str(tmp_path / "x.json")), "--all"),
                        (("export", "stix", "ffff0000", "--out", str(tmp_path / "x.json")), "no report"),
                        (("import", "stix", str(out) + ".missing"), "cannot read")):
        bad = run(*args)
        assert bad.returncode == 2 and words in bad.stderr and bad.stderr.count("\n") == 1, bad.stderr
    assert not (tmp_path / "x.json").exists()
    garbage = tmp_path / "garbage.json"
    garbage.write_text('{"type": "bundle", "objects": [{"type": "indicator"}]}')
    bad = run("import", "stix", str(garbage))
    assert bad.returncode == 2 and "no incident" in bad.stderr
