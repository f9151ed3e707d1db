"""The codebook in every language: the language files, their status, what they lack, the hash over them."""

import copy
import json
import shutil

import pytest

from siaga.base import cldr
from siaga.base.errors import CodebookError
from siaga.base.languages import LANGUAGES
from siaga.base.resources import resource_path
from siaga.protocol import codebook, codebook_languages as texts
from siaga.protocol.codebook import CodebookSet

#: the languages with their own file (every listed language but the two codebook.json holds inline)
FURTHER = tuple(lang for lang in LANGUAGES if lang not in texts.INLINE)
#: languages written in a script of their own: none of their labels may read as the English one
OWN_SCRIPT = ("th", "km", "lo", "my")


@pytest.fixture(scope="module")
def book():
    return codebook.current()


def _file_or_skip(lang):
    if not resource_path("codebook", "languages", f"{lang}.json").is_file():
        pytest.skip(f"no language file for {lang} yet (resources/codebook/languages/{lang}.json)")


def test_the_languages_are_those_of_asean_named_from_cldr():
    assert LANGUAGES == ("en", "id", "ms", "th", "vi", "fil", "km", "lo", "my")
    assert cldr.language_name("th", "en") == "Thai" and cldr.language_name("km", "en") == "Khmer"
    assert cldr.own_name("vi") == "Tiếng Việt" and cldr.own_name("th") == "ไทย"
    for lang in LANGUAGES:  # every language is named in every other one by CLDR, never by its code
        assert all(cldr.language_name(other, lang) != other for other in LANGUAGES), lang


def test_every_language_file_is_one_of_the_listed_languages(book):
    files = sorted(p.stem for p in resource_path("codebook", "languages").glob("*.json"))
    assert set(files) <= set(FURTHER)
    assert set(book.languages) == {"en", "id", *files}
    assert all(book.status(lang) in texts.STATUSES for lang in book.languages)


@pytest.mark.parametrize("lang", FURTHER)
def test_no_text_is_missing_in_any_language(book, lang):
    """Lists every key and field a language's file lacks (or holds that the codebook does not)."""
    _file_or_skip(lang)
    assert book.missing(lang) == []


@pytest.mark.parametrize("lang", FURTHER)
def test_every_code_has_its_own_label_in_every_language(book, lang):
    _file_or_skip(lang)
    for kind in (k for k in codebook.KINDS if k != "countries"):
        for entry in book.entries(kind):
            code = entry.get("code", entry.get("level"))
            label = book.label(kind, code, lang)
            assert label.strip(), (kind, code)
            if lang in OWN_SCRIPT and not str(code).startswith(("TLP:", "PAP:")):
                assert label != book.label(kind, code, "en"), (kind, code)
    for key in codebook.IMPACT_QUESTIONS:
        assert book.impact_question(key, lang) != book.impact_question(key, "en")
    assert book.label("countries", "LA", lang) == cldr.country_name("LA", lang)


def test_missing_texts_are_listed_and_read_in_english(book):
    data = json.loads(resource_path("codebook", "codebook.json").read_bytes())  # English and Indonesian only
    partial = texts.LanguageFile("lo", texts.MACHINE_DRAFT, {
        "severity/3": {"label": "ສູງ"}, "scopes/global": {"label": "ທົ່ວໂລກ", "note": "?"}, "nothing/here": {"x": "y"}})
    small = codebook.Codebook(data, languages=[partial])
    gaps = small.missing("lo")
    assert "severity/3.description" in gaps and "severity/2.label" in gaps
    assert "+ scopes/global.note" in gaps and "+ nothing/here" in gaps
    assert "classes/malicious-code/infected-system.label" in gaps and "impact_questions/information.label" in gaps
    assert small.label("severity", 3, "lo") == "ສູງ"
    assert small.label("severity", 2, "lo") == small.label("severity", 2, "en")
    assert small.text("severity", 3, "description", "lo") == small.text("severity", 3, "description", "en")
    assert small.is_draft("lo") and not small.is_draft("id") and small.status("en") == texts.REVIEWED
    assert codebook.Codebook(copy.deepcopy(book.data)).missing("km") != []  # no file: everything is missing


def test_the_template_holds_every_key_with_its_english_text(book):
    template = texts.template(book.data, "my")
    file = texts.parse(json.dumps(template), "my.json")
    assert codebook.Codebook(copy.deepcopy(book.data), languages=[file]).missing("my") == []
    assert template["texts"]["classes/malicious-code/infected-system"]["label"] == "Infected system"
    assert template["texts"]["severity/3"].keys() == {"label", "description"}
    assert template["texts"]["observations/ransom-note"].keys() == {"label", "help"}
    assert not any(key.startswith("countries/") for key in template["texts"])


def _folder(tmp_path, book, files):
    shutil.copytree(resource_path("codebook", "archive"), tmp_path / "archive")
    shutil.copy(resource_path("codebook", "codebook.json"), tmp_path / "codebook.json")
    (tmp_path / "languages").mkdir()
    for name, data in files.items():
        (tmp_path / "languages" / name).write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return CodebookSet(tmp_path)


def test_the_hash_covers_the_language_files_and_their_status(tmp_path, book):
    file = texts.template(book.data, "vi")
    file["texts"]["severity/3"]["label"] = "Cao"
    first = _folder(tmp_path / "a", book, {"vi.json": file}).current
    assert first.label("severity", 3, "vi") == "Cao" and first.is_draft("vi")
    bare = _folder(tmp_path / "b", book, {}).current
    file["texts"]["severity/3"]["label"] = "Mức cao"
    other_text = _folder(tmp_path / "c", book, {"vi.json": file}).current
    reviewed = _folder(tmp_path / "d", book, {"vi.json": dict(file, status="reviewed")}).current
    hashes = {first.content_hash, bare.content_hash, other_text.content_hash, reviewed.content_hash}
    assert len(hashes) == 4
    assert not reviewed.is_draft("vi")


@pytest.mark.parametrize("name, content, where", [
    ("th.json", "{ not json", "languages/th.json: not valid JSON"),
    ("th.json", {"language": "th", "status": "machine-draft"}, "expected an object with language, status and texts"),
    ("th.json", {"language": "xx", "status": "machine-draft", "texts": {}}, "languages/th.json language"),
    ("id.json", {"language": "id", "status": "machine-draft", "texts": {}}, "languages/id.json language"),
    ("th.json", {"language": "th", "status": "checked", "texts": {}}, "languages/th.json status"),
    ("th.json", {"language": "th", "status": "reviewed", "texts": {"severity/3": {"label": " "}}},
     "texts.severity/3.label: missing or empty text"),
    ("th.json", {"language": "th", "status": "reviewed", "texts": {"severity/3": ["x"]}}, "texts.severity/3"),
    ("vi.json", {"language": "th", "status": "reviewed", "texts": {}}, "languages/vi.json: holds language 'th'"),
])
def test_a_malformed_language_file_fails_at_load_naming_the_file_and_entry(tmp_path, book, name, content, where):
    (tmp_path / "languages").mkdir()
    shutil.copy(resource_path("codebook", "codebook.json"), tmp_path / "codebook.json")
    raw = content if isinstance(content, str) else json.dumps(content)
    (tmp_path / "languages" / name).write_text(raw, encoding="utf-8")
    with pytest.raises(CodebookError) as info:
        CodebookSet(tmp_path)
    assert where in str(info.value)


def test_older_codebooks_still_read_and_read_in_every_language():
    books = codebook.codebooks()
    assert books.current.version == "2026.3"
    assert {"2026.1", "2026.2"} <= set(books.versions())
    for version in ("2026.1", "2026.2"):
        old = books.get(version)
        assert old.impact_question("functional") == ""  # the questions came with 2026.3
        for lang in books.current.languages:  # their codes read in every language with a file
            assert old.label("classifications", "rsit:malicious-code/infected-system", lang) == \
                books.current.label("classifications", "rsit:malicious-code/infected-system", lang)
            # their own country labels are not read: CLDR names the country
            assert old.label("countries", "MM", lang) == cldr.country_name("MM", lang)


def test_the_impact_questions_are_in_the_codebook_in_english_and_indonesian(book):
    assert [e["code"] for e in book.entries("impact_questions")] == list(codebook.IMPACT_QUESTIONS)
    assert book.impact_question("functional", "en") == "Could people still do their usual work?"
    assert book.impact_question("recoverability", "id") == "Dapatkah staf Anda sendiri memulihkannya?"
    data = copy.deepcopy(book.data)
    data["impact_questions"].pop()
    with pytest.raises(CodebookError, match="impact_questions: expected the questions"):
        codebook.Codebook(data)


def test_country_names_come_from_cldr_and_the_codebook_keeps_only_codes(book):
    assert all(set(entry) == {"code"} for entry in book.entries("countries"))
    assert book.label("countries", "TH", "en") == "Thailand"
    assert book.label("countries", "TH", "th") == "ไทย"
    assert book.label("countries", "VN", "vi") == "Việt Nam"
    assert book.label("countries", "ID", "id") == "Indonesia"
    assert all(cldr.has_country(entry["code"]) for entry in book.entries("countries"))
