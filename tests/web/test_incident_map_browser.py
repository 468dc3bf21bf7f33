"""An incident page's map in a real browser (Debian's chromium), in English and Arabic: the
bundled Leaflet map (the /map page's bundle) draws the incident's place and its claims' places
over the app's offline base layer with no network, the configured tiles lie under it, and
without JavaScript the server-drawn SVG map stays. Screenshots go where test_browser's go."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.web.demo import Demo, browser_login
from tests.web.test_browser import artifacts as artifacts
from tests.web.test_frontend_browser import LANGUAGES, _ready, assert_tiles_under_base, pytestmark  # noqa: F401
from tests.web.test_frontend_browser import browser as browser
from tests.web.test_frontend_browser import offline as offline
from tests.web.test_frontend_browser import public_site as public_site
from tests.web.test_frontend_browser import team_site as team_site


@pytest.mark.parametrize("lang", LANGUAGES)
def test_incident_map_draws_its_places_offline(
    public_site: tuple[str, Demo],
    offline: tuple[Any, list[str]],
    artifacts: Path,
    lang: str,
) -> None:
    url, demo = public_site
    page, outside = offline
    page.goto(f"{url}/incidents/{demo.event}?lang={lang}")
    _ready(page)
    assert page.locator(".map-fallback").is_hidden()  # the SVG map gives way to Leaflet
    places = json.loads(page.locator("#live-map").get_attribute("data-places"))
    assert places[0]["kind"] == "incident"
    drawn = page.locator("#live-map .leaflet-marker-pane .incident-dot, #live-map .claim-place")
    assert drawn.count() == len(places)
    assert page.locator("#live-map .incident-dot").count() == 1
    assert page.locator("#live-map .town-label").count() >= 1  # the offline base layer
    assert page.locator("#live-map path.graticule").count() >= 1
    # the zoom buttons sit at the inline start: top right in Arabic, top left in English
    zoom_box = page.locator("#live-map .leaflet-control-zoom").bounding_box()
    map_box = page.locator("#live-map").bounding_box()
    assert (zoom_box["x"] + zoom_box["width"] / 2 > map_box["x"] + map_box["width"] / 2) == (
        lang == "ar"
    )
    page.locator("#live-map .incident-dot").click()
    popup = page.locator("#live-map .leaflet-popup-content").inner_text()
    expected = "مكان وقوع الحادثة" if lang == "ar" else "Where the incident took place"
    assert expected in popup
    page.locator("#live-map").scroll_into_view_if_needed()
    page.screenshot(path=str(artifacts / f"incident-map-{lang}.png"), full_page=True)
    assert outside == []  # no tile, font or script from anywhere but the app


def test_incident_map_shows_claims_places(
    public_site: tuple[str, Demo],
    offline: tuple[Any, list[str]],
) -> None:
    """A claim naming a place elsewhere has its own marker, whose popup links to the claim."""
    url, demo = public_site
    page, _ = offline
    page.goto(f"{url}/incidents/{demo.campaign}?lang=en")
    _ready(page)
    places = json.loads(page.locator("#live-map").get_attribute("data-places"))
    elsewhere = [p for p in places if p["kind"] == "claims"]
    assert page.locator("#live-map .claim-place").count() == len(elsewhere)
    linked = [c for p in places for c in p["claims"]]
    assert linked, places  # the campaign's claims name the city
    marker = page.locator("#live-map .claim-place, #live-map .incident-dot").first
    marker.click()
    link = page.locator("#live-map .leaflet-popup-content a").first
    assert link.get_attribute("href").startswith("#claim-")
    link.click()
    assert "#claim-" in page.url


def test_incident_map_lays_configured_tiles_under_it(
    team_site: tuple[str, Demo],
    offline: tuple[Any, list[str]],
    artifacts: Path,
) -> None:
    url, demo = team_site
    page, _ = offline
    browser_login(page, url, "vera")
    page.goto(f"{url}/incidents/{demo.event}?lang=ar")
    _ready(page)
    assert_tiles_under_base(page, url)
    page.screenshot(path=str(artifacts / "incident-map-tiles-ar.png"), full_page=True)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_incident_map_without_javascript_is_the_svg(
    public_site: tuple[str, Demo],
    browser: Any,
    artifacts: Path,
    lang: str,
) -> None:
    url, demo = public_site
    context = browser.new_context(
        java_script_enabled=False, viewport={"width": 1280, "height": 900}
    )
    try:
        page = context.new_page()
        page.goto(f"{url}/incidents/{demo.event}?lang={lang}")
        assert page.locator("#live-map").is_hidden()
        assert page.locator(".map-fallback svg.map").is_visible()
        assert page.locator(".map-fallback svg.map circle.dot").count() == 1
        page.screenshot(path=str(artifacts / f"incident-map-no-script-{lang}.png"), full_page=True)
    finally:
        context.close()
