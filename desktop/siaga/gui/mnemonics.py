"""Alt shortcuts for texts that are not written with one: the codebook's questions and choices on a page.

A text written by hand carries its mnemonic in its translation ("Su&mmary"); a text from the
codebook (a plain impact question, a scope) has none, and its letters differ in each language.
:func:`give_mnemonics` picks, for each such label and button on a page, the first letter not
already taken on that page (the start of a word first), so Alt+letter reaches every question
and every choice in English and Indonesian alike.
"""

from __future__ import annotations

from typing import Iterable

from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTabBar, QWidget


def mnemonic(text: str) -> str:
    """The letter after a single "&" (lower case), or ""."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] != "&":
                return text[i + 1].lower()
            i += 1
        i += 1
    return ""


def with_mnemonic(text: str, taken: set[str]) -> str:
    """``text`` (its "&" escaped) with a mnemonic on a letter not in ``taken``, which it joins.

    Word starts are tried first, then any letter or digit; with every one taken the text has none.
    """
    candidates = [i for i, c in enumerate(text) if c.isalnum() and (i == 0 or not text[i - 1].isalnum())]
    candidates += [i for i, c in enumerate(text) if c.isalnum() and i not in candidates]
    for i in candidates:
        letter = text[i].lower()
        if letter not in taken and letter.isascii():  # Alt plus a key the keyboard has
            taken.add(letter)
            return _escape(text[:i]) + "&" + _escape(text[i:])
    return _escape(text)


def _escape(text: str) -> str:
    return text.replace("&", "&&")


def _plain(text: str) -> str:
    """A widget's text as the reader sees it ("&&" is one "&", a lone "&" marks the letter)."""
    out, i = [], 0
    while i < len(text):
        if text[i] == "&" and i + 1 < len(text):
            i += 1
        out.append(text[i])
        i += 1
    return "".join(out)


def _text(widget: QWidget) -> str:
    if isinstance(widget, QGroupBox):
        return widget.title()
    if isinstance(widget, (QLabel, QAbstractButton)):
        return widget.text()
    return ""


def taken_letters(widgets: Iterable[QWidget]) -> set[str]:
    """The letters the labels, buttons, group boxes and tabs among ``widgets`` already use."""
    taken = set()
    for widget in widgets:
        if isinstance(widget, QTabBar):
            taken.update(mnemonic(widget.tabText(i)) for i in range(widget.count()))
        else:
            taken.add(mnemonic(_text(widget)))
    taken.discard("")
    return taken


def needs_one(widget: QWidget) -> bool:
    """A label naming a field, or a radio button or check box, whose text has no mnemonic yet."""
    if isinstance(widget, QLabel):
        return widget.buddy() is not None and bool(widget.text()) and not mnemonic(widget.text())
    if isinstance(widget, QAbstractButton) and widget.isCheckable():
        return bool(widget.text()) and not mnemonic(widget.text())
    return False


def give_mnemonics(page: QWidget, also_taken: Iterable[str] = ()) -> list[QWidget]:
    """Give each label and choice on ``page`` that has none a mnemonic no other on it uses; returns those changed.

    ``also_taken``: letters of buttons outside the page that are shown with it (a wizard's
    Back and Next). Widgets are taken in the page's order, hidden ones too (they may appear).
    """
    widgets = [w for w in page.findChildren(QWidget) if not w.isWindow()]
    taken = taken_letters(widgets) | set(also_taken)
    changed = []
    for widget in widgets:
        if needs_one(widget):
            text = with_mnemonic(_plain(widget.text()), taken)
            widget.setText(text)
            changed.append(widget)
    return changed
