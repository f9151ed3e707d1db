"""Report templates: data in resources, read by the core, a head start that loses nothing the officer wrote."""

import json
from datetime import datetime, timezone

import pytest

from siaga.base.errors import CodebookError, ValidationError
from siaga.protocol import codebook
from siaga.protocol.message import build_report
from siaga.station import report_templates
from siaga.station.report_form import ReportForm, parse_indicators
from siaga.station.report_templates import parse_templates, template, template_draft, templates, usable

NOW = datetime(2026, 11, 24, 3, 22, 41, tzinfo=timezone.utc)


def clock():
    return NOW


def test_the_four_common_incidents_have_templates_in_both_languages():
    assert [t.code for t in templates()] == ["phishing", "ransomware", "defacement", "ddos"]
    book = codebook.current()
    for t in templates():
        assert usable(t, book), t.code
        assert t.label("en") != t.label("id") or t.code == "phishing"
        assert t.summary("id") and t.description("id") and t.indicator_types
    assert template("Ransomware").label("id") == "Ransomware (pemerasan)"


def test_an_unknown_template_names_the_ones_there_are():
    with pytest.raises(ValidationError) as caught:
        template("floods")
    assert "unknown template 'floods' (one of: phishing, ransomware, defacement, ddos)" in caught.value.message()


@pytest.mark.parametrize("broken", [
    {"format": "other", "templates": []},
    {"format": "siaga-report-templates", "templates": [{"code": "x", "observations": []}]},
    {"format": "siaga-report-templates", "templates": [{"code": "x", "observations": ["a"], "indicators": ["ip"],
                                                        "label": {"en": "X", "id": "X"}}]},
    {"format": "siaga-report-templates", "templates": [{"code": "x", "observations": ["a"], "indicators": [],
                                                        "label": {"en": "X"}, "description": {"en": "d", "id": "d"},
                                                        "summary": {"en": "s", "id": "s"}}]},
])
def test_a_broken_templates_file_is_refused_with_where(broken):
    with pytest.raises(CodebookError) as caught:
        parse_templates(broken, "report_templates.json")
    assert "report_templates.json" in caught.value.message()


def test_the_shipped_file_is_what_the_core_reads():
    raw = json.loads(report_templates.resource_path("templates", "report_templates.json").read_text("utf-8"))
    assert parse_templates(raw, "x") == templates()


def test_a_template_ticks_observations_and_writes_a_line_per_typical_indicator():
    book = codebook.current()
    form = ReportForm(book, None, [], clock)
    form.apply_template(template("ransomware"), "id")
    assert form.observations == ["ransom-note", "files-encrypted"]
    assert form.code == "rsit:malicious-code/infected-system" and form.urgent
    assert form.summary == "Ransomware mengunci berkas di server kami dan muncul catatan tebusan"
    assert form.indicators_text.splitlines() == ["sha256 ", "domain-name ", "ipv4-addr ", "email-addr "]
    # lines holding only a type wait for a value: never sent, never an error
    assert all(line.empty and line.problem is None for line in form.indicator_lines())
    assert form.indicators() == [] and not [e for e in form.errors("details") if e.field == "indicators"]
    form.indicators_text = form.indicators_text.replace("ipv4-addr ", "ipv4-addr 203.0.113.7")
    assert form.indicators() == [{"type": "ipv4-addr", "value": "203.0.113.7"}]
    assert form.to_draft()["form"]["template"] == "ransomware"
    again = ReportForm.from_draft(form.to_draft(), book, None, [], clock)
    assert again.template == "ransomware" and again.indicators_text == form.indicators_text


def test_a_template_keeps_what_the_officer_already_wrote():
    form = ReportForm(codebook.current(), None, [], clock)
    form.toggle_observation("port-scans", True)
    form.summary = "Our own words"
    form.indicators_text = "url hxxp://bad[.]example/login"
    form.apply_template(template("phishing"))
    assert form.observations == ["port-scans", "password-email"]
    assert form.summary == "Our own words" and form.indicators_text == "url hxxp://bad[.]example/login"


def test_a_type_alone_is_a_place_for_a_value_but_a_word_alone_is_still_a_problem():
    empty, word = parse_indicators("url\nsomething")
    assert empty.empty and empty.kind == "url"
    assert not word.empty and word.problem is not None and word.problem.code == "indicator-kind"


def test_the_command_line_draft_of_a_template_follows_the_form_s_rules():
    book = codebook.current()
    draft = template_draft(template("ddos"), book, "en", ["my"], clock)
    assert draft["observations"] == ["service-down-heavy-traffic"] and draft["code"] == "rsit:availability/ddos"
    assert (draft["scope"], draft["countries"]) == ("bilateral", ["MY"]) and draft["severity"] >= 4
    assert draft["observed_at"] == "2026-11-24T03:22:00Z" and "form" not in draft
    assert template_draft(template("ddos"), book, "en", [], clock)["scope"] == "global"
    assert draft["indicators"] == []


def test_the_template_draft_builds_into_a_report(make_station):
    station = make_station("jakarta")
    draft = template_draft(template("phishing"), station.books.current, "en", ["asean"], clock)
    content = build_report(draft, station.info, station.books.current, now=NOW)
    assert content["code"] == "rsit:fraud/phishing" and content["scope"] == "regional"


def test_choosing_another_template_takes_back_only_what_the_first_one_added():
    form = ReportForm(codebook.current(), None, [], clock)
    form.toggle_observation("ransom-note", True)  # the officer's own tick
    form.apply_template(template("ransomware"))
    assert form.observations == ["ransom-note", "files-encrypted"]
    form.apply_template(template("phishing"))
    assert form.observations == ["ransom-note", "password-email"] and form.summary.startswith("Phishing")
    form.summary = "Our own words"
    form.apply_template(template("ddos"))
    assert form.observations == ["ransom-note", "service-down-heavy-traffic"] and form.summary == "Our own words"
    assert form.indicators_text == template("ddos").indicator_lines()
    form.apply_template(None)
    assert form.observations == ["ransom-note"] and form.indicators_text == "" and form.template is None
