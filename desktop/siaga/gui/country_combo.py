"""A country picker: the codebook's countries in the chosen language, searchable by typing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from ..protocol.codebook import Codebook


class CountryCombo(QComboBox):
    """Country names (codebook labels) sorted in the chosen language; typing any part of a name finds it.

    ``code()`` is the ISO 3166-1 alpha-2 code of the country shown, or "" when the text names none
    (typing the two-letter code itself works too). With ``optional``, the first entry means "none".
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
        self.set_language(lang)

    def set_language(self, lang: str) -> None:
        """Show the names in ``lang`` ("en" or "id"), keeping the country chosen."""
        code = self.code()
        self.blockSignals(True)
        self.clear()
        if self._optional:
            self.addItem("", "")
        entries = sorted(self._book.entries("countries"), key=lambda e: e["label"][lang].casefold())
        for entry in entries:
            self.addItem(entry["label"][lang], entry["code"])
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
