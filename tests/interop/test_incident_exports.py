"""An incident thread exports as one STIX incident and one MISP event, and partners' tools read them."""

from __future__ import annotations

import json

import pytest
import stix2
from pymisp import MISPEvent
from stix2validator import ValidationOptions, validate_instance

from siaga.interop import exports, stix
from siaga.interop.stix_import import read_bundle


@pytest.fixture
def thread(network, draft):
    jkt = network().jakarta
    root = jkt.file_report(dict(draft, severity=3))
    up1 = jkt.file_report({"updates": root, "summary": "Two more servers encrypted", "severity": 4,
                           "indicators": draft["indicators"] + [{"type": "domain-name", "value": "c2.example"}]})
    up2 = jkt.file_report({"updates": root, "summary": "Contained"})
    final = jkt.file_report({"updates": root, "type": "final", "summary": "Restored from backups"})
    other = jkt.file_report(dict(draft, summary="An unrelated phishing wave", code="rsit:fraud/phishing",
                                 indicators=[]))
    return jkt, [root, up1, up2, final], other


def test_a_thread_is_one_stix_incident_with_its_reports_as_notes(thread):
    jkt, order, other = thread
    bundle = exports.stix_bundle(jkt, exports.collect(jkt, None))
    result = validate_instance(bundle, ValidationOptions(strict=False))
    assert result.is_valid, [str(e) for e in result.errors]
    stix2.parse(bundle, allow_custom=True)
    incidents = [o for o in bundle["objects"] if o["type"] == "incident"]
    assert len(incidents) == 2
    incident = next(o for o in incidents if o["id"] == stix._id("incident", order[0]))
    contents = [jkt.read_outbox(m).content for m in order]
    assert incident["name"] == "Restored from backups"
    assert incident["created"] == stix._stamp(contents[0]["reported_at"])
    assert incident["modified"] == stix._stamp(contents[-1]["reported_at"])
    ext = incident["extensions"]
    assert ext[stix.SIAGA_EXT]["incident"] == order[0] and ext[stix.SIAGA_EXT]["message_id"] == order[-1]
    assert ext[stix.INCIDENT_EXT]["investigation_status"] == "closed" and ext[stix.INCIDENT_EXT]["criticality"] == 80
    notes = [o for o in bundle["objects"] if o["type"] == "note"]
    assert [n["extensions"][stix.SIAGA_EXT]["message_id"] for n in notes] == order
    assert [n["abstract"].split(":")[0] for n in notes] == ["Early warning", "Update", "Update", "Final report"]
    assert all(n["object_refs"] == [incident["id"]] for n in notes)
    targets = {o["target_ref"] for o in bundle["objects"] if o["type"] == "relationship"}
    assert targets == {incident["id"]}  # the unrelated report has no indicators
    # a partner importing it gets one report per incident, the latest state of this one
    imported = read_bundle(json.dumps(bundle).encode(), jkt.books.current)
    assert sorted(r["content"]["summary"] for r in imported) == ["An unrelated phishing wave",
                                                                "Restored from backups"]


def test_exporting_the_first_report_alone_keeps_the_incident_id(thread):
    jkt, order, _ = thread
    alone = exports.stix_bundle(jkt, exports.collect(jkt, [order[0][:12]]))
    assert [o["id"] for o in alone["objects"] if o["type"] == "incident"] == [stix._id("incident", order[0])]
    update_only = exports.stix_bundle(jkt, exports.collect(jkt, [order[1][:12]]))
    assert [o["id"] for o in update_only["objects"] if o["type"] == "incident"] == [stix._id("incident", order[0])]


def test_a_thread_is_one_misp_event_with_timestamped_attributes(thread):
    jkt, order, other = thread
    events = exports.misp_events(exports.collect(jkt, None))
    assert len(events) == 2
    loaded = []
    for doc in events:
        event = MISPEvent()
        event.load(doc)
        loaded.append(event)
    event = next(e for e in loaded if e.info == "Restored from backups")
    assert int(event.analysis) == 2 and int(event.threat_level_id) == 1
    assert {t.name for t in event.tags} >= {f'siaga:incident="{order[0]}"'}
    reports = sorted((a for a in event.attributes if a.comment.startswith("Siaga message ") and a.type == "text"
                      and a.comment != "Siaga message id"),
                     key=lambda a: a.timestamp)
    assert [a.value.split(":")[0] for a in reports] == ["early-warning", "update", "update", "final"]
    assert [a.comment.split()[-1] for a in reports] == order
    assert reports[0].timestamp <= reports[-1].timestamp
    domains = [a for a in event.attributes if a.type == "domain" and a.value == "c2.example"]
    assert len(domains) >= 1
    assert len({a.uuid for a in event.attributes}) == len(event.attributes)
