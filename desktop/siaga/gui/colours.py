"""Colours that stay readable on light and dark palettes.

Text and badges are never given a fixed colour on a background they do not
own: a *tone* (verified, unverified, external, refused, error, urgent) has one
pair of (text, background) colours for light palettes and one for dark ones,
each pair at least 4.5:1 apart (WCAG 2 AA). :func:`paint` gives a widget its
tone for the application palette in use, and again whenever that palette
changes (the desktop switched between a light and a dark theme).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QWidget

BLACK, WHITE = QColor("#000000"), QColor("#ffffff")
#: WCAG 2 AA for normal text
MIN_CONTRAST = 4.5

#: tone -> ((text, background) on a light palette, (text, background) on a dark one)
TONES: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    "verified": (("#0b5a24", "#d7f2df"), ("#b9f0c8", "#123d1f")),
    "unverified": (("#6b4600", "#fff0c7"), ("#ffe08a", "#453100")),
    "external": (("#3c3c3c", "#e6e6e6"), ("#e4e4e4", "#3a3a3a")),
    "refused": (("#8a1010", "#fbdada"), ("#ffc9c9", "#5c1414")),
    "urgent": (("#8a1010", "#fbdada"), ("#ffc9c9", "#5c1414")),
    "error": (("#b00020", "#fbdada"), ("#ff8a80", "#5c1414")),
    "info": (("#0b3d91", "#dce8fb"), ("#cfe0ff", "#17305c")),
    "neutral": (("#333333", "#e8e8e8"), ("#e6e6e6", "#333333")),
}

#: an inbox status (new, or the acknowledgement status this station sent) -> its tone
STATUS_TONES = {"new": "info", "received": "neutral", "investigating": "unverified", "resolved": "verified",
                "false-positive": "external"}


def luminance(colour: QColor) -> float:
    """Relative luminance (WCAG 2)."""
    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) + 0.0722 * linear(colour.blueF())


def contrast(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio of two colours, from 1 (the same) to 21 (black on white)."""
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def readable_on(background: QColor) -> QColor:
    """Black or white, whichever contrasts more with ``background``."""
    return BLACK if contrast(BLACK, background) >= contrast(WHITE, background) else WHITE


def is_dark(palette: QPalette) -> bool:
    """Whether ``palette`` puts light text on a dark window."""
    return luminance(palette.color(QPalette.ColorRole.Window)) < luminance(
        palette.color(QPalette.ColorRole.WindowText))


def tone(name: str, palette: QPalette | None = None) -> tuple[QColor, QColor]:
    """(text, background) of tone ``name`` for ``palette`` (the application's by default)."""
    palette = palette if palette is not None else QGuiApplication.palette()
    text, background = TONES[name][is_dark(palette)]
    return QColor(text), QColor(background)


def tone_text(name: str, background: QColor, palette: QPalette | None = None) -> QColor:
    """The text colour of tone ``name`` for text drawn straight on ``background``.

    Falls back to the palette's own text colour when the tone would not be readable there
    (a high-contrast or unusual theme).
    """
    palette = palette if palette is not None else QGuiApplication.palette()
    text = tone(name, palette)[0]
    if contrast(text, background) >= MIN_CONTRAST:
        return text
    fallback = palette.color(QPalette.ColorRole.WindowText)
    return fallback if contrast(fallback, background) >= contrast(text, background) else text


class _Repaint(QObject):
    """Gives its widget its tone again when the palette changes."""

    def __init__(self, widget: QWidget, name: str, filled: bool) -> None:
        super().__init__(widget)
        self.name = name
        self.filled = filled
        widget.installEventFilter(self)

    def apply(self, widget: QWidget) -> None:
        app = QGuiApplication.palette()
        palette = widget.palette()
        if self.filled:
            text, background = tone(self.name, app)
            widget.setAutoFillBackground(True)
            palette.setColor(QPalette.ColorRole.Window, background)
        else:
            widget.setAutoFillBackground(False)
            text = tone_text(self.name, app.color(QPalette.ColorRole.Window), app)
        palette.setColor(QPalette.ColorRole.WindowText, text)
        if palette != widget.palette():
            widget.setPalette(palette)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self.apply(watched)
        return False


def paint(widget: QWidget, name: str | None, *, filled: bool = False) -> None:
    """Colour ``widget``'s text in tone ``name`` (and with ``filled`` its background), following the palette.

    The text is drawn on the window background unless ``filled``; ``name=None`` takes the tone away.
    """
    from PySide6.QtCore import Qt  # named here, not at import: the theme loads this before the unlock dialog
    repaint = widget.findChild(_Repaint, options=Qt.FindChildOption.FindDirectChildrenOnly)
    if name is None:
        if repaint is not None:
            widget.removeEventFilter(repaint)
            repaint.setParent(None)
            repaint.deleteLater()
            widget.setAutoFillBackground(False)
            widget.setPalette(QPalette())
        return
    if repaint is None:
        repaint = _Repaint(widget, name, filled)
    repaint.name, repaint.filled = name, filled
    repaint.apply(widget)

