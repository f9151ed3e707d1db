from datetime import datetime, timezone

import pytest

from siaga.base.errors import UnknownCodeError, ValidationError
from siaga.protocol import codebook, message
from siaga.protocol.message import StationInfo, build_ack, build_ping, build_report, check_content

AUTHOR = StationInfo(bytes(range(32)), "Duty desk", "National CSIRT", "ID")
NOW = datetime(2026, 11, 24, 3, 0, tzinfo=timezone.utc)


@pytest.fixture(scope="module")
def book():
    return codebook.current()


def test_report_carries_every_required_field(draft, book):
    content = build_report(draft, AUTHOR, book, NOW)
    for key in ("type", "codebook", "code", "severity", "tlp", "pap", "scope", "countries", "observed_at",
                "reported_at", "station", "author", "summary", "narrative", "indicators", "observations"):
        assert key in content
    assert content["codebook"] == book.version
    assert content["observed_at"] == "2026-11-23T18:30:00Z"  # +07:00 stored as UTC
    assert content["reported_at"] == "2026-11-24T03:00:00Z"
    assert content["pap"] == "PAP:AMBER"
    assert content["indicators"][1] == {"type": "domain-name", "value": "update-check.example"}
    assert check_content(content, codebook.codebooks()) is content


def test_labels_are_accepted_in_any_case(draft, book):
    draft.update(tlp="amber+strict", pap="green")
    content = build_report(draft, AUTHOR, book, NOW)
    assert (content["tlp"], content["pap"]) == ("TLP:AMBER+STRICT", "PAP:GREEN")


def test_code_comes_from_observations_when_missing(draft, book):
    obs = book.entries("observations")[0]
    draft.pop("code")
    draft["observations"] = [obs["code"]]
    content = build_report(draft, AUTHOR, book, NOW)
    assert content["code"] == book.suggest([obs["code"]])[0].code


@pytest.mark.parametrize("change, field", [
    ({"code": "rsit:malicious-code/nope"}, "code"),
    ({"code": None}, "code"),
    ({"severity": 6}, "severity"),
    ({"severity": True}, "severity"),
    ({"tlp": "TLP:WHITE"}, "tlp"),
    ({"scope": "planetary"}, "scope"),
    ({"countries": ["XX"]}, "countries[0]"),
    ({"scope": "bilateral", "countries": []}, "countries"),
    ({"observed_at": "yesterday"}, "observed_at"),
    ({"observed_at": "2026-11-24T01:00:00"}, "observed_at"),
    ({"observed_at": "2030-01-01T00:00:00Z"}, "observed_at"),
    ({"summary": ""}, "summary"),
    ({"summary": "two\nlines"}, "summary"),
    ({"summary": "x" * 281}, "summary"),
    ({"narrative": "x" * 20_001}, "narrative"),
    ({"indicators": [{"type": "ipv4-addr", "value": "999.1.1.1"}]}, "indicators[0] (ipv4-addr)"),
    ({"type": "acknowledgement"}, "type"),
    ({"type": "gossip"}, "type"),
    ({"colour": "red"}, "draft"),
    ({"in_reply_to": "abc"}, "in_reply_to"),
    ({"impact": {"functional": "catastrophic"}}, "impact.functional"),
    ({"sectors": ["spaceflight"]}, "sectors[0]"),
    # past what a date or a number can hold: a clear refusal, never an OverflowError or ValueError
    ({"observed_at": "0001-01-01T00:00:00+01:00"}, "observed_at"),
    ({"observed_at": "9999-12-31T23:59:59-01:00"}, "observed_at"),
    ({"observed_at": "0001-01-01T00:00:00Z"}, "observed_at"),
    ({"observed_at": "1969-12-31T23:59:59Z"}, "observed_at"),
    ({"severity": "\u00b2"}, "severity"),
    ({"severity": "\u0663"}, "severity"),  # an Arabic-Indic three
    ({"severity": "9" * 5000}, "severity"),
    ({"severity": 10 ** 5000}, "severity"),
    ({"summary": "a lone \ud800 surrogate"}, "summary"),
    ({"narrative": "\udfff"}, "narrative"),
    ({"indicators": [{"type": "domain-name", "value": "x.example", "note": "\udc80"}]}, "indicators[0].note"),
])
def test_invalid_drafts_name_the_field(draft, book, change, field):
    draft.update(change)
    with pytest.raises(ValidationError) as info:
        build_report(draft, AUTHOR, book, NOW)
    assert info.value.params["field"] == field


def test_received_content_must_be_in_normal_form(draft, book):
    content = build_report(draft, AUTHOR, book, NOW)
    content["tlp"] = "amber"
    with pytest.raises(ValidationError, match="tlp"):
        check_content(content, codebook.codebooks())


def test_received_content_with_unknown_codebook_version_is_refused(draft, book):
    content = build_report(draft, AUTHOR, book, NOW)
    content["codebook"] = "1999.1"
    with pytest.raises(UnknownCodeError, match="codebook version"):
        check_content(content, codebook.codebooks())


def test_received_content_with_extra_fields_is_refused(draft, book):
    content = build_report(draft, AUTHOR, book, NOW)
    content["secret_field"] = 1
    with pytest.raises(ValidationError, match="unknown field"):
        check_content(content, codebook.codebooks())


def test_ack_and_ping(book):
    ref = "ab" * 32
    ack = build_ack(ref, "investigating", "We are on it", AUTHOR, book, NOW)
    assert ack["ack"] == {"status": "investigating", "note": "We are on it"}
    assert check_content(ack, codebook.codebooks())
    with pytest.raises(ValidationError, match="status"):
        build_ack(ref, "ignored", "", AUTHOR, book, NOW)
    ping = build_ping(AUTHOR, book, NOW)
    assert ping["type"] == "ping" and check_content(ping, codebook.codebooks())


def test_urgency():
    assert message.is_urgent({"type": "early-warning", "severity": 4})
    assert not message.is_urgent({"type": "early-warning", "severity": 3})
    assert not message.is_urgent({"type": "update", "severity": 5})
    # the liaison is interrupted for more: any early warning, any report of severity 4 or 5
    assert message.is_alert({"type": "early-warning", "severity": 1})
    assert message.is_alert({"type": "update", "severity": 4})
    assert not message.is_alert({"type": "final", "severity": 3})
    assert not message.is_alert({"type": "acknowledgement", "severity": 5})


#: what the text rule refuses in any field: C0/C1 controls, DEL and the bidirectional formatting characters
HOSTILE_CHARS = ["\x00", "\x07", "\x1b", "\x7f", "\x85", "\x9b", "\u061c", "\u200e", "\u200f", "\u202a", "\u202e",
                 "\u2066", "\u2069", "\u2028"]


@pytest.mark.parametrize("char", HOSTILE_CHARS + ["\t"])
def test_a_summary_with_a_control_or_direction_character_is_refused(draft, book, char):
    draft["summary"] = f"Ransomware{char}on file servers"
    with pytest.raises(ValidationError) as info:
        build_report(draft, AUTHOR, book, NOW)
    assert info.value.params["field"] == "summary"
    assert info.value.params["detail"].code == "control-character"
    assert f"U+{ord(char):04X}" in str(info.value)


@pytest.mark.parametrize("char", HOSTILE_CHARS)
def test_a_narrative_keeps_line_feeds_and_tabs_but_not_controls(draft, book, char):
    draft["narrative"] = "Line one\n\tindented\r\nline three"
    assert build_report(draft, AUTHOR, book, NOW)["narrative"] == draft["narrative"]
    draft["narrative"] = f"Line one\nline{char}two"
    with pytest.raises(ValidationError, match="narrative"):
        build_report(draft, AUTHOR, book, NOW)


@pytest.mark.parametrize("key", ["name", "org", "country"])
@pytest.mark.parametrize("char", ["\x1b", "\x85", "\u202e", "\u2028"])
def test_received_station_names_with_controls_are_refused(draft, book, key, char):
    content = build_report(draft, AUTHOR, book, NOW)
    for value in (f"Alpha{char}desk", f"{char}Alpha desk"):  # inside, and at an edge that strip() would eat
        content["station"] = dict(content["station"], **{key: value})
        with pytest.raises(ValidationError, match=f"station.{key}"):
            check_content(content, codebook.codebooks())


def test_an_ack_note_with_an_escape_sequence_is_refused(book):
    with pytest.raises(ValidationError, match="note"):
        build_ack("ab" * 32, "received", "ok\x1b[2J", AUTHOR, book, NOW)


def test_a_draft_too_deeply_nested_names_the_field(draft, book):
    deep: list = []
    for _ in range(100):
        deep = [deep]
    with pytest.raises(ValidationError) as info:
        build_report(dict(draft, impact=deep), AUTHOR, book, NOW)
    assert info.value.params["field"] == "impact"


def test_received_content_past_what_a_date_or_number_holds_is_malformed(draft, book):
    content = build_report(draft, AUTHOR, book, NOW)
    for change in ({"observed_at": "0001-01-01T00:00:00+01:00"}, {"severity": "\u00b2"}, {"severity": "9" * 5000},
                   {"reported_at": "0001-01-01T00:00:00Z"}):
        with pytest.raises(ValidationError):
            check_content(dict(content, **change), codebook.codebooks())


def test_an_acknowledgement_note_that_is_not_unicode_is_refused(book):
    with pytest.raises(ValidationError) as info:
        build_ack("ab" * 32, "received", "bytes \udcff from a command line", AUTHOR, book, NOW)
    assert info.value.params["field"] == "note"


@pytest.mark.parametrize("value", [
    "2026-11-24T08:30:00Z", "2028-02-29T23:59:59Z", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z",
    "2026-02-29T00:00:00Z", "2026-13-01T00:00:00Z", "2026-00-10T00:00:00Z", "2026-11-31T00:00:00Z",
    "2026-11-24T24:00:00Z", "2026-11-24T08:60:00Z", "2026-11-24T08:30:60Z", "2026-11-24T08:30:61Z",
    "0000-01-01T00:00:00Z", "2026-1-24T08:30:00Z", "2026-11-24T8:30:00Z", "2026-11-24T08:30:00z",
    "2026-11-24T08:30:00+00:00", "２０２６-11-24T08:30:00Z", "2026-11-24T08:30:00Z ", "1899-12-31T23:59:59Z",
])
def test_a_strict_time_reads_as_strptime_reads_it(value):
    from siaga.protocol.message import MIN_YEAR, TIME_FORMAT, parse_time
    try:
        expected = datetime.strptime(value, TIME_FORMAT).replace(tzinfo=timezone.utc)
    except ValueError:
        expected = None
    if expected is None or expected.year < MIN_YEAR:
        with pytest.raises(ValidationError):
            parse_time(value, "reported_at", strict=True)
    else:
        assert parse_time(value, "reported_at", strict=True) == expected
