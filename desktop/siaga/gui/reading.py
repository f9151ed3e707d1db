"""*Reports in*: the language the app renders report contents in, apart from its interface language.

The interface speaks English or Indonesian; a report's codes, severity, TLP meanings,
countries and dates can be read in any language of the codebook (the station keeps the
choice: :mod:`siaga.station.reading`). Until one is chosen, reports read in the interface's
language. One :class:`Reading` per session holds the choice for the views and tells them
when it changes; choosing a language whose script the desktop may lack loads its font
(:mod:`siaga.gui.fonts`).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QComboBox

from ..base import cldr
from ..base.languages import LANGUAGES
from ..protocol.codebook import Codebook
from ..protocol.render import draft_note
from . import fonts
from .errors import show_error
from .session import Session

log = logging.getLogger("siaga.gui.reading")


class Reading(QObject):
    """The session's reports language: loaded from the station once, changed through it."""

    #: the language reports now read in (a code of LANGUAGES)
    changed = Signal(str)

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self.session = session
        #: the chosen language, "" while reports follow the interface (or before the station answered)
        self.chosen = ""
        self.loaded = False
        self._chosen_here = False  # chosen in this session: what the station said before no longer counts

    def lang(self) -> str:
        """The language to render report contents in now."""
        return self.chosen or self.session.lang

    def load(self) -> None:
        """Ask the station once for the choice kept in it (the views queue this before the unlock finishes)."""
        if self.loaded:
            return
        self.loaded = True
        self.session.db.run(lambda station: station.reports_language("") if station.reading.chosen() else "",
                            done=self._loaded, failed=lambda exc: log.warning("reports language: %s", exc),
                            label="reports language")

    def _loaded(self, lang: str) -> None:
        if lang != self.chosen and not self._chosen_here:
            self.chosen = lang
            self._announce()

    def choose(self, lang: str) -> None:
        """Read reports in ``lang`` from now on ("" to follow the interface); the station keeps it."""
        lang = lang if lang in LANGUAGES else ""
        if lang == self.chosen and self.loaded:
            return
        self.chosen, self.loaded, self._chosen_here = lang, True, True
        self.session.db.run(lambda station: station.set_reports_language(lang or None),
                            failed=lambda exc: show_error(None, self.tr("Reports in"), exc),
                            label="set reports language")
        self._announce()

    def _announce(self) -> None:
        fonts.ensure_for_language(self.lang())
        self.changed.emit(self.lang())


def of(session: Session) -> Reading:
    """The session's :class:`Reading` (made on first use, and loaded from the station)."""
    reading = session.findChild(Reading)
    if reading is None:
        reading = Reading(session)
        reading.load()
    return reading


def language_name(code: str, book: Codebook | None = None, *, draft_word: str = "") -> str:
    """A language by its own name (people look for their language in a list), with ``draft_word`` for a draft.

    Named from CLDR, as the interface's own list names its languages.
    """
    name = cldr.own_name(code)
    name = name[:1].upper() + name[1:]
    if draft_word and book is not None and book.is_draft(code):
        return f"{name} ({draft_word})"
    return name


def fill_languages(combo: QComboBox, book: Codebook, draft_word: str, *, follow_text: str = "") -> None:
    """Every language reports read in, by its own name (drafts marked); first ``follow_text`` ("") if given."""
    combo.clear()
    names = [language_name(code, book, draft_word=draft_word) for code in LANGUAGES]
    fonts.ensure_for_text(*names)  # Thai, Khmer, Lao and Burmese are listed in their own scripts
    if follow_text:
        combo.addItem(follow_text, "")
    for code, name in zip(LANGUAGES, names):
        combo.addItem(name, code)


def as_read_in(rows: list[tuple[str, str]], book: Codebook, lang: str) -> list[tuple[str, str]]:
    """A report's (heading, value) rows as a reader of ``lang`` gets them: its font loaded, the draft note first.

    The review page of the form shows the report this way "as a partner will read it".
    """
    fonts.ensure_for_language(lang)
    fonts.ensure_for_text(*(value for _, value in rows))
    note = draft_note(book, lang)
    return [(note, ""), *rows] if note else rows
