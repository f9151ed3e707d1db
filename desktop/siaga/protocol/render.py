"""A message as its reader sees it: (heading, value) rows in one language.

Codes are shown with their codebook labels, so a report coded in Jakarta reads
the same in Kuala Lumpur whatever language each side works in. The headings are
part of the protocol's vocabulary (``render_words.py``, in every language reports are
read in); countries and dates are written as CLDR writes them in that language. Free
text is never translated: it is shown as written, its heading naming the author's
language when the report says which (its ``lang`` field).
"""

from __future__ import annotations

from datetime import datetime, timezone

from ..base import cldr
from ..base.languages import reading_language
from .codebook import Codebook
from .message import ACK_TYPE, IMPACT_KINDS, REPORT_TYPES, SIGHTING_TYPE, TIME_FORMAT
from .render_words import DRAFT_NOTE, HEADINGS, MISMATCH, WRITTEN_IN

__all__ = ["HEADINGS", "draft_note", "from_text", "identity", "mismatch_text", "mismatched", "report_lines",
           "shown_time", "written_in"]

def _described(book: Codebook, kind: str, code: str, lang: str) -> str:
    description = book.text(kind, code, "description", lang)
    label = book.label(kind, code, lang)
    return f"{label}: {description}" if description else label


def shown_time(value: str, lang: str = "en") -> str:
    """A message's UTC time (``2026-11-24T03:22:00Z``) as readers of ``lang`` write it; other text as it is."""
    try:
        moment = datetime.strptime(value, TIME_FORMAT).replace(tzinfo=timezone.utc)
    except (TypeError, ValueError):
        return str(value or "")
    return cldr.date_time(moment, lang)


def written_in(heading: str, author_lang: object, lang: str) -> str:
    """``Summary (written in Thai)``: a free-text heading naming its author's language, when the report says it
    and it is not the reader's own."""
    if not isinstance(author_lang, str) or not author_lang or author_lang == reading_language(lang):
        return heading
    return WRITTEN_IN[reading_language(lang)].format(heading=heading, language=cldr.language_name(author_lang, lang))


def draft_note(book: Codebook, lang: str) -> str:
    """The small "draft translation" note, in ``lang``, when its texts wait for a native speaker's review; else ""."""
    lang = reading_language(lang)
    return DRAFT_NOTE[lang] if book.is_draft(lang) else ""


def _place(book: Codebook, code: str, lang: str) -> str:
    for kind in ("groups", "countries"):
        if book.has(kind, code):
            return book.label(kind, code, lang)
    return code  # an external (STIX) report may name a place this codebook lacks


_IDENTITY_KEYS = ("name", "org", "country")

def identity(content: dict, author: dict | None) -> dict:
    """Who sent a message: the directory's name, org and country for a known author, else what the content says.

    ``author``: the author's directory record (``Peer.to_dict()``, as ``Station.read_inbox`` gives it),
    or None for an author not in the directory or an external report.
    """
    source = author if author else (content.get("station") or {})
    return {key: str(source.get(key) or "") for key in _IDENTITY_KEYS}


def mismatched(claimed: dict | None, author: dict | None) -> list[str]:
    """The fields (name, org, country) the content claims differently from the author's directory record.

    The signature proves which key signed; the names in the content are the author's own words,
    so where they differ the directory's are the ones to believe.
    """
    if not author or not isinstance(claimed, dict):
        return []
    return [key for key in _IDENTITY_KEYS
            if str(claimed.get(key) or "").strip() != str(author.get(key) or "").strip()]


def mismatch_text(content: dict, author: dict | None, lang: str = "en") -> str:
    """``the message claims CSIRT C, TH; the directory says CSIRT A, MY``, or "" when they agree."""
    claimed = content.get("station") or {}
    keys = mismatched(claimed, author)
    if not keys or author is None:  # (no author: nothing to differ from; mismatched says so too)
        return ""
    return MISMATCH[reading_language(lang)].format(
        claimed=", ".join(str(claimed.get(k) or "-") for k in keys),
        directory=", ".join(str(author.get(k) or "-") for k in keys))


def from_text(content: dict, author: dict | None, book: Codebook, lang: str = "en") -> str:
    """``Alpha desk, CSIRT A (Malaysia)``: the sender as the directory knows it (see :func:`identity`)."""
    who = identity(content, author)
    origin = ", ".join(part for part in (who["name"], who["org"]) if part)
    place = _place(book, who["country"], lang) if who["country"] else ""
    return f"{origin} ({place})" if place else origin  # an external source has no org or country


def report_lines(content: dict, book: Codebook, lang: str = "en",
                 author: dict | None = None) -> list[tuple[str, str]]:
    """Rows of (heading, value) for a message's content, in ``lang`` (any of base.languages.LANGUAGES).

    Empty optional fields are left out. ``book`` is the codebook the content
    names (``books.get(content["codebook"])``). ``author``: the author's directory
    record; the sender is then named as the directory knows it, and a row flags
    what the content claims differently (see :func:`mismatch_text`).
    """
    lang = reading_language(lang)
    rows: list[tuple[str, str]] = []
    author_lang = content.get("lang")

    def add(key: str, value: str, free_text: bool = False) -> None:
        if value:
            heading = HEADINGS[key][lang]
            rows.append((written_in(heading, author_lang, lang) if free_text else heading, value))

    kind = content["type"]
    add("type", book.label("message_types", kind, lang))
    if kind in REPORT_TYPES:
        code = content["code"]
        add("code", f"{book.label('classifications', code, lang)} ({code})")
        severity = content["severity"]
        add("severity", f"{severity} {book.label('severity', severity, lang)}")
        add("tlp", _described(book, "tlp", content["tlp"], lang))
        add("pap", _described(book, "pap", content["pap"], lang))
        add("scope", book.label("scopes", content["scope"], lang))
        add("countries", ", ".join(_place(book, c, lang) for c in content.get("countries", [])))
        add("observed_at", shown_time(content["observed_at"], lang))
        add("summary", content["summary"], free_text=True)
        add("observations", "\n".join(book.label("observations", c, lang)
                                      for c in content.get("observations", [])))
        add("sectors", ", ".join(book.label("sectors", c, lang) for c in content.get("sectors", [])))
        impact = content.get("impact", {})
        for key, impact_kind in IMPACT_KINDS.items():
            if impact.get(key):
                add(key, book.label(impact_kind, impact[key], lang))
        add("indicators", "\n".join(f"{i['type']} {i['value']}" for i in content.get("indicators", [])))
        add("narrative", content.get("narrative", ""), free_text=True)
    elif kind == ACK_TYPE:
        add("status", book.label("ack_status", content["ack"]["status"], lang))
        add("note", content["ack"]["note"])
    elif kind == SIGHTING_TYPE and isinstance(content.get("sighting"), dict):  # "we see this too"
        seen = content["sighting"]
        add("seen_count", str(seen.get("count", "")))
        add("seen_from", shown_time(seen.get("first_seen", ""), lang))
        add("seen_until", shown_time(seen.get("last_seen", ""), lang))
        add("indicators", "\n".join(f"{i['type']} {i['value']}" for i in seen.get("indicators", [])))
        add("sectors", ", ".join(book.label("sectors", c, lang) for c in seen.get("sectors", [])))
    add("station", from_text(content, author, book, lang))
    add("claims", mismatch_text(content, author, lang))
    add("reported_at", shown_time(content["reported_at"], lang))
    add("in_reply_to", content.get("in_reply_to", ""))
    add("codebook", book.version)
    return rows
