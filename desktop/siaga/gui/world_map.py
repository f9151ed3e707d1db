"""The dashboard's map: every country drawn with QPainter from Natural Earth's outlines, shaded by its counts.

The outlines are ``resources/map/world-110m.json`` (public domain; see its
SOURCES.md), read once per process. Countries are drawn in a plain
longitude/latitude projection; the view shows the world or ASEAN. A country's
shade grows with its *weight* (open incidents plus shared threats in the
period); hovering names it and its counts, a click emits :attr:`WorldMap.countryClicked`.
"""

from __future__ import annotations

import functools
import json

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPolygonF,
    QTransform,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ..base.resources import resource_path
from .colours import is_dark
from .plain import tip

# what each view shows, in degrees: (west, south, east, north)
REGIONS = {"world": (-170.0, -58.0, 190.0, 84.0), "asean": (91.0, -12.0, 142.0, 29.0)}
# a marked (too small to draw) country is a dot this many pixels across, and is found within this radius
DOT = 7.0


@functools.cache
def outlines() -> tuple[dict[str, QPainterPath], dict[str, QPointF]]:
    """Each country's outline (x = longitude, y = -latitude) and the dots of countries too small to draw."""
    with open(resource_path("map", "world-110m.json"), encoding="utf-8") as f:
        data = json.load(f)
    paths = {}
    for code, rings in data["countries"].items():
        path = QPainterPath()
        path.setFillRule(Qt.FillRule.OddEvenFill)
        for ring in rings:
            lons = on_the_map(ring[0::2])
            path.addPolygon(QPolygonF([QPointF(lon, -lat) for lon, lat in zip(lons, ring[1::2])]))
            path.closeSubpath()
        paths[code] = path
    dots = {code: QPointF(on_the_map([lon])[0], -lat) for code, (lon, lat) in data.get("markers", {}).items()}
    return paths, dots


def on_the_map(lons: list[float]) -> list[float]:
    """A ring's longitudes made continuous and moved to where the world view draws them.

    The outlines write a point on the antimeridian now as 180, now as -180: a ring round the
    tip of Russia or Fiji would jump across the whole world and back (a band across the map).
    Each jump of more than half the world is undone; a ring lying west of the world view's
    left edge (the tip of Russia, Fiji's eastern islands, the far Aleutians) is drawn at its
    right, east of 180 degrees, where the view continues.
    """
    out: list[float] = []
    for lon in lons:
        if out:
            while lon - out[-1] > 180:
                lon -= 360
            while out[-1] - lon > 180:
                lon += 360
        out.append(lon)
    west = REGIONS["world"][0]
    if out and sum(out) / len(out) < west:
        out = [lon + 360 for lon in out]
    return out


class WorldMap(QWidget):
    """The countries, shaded by weight; ``counts`` gives each country's lines for the hover text."""

    countryClicked = Signal(str)
    countryHovered = Signal(str)

    def __init__(self, names: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("worldMap")
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(320, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.names = names
        self.region = "asean"
        self.weights: dict[str, int] = {}
        self.details: dict[str, str] = {}
        self.hovered = ""
        self._paths, self._dots = outlines()

    def set_region(self, region: str) -> None:
        self.region = region if region in REGIONS else "world"
        self.update()

    def set_counts(self, weights: dict[str, int], details: dict[str, str]) -> None:
        """``weights``: what shades each country; ``details``: the text its hover shows under its name."""
        self.weights = {code: n for code, n in weights.items() if n > 0}
        self.details = details
        self.update()

    def countries(self) -> set[str]:
        return set(self._paths) | set(self._dots)

    # -- geometry ----------------------------------------------------------------

    def transform(self) -> QTransform:
        """Degrees to pixels: the region fills the widget, keeping the map's proportions."""
        west, south, east, north = REGIONS[self.region]
        scale = min(self.width() / (east - west), self.height() / (north - south))
        dx = (self.width() - (east - west) * scale) / 2
        dy = (self.height() - (north - south) * scale) / 2
        return QTransform(scale, 0, 0, scale, dx - west * scale, dy + north * scale)

    def point_of(self, code: str) -> QPointF:
        """Where a country is on screen (its dot, or a point inside its outline): for tests and the keyboard."""
        t = self.transform()
        if code in self._dots:
            return t.map(self._dots[code])
        path = self._paths[code]
        # the largest ring's middle is inside most outlines; else walk a grid of its box for a point inside
        box = max((polygon.boundingRect() for polygon in path.toFillPolygons()), key=lambda r: r.width() * r.height())
        for fx in (0.5, 0.4, 0.6, 0.3, 0.7):
            for fy in (0.5, 0.4, 0.6, 0.3, 0.7):
                point = QPointF(box.left() + box.width() * fx, box.top() + box.height() * fy)
                if path.contains(point):
                    return t.map(point)
        return t.map(box.center())

    def country_at(self, pos: QPointF) -> str:
        t = self.transform()
        for code, dot in self._dots.items():
            if (t.map(dot) - pos).manhattanLength() <= DOT:
                return code
        inverted, ok = t.inverted()
        if not ok:
            return ""
        where = inverted.map(pos)
        for code, path in self._paths.items():
            if path.controlPointRect().contains(where) and path.contains(where):
                return code
        return ""

    # -- painting ----------------------------------------------------------------

    def shade(self, weight: int) -> QColor:
        top = max(self.weights.values(), default=0)
        dark = is_dark(self.palette())
        if weight <= 0 or top <= 0:
            return QColor("#3b4048") if dark else QColor("#e3e6ea")
        share = 0.25 + 0.75 * weight / top
        low, high = (QColor("#5a3a1a"), QColor("#ff7043")) if dark else (QColor("#ffe0b2"), QColor("#b3261e"))
        mix = [a + (b - a) * share for a, b in zip(low.getRgbF()[:3], high.getRgbF()[:3])]
        return QColor.fromRgbF(*mix)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        t = self.transform()
        west, south, east, north = REGIONS[self.region]
        visible = QRectF(west, -north, east - west, north - south)
        painter.setClipRect(t.mapRect(visible))  # nothing of a shape past the region's edges reaches the margins
        border = QPen(self.palette().mid().color(), 0.7)
        border.setCosmetic(True)
        for code, path in self._paths.items():
            if not path.controlPointRect().intersects(visible):
                continue
            painter.setPen(QPen(self.palette().highlight().color(), 2) if code == self.hovered else border)
            painter.setBrush(self.shade(self.weights.get(code, 0)))
            painter.drawPath(t.map(path))
        ring = QPen(self.palette().text().color(), 1)
        for code, dot in self._dots.items():
            painter.setPen(QPen(self.palette().highlight().color(), 2) if code == self.hovered else ring)
            painter.setBrush(self.shade(self.weights.get(code, 0)))
            painter.drawEllipse(t.map(dot), DOT / 2 + 1, DOT / 2 + 1)
        painter.end()

    # -- the mouse ------------------------------------------------------------------

    def hover_text(self, code: str) -> str:
        name = self.names.get(code, code)
        counts = self.details.get(code) or self.tr("Nothing in this period")
        return f"{name} ({code})\n{counts}"

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        code = self.country_at(event.position())
        if code != self.hovered:
            self.hovered = code
            self.setCursor(Qt.CursorShape.PointingHandCursor if code else Qt.CursorShape.ArrowCursor)
            self.countryHovered.emit(code)
            self.update()
        if code:
            QToolTip.showText(event.globalPosition().toPoint(), tip(self.hover_text(code)), self)
        else:
            QToolTip.hideText()

    def leaveEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.hovered = ""
        self.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """The keyboard's way round the map: arrows step through the countries with counts, Enter opens one."""
        key = event.key()
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Up):
            ranked = sorted(self.weights, key=lambda code: (-self.weights[code], code))
            if not ranked:
                return
            step = 1 if key in (Qt.Key.Key_Right, Qt.Key.Key_Down) else -1
            at = ranked.index(self.hovered) + step if self.hovered in ranked else (0 if step > 0 else -1)
            self.hovered = ranked[at % len(ranked)]
            self.setAccessibleDescription(self.hover_text(self.hovered).replace("\n", ": "))
            self.countryHovered.emit(self.hovered)
            QToolTip.showText(self.mapToGlobal(self.point_of(self.hovered).toPoint()), tip(self.hover_text(self.hovered)),
                              self)
            self.update()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self.hovered:
            self.countryClicked.emit(self.hovered)
        else:
            super().keyPressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if event.button() == Qt.MouseButton.LeftButton:
            code = self.country_at(event.position())
            if code:
                self.countryClicked.emit(code)
