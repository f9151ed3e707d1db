"""``siaga settings --reports-in LANG``: the language this station reads reports in (the app's *Reports in*)."""

from __future__ import annotations

import argparse

from ..base import cldr
from ..protocol import codebook

#: what ``--reports-in`` takes to go back to following the interface's language
FOLLOW = "interface"


def apply(station, args: argparse.Namespace) -> None:
    """Change the reports language if ``--reports-in`` was given (an unknown code: exit 2, nothing changed)."""
    chosen = getattr(args, "reports_in", None)
    if chosen is None:
        return
    station.set_reports_language(None if chosen == FOLLOW else chosen)  # an unknown code: UnknownCodeError


def apply_and_describe(station, args: argparse.Namespace) -> dict:
    """Change the reports language if asked, then describe it (see :func:`describe`)."""
    apply(station, args)
    return describe(station)


def describe(station) -> dict:
    """``{"reports_in": "th", "chosen": True, "name": "ไทย", "draft": True}`` for the settings' output."""
    lang = station.reports_language()
    return {"reports_in": lang, "chosen": station.reading.chosen(), "name": cldr.own_name(lang),
            "draft": codebook.current().is_draft(lang)}


def line(info: dict) -> str:
    """``reports in   th  (ไทย; draft translation)`` for the settings' text output."""
    notes = [info["name"]] + (["draft translation"] if info["draft"] else [])
    if not info["chosen"]:
        notes.append("as the interface, until chosen")
    return f"reports in   {info['reports_in']}  ({'; '.join(notes)})"
