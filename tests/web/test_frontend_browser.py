"""The bundled frontend in a real browser (Debian's chromium, Playwright), in English and Arabic.

The map is Leaflet with clustering, fed by the bounded map API, over the app's own offline base
layer (every request outside the app is blocked: the map must work with no network); the
dashboard's charts are Chart.js; axe-core (from the frontend's npm packages) finds no serious
or critical accessibility violation on the main pages; and without JavaScript the pages keep
their server-rendered map and charts. Screenshots go where test_browser's go.

The bundles are built by ``make frontend`` (``make test`` runs it first); without them these
tests skip, except under CI, where a missing bundle is a failure.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import insert

from harmledger.config import load_settings
from harmledger.store.incident_tables import Incident
from harmledger.store.ledger import open_ledger
from harmledger.web.assets import BUILD_HINT, DIST
from tests.ledgers import home_from_template
from tests.web.demo import Demo, browser_login, build_demo
from tests.web.test_browser import (
    CHROMIUM,
    CHROMIUM_ARGS,
    _free_port,
    _serve_command,
    _wait_until_serving,
)
from tests.web.test_browser import artifacts as artifacts

AXE = Path(__file__).parents[2] / "harmledger/web/frontend/node_modules/axe-core/axe.min.js"
LANGUAGES = ["en", "ar"]
BLOCKING = ("serious", "critical")
TILES = "/tiles/{z}/{x}/{y}.png"


def _bundle_missing() -> bool:
    return not (DIST / "map.js").is_file() or not (DIST / "charts.js").is_file()


if _bundle_missing() and os.environ.get("CI"):
    pytest.fail(f"the frontend bundle is missing under CI: {BUILD_HINT}", pytrace=False)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.xdist_group("browser"),  # one chromium at a time under xdist
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason="browser tests need Debian's chromium at /usr/bin/chromium"
    ),
    pytest.mark.skipif(_bundle_missing(), reason=f"no frontend bundle: {BUILD_HINT}"),
]


def _spread(home: Path, rows: int = 8, columns: int = 8) -> None:
    """rows x columns made-up incidents a few kilometres apart around 36N 39E, so the map
    has clusters to draw (the demo's own incidents are only a handful)."""
    now = dt.datetime.now(dt.UTC)
    found = [
        {
            "id": 5000 + r * columns + c,
            "kind": "event",
            "name": f"test strike {r}-{c}",
            "latitude": 35.8 + r * 0.04,
            "longitude": 38.8 + c * 0.05,
            "grade": "fair",
            "created_at": now,
        }
        for r in range(rows)
        for c in range(columns)
    ]
    with (
        open_ledger(load_settings(home=home, actor="tester")) as ledger,
        ledger.engine.begin() as connection,
    ):
        connection.execute(insert(Incident), found)


def _serve(sqlite_template: Path, folder: Path, *options: str) -> Iterator[tuple[str, Demo]]:
    """``harmledger serve`` with ``options`` over the demo ledger and a grid of made-up
    incidents."""
    home = home_from_template(sqlite_template, folder / "home")
    with open_ledger(load_settings(home=home, actor="tester")) as ledger:
        demo = build_demo(ledger, folder)
    _spread(home)
    log_path = folder / "server.log"
    for _attempt in range(3):
        port = _free_port()
        with log_path.open("w") as log:
            command = [*_serve_command(home, port), *options]
            process = subprocess.Popen(command, stdout=log, stderr=log)
        try:
            if _wait_until_serving(f"http://127.0.0.1:{port}", process):
                yield f"http://127.0.0.1:{port}", demo
                return
        finally:
            process.terminate()
            process.wait(timeout=10)
    pytest.fail("the server did not start: " + log_path.read_text())


@pytest.fixture(scope="module")
def public_site(
    sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[str, Demo]]:
    """The read-only public site, as the world sees it."""
    yield from _serve(sqlite_template, tmp_path_factory.mktemp("public"), "--public")


@pytest.fixture(scope="module")
def team_site(
    sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[str, Demo]]:
    """The team's site, with logins, review forms and the admin page, and map tiles from a
    same-site path (none are there: a tile that fails leaves the offline layer showing)."""
    folder = tmp_path_factory.mktemp("team")
    yield from _serve(sqlite_template, folder, "--tiles", TILES, "--tiles-attribution", "Tiles: us")


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield launched
        finally:
            launched.close()


@pytest.fixture
def offline(browser: Any) -> Iterator[tuple[Any, list[str]]]:
    """A page whose requests may only reach the app on 127.0.0.1; the others are refused
    and listed (the map must not need them)."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    outside: list[str] = []

    def guard(route: Any) -> None:
        if route.request.url.startswith("http://127.0.0.1:"):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    context.route("**/*", guard)
    errors: list[str] = []
    page = context.new_page()
    page.on("pageerror", lambda error: errors.append(str(error)))
    try:
        yield page, outside
    finally:
        context.close()
    assert not errors, errors


def _ready(page: Any) -> None:
    page.wait_for_selector("#live-map[data-state=ready]", timeout=20_000)


def assert_tiles_under_base(page: Any, url: str) -> None:
    """The live map shows the configured tiles, credits them, and keeps the offline towns on
    top (the /map page and incident pages alike)."""
    page.wait_for_selector("#live-map img.leaflet-tile", state="attached")
    sources = page.locator("#live-map img.leaflet-tile").evaluate_all("t => t.map(i => i.src)")
    assert sources and all(f"{url}/tiles/" in src for src in sources)
    assert "Tiles: us" in page.locator("#live-map .leaflet-control-attribution").inner_text()
    assert page.locator("#live-map .town-label").count() >= 1  # the offline layer stays on top


@pytest.mark.parametrize("lang", LANGUAGES)
def test_map_clusters_offline_and_zooms(
    public_site: tuple[str, Demo], offline: tuple[Any, list[str]], artifacts: Path, lang: str
) -> None:
    url, _ = public_site
    page, outside = offline
    page.goto(f"{url}/map?lang={lang}")
    assert page.locator("html").get_attribute("dir") == ("rtl" if lang == "ar" else "ltr")
    _ready(page)
    assert page.locator(".map-fallback").is_hidden()  # the SVG map gives way to Leaflet
    clusters = page.locator("#live-map .marker-cluster")
    assert clusters.count() >= 1
    assert page.locator("#live-map .town-label").count() >= 1  # the offline base layer
    assert page.locator("#live-map path.graticule").count() >= 2
    status = page.locator("#live-map-status").inner_text()
    assert any(ch.isdigit() for ch in status)
    page.screenshot(path=str(artifacts / f"map-live-{lang}.png"), full_page=True)
    # the zoom buttons sit at the inline start: top right in Arabic, top left in English
    zoom_box = page.locator("#live-map .leaflet-control-zoom").bounding_box()
    map_box = page.locator("#live-map").bounding_box()
    zoom_middle = zoom_box["x"] + zoom_box["width"] / 2
    map_middle = map_box["x"] + map_box["width"] / 2
    assert (zoom_middle > map_middle) == (lang == "ar")

    # clicking a cluster zooms towards it until the made-up incidents show one by one
    zoom = int(page.locator("#live-map").get_attribute("data-zoom"))
    for _ in range(12):
        if page.locator("#live-map .incident-dot").count() >= 5:
            break
        before = int(page.locator("#live-map").get_attribute("data-zoom"))
        page.locator("#live-map .marker-cluster").first.click()
        page.wait_for_function(
            f"Number(document.getElementById('live-map').dataset.zoom) > {before}"
            " && document.getElementById('live-map').dataset.state === 'ready'",
            timeout=20_000,
        )
    assert page.locator("#live-map .incident-dot").count() >= 5
    assert int(page.locator("#live-map").get_attribute("data-zoom")) > zoom
    assert "zoom=" in page.url and "bbox=" in page.url  # the view can be shared as a link
    page.screenshot(path=str(artifacts / f"map-live-zoomed-{lang}.png"), full_page=True)
    assert outside == []  # no tile, font or script from anywhere but the app


@pytest.mark.parametrize("lang", LANGUAGES)
def test_dashboard_charts_render(
    public_site: tuple[str, Demo], offline: tuple[Any, list[str]], artifacts: Path, lang: str
) -> None:
    url, _ = public_site
    page, outside = offline
    page.goto(f"{url}/?lang={lang}")
    page.wait_for_selector("figure[data-chart][data-drawn=true]", timeout=20_000)
    drawn = page.locator("figure[data-chart][data-drawn=true]")
    assert drawn.count() >= 3
    box = drawn.first.locator("canvas").bounding_box()
    assert box["width"] > 250 and box["height"] >= 100
    assert drawn.first.locator("svg.chart-fallback").is_hidden()
    # the chart has labels of the page's language, and runs right to left in Arabic
    labels = page.evaluate("window.harmledgerCharts.filter(Boolean).map(c => c.data.labels)")
    assert any(labels)
    position = page.evaluate("window.harmledgerCharts.find(Boolean).options.scales.y.position")
    assert position == ("right" if lang == "ar" else "left")
    headline = page.locator("#headline-deaths").inner_text()
    assert any(ch.isdigit() for ch in headline)
    page.screenshot(path=str(artifacts / f"dashboard-charts-{lang}.png"), full_page=True)
    page.set_viewport_size({"width": 390, "height": 844})  # a phone
    page.reload()
    page.wait_for_selector("figure[data-chart][data-drawn=true]", timeout=20_000)
    assert page.evaluate("document.documentElement.scrollWidth") <= 390  # nothing sticks out
    page.screenshot(path=str(artifacts / f"dashboard-charts-phone-{lang}.png"), full_page=True)
    assert outside == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_incident_list_fits_a_phone(
    public_site: tuple[str, Demo], browser: Any, artifacts: Path, lang: str
) -> None:
    """The incident table scrolls inside its own box; the page never scrolls sideways."""
    url, _ = public_site
    context = browser.new_context(viewport={"width": 390, "height": 844})
    try:
        page = context.new_page()
        page.goto(f"{url}/incidents?lang={lang}")
        assert page.locator(".table-scroll table").count() == 1
        width = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
        assert width[0] <= width[1], width
        page.screenshot(path=str(artifacts / f"incidents-phone-{lang}.png"), full_page=True)
    finally:
        context.close()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_pages_work_without_javascript(
    public_site: tuple[str, Demo], browser: Any, artifacts: Path, lang: str
) -> None:
    url, _ = public_site
    context = browser.new_context(
        java_script_enabled=False, viewport={"width": 1280, "height": 900}
    )
    try:
        page = context.new_page()
        page.goto(f"{url}/map?lang={lang}")
        assert page.locator("svg.map").is_visible()
        assert page.locator("svg.map .cluster, svg.map circle.dot").count() >= 1
        assert page.locator("#live-map").is_hidden()
        page.goto(f"{url}/?lang={lang}")
        assert page.locator("svg.chart-fallback").first.is_visible()
        assert page.locator("table.chart-table tbody tr").count() >= 1
        page.screenshot(path=str(artifacts / f"dashboard-no-script-{lang}.png"), full_page=True)
    finally:
        context.close()


def _main_pages(demo: Demo) -> list[str]:
    return [
        "/",
        "/incidents",
        f"/incidents/{demo.campaign}",
        f"/incidents/{demo.event}",
        "/map",
        "/documents",
        f"/documents/{demo.arabic_document}",
        "/victims?q=Marwan",
        "/persons",
        "/recoveries",
        "/estimates",
        "/log",
        "/search?q=killed",
        "/api/docs",
    ]


def _blocking_violations(page: Any, url: str, paths: list[str], lang: str) -> dict[str, list[str]]:
    """axe-core's serious and critical violations on each page, in the given language."""
    found: dict[str, list[str]] = {}
    for path in paths:
        separator = "&" if "?" in path else "?"
        page.goto(f"{url}{path}{separator}lang={lang}")
        if path == "/map":
            _ready(page)
        page.add_script_tag(path=str(AXE))
        violations = page.evaluate(
            "async () => (await axe.run(document, {resultTypes: ['violations']})).violations"
            ".map(v => ({id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3)"
            ".map(n => n.target.join(' '))}))"
        )
        blocking = [v for v in violations if v["impact"] in BLOCKING]
        if blocking:
            found[path] = [f"{v['id']} ({v['impact']}): {v['nodes']}" for v in blocking]
    return found


@pytest.mark.skipif(not AXE.is_file(), reason=f"axe-core is not installed: {BUILD_HINT}")
@pytest.mark.parametrize("lang", LANGUAGES)
def test_main_pages_have_no_serious_accessibility_violation(
    public_site: tuple[str, Demo], offline: tuple[Any, list[str]], lang: str
) -> None:
    url, demo = public_site
    page, _ = offline
    found = _blocking_violations(page, url, _main_pages(demo), lang)
    assert not found, found


@pytest.mark.skipif(not AXE.is_file(), reason=f"axe-core is not installed: {BUILD_HINT}")
def test_team_pages_have_no_serious_accessibility_violation(
    team_site: tuple[str, Demo], offline: tuple[Any, list[str]]
) -> None:
    """The pages only logged-in users see: review forms, the review queue, the admin page."""
    url, demo = team_site
    page, _ = offline
    browser_login(page, url, "adam")
    paths = [f"/incidents/{demo.campaign}", "/review", "/admin", "/media", "/"]
    found = {lang: _blocking_violations(page, url, paths, lang) for lang in LANGUAGES}
    assert found == {"en": {}, "ar": {}}, found


def test_configured_tiles_lie_under_the_map(
    team_site: tuple[str, Demo], offline: tuple[Any, list[str]], artifacts: Path
) -> None:
    url, _ = team_site
    page, _ = offline
    browser_login(page, url, "vera")
    page.goto(f"{url}/map")
    _ready(page)
    assert_tiles_under_base(page, url)
    page.screenshot(path=str(artifacts / "map-live-tiles.png"), full_page=True)
