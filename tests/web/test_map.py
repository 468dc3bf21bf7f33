"""The map: Web Mercator geometry, XYZ tiles that line up with the incident dots, the offline
base layer (graticule and gazetteer towns), and the tile setting (env, ``serve --tiles``)."""

from __future__ import annotations

import dataclasses
import math
import re
from pathlib import Path
from typing import Any

import pytest

from harmledger.config import check_tile_url, load_settings
from harmledger.errors import ConfigError
from harmledger.store.ledger import Ledger
from harmledger.web.mapping import HEIGHT, WIDTH, incident_map, mercator, tile_url
from tests.web.conftest import Client
from tests.web.demo import Demo
from tests.web.scripts import only_bundled_scripts

TILES = "https://{s}.tiles.example.org/{z}/{x}/{y}.png"
RAQQA = {"id": 1, "name": "strike", "latitude": 35.95283, "longitude": 39.00788}
MOSUL = {"id": 2, "name": "shelling", "latitude": 36.335, "longitude": 43.11889}


def _tile_of(tile: dict[str, Any]) -> tuple[int, int, int]:
    z, x, y = re.search(r"/(\d+)/(\d+)/(\d+)\.png$", tile["href"]).groups()  # type: ignore[union-attr]
    return int(z), int(x), int(y)


@pytest.mark.parametrize("incidents", [[RAQQA], [RAQQA, MOSUL], []])
def test_tiles_cover_the_canvas_and_line_up_with_the_dots(incidents: list[dict[str, Any]]) -> None:
    drawn = incident_map(incidents, tiles=TILES, attribution="© tile makers")
    assert drawn["attribution"] == "© tile makers"
    tiles = drawn["tiles"]
    assert 1 <= len(tiles) <= 30
    (zoom,) = {_tile_of(t)[0] for t in tiles}
    assert all(abs(t["size"] - 0.5 - tiles[0]["size"] + 0.5) < 0.01 for t in tiles)
    assert 181 <= tiles[0]["size"] <= 363  # drawn near the tiles' own 256 pixels
    # the tiles leave no gap on the canvas
    for x in range(0, WIDTH, 20):
        for y in range(0, HEIGHT, 20):
            inside = any(
                t["x"] <= x <= t["x"] + t["size"] and t["y"] <= y <= t["y"] + t["size"]
                for t in tiles
            )
            assert inside, (x, y)
    for incident, point in zip(incidents, drawn["points"], strict=True):
        mx, my = mercator(incident["latitude"], incident["longitude"])
        column, row = math.floor(mx * 2**zoom), math.floor(my * 2**zoom)
        (tile,) = [t for t in tiles if _tile_of(t)[1:] == (column, row)]
        size = tile["size"] - 0.5
        # the dot sits where the incident lies inside its tile
        assert point["x"] == pytest.approx(tile["x"] + (mx * 2**zoom - column) * size, abs=0.2)
        assert point["y"] == pytest.approx(tile["y"] + (my * 2**zoom - row) * size, abs=0.2)
        assert 0 < point["x"] < WIDTH and 0 < point["y"] < HEIGHT


def test_offline_base_layer_without_tiles() -> None:
    drawn = incident_map([RAQQA, MOSUL])
    assert drawn["tiles"] == [] and drawn["attribution"] is None
    names = {town["name"] for town in drawn["towns"]}
    assert "Ar Raqqah" in names and len(names) >= 3  # gazetteer towns name the area
    assert drawn["lines"]
    positions = [(t["x"], t["y"]) for t in drawn["towns"]]
    assert all(math.dist(a, b) >= 48 for i, a in enumerate(positions) for b in positions[i + 1 :])


def test_tile_url_template() -> None:
    assert tile_url(TILES, 3, 4, 5) == "https://a.tiles.example.org/3/4/5.png"
    assert tile_url("/tiles/{z}/{x}/{y}.png", 0, 0, 0) == "/tiles/0/0/0.png"


def test_tile_setting_is_checked(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    assert check_tile_url(None) is None and check_tile_url(" none ") is None
    assert check_tile_url("/tiles/{z}/{x}/{y}.png") == "/tiles/{z}/{x}/{y}.png"
    for bad in ("ftp://x/{z}/{x}/{y}", "//evil.example/{z}/{x}/{y}", "https://x/{z}/{x}.png"):
        with pytest.raises(ConfigError):
            check_tile_url(bad)
    monkeypatch.setenv("HARMLEDGER_MAP_TILES", TILES)
    monkeypatch.setenv("HARMLEDGER_MAP_ATTRIBUTION", "© tile makers")
    settings = load_settings(home=tmp_path)
    assert (settings.map_tiles, settings.map_attribution) == (TILES, "© tile makers")
    assert load_settings(home=tmp_path, map_tiles="none").map_tiles is None  # option wins


def test_map_page_with_and_without_tiles(viewer: Client, shared_demo: tuple[Ledger, Demo]) -> None:
    from harmledger.web import create_app

    offline = viewer.get("/map").text
    assert "<image" not in offline and 'class="town"' in offline and "Offline base layer" in offline
    settings = dataclasses.replace(
        shared_demo[0].settings, map_tiles=TILES, map_attribution="© <b>tile</b> makers"
    )
    app = create_app(settings, public=True, secret_key="k")
    try:
        tiled = Client(app).get("/map").text
    finally:
        app.state.web.ledger.close()
    assert re.search(
        r'<image class="tile" href="https://[abc]\.tiles\.example\.org/\d+/\d+/\d+\.png"', tiled
    )
    assert tiled.index('class="tile"') < tiled.index('class="grat"') < tiled.index('class="dot"')
    assert "© &lt;b&gt;tile&lt;/b&gt; makers" in tiled  # escaped like any text
    assert only_bundled_scripts(tiled)  # the server lays the tiles; no CDN
    assert 'data-tiles="https://{s}.tiles.example.org/{z}/{x}/{y}.png"' in tiled or (
        'id="live-map"' not in tiled  # the interactive map takes the same tiles
    )
