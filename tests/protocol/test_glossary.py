"""The glossary: every topic in both languages, its coded entries straight from the codebook."""

from __future__ import annotations

import pytest

from siaga.protocol import codebook
from siaga.protocol.glossary import TOPICS, glossary


@pytest.fixture
def book():
    return codebook.codebooks().current


@pytest.mark.parametrize("lang", ["en", "id"])
def test_every_topic_has_a_title_a_meaning_and_the_codebooks_entries(book, lang):
    topics = {t.key: t for t in glossary(book, lang)}
    assert set(topics) == set(TOPICS) >= {"tlp", "pap", "severity", "classifications", "message_types"}
    for topic in topics.values():
        assert topic.title and topic.meaning
    assert [term for term, _ in topics["tlp"].entries] == [e["label"][lang] for e in book.entries("tlp")]
    assert all(meaning for _, meaning in topics["tlp"].entries + topics["pap"].entries)
    assert topics["severity"].entries[5][0].startswith("5 ")
    assert len(topics["classifications"].entries) == len(book.entries("classifications"))


def test_the_two_languages_differ_and_an_unknown_language_reads_english(book):
    en, id_ = glossary(book, "en"), glossary(book, "id")
    assert en[0].meaning != id_[0].meaning
    assert [t.meaning for t in glossary(book, "fr")] == [t.meaning for t in en]
    severity_id = next(t for t in id_ if t.key == "severity")
    assert severity_id.entries[0][1] == book.entry("severity", 0)["description"]["id"]
