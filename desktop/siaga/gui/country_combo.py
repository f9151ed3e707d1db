"""A country picker: the codebook's countries in the chosen language, searchable by typing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from ..base.languages import INTERFACE_LANGUAGES
from ..protocol.codebook import Codebook
from ..station.report_form import match_rank, name_key


class CountryCombo(QComboBox):
    """Country names (codebook labels) sorted in the chosen language; typing any part of a name finds it.

    ``code()`` is the ISO 3166-1 alpha-2 code of the country shown, or "" when the text names none
    (typing the two-letter code itself works too). With ``optional``, the first entry means "none".
    Enter (or leaving the box) on text that names no country exactly picks its best match
    (:meth:`best_match`); text that matches nothing stays, and ``code()`` is "".
    """

    def __init__(self, book: Codebook, lang: str, optional: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._book = book
        self._optional = optional
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self._lang = lang
        self.set_language(lang)
        self.lineEdit().editingFinished.connect(self.pick_best_match)  # before any other receiver

    def set_language(self, lang: str) -> None:
        """Show the names in ``lang`` ("en" or "id"), keeping the country chosen."""
        code = self.code()
        self._lang = lang
        self.blockSignals(True)
        self.clear()
        if self._optional:
            self.addItem("", "")
        names = {e["code"]: self._book.label("countries", e["code"], lang) for e in self._book.entries("countries")}
        for country, name in sorted(names.items(), key=lambda item: name_key(item[1])):
            self.addItem(name, country)
        self.blockSignals(False)
        self.set_code(code)

    def code(self) -> str:
        text = self.currentText().strip()
        if not text:
            return ""
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return self.itemData(index)
        return text.upper() if self._book.has("countries", text.upper()) else ""

    def set_code(self, code: str) -> None:
        index = self.findData(code) if code else (0 if self._optional else -1)
        self.setCurrentIndex(index)
        if index < 0:
            self.setEditText("")

    def best_match(self, text: str) -> str:
        """The code of the country ``text`` names best: its code, then a name starting with it, ...; or ""."""
        ranked = []
        for entry in self._book.entries("countries"):
            names = [self._book.label("countries", entry["code"], lang) for lang in INTERFACE_LANGUAGES]
            rank = match_rank(text, entry["code"], names)
            if rank is not None:
                ranked.append((rank, name_key(self._book.label("countries", entry["code"], self._lang)), entry["code"]))
        return min(ranked)[2] if ranked and text.strip() else ""

    def unmatched(self) -> str:
        """The text typed when it names no country, else ""."""
        text = self.currentText().strip()
        return "" if not text or self.code() else text

    def pick_best_match(self) -> None:
        """Enter: the text, if it names no country exactly, becomes the country it names best (if any)."""
        text = self.unmatched()
        code = self.best_match(text) if text else ""
        if code:
            self.set_code(code)
