"""Exports as files: CSV (flat, lists joined with ``; ``), JSON, and GeoJSON for incidents."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from typing import Any

FORMATS = ("csv", "json", "geojson")
MEDIA_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "json": "application/json",
    "geojson": "application/geo+json",
}


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return "; ".join(_cell(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


def to_csv(rows: Sequence[dict[str, Any]]) -> str:
    columns: list[str] = []
    for row in rows:
        columns += [key for key in row if key not in columns]
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({key: _cell(row.get(key)) for key in columns})
    return buffer.getvalue()


def to_json(rows: Sequence[dict[str, Any]]) -> str:
    return json.dumps(list(rows), ensure_ascii=False, indent=1, default=str)


def to_geojson(incidents: Sequence[dict[str, Any]]) -> str:
    """Incidents with coordinates as Point features (GeoJSON order: longitude, latitude)."""
    features = [
        {
            "type": "Feature",
            "id": incident["id"],
            "geometry": {
                "type": "Point",
                "coordinates": [incident["longitude"], incident["latitude"]],
            },
            "properties": {
                key: value
                for key, value in incident.items()
                if key not in ("latitude", "longitude", "figures")
            },
        }
        for incident in incidents
        if incident.get("latitude") is not None and incident.get("longitude") is not None
    ]
    return json.dumps(
        {"type": "FeatureCollection", "features": features}, ensure_ascii=False, default=str
    )


def render(rows: Sequence[dict[str, Any]], fmt: str) -> str:
    if fmt == "csv":
        return to_csv(rows)
    if fmt == "geojson":
        return to_geojson(rows)
    return to_json(rows)
