"""Labels that wrap in a narrow pane, even at a long word: a hash, an address, a name written without spaces.

A word-wrapped label breaks only at spaces, so one long word (a SHA-256 hash, a URL) makes it as
wide as that word, and the pane around it scrolls sideways or cuts it. :class:`WrappingLabel` shows
such words with invisible break points (zero-width spaces) every few characters, so they wrap like
the rest. The break points are for the screen only: the label keeps the text as written
(:attr:`WrappingLabel.whole`), and what is copied from it (Ctrl+C, the menu, or a mouse selection
pasted with the middle button) leaves them out.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QSize
from PySide6.QtGui import QClipboard, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QWidget

from .plain import PlainLabel, visible

#: the invisible break point put into long words (only ever ours: text from outside has its own made visible)
BREAK = "\u200b"
#: a word longer than this gets break points, one every :data:`CHUNK` characters
LONG = 20
CHUNK = 10
_WORD = re.compile(r"\S{%d,}" % (LONG + 1))


def breakable(text: str) -> str:
    """``text`` with a break point every few characters of each word longer than :data:`LONG`."""
    def split(match: re.Match) -> str:
        word = match.group(0)
        return BREAK.join(word[i:i + CHUNK] for i in range(0, len(word), CHUNK))
    return _WORD.sub(split, text)


def without_breaks(text: str) -> str:
    """The text as written: the break points taken out."""
    return text.replace(BREAK, "")


class WrappingLabel(PlainLabel):
    """A word-wrapped plain-text label that also breaks long words; copying from it gives the text as written."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        self.whole = ""
        super().__init__("", parent)
        self.setWordWrap(True)
        if text:
            self.setText(text)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        self.whole = visible(text, lines=True)
        super(PlainLabel, self).setText(breakable(self.whole))  # made visible above; the breaks are ours

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        # Qt's hint for a wrapped label wraps even a short heading at a quarter of 80 characters: here a text
        # asks for its longest line (up to 80 characters), and wraps only where the layout gives it less
        metrics = self.fontMetrics()
        margins = self.contentsMargins()
        longest = max((metrics.horizontalAdvance(line) for line in self.text().splitlines()), default=0)
        width = min(longest, 80 * metrics.averageCharWidth()) + margins.left() + margins.right() + 2 * self.margin()
        lowest = self.heightForWidth(width + metrics.averageCharWidth())
        for _ in range(metrics.averageCharWidth()):  # the layout's fractional advances may need a pixel or two more
            if self.heightForWidth(width) <= lowest:
                break
            width += 1
        return QSize(width, self.heightForWidth(width))

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().keyPressEvent(event)
        if event.matches(QKeySequence.StandardKey.Copy):
            self._clean_clipboard()

    def contextMenuEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().contextMenuEvent(event)  # Qt's menu runs to its end here: Copy has been done, if chosen
        self._clean_clipboard()

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().mouseReleaseEvent(event)  # a selection made with the mouse is now X11's primary selection
        if QGuiApplication.clipboard().supportsSelection():
            self._clean_clipboard(QClipboard.Mode.Selection)  # pasted with the middle button: as written too

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().mouseDoubleClickEvent(event)
        if QGuiApplication.clipboard().supportsSelection():
            self._clean_clipboard(QClipboard.Mode.Selection)

    def _clean_clipboard(self, mode: QClipboard.Mode = QClipboard.Mode.Clipboard) -> None:
        board = QGuiApplication.clipboard()
        text = board.text(mode)
        if BREAK in text:
            board.setText(without_breaks(text), mode)
