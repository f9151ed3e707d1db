"""Convert Natural Earth's 1:110m countries (TopoJSON, from the npm package world-atlas) to the app's map file.

Run once when the boundaries change; the result is committed in ``resources/map/``:

    npm pack world-atlas && tar xzf world-atlas-*.tgz
    python -m pip install pycountry   # ISO 3166 numeric -> alpha-2, needed by this script only
    python packaging/make_world_map.py package/countries-110m.json resources/map/world-110m.json

The TopoJSON's geometries are keyed by ISO 3166-1 numeric codes; the output keys
them by alpha-2, as the codebook and reports do. Each country is a list of rings,
each ring a flat list ``[lon, lat, lon, lat, ...]`` in degrees rounded to 0.01
(about a kilometre, finer than the 1:110m lines), with repeated points dropped.
Holes are rings too: the app fills with the even-odd rule.
"""

from __future__ import annotations

import argparse
import json
import sys

import pycountry

#: features that carry no ISO numeric id in world-atlas, by their name
NAMED = {"Kosovo": "XK", "N. Cyprus": None, "Somaliland": None}
DIGITS = 2
#: countries too small for the 1:110m lines, shown as a dot: (lon, lat) of the capital
MARKERS = {"SG": (103.82, 1.35), "BH": (50.58, 26.22), "MT": (14.51, 35.9), "MV": (73.51, 4.18),
           "MU": (57.5, -20.16), "HK": (114.17, 22.32), "MO": (113.55, 22.19), "AD": (1.52, 42.51),
           "LI": (9.52, 47.14), "MC": (7.42, 43.74), "SM": (12.45, 43.94), "VA": (12.45, 41.9),
           "BB": (-59.6, 13.1), "SC": (55.45, -4.62), "KI": (173.0, 1.45), "PW": (134.48, 7.5)}


def decode_arcs(topo: dict) -> list[list[tuple[float, float]]]:
    """Every arc as absolute (lon, lat) points (undoing the quantisation and the delta encoding)."""
    transform = topo.get("transform")
    arcs = []
    for arc in topo["arcs"]:
        points, x, y = [], 0, 0
        for dx, dy in arc:
            if transform:
                x, y = x + dx, y + dy
                (sx, sy), (tx, ty) = transform["scale"], transform["translate"]
                points.append((x * sx + tx, y * sy + ty))
            else:
                points.append((dx, dy))
        arcs.append(points)
    return arcs


def ring(arcs: list[list[tuple[float, float]]], indexes: list[int]) -> list[float]:
    points: list[tuple[float, float]] = []
    for index in indexes:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        points.extend(arc[1:] if points else arc)  # consecutive arcs share their joining point
    flat: list[float] = []
    last = None
    for lon, lat in points:
        point = (round(lon, DIGITS), round(lat, DIGITS))
        if point != last:
            flat.extend(point)
            last = point
    return flat


def alpha2(geometry: dict) -> str | None:
    numeric = geometry.get("id")
    if numeric is None:
        return NAMED.get(geometry.get("properties", {}).get("name", ""))
    country = pycountry.countries.get(numeric=str(numeric).zfill(3))
    return country.alpha_2 if country else None


def convert(topo: dict) -> dict[str, list[list[float]]]:
    arcs = decode_arcs(topo)
    out: dict[str, list[list[float]]] = {}
    for geometry in topo["objects"]["countries"]["geometries"]:
        code = alpha2(geometry)
        if code is None:
            print(f"skipped {geometry.get('properties', {}).get('name')!r} (no ISO code)", file=sys.stderr)
            continue
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        rings = [ring(arcs, r) for polygon in polygons for r in polygon]
        out.setdefault(code, []).extend(r for r in rings if len(r) >= 6)
    return dict(sorted(out.items()))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("topojson")
    parser.add_argument("output")
    args = parser.parse_args()
    with open(args.topojson, encoding="utf-8") as f:
        countries = convert(json.load(f))
    data = {"format": 1, "source": "Natural Earth 1:110m admin-0 countries (public domain),"
                                   " via the npm package world-atlas 2.0.2 (countries-110m.json)",
            "countries": countries,
            "markers": {code: list(point) for code, point in sorted(MARKERS.items()) if code not in countries}}
    with open(args.output, "w", encoding="utf-8") as f:
        json.dump(data, f, separators=(",", ":"))
        f.write("\n")
    print(f"{len(countries)} countries written to {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
