"""STIX 2.1 imports from partners: each incident is taken or refused on its own, and a file that is not
a bundle is refused whole, naming what is wrong (exit status 2 on the command line, never a traceback)."""

from __future__ import annotations

import json
import subprocess

import pytest

from siaga.base.errors import DecodeError, ValidationError
from siaga.interop.exports import ExportItem, misp_event
from siaga.interop.stix import SIAGA_EXT
from siaga.interop.stix_import import read_bundle
from siaga.protocol import codebook

from netutil import child_env, siaga_cmd

BOOK = codebook.current()
GOOD = {"type": "incident", "spec_version": "2.1", "id": "incident--00000000-0000-4000-8000-000000000001",
        "created": "2026-11-24T01:30:00.000Z", "modified": "2026-11-24T01:30:00.000Z",
        "name": "Phishing wave against ministries", "description": "Line one\n\tline two"}


def bundle(*objects) -> bytes:
    return json.dumps({"type": "bundle", "id": "bundle--00000000-0000-4000-8000-00000000000b",
                       "objects": list(objects)}).encode()


def incident(n: int, **changes) -> dict:
    return dict(GOOD, id=f"incident--00000000-0000-4000-8000-{n:012d}", **changes)


#: incidents no station can store safely, each with the field its refusal must name
HOSTILE = [
    (incident(2, name="Alert\x1b[2J\x1b[31m ALL CLEAR"), "name"),
    (incident(3, name="Bell\x07"), "name"),
    (incident(4, name="invoice\u202egpj.exe"), "name"),
    (incident(5, description="text\x00hidden"), "description"),
    (incident(6, created="garbage-date"), "created"),
    (incident(7, created="2026-13-45T99:00:00Z"), "created"),
    (incident(8, modified="yesterday"), "modified"),
    (incident(9, created=5), "created"),
    (incident(10, name=["a"]), "name"),
    (incident(11, description={"a": 1}), "description"),
    (incident(12, name="x" * 281), "name"),
    (incident(13, extensions=[1]), "extensions"),
    (incident(14, labels=7), "labels"),
    (incident(15, object_marking_refs=3), "object_marking_refs"),
    (incident(16, created_by_ref=["identity--x"]), "created_by_ref"),
    (incident(17, extensions={SIAGA_EXT: {"countries": 9}}), "countries"),
    (incident(18, extensions={SIAGA_EXT: {"countries": ["T\x1bH"]}}), "countries"),
    (incident(19, extensions={SIAGA_EXT: {"observed_at": "soon"}}), "observed_at"),
    (incident(20, x_big=2 ** 60), "JSON"),
    (incident(21, created="0001-01-01T00:00:00+01:00"), "created"),
]


def test_good_incidents_are_kept_and_each_bad_one_is_refused_naming_its_field():
    reports = read_bundle(bundle(incident(1), *(obj for obj, _ in HOSTILE)), BOOK)
    assert [r["content"]["stix_id"] for r in reports] == [incident(1)["id"]]
    assert len(reports.refused) == len(HOSTILE)
    for (obj, field), reason in zip(HOSTILE, reports.refused):
        assert reason.code == "stix-object" and obj["id"] in reason and field in reason, reason
    content = reports[0]["content"]
    assert content["reported_at"] == content["observed_at"] == "2026-11-24T01:30:00Z"  # stored in Siaga's form
    assert content["narrative"] == "Line one\n\tline two"


def test_timestamps_with_offsets_and_fractions_are_stored_as_utc():
    [report] = read_bundle(bundle(incident(1, created="2026-11-24T08:30:00.123+07:00")), BOOK)
    assert report["content"]["reported_at"] == "2026-11-24T01:30:00Z"


def test_an_identity_name_with_control_characters_refuses_its_incident():
    author = {"type": "identity", "id": "identity--1", "name": "Partner\x1b]0;pwned\x07"}
    reports = read_bundle(bundle(author, incident(1), incident(2, created_by_ref="identity--1")), BOOK)
    assert len(reports) == 1 and "identity--1 name" in reports.refused[0]


def test_loose_indicators_whose_author_has_no_text_name_are_refused_not_the_file():
    """An incident refused for its author's name leaves its indicators loose; their author is refused too."""
    author = {"type": "identity", "id": "identity--1", "name": []}
    objects = [author, incident(1, created_by_ref="identity--1"),
               {"type": "indicator", "id": "indicator--1", "created_by_ref": "identity--1",
                "pattern": "[ipv4-addr:value = '203.0.113.7']", "created": GOOD["created"]},
               {"type": "relationship", "id": "relationship--1", "relationship_type": "indicates",
                "source_ref": "indicator--1", "target_ref": incident(1)["id"]},
               incident(2)]
    reports = read_bundle(bundle(*objects), BOOK)
    assert [r["content"]["stix_id"] for r in reports] == [incident(2)["id"]]
    assert reports.refused and all("identity--1 name" in reason for reason in reports.refused)


def test_an_indicator_pattern_that_is_not_text_refuses_its_incident_not_the_file():
    objects = [incident(1), {"type": "indicator", "id": "indicator--1", "pattern": 5},
               {"type": "relationship", "id": "relationship--1", "relationship_type": "indicates",
                "source_ref": "indicator--1", "target_ref": incident(1)["id"]},
               {"type": "relationship", "id": "relationship--2", "relationship_type": "indicates",
                "source_ref": ["indicator--1"], "target_ref": incident(1)["id"]},
               incident(2)]
    reports = read_bundle(bundle(*objects), BOOK)
    assert [r["content"]["stix_id"] for r in reports] == [incident(2)["id"]]
    assert "indicator--1 pattern" in reports.refused[0]


#: files that are not bundles Siaga can read, with a word their one-line refusal must hold
SHAPES = [
    (b"[1, 2]", "not a STIX bundle"),
    (json.dumps({"type": "bundle", "objects": {"a": 1}}).encode(), "not a STIX bundle"),
    (bundle(7), "objects[0]"),
    (bundle({"id": "incident--1", "name": "x"}), "objects[0] type"),
    (bundle({"type": "incident", "name": "x"}), "objects[0] id"),
    (bundle(incident(1, created=12)), "created"),
    (bundle(incident(1, modified=[])), "modified"),
    (bundle(incident(1, name=None)), "name"),
    (bundle(incident(1, description=3)), "description"),
    (b'{"type": "bundle", "objects": ' + b"[" * 50_000 + b"]" * 50_000 + b"}", "nested"),
    (b'{"type": "bundle", "objects": [{"type": "incident", "name": "\xff\xfe"}]}', "not valid JSON"),
    (bundle({"type": "indicator", "id": "indicator--1", "pattern": "[ipv4-addr:value = '1.2.3.4']"}), "no incident"),
]


@pytest.mark.parametrize("data, words", SHAPES)
def test_a_file_with_nothing_to_take_is_refused_naming_the_problem(data, words):
    with pytest.raises(DecodeError) as info:
        read_bundle(data, BOOK)
    assert words in str(info.value) and "\n" not in str(info.value)


def test_an_export_refuses_a_stored_report_whose_time_is_not_a_time():
    """A report an older version imported with a garbage time: a clear refusal naming it, not a traceback."""
    [report] = read_bundle(bundle(incident(1)), BOOK)
    content = dict(report["content"], reported_at="garbage-date")
    with pytest.raises(ValidationError) as info:
        misp_event(ExportItem("ab" * 32, content, None, "new"))
    assert "garbage-date" in str(info.value) and "abababab" in str(info.value)


def test_cli_imports_the_good_incidents_says_how_many_were_refused_and_exports_after(make_station, tmp_path):
    home = make_station("manila", country="PH").home
    run = lambda *a: subprocess.run(siaga_cmd(*a, "--home", str(home)), env=child_env(), capture_output=True,
                                    text=True, timeout=120)
    hostile = tmp_path / "hostile.json"
    hostile.write_bytes(bundle(incident(1), *(obj for obj, _ in HOSTILE)))
    result = run("import", "stix", str(hostile))
    assert result.returncode == 0, result.stderr
    assert f"1 incident(s) read, 1 new, {len(HOSTILE)} refused" in result.stdout
    assert len(result.stderr.splitlines()) == len(HOSTILE) and "\x1b" not in result.stderr + result.stdout
    assert "name: contains control characters or text-direction marks (U+001B)" in result.stderr
    for fmt in ("misp", "stix"):
        out = tmp_path / f"all.{fmt}.json"
        exported = run("export", fmt, "--all", "--out", str(out))
        assert exported.returncode == 0 and "1 report(s)" in exported.stdout, exported.stderr
    for n, (data, words) in enumerate(SHAPES[:11]):
        bad = tmp_path / f"bad{n}.json"
        bad.write_bytes(data)
        refused = run("import", "stix", str(bad))
        assert refused.returncode == 2 and refused.stderr.count("\n") == 1 and words in refused.stderr, \
            (n, refused.stderr)
        assert "internal error" not in refused.stderr
