"""The victims, review, estimates and report pages in a real browser (Debian's chromium), in
English and Arabic, with screenshots kept as artifacts: a facet click narrows the victims, the
estimates plot is drawn without a script, and the printed report shows no navigation."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.web.demo import PASSWORD, Demo
from tests.web.test_browser import artifacts, page, pytestmark, server  # noqa: F401

LISTS = "lists=Published+list&lists=Unpublished+list"


def test_victims_review_estimates_and_report(
    server: tuple[str, Demo],  # noqa: F811
    page: Any,  # noqa: F811
    artifacts: Path,  # noqa: F811
) -> None:
    url, demo = server
    page.goto(f"{url}/login")
    page.fill("input[name=username]", "ana")
    page.fill("input[name=password]", PASSWORD)
    page.click("main button[type=submit]")
    page.wait_for_load_state()

    page.goto(f"{url}/victims?q=Marwan&lang=en")
    page.click("#facet-list a:has-text('Unpublished list')")
    page.wait_for_url("**list=Unpublished+list**")
    assert page.locator("#victims tr").count() == 2  # the header and Marwan Yousef
    page.screenshot(path=str(artifacts / "victims-facet.png"), full_page=True)
    page.goto(f"{url}/victims?lang=ar")
    assert page.locator("html").get_attribute("dir") == "rtl"
    page.screenshot(path=str(artifacts / "victims-arabic.png"), full_page=True)

    for code in ("en", "ar"):
        page.goto(f"{url}/review?lang={code}")
        assert page.locator(".person-pair table.pair-records").count() >= 1
        page.screenshot(path=str(artifacts / f"review-{code}.png"), full_page=True)
        page.goto(f"{url}/estimates?{LISTS}&method=chao&lang={code}")
        assert page.locator("#methods-plot circle").count() >= 2
        page.screenshot(path=str(artifacts / f"estimates-{code}.png"), full_page=True)
        page.goto(f"{url}/incidents/{demo.campaign}/report?lang={code}")
        page.screenshot(path=str(artifacts / f"report-{code}.png"), full_page=True)

    page.emulate_media(media="print")
    assert not page.locator("header").is_visible()
    assert page.locator("#named-victims").is_visible()
    page.screenshot(path=str(artifacts / "report-print.png"), full_page=True)
    page.pdf(path=str(artifacts / "report.pdf"))
    assert (artifacts / "report.pdf").stat().st_size > 1000
