"""The codebook's texts in further languages: one file per language, merged at load.

``codebook.json`` keeps its English and Indonesian texts inline (:data:`INLINE`). Every
further language has its own file, ``resources/codebook/languages/<code>.json``::

    {"language": "th", "status": "machine-draft",
     "texts": {"classes/malicious-code": {"label": "...", "description": "..."},
               "severity/3": {"label": "...", "description": "..."}, ...}}

One key per codebook entry that has texts (:func:`entries`): ``<section>/<code>``, a
severity by its level, a class's type as ``classes/<class>/<type>``. Inside a key, the
same fields the entry has in English (label, description, help), each one string.
``status`` says whether a native-speaking CSIRT officer has checked the texts
(``reviewed``) or not yet (``machine-draft``). Countries are in no file: their names
come from the Unicode CLDR (``base/cldr.py``).

A text a file lacks reads in English (:func:`missing` lists them, and a test fails on any);
a file that is not of this form is refused at load, naming the file and the entry.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Iterator

from ..base.errors import CodebookError
from ..base.languages import LANGUAGES

#: the languages codebook.json holds inline (checked there: every entry has both)
INLINE = ("en", "id")
#: whether a native-speaking CSIRT officer has checked a language's texts
REVIEWED, MACHINE_DRAFT = "reviewed", "machine-draft"
STATUSES = (REVIEWED, MACHINE_DRAFT)
#: the sections whose entries have texts, in the file's order
SECTIONS = ("message_types", "classes", "severity", "tlp", "pap", "scopes", "groups", "functional_impact",
            "information_impact", "recoverability", "sectors", "ack_status", "observation_groups",
            "observations", "impact_questions")
#: a language file larger than this is refused (the largest holds about 60 KB)
MAX_FILE_BYTES = 2 * 1024 * 1024


@dataclass(frozen=True)
class LanguageFile:
    """One language's texts, as read from its file."""

    language: str
    status: str
    texts: dict[str, dict[str, str]]
    source: str = "<memory>"

    @property
    def draft(self) -> bool:
        return self.status != REVIEWED


def entries(data: dict) -> Iterator[tuple[str, dict]]:
    """Every codebook entry that has texts, by its key (``classes/malicious-code/infected-system``)."""
    for section in SECTIONS:
        for entry in data.get(section) or ():  # impact_questions: from 2026.3
            ident = entry["level"] if section == "severity" else entry["code"]
            yield f"{section}/{ident}", entry
            if section == "classes":
                for typ in entry["types"]:
                    yield f"classes/{entry['code']}/{typ['code']}", typ


def fields(entry: dict) -> list[str]:
    """The fields of an entry that hold one text per language (label, description, help)."""
    return [key for key, value in entry.items() if isinstance(value, dict) and "en" in value]


def parse(raw: bytes | str, source: str) -> LanguageFile:
    """A language file from its JSON text; anything not of the form is a CodebookError naming ``source``."""
    if len(raw) > MAX_FILE_BYTES:
        raise CodebookError(f"larger than {MAX_FILE_BYTES // (1024 * 1024)} MiB", where=source)
    try:
        data = json.loads(raw)
    except (ValueError, RecursionError) as exc:
        raise CodebookError(f"not valid JSON ({exc})", where=source) from None

    def fail(where: str, detail: str) -> CodebookError:
        return CodebookError(detail, where=f"{source} {where}".strip())

    if not isinstance(data, dict) or set(data) != {"language", "status", "texts"}:
        raise fail("", "expected an object with language, status and texts")
    lang = data["language"]
    if lang not in LANGUAGES or lang in INLINE:
        raise fail("language", f"{lang!r} is not one of {', '.join(c for c in LANGUAGES if c not in INLINE)}")
    if data["status"] not in STATUSES:
        raise fail("status", f"expected {' or '.join(STATUSES)}")
    texts = data["texts"]
    if not isinstance(texts, dict):
        raise fail("texts", "expected an object")
    for key, value in texts.items():
        if not isinstance(value, dict) or not value:
            raise fail(f"texts.{key}", "expected an object of texts (label, description...)")
        for name, text in value.items():
            if not isinstance(text, str) or not text.strip():
                raise fail(f"texts.{key}.{name}", "missing or empty text")
    return LanguageFile(lang, data["status"], texts, source)


def merge(data: dict, languages: list[LanguageFile]) -> None:
    """Put the languages' texts into the codebook's entries, beside ``en`` and ``id`` (texts one lacks stay out).

    One pass over the entries for all the languages: it runs at every start."""
    if not languages:
        return
    for key, entry in entries(data):
        names = fields(entry)
        for language in languages:
            texts = language.texts.get(key)
            if texts:
                for name in names:
                    if name in texts:
                        entry[name][language.language] = texts[name]


def missing(data: dict, language: LanguageFile) -> list[str]:
    """What ``language`` lacks for this codebook (``severity/3.description``) and holds in excess (``+ key``)."""
    out: list[str] = []
    known: dict[str, list[str]] = {key: fields(entry) for key, entry in entries(data)}
    for key, names in known.items():
        texts = language.texts.get(key) or {}
        out.extend(f"{key}.{name}" for name in names if name not in texts)
        out.extend(f"+ {key}.{name}" for name in texts if name not in names)
    out.extend(f"+ {key}" for key in language.texts if key not in known)
    return out


def template(data: dict, lang: str = "xx") -> dict:
    """A language file to fill: every key and field of the codebook, with its English text."""
    return {"language": lang, "status": MACHINE_DRAFT,
            "texts": {key: {name: entry[name]["en"] for name in fields(entry)} for key, entry in entries(data)}}


def as_file(language: LanguageFile) -> dict[str, Any]:
    return {"language": language.language, "status": language.status, "texts": language.texts}
