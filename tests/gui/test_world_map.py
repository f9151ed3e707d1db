"""The dashboard's map draws nothing past its region's edges: no stray dot at the left, no band across the world."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, QRectF

from siaga.gui.world_map import REGIONS, WorldMap


def rendered(qtbot, region, width, height):
    view = WorldMap({})
    qtbot.addWidget(view)
    view.resize(width, height)
    view.set_region(region)
    return view, view.grab().toImage()


def is_land(view, x, y):
    """Whether the pixel (x, y) shows a country: its outline holds a point within a pixel of it, or its dot is there."""
    for dx in (-1.5, 0, 1.5):
        for dy in (-1.5, 0, 1.5):
            if view.country_at(QPointF(x + 0.5 + dx, y + 0.5 + dy)):
                return True
    return False


# wide and tall windows: the map leaves a margin at the left (height-limited) or fills the width (width-limited)
SIZES = [(1000, 380), (700, 500), (420, 400), (1200, 300)]


@pytest.mark.parametrize("region", sorted(REGIONS))
@pytest.mark.parametrize("size", SIZES)
def test_the_left_edge_shows_land_only_where_there_is_land(qtbot, region, size):
    view, image = rendered(qtbot, region, *size)
    background = view.palette().base().color().rgb()
    stray = [y for y in range(image.height()) if image.pixel(0, y) != background and not is_land(view, 0, y)]
    assert stray == []


@pytest.mark.parametrize("region", sorted(REGIONS))
@pytest.mark.parametrize("size", SIZES)
def test_the_margins_outside_the_region_stay_empty(qtbot, region, size):
    view, image = rendered(qtbot, region, *size)
    background = view.palette().base().color().rgb()
    drawn = view.transform().mapRect(region_rect(region))
    for x in list(range(0, max(0, int(drawn.left()) - 1))) + list(range(int(drawn.right()) + 2, image.width())):
        assert all(image.pixel(x, y) == background for y in range(image.height())), f"column {x}"
    for y in list(range(0, max(0, int(drawn.top()) - 1))) + list(range(int(drawn.bottom()) + 2, image.height())):
        assert all(image.pixel(x, y) == background for x in range(image.width())), f"row {y}"


def region_rect(region):
    west, south, east, north = REGIONS[region]
    return QRectF(west, -north, east - west, north - south)


@pytest.mark.parametrize("lon, lat", [(-25.0, -17.0), (-5.0, 70.0), (-160.0, 74.0), (-30.0, 68.0)])
def test_no_band_runs_across_the_oceans_from_shapes_on_the_date_line(qtbot, lon, lat):
    # Fiji (17 degrees south) and the tip of Russia (66 to 71 north) cross the date line
    view, image = rendered(qtbot, "world", 1000, 380)
    point = view.transform().map(QPointF(lon, -lat)).toPoint()
    assert not view.country_at(QPointF(point))  # open sea here
    assert image.pixel(point) == view.palette().base().color().rgb()


def test_the_tip_of_russia_and_fiji_are_drawn_east_of_the_date_line(qtbot):
    view, image = rendered(qtbot, "world", 1000, 380)
    for code, lon, lat in (("RU", 185.0, 66.0), ("FJ", 180.0, -16.5)):  # Chukotka's tip; Fiji's Vanua Levu
        assert view.country_at(view.transform().map(QPointF(lon, -lat))) == code
