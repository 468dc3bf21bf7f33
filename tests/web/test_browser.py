"""The app in a real browser: Playwright drives Debian's chromium against a uvicorn server.

Log in, open the Raqqa campaign, see the coalition's 104 beside the monitors' and responders'
figures, confirm a claim with a reason, correct another, and see the log and the tally change;
then an admin adds an account on the admin page.
Screenshots of the main pages go to $HARMLEDGER_TEST_ARTIFACTS (default: the system temp
folder) under ``harmledger-web-screenshots``.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from harmledger.config import load_settings
from harmledger.store.ledger import open_ledger
from tests.web.demo import PASSWORD, Demo, build_demo

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.xdist_group("browser"),  # one chromium at a time under xdist
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason="browser tests need Debian's chromium at /usr/bin/chromium"
    ),
]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def server(ledger_home: Path, tmp_path: Path) -> Iterator[tuple[str, Demo]]:
    """``harmledger serve`` on a free loopback port over a fresh demo ledger.

    The port is free when chosen but another process (an xdist worker, another test run) may
    take it before the server binds it; then the server exits and a new port is tried.
    """
    with open_ledger(load_settings(home=ledger_home, actor="tester")) as ledger:
        demo = build_demo(ledger, tmp_path)
    log_path = tmp_path / "server.log"
    for _attempt in range(3):
        port = _free_port()
        url = f"http://127.0.0.1:{port}"
        with log_path.open("w") as log:
            process = subprocess.Popen(_serve_command(ledger_home, port), stdout=log, stderr=log)
        try:
            if _wait_until_serving(url, process):
                yield url, demo
                return
        finally:
            process.terminate()
            process.wait(timeout=10)
    pytest.fail("the server did not start: " + log_path.read_text())


def _serve_command(home: Path, port: int) -> list[str]:
    return [
        sys.executable,
        "-c",
        "from harmledger.cli import main; main()",
        "serve",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--home",
        str(home),
    ]


def _wait_until_serving(url: str, process: subprocess.Popen[bytes]) -> bool:
    """True once the server answers; False if it exited first (e.g. its port was taken)."""
    for _ in range(200):
        if process.poll() is not None:
            return False
        try:
            if httpx.get(f"{url}/api/session", timeout=1).status_code == 200:
                return True
        except httpx.TransportError:
            time.sleep(0.1)
    return False


@pytest.fixture
def artifacts() -> Path:
    folder = Path(os.environ.get("HARMLEDGER_TEST_ARTIFACTS", tempfile.gettempdir()))
    folder = folder / "harmledger-web-screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    print(f"\nscreenshots: {folder}")
    return folder


@pytest.fixture
def page(artifacts: Path) -> Iterator[Any]:
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield browser.new_page(viewport={"width": 1200, "height": 900})
        finally:
            browser.close()


def _cell(page: Any, selector: str) -> str:
    return str(page.locator(selector).inner_text()).strip()


def _arabic_pages(page: Any, url: str, demo: Demo, artifacts: Path) -> None:
    """The header's switch turns the interface to Arabic, right to left, and it stays so."""
    page.goto(f"{url}/incidents/{demo.event}")
    page.click("header a.language-switch[lang=ar]")
    page.wait_for_url(f"{url}/incidents/{demo.event}?lang=ar")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator("#grade").inner_text() == "ضعيف"
    assert "التحالف بقيادة الولايات المتحدة" in page.locator("#suspected-belligerent").inner_text()
    header = page.locator("header").bounding_box()
    brand = page.locator("header .brand").bounding_box()
    assert brand["x"] > header["width"] / 2  # right to left: the brand sits on the right
    page.screenshot(path=str(artifacts / "incident-arabic.png"), full_page=True)
    page.goto(f"{url}/incidents/{demo.campaign}")  # no ?lang: the cookie remembers
    assert page.locator("html").get_attribute("lang") == "ar"
    page.screenshot(path=str(artifacts / "campaign-arabic.png"), full_page=True)
    page.goto(f"{url}/persons")
    assert "مروان خليل" in page.locator("#persons").inner_text()
    page.screenshot(path=str(artifacts / "persons-arabic.png"), full_page=True)
    page.goto(f"{url}/")
    page.screenshot(path=str(artifacts / "dashboard-arabic.png"), full_page=True)
    page.goto(f"{url}/?lang=en")
    assert page.locator("html").get_attribute("dir") == "ltr"
    page.goto(f"{url}/incidents/{demo.campaign}")
    assert "Airwars" in page.locator("#sources").inner_text()
    page.screenshot(path=str(artifacts / "campaign-english.png"), full_page=True)


def test_analyst_reviews_the_raqqa_campaign(
    server: tuple[str, Demo], page: Any, artifacts: Path
) -> None:
    url, demo = server
    page.goto(f"{url}/incidents")
    assert "/login" in page.url
    page.fill("input[name=username]", "ana")
    page.fill("input[name=password]", PASSWORD)
    page.click("main button[type=submit]")
    page.wait_for_url(f"{url}/incidents")
    page.screenshot(path=str(artifacts / "incidents.png"), full_page=True)

    page.goto(f"{url}/")
    assert _cell(page, "#gap-belligerent") == "104"
    assert _cell(page, "#gap-monitor") == "1601"
    assert _cell(page, "#gap-recovered") == "2601"
    page.screenshot(path=str(artifacts / "dashboard-before.png"), full_page=True)

    page.click("text=Open the incident")
    page.wait_for_url(f"{url}/incidents/{demo.campaign}")
    comparison = page.locator("#comparison")
    belligerent = " ".join(comparison.locator("tr.source-belligerent").all_inner_texts())
    monitors = " ".join(comparison.locator("tr.source-monitor").all_inner_texts())
    responders = " ".join(comparison.locator("tr.source-responder").all_inner_texts())
    assert "104" in belligerent and "1,601" in monitors and "2,601" in responders
    page.screenshot(path=str(artifacts / "incident-raqqa.png"), full_page=True)

    claim = page.locator(f"#claim-{demo.coalition_claim}")
    claim.locator("select[name=decision]").select_option("confirm")
    claim.locator("input[name=reason]").fill("matches the coalition's monthly report")
    claim.locator("button[type=submit]").click()
    page.wait_for_load_state()
    assert "confirm" in page.locator(f"#claim-{demo.coalition_claim} .review-decision").inner_text()
    assert "matches the coalition's monthly report" in page.content()

    monitor = page.locator(f"#claim-{demo.monitor_claim}")
    monitor.locator("select[name=decision]").select_option("correct")
    monitor.locator("input[name=reason]").fill("the monitor's updated count")
    monitor.locator("input[name=corrections]").fill("low=1700")
    monitor.locator("button[type=submit]").click()
    page.wait_for_load_state()
    page.screenshot(path=str(artifacts / "incident-after-review.png"), full_page=True)

    page.goto(f"{url}/log")
    rows = page.locator("#log tr").all_inner_texts()
    assert (
        "claim reviewed" in rows[1]
        and "ana" in rows[1]
        and "the monitor's updated count" in rows[1]
    )
    assert "claim reviewed" in rows[2] and "matches the coalition's monthly report" in rows[2]
    assert page.locator("#log td.action").first.get_attribute("data-action") == "review_claim"
    page.screenshot(path=str(artifacts / "log.png"), full_page=True)

    page.goto(f"{url}/")
    assert _cell(page, "#gap-monitor") == "1700"  # the tally follows the correction
    # the chart's figures, as its table holds them (the chart itself is a canvas)
    cells = page.locator("figure").nth(1).locator("table.chart-table td").all_text_contents()
    assert "1,700" in cells and "104" not in cells  # its own 104 is apart
    page.screenshot(path=str(artifacts / "dashboard-after.png"), full_page=True)

    page.goto(f"{url}/documents/{demo.html_document}")
    assert "<script>" in page.locator("#doctext").inner_text()  # shown as text, never run
    page.goto(f"{url}/documents/{demo.arabic_document}")
    assert page.locator("#doctext").get_attribute("dir") == "rtl"
    page.screenshot(path=str(artifacts / "document-arabic.png"), full_page=True)
    page.goto(f"{url}/victims?q=Marwan")
    assert "مروان خليل" in page.locator("#victims").inner_text()
    page.screenshot(path=str(artifacts / "victims.png"), full_page=True)
    page.goto(f"{url}/recoveries")
    assert "unattributed" in page.locator("#recoveries-by-perpetrator").inner_text()
    page.screenshot(path=str(artifacts / "recoveries.png"), full_page=True)
    page.goto(f"{url}/estimates")
    assert page.locator("#estimate").count() == 1
    page.screenshot(path=str(artifacts / "estimates.png"), full_page=True)
    page.goto(f"{url}/review")
    # an uncertain link: whichever campaign figure founds the campaign (an open determinism
    # bug, see test_link_review), the others are candidates
    assert page.locator(".link-candidate").count() >= 1
    page.screenshot(path=str(artifacts / "review.png"), full_page=True)
    page.goto(f"{url}/incidents/{demo.event}")
    assert "مروان خليل" in page.locator("#victims").inner_text()
    page.goto(f"{url}/map")
    assert page.locator("svg circle").count() >= 2
    assert page.locator("svg .town").count() >= 1  # the offline base layer
    page.screenshot(path=str(artifacts / "map.png"), full_page=True)

    _arabic_pages(page, url, demo, artifacts)

    page.click("header form[action='/logout'] button")  # log out; an admin logs in
    page.wait_for_url(f"{url}/login")
    page.goto(f"{url}/admin")
    page.fill("input[name=username]", "adam")
    page.fill("input[name=password]", PASSWORD)
    page.click("main button[type=submit]")
    page.wait_for_url(f"{url}/admin")
    form = page.locator("#add-user")
    form.locator("input[name=username]").fill("zoe")
    form.locator("input[name=password]").fill("a long enough password")
    form.locator("select[name=role]").select_option("analyst")
    form.locator("button[type=submit]").click()
    page.wait_for_url(f"{url}/admin")
    assert page.locator("#admin-message").inner_text() == "Added zoe (analyst)."
    assert page.locator("#user-zoe .role").inner_text() == "analyst"
    assert "harmledger.sqlite3" in page.locator("#settings").inner_text()
    page.screenshot(path=str(artifacts / "admin.png"), full_page=True)
