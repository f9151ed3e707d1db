"""Text that a peer, a file or the user wrote, shown as text: never as markup, never with hidden controls.

Qt guesses whether a label's, a tooltip's or a message box's text is HTML
(``Qt.AutoText``): a peer named ``Desk — verified peer<span style='font-size:1px'>``
would otherwise shrink our own words after it out of sight. So:

* every label of the app is a :class:`PlainLabel` (``Qt.PlainText``, whatever it shows);
* message boxes are made by :func:`message_box`; wizards are :class:`PlainWizard`s (plain titles);
* tooltips go through :func:`tip`, which escapes the text and makes it explicit rich text,
  so Qt never guesses;
* HTML that Siaga writes itself (the review page) escapes every value with :func:`html_text`.

Control and formatting characters (C0 and C1 controls, bidirectional overrides and isolates,
zero-width characters, line and paragraph separators) are shown as visible escapes such as
``\\u202e`` by :func:`visible`, so that a right-to-left override in a name cannot reverse the
words after it, and a name cannot hide characters.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtWidgets import QLabel, QMessageBox, QWidget, QWizard

# PySide builds every enum of its Qt namespace the first time the namespace is named (about 13 ms):
# the unlock dialog's labels are made plain without naming it, so that it loads after that dialog is up
# (the functions below that name it are called later). The int is Qt.TextFormat.PlainText, given to Qt
# as the value of the label's textFormat property.
_PLAIN_TEXT = 0

#: Unicode categories never shown as they are: controls, format characters (bidi, zero-width),
#: lone surrogates, line and paragraph separators
HIDDEN_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})


def _escape(char: str) -> str:
    code = ord(char)
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def visible(text: object, *, lines: bool = False) -> str:
    """``text`` with every control or formatting character written as a visible escape (``\\u202e``).

    With ``lines``, line breaks (``\\n``, and ``\\r\\n`` read as one) and tabs stay as they are:
    for a narrative or a list. Otherwise a line break is escaped too: for a name or a summary.
    """
    text = "" if text is None else str(text)
    if text.isprintable():
        return text
    if lines:
        text = text.replace("\r\n", "\n")
    out = []
    for char in text:
        if lines and char in "\n\t":
            out.append(char)
        elif unicodedata.category(char) in HIDDEN_CATEGORIES:
            out.append(_escape(char))
        else:
            out.append(char)
    return "".join(out)


def html_text(text: object, *, lines: bool = False) -> str:
    """``text`` for HTML that Siaga writes: controls made visible, markup escaped, line breaks as ``<br>``."""
    import html  # loaded when Siaga first writes HTML, not before the first window
    escaped = html.escape(visible(text, lines=lines), quote=True)
    return escaped.replace("\n", "<br>") if lines else escaped


def tip(text: object) -> str:
    """A tooltip showing ``text`` literally (Qt would otherwise guess whether it is HTML); "" stays ""."""
    if not text:
        return ""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import Qt as QtGuiNamespace
    return QtGuiNamespace.convertFromPlainText(visible(text, lines=True), Qt.WhiteSpaceMode.WhiteSpaceNormal)


def is_literal_tip(tooltip: str) -> bool:
    """Whether a tooltip is empty, Qt would not read it as HTML, or :func:`tip` made it."""
    from PySide6.QtGui import Qt as QtGuiNamespace
    return not tooltip or not QtGuiNamespace.mightBeRichText(tooltip) or (
        tooltip.startswith("<p>") and tooltip.endswith("</p>") and "<" not in tooltip[3:-4].replace("<br>", ""))


class PlainLabel(QLabel):
    """A label that shows its text as plain text, with controls made visible; the only label the app uses.

    Line breaks in the text are kept (our own sentences have them); a value that must stay on one
    line is passed through :func:`visible` before it is put into a sentence.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("textFormat", _PLAIN_TEXT)  # setTextFormat(Qt.TextFormat.PlainText), see above
        if text:
            self.setText(text)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        super().setText(visible(text, lines=True))


def message_box(icon: QMessageBox.Icon, title: str, text: str, buttons: QMessageBox.StandardButton,
                parent: QWidget | None = None) -> QMessageBox:
    """A message box whose text is plain text (Qt would guess), with controls made visible."""
    from PySide6.QtCore import Qt
    box = QMessageBox(icon, visible(title), "", buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(visible(text, lines=True))
    return box


class PlainWizard(QWizard):
    """A wizard whose page titles and subtitles, and every label of its own, are plain text (Qt would guess)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtCore import Qt
        self.setTitleFormat(Qt.TextFormat.PlainText)
        self.setSubTitleFormat(Qt.TextFormat.PlainText)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        # the header Qt builds on first show has a logo label, which only ever shows a picture
        from PySide6.QtCore import Qt
        for label in self.findChildren(QLabel):
            label.setTextFormat(Qt.TextFormat.PlainText)
        super().showEvent(event)
