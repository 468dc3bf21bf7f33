"""The map page's incidents, bounded: one view (a bounding box at a tile zoom) and at most
``MAX_FEATURES`` features, whatever the size of the ledger.

Below ``DETAIL_ZOOM`` (or when more incidents lie in view than the cap allows) incidents are
grouped in the database into square grid cells of about ``CELL`` pixels: each cluster is a
count and the box its incidents span, drawn at their mean position and linking to a view of
that box. A cell holding one incident, and every incident once zoomed in, is drawn as its dot.
Only the rows of those dots are read and summarised, so a request costs one aggregate query
and at most ``MAX_FEATURES`` summaries, not the whole ledger.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Integer, cast, func
from sqlalchemy.orm import Session

from harmledger.assess.views import incident_summaries
from harmledger.errors import Invalid
from harmledger.publish.incident_list import IncidentFilters, filtered
from harmledger.store.incident_tables import Incident
from harmledger.web.cache import ViewCache
from harmledger.web.mapping import (
    HEIGHT,
    MARGIN,
    MAX_LAT,
    MAX_ZOOM,
    TILE_SIZE,
    WIDTH,
    Canvas,
    base_layer,
    centred,
    latitude,
    mercator,
    point,
)

MAX_FEATURES = 300  # clusters and dots in one response, at most
DETAIL_ZOOM = 10  # from this zoom on, incidents are drawn one by one (if they fit the cap)
CELL = 48  # a cluster's grid cell, in canvas pixels
MIN_ZOOM = 1
FIT_MAX_ZOOM = 14  # the default view of one incident (or a few close together)
COVER_PIXELS = 4096  # the largest box (in pixels at its zoom) a covering view takes whole
WORLD = (-180.0, -60.0, 180.0, 75.0)

Box = tuple[float, float, float, float]  # west, south, east, north in degrees


@dataclass(frozen=True)
class MapView:
    """What the map shows: the canvas's box (wider than the box asked for when the canvas's
    shape differs) at a tile zoom."""

    bbox: Box
    zoom: int
    canvas: Canvas


def parse_bbox(text: str) -> Box:
    """``west,south,east,north`` in degrees, as the map's links and the API take it."""
    parts = text.split(",")
    try:
        west, south, east, north = (float(part) for part in parts)
    except ValueError as error:
        raise Invalid(f"bbox {text!r}: write west,south,east,north in degrees") from error
    if not all(math.isfinite(v) for v in (west, south, east, north)):
        raise Invalid(f"bbox {text!r}: degrees must be finite numbers")
    if not (-180 <= west <= east <= 180 and -90 <= south <= north <= 90):
        raise Invalid(f"bbox {text!r}: west <= east within ±180, south <= north within ±90")
    return west, south, east, north


def format_bbox(box: Box) -> str:
    return ",".join(f"{value:.5f}".rstrip("0").rstrip(".") for value in box)


def fit_zoom(box: Box) -> int:
    """The largest tile zoom at which the box fits the canvas inside its margins."""
    west, south, east, north = box
    left, top = mercator(min(north, MAX_LAT), west)
    right, bottom = mercator(max(south, -MAX_LAT), east)
    scale = min(
        (WIDTH - 2 * MARGIN) / max(right - left, 1e-12),
        (HEIGHT - 2 * MARGIN) / max(bottom - top, 1e-12),
    )
    return max(MIN_ZOOM, min(FIT_MAX_ZOOM, math.floor(math.log2(scale / TILE_SIZE))))


def data_extent(session: Session, filters: IncidentFilters) -> Box | None:
    """The box of the incidents the filters match that have coordinates (one query)."""
    query = _located(filters).with_only_columns(
        func.min(Incident.longitude),
        func.min(Incident.latitude),
        func.max(Incident.longitude),
        func.max(Incident.latitude),
    )
    west, south, east, north = session.execute(query).one()
    if west is None:
        return None
    return float(west), float(south), float(east), float(north)


def choose_view(
    session: Session,
    filters: IncidentFilters,
    bbox: str | None,
    zoom: int | None,
    cover: bool = False,
) -> MapView:
    """The view asked for; without a box, the extent of the matching incidents; without a
    zoom, the largest that shows the whole box.

    The view is the server's canvas centred on the box; with ``cover`` (the interactive map,
    whose window may be larger than the canvas) it is the box itself, when the box and zoom
    are both given and the box is at most ``COVER_PIXELS`` wide and high at that zoom."""
    box = parse_bbox(bbox) if bbox else data_extent(session, filters) or WORLD
    if zoom is None:
        zoom = fit_zoom(box)
    if not MIN_ZOOM <= zoom <= MAX_ZOOM:
        raise Invalid(f"zoom must be between {MIN_ZOOM} and {MAX_ZOOM}")
    west, south, east, north = box
    left, top = mercator(north, west)
    right, bottom = mercator(south, east)
    scale = TILE_SIZE * 2**zoom
    canvas = centred((left + right) / 2, (top + bottom) / 2, scale)
    fits = max(right - left, bottom - top) * scale <= COVER_PIXELS
    if cover and bbox and fits:
        return MapView(box, zoom, canvas)
    return MapView(canvas.bounds(), zoom, canvas)


def bounded(
    session: Session,
    filters: IncidentFilters,
    bbox: str | None,
    zoom: int | None,
    cache: ViewCache | None = None,
    cover: bool = False,
) -> tuple[MapView, dict[str, Any]]:
    """:func:`choose_view` and its :func:`features`; with a ``cache``, computed once per
    filters and view while the ledger is unchanged (the default view is the one most asked
    for, and its aggregate reads every located incident)."""

    def compute() -> tuple[MapView, dict[str, Any]]:
        view = choose_view(session, filters, bbox, zoom, cover)
        return view, features(session, filters, view)

    if cache is None:
        return compute()
    return cache.get(("map", filters, bbox, zoom, cover), compute, session)


def _located(filters: IncidentFilters) -> Any:
    return filtered(filters).where(Incident.latitude.is_not(None), Incident.longitude.is_not(None))


def _inside(filters: IncidentFilters, box: Box) -> Any:
    west, south, east, north = box
    return _located(filters).where(
        Incident.longitude.between(max(-180.0, west), min(180.0, east)),
        Incident.latitude.between(max(-90.0, south), min(90.0, north)),
    )


def _cell(value: Any, dialect: str) -> Any:
    """The whole part of a non-negative number: PostgreSQL's CAST rounds, SQLite's truncates."""
    return func.floor(value) if dialect == "postgresql" else cast(value, Integer)


def features(session: Session, filters: IncidentFilters, view: MapView) -> dict[str, Any]:
    """The view's incidents as at most ``MAX_FEATURES`` clusters and incident summaries:
    ``clusters`` (count, bbox, mean position, first id), ``incidents``, ``total`` (incidents
    in view) and ``truncated`` (some cells left out: only the fullest are kept)."""
    inside = _inside(filters, view.bbox)
    if view.zoom >= DETAIL_ZOOM:
        rows = list(session.scalars(inside.order_by(Incident.id).limit(MAX_FEATURES + 1)))
        if len(rows) <= MAX_FEATURES:
            return {
                "clusters": [],
                "incidents": incident_summaries(session, rows),
                "total": len(rows),
                "truncated": False,
            }
    size = 360 * CELL / (TILE_SIZE * 2**view.zoom)  # degrees
    # cells lie on one grid over the whole world, so panning never regroups the clusters
    west = -180.0 + math.floor((max(-180.0, view.bbox[0]) + 180.0) / size) * size
    south = -90.0 + math.floor((max(-90.0, view.bbox[1]) + 90.0) / size) * size
    dialect = session.get_bind().dialect.name
    column = _cell((Incident.longitude - west) / size, dialect)
    row = _cell((Incident.latitude - south) / size, dialect)
    count = func.count()
    query = (
        inside.with_only_columns(
            count,
            func.min(Incident.longitude),
            func.min(Incident.latitude),
            func.max(Incident.longitude),
            func.max(Incident.latitude),
            func.avg(Incident.longitude),
            func.avg(Incident.latitude),
            func.min(Incident.id),
        )
        .group_by(column, row)
        .order_by(count.desc(), func.min(Incident.id))
        .limit(MAX_FEATURES + 1)
    )
    cells = session.execute(query).all()
    truncated = len(cells) > MAX_FEATURES
    cells = cells[:MAX_FEATURES]
    # every incident in view is in a cell; only when cells were left out must they be counted
    total = (
        session.scalar(inside.with_only_columns(func.count())) or 0
        if truncated
        else sum(cell[0] for cell in cells)
    )
    single = [cell[7] for cell in cells if cell[0] == 1]
    incidents = (
        incident_summaries(
            session, list(session.scalars(filtered(filters).where(Incident.id.in_(single))))
        )
        if single
        else []
    )
    clusters = [
        {
            "count": n,
            "bbox": (float(w), float(s), float(e), float(no)),
            "longitude": float(lon),
            "latitude": float(lat),
            "first_id": first,
        }
        for n, w, s, e, no, lon, lat, first in cells
        if n > 1
    ]
    return {"clusters": clusters, "incidents": incidents, "total": total, "truncated": truncated}


def zoom_into(view: MapView, box: Box) -> tuple[str, int]:
    """The query (bbox, zoom) of a view of ``box``, at least one zoom closer than ``view``."""
    return format_bbox(box), min(MAX_ZOOM, max(view.zoom + 1, fit_zoom(box)))


def moves(view: MapView) -> dict[str, tuple[str, int]]:
    """The (bbox, zoom) of the views next to this one: closer, farther, and half a canvas
    to each side."""
    canvas = view.canvas
    centre_x = canvas.origin_x + WIDTH / 2 / canvas.scale
    centre_y = canvas.origin_y + HEIGHT / 2 / canvas.scale
    step_x, step_y = WIDTH / 2 / canvas.scale, HEIGHT / 2 / canvas.scale
    found: dict[str, tuple[str, int]] = {}
    for name, dx, dy, dz in (
        ("in", 0, 0, 1),
        ("out", 0, 0, -1),
        ("north", 0, -step_y, 0),
        ("south", 0, step_y, 0),
        ("west", -step_x, 0, 0),
        ("east", step_x, 0, 0),
    ):
        zoom = view.zoom + dz
        if not MIN_ZOOM <= zoom <= MAX_ZOOM:
            continue
        x = min(1.0, max(0.0, centre_x + dx))
        y = min(1.0 - 1e-9, max(1e-9, centre_y + dy))
        # a point box at the new centre: choose_view centres the canvas on it
        lon, lat = x * 360 - 180, latitude(y)
        found[name] = (format_bbox((lon, lat, lon, lat)), zoom)
    return found


def draw(
    view: MapView,
    found: dict[str, Any],
    link: Any,
    tiles: str | None = None,
    attribution: str | None = None,
) -> dict[str, Any]:
    """The SVG map of :func:`features` over the base layer; ``link(bbox, zoom)`` is the URL
    of another view (a cluster links to the view of its box)."""
    drawn = base_layer(view.canvas, tiles, attribution)
    project = view.canvas.project
    drawn["points"] = [point(project, incident) for incident in found["incidents"]]
    for cluster in found["clusters"]:
        x, y = project(cluster["latitude"], cluster["longitude"])
        drawn["clusters"].append(
            {
                "x": x,
                "y": y,
                "r": round(8 + 5 * math.log10(cluster["count"]), 1),
                "count": cluster["count"],
                "href": link(*zoom_into(view, cluster["bbox"])),
            }
        )
    return drawn
