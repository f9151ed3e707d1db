"""The guided form names the language its free text is written in, and asks the codebook's impact questions."""

from datetime import datetime, timezone

from siaga.protocol import codebook
from siaga.protocol.message import StationInfo, build_report
from siaga.station.report_form import ReportForm, report_draft

NOW = datetime(2026, 11, 24, 3, 22, tzinfo=timezone.utc)
AUTHOR = StationInfo(bytes(32), "ID duty desk", "BSSN", "ID")


def _filled(lang=""):
    form = ReportForm(codebook.current(), AUTHOR, [], lambda: NOW)
    form.toggle_observation("ransom-note", True)
    form.summary = "Ransomware di server berkas pemerintah provinsi"
    form.scope = "regional"
    form.toggle_country("MY", True)
    form.lang = lang
    return form


def test_the_form_carries_the_language_of_its_free_text_into_the_report():
    form = _filled("id")
    draft = report_draft(form.to_draft())
    assert draft["lang"] == "id"
    assert build_report(draft, AUTHOR, form.book, now=NOW)["lang"] == "id"
    again = ReportForm.from_draft(form.to_draft(), form.book, AUTHOR, [], lambda: NOW)
    assert again.lang == "id"  # a saved draft keeps it


def test_a_form_without_a_language_files_a_report_without_one():
    draft = report_draft(_filled().to_draft())
    assert "lang" not in draft and "lang" not in build_report(draft, AUTHOR, codebook.current(), now=NOW)


def test_the_impact_questions_come_from_the_codebook_in_every_language():
    book = codebook.current()
    for lang in book.languages:
        questions = [book.impact_question(key, lang) for key in codebook.IMPACT_QUESTIONS]
        assert all(questions) and len(set(questions)) == 3
