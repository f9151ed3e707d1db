"""The application's icons, from ``resources/icons`` (carried inside the wheel).

The icons of places and actions are line drawings in ``resources/icons/places/*.svg``
drawn in ``currentColor``; :func:`icon` paints them in the palette's text colour, so
they read on light and dark palettes alike.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QByteArray, QSize
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette, QPixmap

from ..base.resources import resource_path

#: each icon is drawn once, at this size; Qt scales it down for menus, the sidebar and the header
SIZE = 48


@functools.cache
def app_icon() -> QIcon:
    return QIcon(str(resource_path("icons", "siaga.svg")))


@functools.cache
def _svg(name: str) -> str:
    return resource_path("icons", "places", f"{name}.svg").read_text(encoding="utf-8")


def icon_names() -> list[str]:
    """Every icon shipped in ``resources/icons/places``."""
    return sorted(p.stem for p in resource_path("icons", "places").glob("*.svg"))


@functools.cache
def _icon(name: str, colour: str) -> QIcon:
    source = _svg(name).replace("currentColor", colour).encode("utf-8")
    pixmap = QPixmap(QSize(SIZE, SIZE))
    pixmap.loadFromData(QByteArray(source), "SVG")
    return QIcon(pixmap)


def icon(name: str, colour: QColor | str | None = None) -> QIcon:
    """The icon ``name`` drawn in ``colour`` (the palette's text colour by default)."""
    if colour is None:
        colour = QGuiApplication.palette().color(QPalette.ColorRole.WindowText)
    return _icon(name, QColor(colour).name())
