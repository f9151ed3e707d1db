"""A report in the reader's language: its optional ``lang`` field, and the report rendered in every language."""

import copy
import json
from datetime import datetime, timezone

import pytest

from siaga.base import cldr
from siaga.base.encoding import canonical
from siaga.base.errors import ValidationError
from siaga.base.languages import LANGUAGES
from siaga.base.resources import resource_path
from siaga.protocol import codebook
from siaga.protocol.codeline import decode, encode, render as render_codeline
from siaga.protocol.message import LANG_SINCE, StationInfo, build_report, check_content, message_id
from siaga.protocol.render import HEADINGS, draft_note, report_lines, written_in

NOW = datetime(2026, 11, 24, 3, 22, tzinfo=timezone.utc)
AUTHOR = StationInfo(bytes(32), "TH duty desk", "ThaiCERT", "TH")
#: languages written in a script of their own, where no English word belongs in a rendered report
OWN_SCRIPT = ("th", "km", "lo", "my")


def _has_file(lang):
    return lang in ("en", "id") or resource_path("codebook", "languages", f"{lang}.json").is_file()


@pytest.fixture
def rich(draft):
    """A report that uses every kind of code a report can carry."""
    return dict(draft, lang="th", sectors=["government", "health"], observations=["ransom-note", "antivirus-alert"],
                impact={"functional": "minimal-critical", "information": "suspected", "recoverability": "extended"},
                countries=["ASEAN", "TH"], pap="PAP:GREEN")


def test_a_report_names_the_language_of_its_free_text_and_signs_it(draft):
    book = codebook.current()
    content = build_report(dict(draft, lang="vi"), AUTHOR, book, now=NOW)
    assert content["lang"] == "vi"
    assert check_content(copy.deepcopy(content), codebook.codebooks()) == content
    without = build_report(draft, AUTHOR, book, now=NOW)
    assert "lang" not in without  # optional: a report without it reads as before
    assert check_content(without, codebook.codebooks()) == without
    # the field is part of the signed bytes: the id changes with it
    same = dict(content, nonce=without["nonce"])
    assert message_id(canonical(same)) != message_id(canonical(dict(same, lang="th")))


@pytest.mark.parametrize("value", ["xx", "EN", "english", 7, ["th"], {"th": 1}])
def test_an_unknown_language_is_refused_naming_the_field(draft, value):
    with pytest.raises(ValidationError) as info:
        build_report(dict(draft, lang=value), AUTHOR, codebook.current(), now=NOW)
    assert info.value.params["field"] == "lang"
    content = build_report(draft, AUTHOR, codebook.current(), now=NOW)
    content["lang"] = value
    with pytest.raises(ValidationError) as info:
        check_content(content, codebook.codebooks())
    assert info.value.params["field"] == "lang"


def test_an_empty_language_is_left_out_of_a_draft_and_refused_in_received_content(draft):
    content = build_report(dict(draft, lang=""), AUTHOR, codebook.current(), now=NOW)
    assert "lang" not in content
    with pytest.raises(ValidationError, match="normal form") as info:
        check_content(dict(content, lang=""), codebook.codebooks())
    assert info.value.params["field"] == "lang"


def test_reports_coded_with_older_codebooks_name_no_language(draft):
    old = codebook.codebooks().get("2026.2")
    assert codebook.version_key(old.version) < codebook.version_key(LANG_SINCE)
    content = build_report(draft, AUTHOR, old, now=NOW)
    assert check_content(content, codebook.codebooks()) == content  # still read
    with pytest.raises(ValidationError, match=f"from codebook {LANG_SINCE}"):
        check_content(dict(content, lang="id"), codebook.codebooks())


def test_free_text_is_shown_as_written_with_its_language_named(draft):
    book = codebook.current()
    content = build_report(dict(draft, lang="th", summary="มัลแวร์เรียกค่าไถ่ในเซิร์ฟเวอร์"), AUTHOR, book, now=NOW)
    english = dict(report_lines(content, book, "en"))
    assert english["Summary (written in Thai)"] == "มัลแวร์เรียกค่าไถ่ในเซิร์ฟเวอร์"
    assert english["Narrative (written in Thai)"] == draft["narrative"]
    indonesian = dict(report_lines(content, book, "id"))
    assert indonesian["Ringkasan (ditulis dalam bahasa Thai)"] == "มัลแวร์เรียกค่าไถ่ในเซิร์ฟเวอร์"
    vietnamese = dict(report_lines(content, book, "vi"))
    assert vietnamese["Tóm tắt (viết bằng Tiếng Thái)"] == "มัลแวร์เรียกค่าไถ่ในเซิร์ฟเวอร์"
    # read in its own language: the plain heading (nothing to point out)
    assert dict(report_lines(content, book, "th"))["สรุป"] == "มัลแวร์เรียกค่าไถ่ในเซิร์ฟเวอร์"
    # no language named: the plain heading
    plain = dict(report_lines(build_report(draft, AUTHOR, book, now=NOW), book, "en"))
    assert plain["Summary"] == draft["summary"]
    for lang in LANGUAGES:  # the sentence exists in every language and names the language from CLDR
        other = "vi" if lang != "vi" else "th"
        assert cldr.language_name(other, lang) in written_in(HEADINGS["summary"][lang], other, lang)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_report_reads_in_every_language(rich, lang):
    if not _has_file(lang):
        pytest.skip(f"no codebook texts in {lang} yet")
    book = codebook.current()
    content = build_report(rich, AUTHOR, book, now=NOW)
    rows = report_lines(content, book, lang)
    english = report_lines(content, book, "en")
    assert len(rows) == len(english)
    values = dict(rows)
    assert values[HEADINGS["type"][lang]] == book.label("message_types", "early-warning", lang)
    assert book.label("countries", "TH", lang) in values[HEADINGS["countries"][lang]]
    assert cldr.date_time(datetime(2026, 11, 23, 18, 30, tzinfo=timezone.utc), lang) == \
        values[HEADINGS["observed_at"][lang]]


@pytest.mark.parametrize("lang", OWN_SCRIPT)
def test_a_report_rendered_in_thai_khmer_lao_or_burmese_holds_no_english_label(rich, lang):
    if not _has_file(lang):
        pytest.skip(f"no codebook texts in {lang} yet (resources/codebook/languages/{lang}.json)")
    book = codebook.current()
    content = build_report(rich, AUTHOR, book, now=NOW)
    text = "\n".join(f"{h}: {v}" for h, v in report_lines(content, book, lang))
    english_words = [h for h, _ in report_lines(content, book, "en")]
    english_words += [book.label("classifications", content["code"], "en"), book.label("severity", 3, "en"),
                      book.text("tlp", "TLP:AMBER", "description", "en"),
                      book.text("pap", "PAP:GREEN", "description", "en"),
                      book.label("scopes", "regional", "en"), book.label("groups", "ASEAN", "en"), "Thailand",
                      *(book.label("sectors", c, "en") for c in content["sectors"]),
                      *(book.label("observations", c, "en") for c in content["observations"]),
                      *(book.label(kind, content["impact"][key], "en") for key, kind in
                        (("functional", "functional_impact"), ("information", "information_impact"),
                         ("recoverability", "recoverability"))),
                      "Nov", "Thai", "written in"]
    for free_text in (content["summary"], content["narrative"], AUTHOR.name, AUTHOR.org):  # shown as written
        text = text.replace(free_text, "")
    for word in english_words:
        assert word not in text, (lang, word)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_code_line_decodes_into_every_language(draft, lang):
    if not _has_file(lang):
        pytest.skip(f"no codebook texts in {lang} yet")
    book = codebook.current()
    content = build_report(dict(draft, sectors=["energy"], impact={"functional": "denial-critical"}), AUTHOR, book,
                           now=NOW)
    fields = decode(encode(content, message_id(canonical(content)), book), codebook.codebooks())
    rows = render_codeline(fields, book, lang)
    text = json.dumps(rows, ensure_ascii=False)
    assert book.label("classifications", content["code"], lang) in text
    assert book.label("message_types", "early-warning", lang) in text
    assert book.label("severity", 3, lang) in text
    if lang in OWN_SCRIPT:
        assert book.label("classifications", content["code"], "en") not in text


def test_the_draft_note_shows_for_languages_no_native_speaker_has_checked():
    book = codebook.current()
    assert draft_note(book, "en") == "" and draft_note(book, "id") == ""
    for lang in book.languages:
        assert bool(draft_note(book, lang)) == book.is_draft(lang)
    if _has_file("th"):
        assert draft_note(book, "th") == "คำแปลฉบับร่าง: ยังไม่ได้ตรวจโดยเจ้าของภาษา"
