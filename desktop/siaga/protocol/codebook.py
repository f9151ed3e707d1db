"""The protocol codebook: the standard codes every message is written in.

The codebook is data (``resources/codebook/*.json``); this module loads it,
checks it entry by entry (a malformed file fails at load with the path of the
bad entry), computes its content hash, renders labels in a language, expands
groups of countries and ranks suggested incident codes for a set of answered
observations.

Every message names the codebook version it was coded with. The current file
and every earlier release (``resources/codebook/archive/``) stay loadable, so an
old report is still rendered after the codebook changes.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

from ..base import cldr
from ..base.encoding import canonical
from ..base.errors import CodebookError, UnknownCodeError
from ..base.languages import LANGUAGES, reading_language
from ..base.resources import resource_path
from . import codebook_languages as texts
from .codebook_languages import INLINE, REVIEWED, LanguageFile

log = logging.getLogger("siaga.codebook")

CODE_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
SHORT_RE = re.compile(r"^[A-Z0-9]+$")
COUNTRY_RE = re.compile(r"^[A-Z]{2}$")
CLASSIFICATION_RE = re.compile(r"^rsit:([a-z0-9-]+)/([a-z0-9-]+)$")

#: the simple lists: key in the file -> how entries are keyed
_LISTS = {
    "message_types": "code",
    "severity": "level",
    "tlp": "code",
    "pap": "code",
    "scopes": "code",
    "groups": "code",
    "countries": "code",
    "functional_impact": "code",
    "information_impact": "code",
    "recoverability": "code",
    "sectors": "code",
    "ack_status": "code",
    "observation_groups": "code",
    "observations": "code",
}
#: lists a codebook may lack (added in a later version): key in the file -> how entries are keyed
_OPTIONAL_LISTS = {
    "impact_questions": "code",  # from 2026.3: the form's three plain questions, keyed as IMPACT_KINDS
}
#: the impact questions, one per impact list (message.IMPACT_KINDS' keys)
IMPACT_QUESTIONS = ("functional", "information", "recoverability")
#: every kind of code, for look-ups by code alone
KINDS = ("classifications", *_LISTS)
#: lists whose entries carry a short code for the code line
_WITH_SHORT = (
    "message_types", "severity", "tlp", "pap", "scopes", "groups",
    "functional_impact", "information_impact", "recoverability", "sectors", "ack_status",
)
_IMPACT_LISTS = ("functional_impact", "information_impact", "recoverability")


def _is_in(value: Any, pool: Any) -> bool:
    """``value in pool``, where a value that cannot be a key (a list, an object) is in nothing."""
    try:
        return value in pool
    except TypeError:
        return False


@dataclass(frozen=True)
class Suggestion:
    """One ranked incident code with the observations that point to it."""

    code: str
    score: float
    reasons: tuple[str, ...]  # observation codes, strongest first


class _Checker:
    """Collects the path of the entry under inspection for error messages."""

    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, where: str, detail: str) -> CodebookError:
        return CodebookError(detail, where=f"{self.source} {where}".strip())

    def obj(self, value: Any, where: str) -> dict:
        if not isinstance(value, dict):
            raise self.fail(where, "expected an object")
        return value

    def lst(self, value: Any, where: str, *, non_empty: bool = True) -> list:
        if not isinstance(value, list) or (non_empty and not value):
            raise self.fail(where, "expected a non-empty list")
        return value

    def text(self, entry: dict, key: str, where: str) -> str:
        value = entry.get(key)
        if not isinstance(value, str) or not value.strip():
            raise self.fail(f"{where}.{key}", "missing or empty text")
        return value

    def labels(self, entry: dict, key: str, where: str, *, required: bool = True) -> None:
        if key not in entry and not required:
            return
        value = entry.get(key)
        if not isinstance(value, dict):
            raise self.fail(f"{where}.{key}", "expected an object with one text per language")
        for lang in INLINE:  # further languages come from their own files (codebook_languages)
            text = value.get(lang)
            if not isinstance(text, str) or not text.strip():
                raise self.fail(f"{where}.{key}.{lang}", "missing translation")


class Codebook:
    """One loaded, checked codebook version."""

    def __init__(self, data: dict, source: str = "<memory>", languages: Iterable[LanguageFile] = ()) -> None:
        self.source = source
        self._check(data)
        self.data = data
        self.version: str = data["version"]
        #: the further languages merged into the entries, by code (their texts, their status)
        self.language_files: dict[str, LanguageFile] = {language.language: language for language in languages}
        texts.merge(data, list(self.language_files.values()))
        self._index: dict[str, dict[Any, dict]] = {
            name: {entry[key]: entry for entry in data.get(name) or ()}
            for name, key in (*_LISTS.items(), *_OPTIONAL_LISTS.items())
        }
        self._short: dict[str, dict[str, Any]] = {
            name: {entry["short"]: entry[_LISTS[name]] for entry in data[name]} for name in _WITH_SHORT
        }
        self.classes: dict[str, dict] = {c["code"]: c for c in data["classes"]}
        self.classifications: dict[str, tuple[dict, dict]] = {}
        self._class_short: dict[str, str] = {}
        for cls in data["classes"]:
            for typ in cls["types"]:
                code = f"rsit:{cls['code']}/{typ['code']}"
                self.classifications[code] = (cls, typ)
                self._class_short[f"{cls['short']}.{typ['short']}"] = code

    @functools.cached_property
    def content_hash(self) -> str:
        """SHA-256 of the codebook's canonical JSON (computed on first use: it is not needed to start).

        With further languages merged, it covers their texts (merged into the entries) and
        their status too: ``{"codebook": ..., "languages": {"th": "machine-draft", ...}}``.
        """
        if not self.language_files:
            return hashlib.sha256(canonical(self.data)).hexdigest()
        status = {lang: file.status for lang, file in sorted(self.language_files.items())}
        return hashlib.sha256(canonical({"codebook": self.data, "languages": status})).hexdigest()

    # -- languages ----------------------------------------------------------

    @property
    def languages(self) -> tuple[str, ...]:
        """The languages this codebook has texts in: English and Indonesian, and those with a file."""
        return tuple(lang for lang in LANGUAGES if lang in INLINE or lang in self.language_files)

    def status(self, lang: str) -> str | None:
        """``reviewed`` or ``machine-draft`` (see codebook_languages), or None for a language it has no texts in."""
        if lang in INLINE:
            return REVIEWED
        file = self.language_files.get(lang)
        return file.status if file else None

    def is_draft(self, lang: str) -> bool:
        """Whether ``lang``'s texts wait for a native speaker's review (or are missing, and read in English)."""
        return self.status(reading_language(lang)) != REVIEWED

    def missing(self, lang: str) -> list[str]:
        """The texts ``lang`` lacks (``severity/3.description``) and holds in excess (``+ key``); all for no file."""
        if lang in INLINE:
            return []
        file = self.language_files.get(lang) or LanguageFile(lang, texts.MACHINE_DRAFT, {})
        return texts.missing(self.data, file)

    # -- checking -----------------------------------------------------------

    def _check(self, data: Any) -> None:
        ck = _Checker(self.source)
        ck.obj(data, "")
        if data.get("format") != 1:
            raise ck.fail("format", "unsupported codebook format (expected 1)")
        version = ck.text(data, "version", "")
        if not re.fullmatch(r"[0-9]{4}\.[0-9]+", version):
            raise ck.fail("version", f"version {version!r} is not of the form YYYY.N")
        for name in ("classes", *_LISTS):
            ck.lst(data.get(name), name)
        for name, key in _LISTS.items():
            seen: set = set()
            shorts: set = set()
            for i, entry in enumerate(data[name]):
                where = f"{name}[{i}]"
                ck.obj(entry, where)
                ident = entry.get(key)
                if name == "severity":
                    if not isinstance(ident, int) or not 0 <= ident <= 5:
                        raise ck.fail(f"{where}.level", "expected a whole number 0 to 5")
                elif name == "tlp" or name == "pap":
                    if not isinstance(ident, str) or not re.fullmatch(rf"{name.upper()}:[A-Z+]+", ident):
                        raise ck.fail(f"{where}.code", f"expected {name.upper()}:<LABEL>")
                elif name in ("countries", "groups"):
                    if not isinstance(ident, str) or not re.fullmatch(r"[A-Z]{2,8}", ident):
                        raise ck.fail(f"{where}.code", "expected upper-case letters")
                elif not isinstance(ident, str) or not CODE_RE.match(ident):
                    raise ck.fail(f"{where}.{key}", f"bad code {ident!r} (lower-case words joined by '-')")
                if ident in seen:
                    raise ck.fail(f"{where}.{key}", f"duplicate code {ident!r}")
                seen.add(ident)
                # a country's name comes from CLDR (older codebooks' labels are checked, never read)
                ck.labels(entry, "label", where, required=name != "countries")
                ck.labels(entry, "description", where, required=False)
                if name in _WITH_SHORT:
                    short = entry.get("short")
                    if not isinstance(short, str) or not SHORT_RE.match(short):
                        raise ck.fail(f"{where}.short", "expected upper-case letters or digits")
                    if short in shorts:
                        raise ck.fail(f"{where}.short", f"duplicate short code {short!r}")
                    shorts.add(short)
        if "impact_questions" in data:
            questions = ck.lst(data["impact_questions"], "impact_questions")
            for i, entry in enumerate(questions):
                ck.obj(entry, f"impact_questions[{i}]")
                ck.labels(entry, "label", f"impact_questions[{i}]")
            if [e.get("code") for e in questions] != list(IMPACT_QUESTIONS):
                raise ck.fail("impact_questions", f"expected the questions {', '.join(IMPACT_QUESTIONS)} in order")
        levels = sorted(e["level"] for e in data["severity"])
        if levels != list(range(6)):
            raise ck.fail("severity", "expected the six levels 0 to 5")
        country_codes = {c["code"] for c in data["countries"]}
        for i, group in enumerate(data["groups"]):
            members = ck.lst(group.get("members"), f"groups[{i}].members")
            for member in members:
                if not _is_in(member, country_codes):
                    raise ck.fail(f"groups[{i}].members", f"unknown country {member!r}")
            if group["code"] in country_codes:
                raise ck.fail(f"groups[{i}].code", "a group code must not be a country code")
        for i, entry in enumerate(data["observations"]):
            ck.labels(entry, "help", f"observations[{i}]", required=False)
        class_codes: set[str] = set()
        class_shorts: set[str] = set()
        for i, cls in enumerate(data["classes"]):
            where = f"classes[{i}]"
            ck.obj(cls, where)
            code = cls.get("code")
            if not isinstance(code, str) or not CODE_RE.match(code) or code in class_codes:
                raise ck.fail(f"{where}.code", f"bad or duplicate class code {code!r}")
            class_codes.add(code)
            ck.labels(cls, "label", where)
            short = cls.get("short")
            if not isinstance(short, str) or not SHORT_RE.match(short) or short in class_shorts:
                raise ck.fail(f"{where}.short", "bad or duplicate short code")
            class_shorts.add(short)
            type_codes: set[str] = set()
            type_shorts: set[str] = set()
            for j, typ in enumerate(ck.lst(cls.get("types"), f"{where}.types")):
                twhere = f"{where}.types[{j}]"
                ck.obj(typ, twhere)
                tcode = typ.get("code")
                if not isinstance(tcode, str) or not CODE_RE.match(tcode) or tcode in type_codes:
                    raise ck.fail(f"{twhere}.code", f"bad or duplicate type code {tcode!r}")
                type_codes.add(tcode)
                ck.labels(typ, "label", twhere)
                tshort = typ.get("short")
                if not isinstance(tshort, str) or not SHORT_RE.match(tshort) or tshort in type_shorts:
                    raise ck.fail(f"{twhere}.short", "bad or duplicate short code")
                type_shorts.add(tshort)
        valid = {
            f"rsit:{c['code']}/{t['code']}" for c in data["classes"] for t in c["types"]
        }
        groups = {g["code"] for g in data["observation_groups"]}
        impact_codes = {
            "functional": {e["code"] for e in data["functional_impact"]},
            "information": {e["code"] for e in data["information_impact"]},
        }
        for name in _IMPACT_LISTS:
            for i, entry in enumerate(data[name]):
                hint = entry.get("severity_hint")
                if not isinstance(hint, int) or not 0 <= hint <= 5:
                    raise ck.fail(f"{name}[{i}].severity_hint", "expected a whole number 0 to 5")
        for i, obs in enumerate(data["observations"]):
            where = f"observations[{i}]"
            if not _is_in(obs.get("group"), groups):
                raise ck.fail(f"{where}.group", f"unknown observation group {obs.get('group')!r}")
            for j, sug in enumerate(ck.lst(obs.get("suggests"), f"{where}.suggests")):
                ck.obj(sug, f"{where}.suggests[{j}]")
                if not _is_in(sug.get("code"), valid):
                    raise ck.fail(f"{where}.suggests[{j}].code", f"unknown incident code {sug.get('code')!r}")
                weight = sug.get("weight")
                if isinstance(weight, bool) or not isinstance(weight, (int, float)) or not 0 < weight <= 1:
                    raise ck.fail(f"{where}.suggests[{j}].weight", "expected a number above 0 and at most 1")
            for kind, code in ck.obj(obs.get("impact") or {}, f"{where}.impact").items():
                if not _is_in(code, impact_codes.get(kind, ())):
                    raise ck.fail(f"{where}.impact.{kind}", f"unknown impact code {code!r}")

    # -- look-ups -----------------------------------------------------------

    def entries(self, kind: str) -> list[dict]:
        if kind == "classifications":
            return [self._classification_entry(code) for code in self.classifications]
        return list(self.data[kind])

    def entry(self, kind: str, code: Any) -> dict:
        if kind == "classifications":
            if not _is_in(code, self.classifications):
                raise UnknownCodeError(kind="incident", value=code)
            return self._classification_entry(code)
        try:
            return self._index[kind][code]
        except (KeyError, TypeError):  # TypeError: a list or an object is no code
            raise UnknownCodeError(kind=kind.replace("_", " "), value=code) from None

    def has(self, kind: str, code: Any) -> bool:
        return _is_in(code, self.classifications if kind == "classifications" else self._index[kind])

    def _classification_entry(self, code: str) -> dict:
        cls, typ = self.classifications[code]
        return {
            "code": code,
            "short": f"{cls['short']}.{typ['short']}",
            "class": cls["code"],
            "type": typ["code"],
            "class_label": cls["label"],
            "label": typ["label"],
            "description": typ.get("description", typ["label"]),
        }

    def label(self, kind: str, code: Any, lang: str = "en") -> str:
        """A code's label in ``lang`` (English where that language lacks it); a country's name from CLDR."""
        entry = self.entry(kind, code)
        if kind == "countries":  # CLDR's names; the labels older codebooks carried are not read
            return cldr.country_name(code, lang)
        if kind == "classifications":
            return f"{text(entry['class_label'], lang)}: {text(entry['label'], lang)}"
        return text(entry["label"], lang)

    def text(self, kind: str, code: Any, field: str, lang: str = "en") -> str:
        """An entry's ``field`` (description, help...) in ``lang``, English where missing; "" if it has none."""
        value = self.entry(kind, code).get(field)
        return text(value, lang) if isinstance(value, dict) else ""

    def impact_question(self, key: str, lang: str = "en") -> str:
        """The form's plain question for an impact (``functional``...), or "" in a codebook before 2026.3."""
        entry = self._index["impact_questions"].get(key)
        return text(entry["label"], lang) if entry else ""

    def short(self, kind: str, code: Any) -> str:
        return self.entry(kind, code)["short"]

    def from_short(self, kind: str, short: str) -> Any:
        table = self._class_short if kind == "classifications" else self._short[kind]
        try:
            return table[short]
        except (KeyError, TypeError):
            raise UnknownCodeError(kind=kind.replace("_", " "), value=short) from None

    def country_codes(self) -> set[str]:
        return set(self._index["countries"])

    def expand_countries(self, codes: Iterable[str]) -> set[str]:
        """Country codes, with group codes (``ASEAN``) replaced by their members."""
        out: set[str] = set()
        for code in codes:
            if code in self._index["groups"]:
                out.update(self._index["groups"][code]["members"])
            elif code in self._index["countries"]:
                out.add(code)
            else:
                raise UnknownCodeError(kind="country or group", value=code)
        return out

    def severity_hint(self, functional: str | None = None, information: str | None = None,
                      recoverability: str | None = None) -> int:
        """The NCISS level the impact answers alone suggest (the highest of them)."""
        level = 0
        for kind, code in (("functional_impact", functional), ("information_impact", information),
                           ("recoverability", recoverability)):
            if code:
                level = max(level, self.entry(kind, code)["severity_hint"])
        return level

    def suggest(self, observations: Iterable[str], limit: int | None = None) -> list[Suggestion]:
        """Rank incident codes for the answered observations.

        Each observation gives each code it suggests a weight; the weights for
        one code combine as independent evidence (1 - prod(1 - w)). Ties are
        broken by code so the ranking is the same everywhere.
        """
        obs_codes = list(dict.fromkeys(observations))
        misses: dict[str, float] = {}
        reasons: dict[str, list[tuple[float, str]]] = {}
        for code in obs_codes:
            obs = self.entry("observations", code)
            for sug in obs["suggests"]:
                misses[sug["code"]] = misses.get(sug["code"], 1.0) * (1.0 - float(sug["weight"]))
                reasons.setdefault(sug["code"], []).append((float(sug["weight"]), code))
        ranked = [
            Suggestion(code, round(1.0 - miss, 6),
                       tuple(c for _, c in sorted(reasons[code], key=lambda r: (-r[0], r[1]))))
            for code, miss in misses.items()
        ]
        ranked.sort(key=lambda s: (-s.score, s.code))
        return ranked[:limit] if limit else ranked

    def is_urgent_observation(self, codes: Iterable[str]) -> bool:
        return any(self.entry("observations", c).get("urgent") for c in codes)


def version_key(version: str) -> tuple[int, int]:
    """``2026.3`` as (2026, 3), to compare versions (a malformed one sorts first)."""
    year, _, number = version.partition(".")
    return (int(year), int(number)) if year.isdigit() and number.isdigit() else (0, 0)


def text(value: dict, lang: str) -> str:
    """One of an entry's texts (``{"en": ..., "id": ..., "th": ...}``) in ``lang``, English where it lacks it."""
    return value.get(reading_language(lang)) or value["en"]


def load_codebook(raw: bytes | str, source: str, languages: Iterable[LanguageFile] = ()) -> Codebook:
    """A codebook from its JSON text; anything else is a CodebookError naming ``source`` and the bad entry."""
    try:
        data = json.loads(raw)
    except (ValueError, RecursionError) as exc:  # UnicodeDecodeError is a ValueError
        raise CodebookError(f"not valid JSON ({exc})", where=source) from None
    return Codebook(data, source=source, languages=languages)


def _bytes(path: Path, source: str) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise CodebookError(f"cannot read: {exc.strerror}", where=source) from None


def _read(path: Path, languages: Iterable[LanguageFile] = ()) -> Codebook:
    return load_codebook(_bytes(path, path.name), path.name, languages)


def read_languages(folder: Path) -> list[LanguageFile]:
    """The language files in ``folder`` (``th.json``...), each checked; a file named for another language fails."""
    out: list[LanguageFile] = []
    for path in sorted(folder.glob("*.json")):
        source = f"languages/{path.name}"
        language = texts.parse(_bytes(path, source), source)
        if language.language != path.stem:
            raise CodebookError(f"holds language {language.language!r}", where=source)
        out.append(language)
    return out


class CodebookSet:
    """The current codebook and every archived version, by version string."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        #: the further languages' texts, merged into the current codebook and every archived one
        self.language_files = read_languages(folder / "languages")
        self.current = _read(folder / "codebook.json", self.language_files)
        self._by_version: dict[str, Codebook] = {self.current.version: self.current}
        self._archive = {p.stem: p for p in sorted((folder / "archive").glob("*.json"))}
        log.debug("codebook %s loaded", self.current.version)

    def versions(self) -> list[str]:
        return sorted(set(self._archive) | {self.current.version})

    def get(self, version: str) -> Codebook:
        if version in self._by_version:
            return self._by_version[version]
        path = self._archive.get(version)
        if path is None:
            raise UnknownCodeError(kind="codebook version", value=version)
        book = _read(path, self.language_files)
        if book.version != version:
            raise CodebookError(f"file holds version {book.version}", where=path.name)
        self._by_version[version] = book
        return book


@functools.cache
def codebooks() -> CodebookSet:
    return CodebookSet(resource_path("codebook"))


def current() -> Codebook:
    return codebooks().current
