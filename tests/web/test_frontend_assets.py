"""The frontend bundles are build output: pages load them from the app only (no CDN, no inline
script), and without them the app still starts, logs what to run, and serves its
server-rendered map and charts. The map API serves the interactive map's window and its
offline base layer."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pytest

from harmledger.publish.incident_list import IncidentFilters
from harmledger.store.ledger import Ledger
from harmledger.web import assets, map_view
from tests.web.conftest import Client
from tests.web.scripts import only_bundled_scripts
from tests.web.test_map_bounds import _spread


def test_a_missing_bundle_is_reported(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING):
        found = assets.available(tmp_path)
    assert found == {"map": False, "charts": False}
    assert "make frontend" in caplog.text
    for name in assets.BUNDLES:
        (tmp_path / name).write_text("")
    caplog.clear()
    with caplog.at_level(logging.WARNING):
        assert assets.available(tmp_path) == {"map": True, "charts": True}
    assert caplog.text == ""


@pytest.mark.parametrize("built", [True, False])
def test_pages_with_and_without_the_bundle(app: Any, viewer: Client, built: bool) -> None:
    app.state.templates.env.globals["bundles"] = {"map": built, "charts": built}
    map_page = viewer.get("/map").text
    dashboard = viewer.get("/").text
    assert only_bundled_scripts(map_page) and only_bundled_scripts(dashboard)
    assert ('src="/static/dist/map.js"' in map_page) is built
    assert ('src="/static/dist/charts.js"' in dashboard) is built
    assert ('id="live-map"' in map_page) is built
    # the server-rendered map and charts are there either way (the script hides them)
    assert '<svg class="map"' in map_page and 'class="dot"' in map_page
    assert 'class="chart-fallback"' in dashboard and 'class="chart-table"' in dashboard
    assert 'id="headline-deaths"' in dashboard


def test_the_base_layer_is_geojson(viewer: Client) -> None:
    found = viewer.get("/api/map/base", params={"bbox": "36,34,42,38", "zoom": 7}).json()
    kinds = {feature["properties"]["kind"] for feature in found["features"]}
    assert found["type"] == "FeatureCollection" and kinds == {"meridian", "parallel", "town"}
    towns = [f for f in found["features"] if f["properties"]["kind"] == "town"]
    assert 1 <= len(towns) <= 40
    for town in towns:
        lon, lat = town["geometry"]["coordinates"]
        assert 36 <= lon <= 42 and 34 <= lat <= 38
    assert viewer.get("/api/map/base", params={"bbox": "1,2", "zoom": 3}).status_code == 400
    assert viewer.get("/api/map/base", params={"bbox": "1,2,3,4", "zoom": 40}).status_code == 400


def test_a_covering_view_takes_the_whole_window(ledger: Ledger) -> None:
    """The browser's window may be larger than the server's canvas: with ``cover`` the view
    is the box asked for, so incidents at the window's edges are drawn too."""
    _spread(ledger)  # 34N..35.1N, 36E..36.9E
    wide = "35.0,33.5,38.0,35.5"  # about 1100 x 900 pixels at zoom 9
    with ledger.reader() as session:
        _, found = map_view.bounded(session, IncidentFilters(), wide, 9)
        window, every = map_view.bounded(session, IncidentFilters(), wide, 9, cover=True)
        huge, _ = map_view.bounded(session, IncidentFilters(), "-170,-60,170,70", 8, cover=True)
    assert window.bbox == (35.0, 33.5, 38.0, 35.5)
    assert every["total"] == 120 and found["total"] < 120
    assert huge.bbox == huge.canvas.bounds()  # too large a box: the canvas, as without cover
