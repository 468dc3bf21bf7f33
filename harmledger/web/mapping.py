"""An offline map drawn as inline SVG: equirectangular projection, a graticule, incident dots.

No tiles and no CDN: the base layer is the graticule itself, so the map works with no network.
"""

from __future__ import annotations

import math
from typing import Any

WIDTH, HEIGHT, MARGIN = 720, 420, 24


def _step(span: float) -> float:
    for step in (0.1, 0.25, 0.5, 1, 2, 5, 10, 15, 30):
        if span / step <= 6:
            return step
    return 30


def incident_map(incidents: list[dict[str, Any]]) -> dict[str, Any]:
    """Projected points (x, y, radius by civilian deaths) and graticule lines for the SVG."""
    located = [
        i for i in incidents if i.get("latitude") is not None and i.get("longitude") is not None
    ]
    if located:
        lats = [i["latitude"] for i in located]
        lons = [i["longitude"] for i in located]
        pad = 0.5
        south, north = max(-90.0, min(lats) - pad), min(90.0, max(lats) + pad)
        west, east = max(-180.0, min(lons) - pad), min(180.0, max(lons) + pad)
    else:
        south, north, west, east = -60.0, 75.0, -180.0, 180.0
    # keep degrees square at the map's middle latitude
    middle = math.cos(math.radians((south + north) / 2)) or 1.0
    scale = min(
        (WIDTH - 2 * MARGIN) / ((east - west) * middle), (HEIGHT - 2 * MARGIN) / (north - south)
    )

    def project(lat: float, lon: float) -> tuple[float, float]:
        return (
            round(MARGIN + (lon - west) * middle * scale, 1),
            round(HEIGHT - MARGIN - (lat - south) * scale, 1),
        )

    step = _step(max(east - west, north - south))
    lines = []
    lon = math.floor(west / step) * step
    while lon <= east:
        (x, _), label = project(south, lon), f"{lon:g}°"
        lines.append({"x1": x, "y1": MARGIN, "x2": x, "y2": HEIGHT - MARGIN, "label": label})
        lon += step
    lat = math.floor(south / step) * step
    while lat <= north:
        _, y = project(lat, west)
        if MARGIN <= y <= HEIGHT - MARGIN:
            lines.append(
                {"x1": MARGIN, "y1": y, "x2": WIDTH - MARGIN, "y2": y, "label": f"{lat:g}°"}
            )
        lat += step
    points = []
    for incident in located:
        x, y = project(incident["latitude"], incident["longitude"])
        deaths = incident.get("civilians_killed_max") or incident.get("civilians_killed_min") or 0
        points.append(
            {
                "x": x,
                "y": y,
                "r": round(4 + 3 * math.log10(1 + deaths), 1),
                "id": incident["id"],
                "name": incident["name"],
                "deaths": deaths,
            }
        )
    return {"width": WIDTH, "height": HEIGHT, "lines": lines, "points": points}
