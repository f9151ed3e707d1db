"""Names of countries and languages, and dates and times, in each of Siaga's languages.

They come from the Unicode CLDR, which the ``babel`` package carries: nothing here is
written by hand, so a country is named in Thai or Burmese the way those readers expect.
A code CLDR does not know is given back as it is (an external report may name a place
that no standard lists).
"""

from __future__ import annotations

import functools
from datetime import datetime, timezone
from typing import TYPE_CHECKING

from .languages import LANGUAGES

if TYPE_CHECKING:
    from babel import Locale

# babel is imported on first use (it takes a good part of a second on a slow post): a command
# or an app start that names no country and writes no date does not pay for it.


@functools.cache
def _locale(lang: str) -> Locale:
    from babel import Locale
    return Locale.parse(lang if lang in LANGUAGES else "en")


def country_name(code: str, lang: str = "en") -> str:
    """``TH`` in ``lang``: "Thailand", "Thái Lan", "ထိုင်း"; an unknown code as it is."""
    return str(_locale(lang).territories.get(code) or code)


def has_country(code: str) -> bool:
    """Whether CLDR names the ISO 3166-1 alpha-2 ``code`` (in English, which names them all)."""
    return bool(code) and code.isascii() and code.isupper() and code in _locale("en").territories


def language_name(code: str, lang: str = "en") -> str:
    """The language ``code`` named in ``lang`` ("Thai", "ภาษาไทย"...), or the code CLDR does not know."""
    return str(_locale(lang).languages.get(code) or code)


#: where a language picker's usual name differs from CLDR's own name ("Indonesia", "Melayu"): people
#: look for "Bahasa Indonesia", and "Indonesia" alone reads as the country in a list beside countries
PICKER_NAMES = {"id": "Bahasa Indonesia", "ms": "Bahasa Melayu"}


def own_name(code: str) -> str:
    """A language by its own name ("ไทย", "Tiếng Việt", "Bahasa Indonesia"), as people look for it in a list."""
    if code in PICKER_NAMES:
        return PICKER_NAMES[code]
    return language_name(code, code) if code in LANGUAGES else code


def date_time(moment: datetime, lang: str = "en") -> str:
    """A moment in UTC as readers of ``lang`` write a date and a 24-hour time: "23 พ.ย. 2026 18:30 น."."""
    from babel.dates import format_date, format_skeleton
    locale = _locale(lang)
    moment = moment.astimezone(timezone.utc)
    day = format_date(moment, "medium", locale=locale)
    time = format_skeleton("Hm", moment, tzinfo=timezone.utc, locale=locale)
    return str(locale.datetime_formats["medium"]).format(time, day)  # "{1}, {0}": the day, then the time


def date(moment: datetime, lang: str = "en") -> str:
    """The day of a moment in UTC, written for readers of ``lang``."""
    from babel.dates import format_date
    return format_date(moment.astimezone(timezone.utc), "medium", locale=_locale(lang))
