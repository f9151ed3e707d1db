from datetime import datetime, timedelta, timezone

import pytest

from siaga.base.encoding import canonical
from siaga.base.errors import NoRecipients, UnknownCodeError, ValidationError
from siaga.protocol import codebook, codeline
from siaga.protocol.message import MAX_SUMMARY, build_report, message_id
from siaga.station.report_form import (
    STEPS,
    UI_KEY,
    URGENT_LEVEL,
    ReportForm,
    local_time_text,
    parse_indicators,
    report_draft,
)

NOW = datetime(2026, 11, 24, 3, 22, 41, tzinfo=timezone.utc)
WIB = timezone(timedelta(hours=7))


def clock():
    return NOW


@pytest.fixture
def stations(network):
    """Jakarta files; Kuala Lumpur (verified) and Manila (unverified) are its peers."""
    net = network(verified=[("jakarta", "kl")])
    return net.jakarta, net.id("kl"), net.id("manila")


@pytest.fixture
def form(stations):
    jakarta = stations[0]
    return ReportForm(jakarta.books.current, jakarta.info, jakarta.peers(), clock)


def fill(form):
    """A complete, valid set of answers."""
    form.toggle_observation("ransom-note", True)
    form.toggle_observation("contacts-bad-address", True)
    form.indicators_text = "ipv4-addr 203.0.113.7\nupdate-check[.]example\n"
    form.summary = "Ransomware on provincial government file servers"
    form.narrative = "Three servers show a ransom note."
    form.toggle_sector("government", True)
    form.scope = "regional"
    form.toggle_country("MY", True)
    return form


# -- step 1: observe ----------------------------------------------------------------


@pytest.mark.parametrize("search", ["RANSOM NOTE", "catatan tebusan", "strange extension", "ransom-note",
                                    "Berkas berganti"])
def test_search_finds_by_label_help_and_code_in_either_language(form, search):
    groups = form.observation_groups("en", search)
    codes = [o.code for g in groups for o in g.observations]
    assert "ransom-note" in codes
    assert all(g.observations for g in groups)
    assert len(codes) < len(form.book.entries("observations"))


def test_groups_show_labels_in_the_chosen_language_and_ticks(form):
    form.toggle_observation("ransom-note", True)
    groups = form.observation_groups("id")
    assert [g.code for g in groups] == [g["code"] for g in form.book.entries("observation_groups")]
    ransom = next(o for g in groups for o in g.observations if o.code == "ransom-note")
    assert ransom.label == "Berkas berganti nama dan muncul catatan tebusan"
    assert ransom.checked and ransom.urgent and ransom.help.startswith("Dokumen")
    assert form.observation_groups("en", "no such thing at all") == []
    with pytest.raises(UnknownCodeError):
        form.toggle_observation("not-an-observation", True)


def test_suggestions_name_their_reasons_and_the_top_one_is_the_code(form):
    assert form.code is None and not form.can_advance("observe")
    assert [e.field for e in form.errors("observe")] == ["code"]
    form.toggle_observation("ransom-note", True)
    form.toggle_observation("contacts-bad-address", True)
    top = form.suggestions("en")[0]
    assert top.code == "rsit:malicious-code/infected-system"
    assert top.reasons == ("Files were renamed and a ransom note is shown",
                           "A computer keeps contacting a known bad address")
    assert top.score == pytest.approx(1 - 0.1 * 0.3)
    assert form.code == top.code and not form.code_picked and form.can_advance("observe")
    form.pick_code("rsit:malicious-code/c2-server")
    form.toggle_observation("files-encrypted", True)
    assert form.code == "rsit:malicious-code/c2-server"
    form.pick_code(None)
    assert form.code == top.code
    with pytest.raises(UnknownCodeError):
        form.pick_code("rsit:nothing/here")
    assert len(form.classification_choices("id")) == len(form.book.classifications)


def test_only_report_types_are_offered_and_accepted(form):
    form.toggle_observation("port-scans", True)
    assert [c.code for c in form.type_choices("en")] == ["early-warning", "update", "final",
                                                         "request-for-assistance"]
    assert form.type == "early-warning"
    form.type = "ping"
    assert [e.field for e in form.errors("observe")] == ["type"]


# -- step 2: details ----------------------------------------------------------------


def test_observations_prefill_the_impact_until_the_officer_answers(form):
    form.toggle_observation("files-encrypted", True)
    assert form.impact == {"information": "destruction-non-critical"}
    form.toggle_observation("unknown-admin-account", True)  # graver: core credentials
    assert form.impact == {"information": "core-credential-compromise"}
    form.set_impact("information", "suspected")
    form.set_impact("recoverability", "extended")
    assert form.impact == {"information": "suspected", "recoverability": "extended"}
    form.set_impact("information", None)
    assert form.impact["information"] == "core-credential-compromise"
    with pytest.raises(UnknownCodeError):
        form.set_impact("functional", "catastrophic")
    with pytest.raises(ValidationError):
        form.set_impact("mood", "none")


def test_indicator_lines_are_checked_one_by_one_and_never_dropped(form):
    form.indicators_text = ("203.0.113.7\n\nipv4-addr 203.0.113.300\nhxxps://bad[.]example/x\n"
                            "sha256 abc\nwhat is this\n" + "a" * 40)
    lines = form.indicator_lines()
    assert [(li.line, li.kind, li.guessed) for li in lines] == [
        (1, "ipv4-addr", True), (3, "ipv4-addr", False), (4, "url", True), (5, "sha256", False),
        (6, None, True), (7, "sha1", True)]
    bad = {li.line: li.problem for li in lines if li.problem}
    assert set(bad) == {3, 5, 6} and "300" in bad[3] and "64 hexadecimal" in bad[5] and "start the line" in bad[6]
    errors = [e for e in form.errors("details") if e.field == "indicators"]
    assert [e.error.params["line"] for e in errors] == [3, 5, 6]
    assert errors[0].message.startswith("line 3: ") and errors[0].error.params["value"] == "ipv4-addr 203.0.113.300"
    assert form.indicators() == [{"type": "ipv4-addr", "value": "203.0.113.7"},
                                 {"type": "url", "value": "https://bad.example/x"},
                                 {"type": "sha1", "value": "a" * 40}]
    form.indicators_text = "203.0.113.7\n203[.]0.113.7"
    assert form.indicators() == [{"type": "ipv4-addr", "value": "203.0.113.7"}]
    assert parse_indicators("") == []


def test_summary_time_and_narrative_rules(form):
    fields = {e.field for e in form.errors("details")}
    assert fields == {"summary"}
    form.summary = "x" * (MAX_SUMMARY + 1)
    assert "longer than" in form.errors("details")[0].message
    form.summary = "two\nlines"
    assert form.errors("details")[0].message == "must be one line"
    form.summary = "One line"
    form.observed_at = NOW + timedelta(hours=1)
    assert [(e.field, e.message) for e in form.errors("details")] == [("observed_at", "lies in the future")]
    with pytest.raises(ValidationError, match="time zone"):
        form.observed_at = datetime(2026, 11, 24, 8, 0)
    form.observed_at = datetime(2026, 11, 24, 8, 30, tzinfo=WIB)
    assert form.observed_at == datetime(2026, 11, 24, 1, 30, tzinfo=timezone.utc)
    assert form.observed_at_local(WIB) == "2026-11-24 08:30 (UTC+0700)"
    assert local_time_text(NOW, timezone.utc) == "2026-11-24 03:22 (UTC+0000)"
    assert form.can_advance("details")


# -- step 3: handling ---------------------------------------------------------------


def test_severity_is_proposed_from_impact_and_urgency_and_stays_editable(form):
    assert form.severity == 0
    form.toggle_observation("outbound-data-at-night", True)  # information: suspected -> 1
    assert form.severity_proposal == 1
    form.set_impact("recoverability", "extended")
    assert form.severity == 3
    form.toggle_observation("website-defaced", True)  # urgent
    assert form.urgent and form.severity == URGENT_LEVEL
    form.set_severity(2)
    assert form.severity == 2 and form.severity_picked
    form.set_severity(None)
    assert form.severity == URGENT_LEVEL
    levels = form.choices("severity", "en")
    assert [c.code for c in levels] == [0, 1, 2, 3, 4, 5] and levels[5].description.startswith("Poses an imminent")
    with pytest.raises(UnknownCodeError):
        form.set_severity(6)


def test_tlp_and_pap_come_with_their_meaning(form):
    tlp = {c.code: c.description for c in form.choices("tlp", "id")}
    assert tlp["TLP:RED"] == "Hanya penerima yang disebut; tidak boleh diteruskan."
    assert form.tlp == "TLP:AMBER" and form.pap == "PAP:AMBER"


def test_scope_and_countries_resolve_to_recipients(stations, form):
    jakarta, kl, manila = stations
    assert [e.field for e in form.errors("handling")] == ["scope"]
    form.scope = "bilateral"
    assert [e.field for e in form.errors("handling")] == ["countries"]
    form.toggle_country("ASEAN", True)
    assert "one partner country" in form.errors("handling")[0].message
    form.scope = "regional"
    assert form.can_advance("handling")
    assert {p.id for p in form.recipients()} == {kl, manila}
    form.tlp = "TLP:RED"  # verified peers only: Kuala Lumpur
    assert [p.id for p in form.recipients()] == [kl]
    form.countries = ["PH"]
    (error,) = form.errors("handling")
    assert error.field == "recipients" and isinstance(error.error, NoRecipients) and "verified" in error.message
    form.scope, form.countries = "global", []
    assert [p.id for p in form.recipients()] == [kl]
    form.tlp = "TLP:PURPLE"
    assert [e.field for e in form.errors("handling")] == ["tlp"]


def test_places_are_searchable_groups_first(form):
    places = form.place_choices("id")
    assert places[0].code == "ASEAN" and "MY" in places[0].description
    found = [c.code for c in form.place_choices("en", "malay")]
    assert found == ["MY"]
    assert [c.code for c in form.place_choices("id", "jepang")] == ["JP"]
    with pytest.raises(UnknownCodeError):
        form.toggle_country("XX", True)


# -- step 4: review -----------------------------------------------------------------


def test_review_builds_the_content_once_and_shows_what_is_signed(stations, form):
    jakarta, kl, _ = stations
    fill(form)
    assert all(form.can_advance(step) for step in STEPS[:3])
    assert [e.field for e in form.errors("review")] == ["review"]
    assert form.build_review() == []
    content = form.content
    assert content["code"] == "rsit:malicious-code/infected-system" and content["severity"] == 4
    assert content["impact"] == {"functional": "significant-critical", "information": "destruction-non-critical"}
    assert content["indicators"][1] == {"type": "domain-name", "value": "update-check.example"}
    assert form.message_id == message_id(canonical(content))
    rows = dict(form.review_rows("id"))
    assert rows["Insiden"].endswith("(rsit:malicious-code/infected-system)")
    assert rows["Tingkat keparahan"] == f"4 {form.book.label('severity', 4, 'id')}"
    fields = codeline.decode(form.code_line(), codebook.codebooks())
    assert (fields["code"], fields["severity"], fields["tlp"]) == (content["code"], 4, "TLP:AMBER")
    assert fields["id_prefix"] == codeline.id_prefix(form.message_id)
    assert form.content is content  # built once
    submitted, recipients = form.submission()
    msg_id = jakarta.queue_content(submitted, jakarta.resolve_recipients(submitted))
    assert msg_id == form.message_id
    assert {p.id for p in recipients} == {p.id for p in jakarta.resolve_recipients(submitted)} == {kl}
    form.summary = "Changed after review"
    assert form.content is None and not form.can_advance("review")
    with pytest.raises(ValidationError):
        form.code_line()


def test_review_reports_what_the_builder_refuses(form):
    fill(form)
    form.summary = "bell \x07 in the summary"
    (error,) = form.build_review()
    assert error.field == "summary" and "control characters" in error.message
    assert form.errors("review") == [error]


# -- saving and restoring -----------------------------------------------------------


def test_draft_round_trips_the_whole_state(stations, form):
    jakarta = stations[0]
    fill(form)
    form.indicators_text += "\nnot an indicator"
    form.pick_code("rsit:malicious-code/c2-server")
    form.set_impact("recoverability", "supplemented")
    form.observed_at = datetime(2026, 11, 24, 8, 30, tzinfo=WIB)
    draft = form.to_draft()
    jakarta.store.save_draft("d1", draft)
    again = ReportForm.from_draft(jakarta.store.load_draft("d1"), form.book, form.author, form.peers, clock)
    assert again.to_draft() == draft
    assert again.indicators_text == form.indicators_text and again.code_picked and not again.severity_picked
    again.toggle_observation("ransom-note", False)  # severity follows the proposal again
    assert again.severity < form.severity
    plain = report_draft(draft)
    assert UI_KEY not in plain and plain["observed_at"] == "2026-11-24T01:30:00Z"
    content = build_report(plain, form.author, form.book, now=NOW)
    assert content["code"] == "rsit:malicious-code/c2-server" and len(content["indicators"]) == 2


def test_a_plain_report_draft_loads_with_its_answers_as_choices(stations, draft):
    jakarta, kl, _ = stations
    form = ReportForm.from_draft(draft, jakarta.books.current, jakarta.info, jakarta.peers(), clock)
    assert form.code_picked and form.code == draft["code"]
    assert form.severity_picked and form.severity == 3
    assert form.indicators()[1] == {"type": "domain-name", "value": "update-check.example"}
    assert form.observed_at == datetime(2026, 11, 23, 18, 30, tzinfo=timezone.utc)
    assert all(form.can_advance(step) for step in STEPS[:3])
    assert form.build_review() == [] and form.content["summary"] == draft["summary"]


def test_malformed_drafts_are_refused_with_the_field(form):
    with pytest.raises(ValidationError, match=r"observations\[0\]"):
        ReportForm.from_draft({"observations": ["nope"]}, form.book, form.author, form.peers, clock)
    with pytest.raises(ValidationError, match="sectors"):
        ReportForm.from_draft({"sectors": "government"}, form.book, form.author, form.peers, clock)
    with pytest.raises(ValidationError, match="step"):
        form.errors("sign")


def test_places_rank_the_exact_code_and_name_starts_first_then_sort_by_the_reader_s_names(form):
    assert [c.code for c in form.place_choices("en", "MY")][:3] == ["MY", "MM", "BL"]  # Malaysia, Myanmar, St. Barth.
    assert [c.code for c in form.place_choices("en", "my")][0] == "MY"
    assert [c.code for c in form.place_choices("en", "Mal")][:2] == ["MW", "MY"]  # Malawi, Malaysia: names
    assert [c.code for c in form.place_choices("id", "jer")][0] == "DE"  # Jerman, a start of its Indonesian name
    # no search: groups, then countries in the order of their names in the reader's language
    english = [c.label for c in form.place_choices("en") if c.code not in ("ASEAN", "ARF")]
    assert english.index("Åland Islands") < english.index("Albania") < english.index("Zambia")
    english, indonesian = ([c.code for c in form.place_choices(lang)] for lang in ("en", "id"))
    assert english.index("DE") < english.index("JP") and indonesian.index("JP") < indonesian.index("DE")


def test_a_severity_proposed_from_no_answers_says_so(form):
    assert form.severity_unanswered and form.severity_proposal == 0
    form.set_impact("information", form.book.entries("information_impact")[-1]["code"])
    assert not form.severity_unanswered
    form.set_impact("information", None)
    form.toggle_observation("ransom-note", True)  # urgent, and implies impact
    assert not form.severity_unanswered and form.severity_proposal >= 4


def test_the_scope_follows_the_places_ticked(form):
    assert form.scope_from_countries() is None
    form.toggle_country("MY", True)
    assert form.scope_from_countries() == "bilateral"
    form.toggle_country("SG", True)
    assert form.scope_from_countries() == "regional"
    form.toggle_country("SG", False)
    form.toggle_country("MY", False)
    form.toggle_country("ASEAN", True)
    assert form.scope_from_countries() == "regional"
