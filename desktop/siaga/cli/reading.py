"""A report as its reader reads it, in any of the languages reports are read in; the author's language of a draft.

The command line's own words stay English; what a report says (its codes, countries,
dates and headings) is printed in the language asked for with ``--lang``, as the app
and the printed page show it (``protocol/render.py``). Free text is printed as written,
its heading naming the author's language. A language whose codebook texts no native
speaker has checked yet gets a one-line note.
"""

from __future__ import annotations

import argparse
from typing import Any

from ..base.errors import InputError
from ..base.languages import LANGUAGES, reading_language
from ..protocol.codebook import Codebook
from ..protocol.render import HEADINGS, draft_note, report_lines
from ..storage import preferences
from .common import home_of, lang_of, shown

#: rows printed elsewhere by the command (the sender with its trust, the identity warning)
_SKIPPED = ("station", "claims")


def reader_language(args: argparse.Namespace) -> str:
    """``--lang`` (or ``SIAGA_LANG``), if reports can be read in it, else English."""
    return reading_language(lang_of(args))


def station_language(args: argparse.Namespace, station) -> str:
    """The language a report is read in here: ``--lang`` when given, else the station's *Reports in* when one
    was chosen (``siaga settings --reports-in``), else as :func:`reader_language`."""
    if getattr(args, "lang", None):
        return reading_language(args.lang)
    if station.reading.chosen():
        return station.reports_language()
    return reader_language(args)


def print_note(book: Codebook, lang: str, width: int = 10) -> None:
    """``Note      Draft translation: ...`` for a language no native speaker has reviewed; nothing otherwise."""
    note = draft_note(book, lang)
    if note:
        print(f"{'Note':{width}}{note}")


def print_report(content: dict, book: Codebook, lang: str, author: dict | None = None) -> None:
    """The report's rows in ``lang``: ``heading: value``, or the heading on a line of its own above several lines."""
    skipped = {HEADINGS[key][lang] for key in _SKIPPED}
    for heading, value in report_lines(content, book, lang, author=author):
        if heading in skipped:
            continue
        if "\n" in value:
            print(f"{heading}:")
            print(shown(value, multiline=True))
        else:
            print(f"{heading}: {shown(value)}")


def author_language(args: argparse.Namespace, drafts: list[Any]) -> list[Any]:
    """Drafts with ``lang`` set: the draft's own, else ``--lang``, else the station's interface language."""
    chosen = getattr(args, "lang", None)
    if chosen is None:
        chosen = preferences.load(home_of(args)).language
    if chosen not in LANGUAGES:
        raise InputError(f"--lang: {chosen!r} is not one of {', '.join(LANGUAGES)}")
    return [{"lang": chosen, **draft} if isinstance(draft, dict) else draft for draft in drafts]
