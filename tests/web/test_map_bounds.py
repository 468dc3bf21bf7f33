"""The map is bounded: one view (bbox and zoom), clusters when zoomed out, incidents one by one
when zoomed in, and never more than the cap of features, whatever the number of incidents."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import insert

from harmledger.errors import Invalid
from harmledger.publish.incident_list import IncidentFilters
from harmledger.store.incident_tables import Incident
from harmledger.store.ledger import Ledger
from harmledger.web import map_view
from tests.web.conftest import Client
from tests.web.scripts import only_bundled_scripts

EVERYTHING = IncidentFilters()


def _spread(ledger: Ledger, rows: int = 12, columns: int = 10) -> None:
    """rows x columns incidents a tenth of a degree apart, north-east of 34N 36E."""
    now = dt.datetime.now(dt.UTC)
    found = [
        {
            "id": 1 + r * columns + c,
            "kind": "event",
            "name": f"strike {r}-{c}",
            "latitude": 34 + r / 10,
            "longitude": 36 + c / 10,
            "grade": "fair",
            "created_at": now,
        }
        for r in range(rows)
        for c in range(columns)
    ]
    with ledger.engine.begin() as connection:
        connection.execute(insert(Incident), found)


def test_low_zoom_clusters_and_every_incident_is_counted(ledger: Ledger) -> None:
    _spread(ledger)
    with ledger.reader() as session:
        view = map_view.choose_view(session, EVERYTHING, None, None)  # the data's extent
        found = map_view.features(session, EVERYTHING, view)
    west, south, east, north = view.bbox
    assert west <= 36 and east >= 36.9 and south <= 34 and north >= 35.1  # it all shows
    assert view.zoom < map_view.DETAIL_ZOOM and found["total"] == 120
    assert found["clusters"] and not found["truncated"]
    assert sum(c["count"] for c in found["clusters"]) + len(found["incidents"]) == 120
    assert len(found["clusters"]) + len(found["incidents"]) < 120
    for cluster in found["clusters"]:
        w, s, e, n = cluster["bbox"]
        assert w <= cluster["longitude"] <= e and s <= cluster["latitude"] <= n


def test_zoomed_in_shows_incidents_one_by_one(ledger: Ledger) -> None:
    _spread(ledger)
    with ledger.reader() as session:
        view = map_view.choose_view(session, EVERYTHING, "36.0,34.0,36.15,34.15", 11)
        found = map_view.features(session, EVERYTHING, view)
    assert found["clusters"] == []
    names = {i["name"] for i in found["incidents"]}
    assert {"strike 0-0", "strike 1-1"} <= names and "strike 11-9" not in names


@pytest.mark.parametrize("zoom", [3, 8])
def test_never_more_features_than_the_cap(
    ledger: Ledger, monkeypatch: pytest.MonkeyPatch, zoom: int
) -> None:
    _spread(ledger)
    monkeypatch.setattr(map_view, "MAX_FEATURES", 4)
    with ledger.reader() as session:
        view = map_view.choose_view(session, EVERYTHING, "35.9,33.9,37,35.3", zoom)
        found = map_view.features(session, EVERYTHING, view)
    assert len(found["clusters"]) + len(found["incidents"]) <= 4
    assert found["total"] > 4 and found["truncated"] is (zoom > 3)
    # the fullest cells are the ones kept
    counts = [c["count"] for c in found["clusters"]]
    assert counts == sorted(counts, reverse=True)


def test_the_view_is_checked() -> None:
    for bad in ("1,2,3", "a,b,c,d", "10,0,5,1", "0,0,200,1", "nan,0,1,1"):
        with pytest.raises(Invalid):
            map_view.parse_bbox(bad)
    assert map_view.parse_bbox("-1.5,2,3,4.25") == (-1.5, 2.0, 3.0, 4.25)
    assert map_view.fit_zoom((36.0, 34.0, 37.0, 35.0)) > map_view.fit_zoom((0, 0, 40, 40))


def test_map_page_and_api_take_a_view(viewer: Client) -> None:
    whole = viewer.get("/map")
    assert whole.status_code == 200 and "zoom in" in whole.text and only_bundled_scripts(whole.text)
    closer = viewer.get("/map", params={"bbox": "38.9,35.9,39.1,36.0", "zoom": 11})
    assert closer.status_code == 200 and "Zoom 11" in closer.text
    assert viewer.get("/map", params={"bbox": "1,2"}).status_code == 400
    assert viewer.get("/map", params={"zoom": 40}).status_code == 400
    api = viewer.get("/api/map", params={"zoom": 2}).json()
    assert api["zoom"] == 2 and len(api["bbox"]) == 4
    assert sum(c["count"] for c in api["clusters"]) + len(api["incidents"]) == api["total"] > 0
