"""Siaga's look: a light and a dark palette, and the style of the sidebar and header.

``appearance`` is a preference: "system" keeps the desktop's own palette, "light"
and "dark" put Siaga's. Either way the same small style sheet gives the sidebar,
the branded header and headings their spacing and weight, drawn from the palette
in use, so nothing carries a fixed colour on a background it does not own.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from .colours import is_dark

#: Siaga's brand colour (a deep teal), and its lighter variant for dark palettes
BRAND = ("#0f5c6e", "#5cc3d6")

_LIGHT = {
    "Window": "#f5f7f8", "WindowText": "#1b2426", "Base": "#ffffff", "AlternateBase": "#eef2f3",
    "Text": "#1b2426", "Button": "#e9eef0", "ButtonText": "#1b2426", "Highlight": "#0f5c6e",
    "HighlightedText": "#ffffff", "ToolTipBase": "#ffffff", "ToolTipText": "#1b2426",
    "PlaceholderText": "#5f6b6e", "Link": "#0f5c6e", "Mid": "#c5cfd2", "Dark": "#8a979a",
    "Light": "#ffffff", "Midlight": "#dde4e6", "Shadow": "#5f6b6e",
}
_DARK = {
    "Window": "#1d2325", "WindowText": "#e8eef0", "Base": "#141a1b", "AlternateBase": "#20282a",
    "Text": "#e8eef0", "Button": "#2a3336", "ButtonText": "#e8eef0", "Highlight": "#1f6f80",
    "HighlightedText": "#ffffff", "ToolTipBase": "#2a3336", "ToolTipText": "#e8eef0",
    "PlaceholderText": "#9aa8ab", "Link": "#5cc3d6", "Mid": "#3b4649", "Dark": "#0e1213",
    "Light": "#3b4649", "Midlight": "#2f393c", "Shadow": "#000000",
}
_DISABLED = {"light": "#7d888b", "dark": "#7f8c8f"}

_system_palette: QPalette | None = None


def palette(name: str) -> QPalette:
    """Siaga's "light" or "dark" palette."""
    colours = _LIGHT if name == "light" else _DARK
    out = QPalette()
    for role, value in colours.items():
        out.setColor(getattr(QPalette.ColorRole, role), QColor(value))
    for role in ("WindowText", "Text", "ButtonText"):
        out.setColor(QPalette.ColorGroup.Disabled, getattr(QPalette.ColorRole, role), QColor(_DISABLED[name]))
    return out


def brand(pal: QPalette | None = None) -> QColor:
    pal = pal if pal is not None else QGuiApplication.palette()
    return QColor(BRAND[is_dark(pal)])


def sidebar_style(pal: QPalette) -> str:
    """The sidebar's style: a slightly shaded column, the chosen place marked in the brand colour."""
    window = pal.color(QPalette.ColorRole.Window)
    side = window.darker(106) if not is_dark(pal) else window.lighter(125)
    text = pal.color(QPalette.ColorRole.WindowText).name()
    return (f"QListWidget {{ background: {side.name()}; border: none; padding: 6px 0; outline: 0; }}"
            f" QListWidget::item {{ padding: 8px 14px; border-left: 3px solid transparent; color: {text}; }}"
            f" QListWidget::item:selected {{ background: {window.name()}; border-left: 3px solid {brand(pal).name()};"
            f" color: {text}; font-weight: bold; }}")


def header_colours(pal: QPalette) -> tuple[QColor, QColor]:
    """(text, background) of the branded header: white on the brand colour, or light on dark."""
    if is_dark(pal):
        return pal.color(QPalette.ColorRole.WindowText), pal.color(QPalette.ColorRole.Window).lighter(140)
    return QColor("#ffffff"), QColor(BRAND[0])


def apply(appearance: str, app: QApplication | None = None) -> None:
    """Put ``appearance`` ("system", "light" or "dark") on the whole app (its palette only)."""
    global _system_palette
    app = app or QApplication.instance()
    if appearance == "system":
        if _system_palette is not None:
            app.setPalette(_system_palette)
        return
    if _system_palette is None:
        _system_palette = QPalette(app.palette())
    app.setPalette(palette(appearance))


def heading(widget, scale: float = 1.3) -> None:
    """Make ``widget``'s text a heading: bold and larger (the type hierarchy: page title, section, text)."""
    font = widget.font()
    font.setBold(True)
    font.setPointSizeF(QApplication.font().pointSizeF() * scale)
    widget.setFont(font)
