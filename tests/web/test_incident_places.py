"""The places an incident page's map draws: the incident's own, then each point its claims
name; a claim naming the incident's own point joins its marker, and a claim without
coordinates draws nothing."""

from __future__ import annotations

from typing import Any

import pytest

from harmledger.web.assets import BUILD_HINT, available
from harmledger.web.incident_view import map_places
from tests.web.conftest import Client
from tests.web.demo import Demo


def _claim(claim_id: int, lat: float | None, lon: float | None, name: str | None) -> dict[str, Any]:
    return {"id": claim_id, "latitude": lat, "longitude": lon, "place_name": name}


def test_claims_at_the_incident_join_it_and_others_stand_apart() -> None:
    incident = {
        "latitude": 35.95,
        "longitude": 39.01,
        "place": "Town A",
        "civilians_killed_min": 3,
        "civilians_killed_max": None,
        "claim_details": [
            _claim(1, 35.950001, 39.010001, "Town A"),  # the same point, written finer
            _claim(2, 36.2, 38.5, "Village B"),
            _claim(3, 36.2, 38.5, "Village B"),
            _claim(4, None, None, None),
        ],
    }
    places = map_places(incident)
    assert [(p["kind"], p["place"], p["claims"]) for p in places] == [
        ("incident", "Town A", [1]),
        ("claims", "Village B", [2, 3]),
    ]
    assert places[0]["deaths"] == 3


def test_an_incident_without_coordinates_keeps_its_claims_places() -> None:
    incident = {"latitude": None, "longitude": None, "claim_details": [_claim(7, 1.0, 2.0, "C")]}
    assert [p["kind"] for p in map_places(incident)] == ["claims"]
    assert map_places({"latitude": None, "longitude": None, "claim_details": []}) == []


def test_incident_page_embeds_its_places_for_the_bundled_map(
    anonymous_public: Client, demo: Demo
) -> None:
    page = anonymous_public.get(f"/incidents/{demo.event}").text
    assert 'class="map-fallback"' in page and '<svg class="map"' in page  # works without JS
    if not available()["map"]:
        pytest.skip(f"no map bundle: {BUILD_HINT}")
    assert 'data-mode="places"' in page and "data-places='[{" in page
    assert 'data-base="/api/map/base"' in page
    arabic = anonymous_public.get(f"/incidents/{demo.event}?lang=ar").text
    assert "مكان وقوع الحادثة: {place}" in arabic
