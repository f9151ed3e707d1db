"""The language this station reads reports in: separate from the app's interface language.

An officer in Vientiane may work in an English interface while reading partners' reports
in Lao: the codes, severity, TLP meanings, countries and dates of every report render in
the *reports language*; free text stays as its author wrote it. The choice is this
station's own (kept sealed in its database like its other settings, never sent to a peer)
and may be any language the codebook reads in (``base.languages.LANGUAGES``); until it is
chosen, reports read in the interface's language.
"""

from __future__ import annotations

from ..base.errors import UnknownCodeError
from ..base.languages import LANGUAGES
from ..storage.store import Store

#: the store setting that holds the choice
SETTING = "reports_language"


class ReadingLanguage:
    """Get and set the station's reports language (through :class:`~siaga.station.facade.Station`)."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def get(self, default: str = "en") -> str:
        """The chosen language, or ``default`` when none was chosen (or the choice is no longer offered)."""
        chosen = self._store.get_setting(SETTING)
        if chosen in LANGUAGES:
            return chosen
        return default if default in LANGUAGES else "en"

    def chosen(self) -> bool:
        """Whether a reports language was chosen at all (else reports follow the interface)."""
        return self._store.get_setting(SETTING) in LANGUAGES

    def set(self, lang: str | None) -> None:
        """Choose ``lang`` (a code of ``LANGUAGES``); None or "" goes back to following the interface."""
        if lang in (None, ""):
            self._store.set_setting(SETTING, None)
            return
        if not isinstance(lang, str) or lang not in LANGUAGES:
            raise UnknownCodeError(kind="language", value=lang)
        self._store.set_setting(SETTING, lang)
