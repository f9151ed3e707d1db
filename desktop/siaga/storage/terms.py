"""The blind-indexed terms of an inbox message: its summary's words and the countries it concerns.

Both the store (which writes a message's terms as it arrives) and the inbox query
(which looks them up) use these functions, so a word is folded the same way in both.
"""

from __future__ import annotations

import re
import unicodedata

from ..protocol import codebook

_WORD = re.compile(r"\w+")


def _fold(word: str) -> str:
    if word.isascii():
        return word.lower()
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


def search_words(text: str) -> list[str]:
    """The distinct words of ``text`` as they are indexed: case- and accent-folded, two letters or more."""
    folded = (_fold(word) for word in _WORD.findall(text or ""))
    return list(dict.fromkeys(word for word in folded if len(word) > 1))


#: how the term of a country a message concerns begins
COUNTRY_TERM = "country:"


def country_term(code: str) -> str:
    return f"{COUNTRY_TERM}{code}"


def report_terms(meta: dict) -> set[str]:
    """The blind-indexed terms of one inbox message: its summary's words and its countries (groups expanded)."""
    terms = set(search_words(meta.get("summary") or ""))
    book = codebook.current()
    for code in meta.get("countries") or []:
        if not isinstance(code, str):
            continue
        terms.add(country_term(code))
        if book.has("groups", code):
            terms.update(country_term(member) for member in book.expand_countries([code]))
    return terms
