"""Wide pages on a phone, in a real browser (Debian's chromium), in English and Arabic: the
documents, log, admin and incident pages keep their wide tables scrolling inside their own
boxes, so at 390 pixels the page itself never scrolls sideways. Screenshots go where
test_browser's go."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.web.demo import Demo, browser_login
from tests.web.test_browser import artifacts as artifacts
from tests.web.test_frontend_browser import LANGUAGES, pytestmark  # noqa: F401
from tests.web.test_frontend_browser import browser as browser
from tests.web.test_frontend_browser import team_site as team_site

PHONE = {"width": 390, "height": 844}


@pytest.fixture
def admin_phone(team_site: tuple[str, Demo], browser: Any) -> Iterator[Any]:
    """A phone-sized page logged in as the admin, who sees every column and form."""
    url, _ = team_site
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    try:
        browser_login(page, url, "adam")
        yield page
    finally:
        context.close()


def _wide_pages(demo: Demo) -> dict[str, str]:
    return {
        "documents": "/documents",
        "log": "/log",
        "admin": "/admin",
        "incident": f"/incidents/{demo.campaign}",
    }


@pytest.mark.parametrize("lang", LANGUAGES)
def test_wide_pages_fit_a_phone(
    team_site: tuple[str, Demo],
    admin_phone: Any,
    artifacts: Path,
    lang: str,
) -> None:
    url, demo = team_site
    page = admin_phone
    for name, path in _wide_pages(demo).items():
        page.goto(f"{url}{path}?lang={lang}")
        assert page.locator("html").get_attribute("dir") == ("rtl" if lang == "ar" else "ltr")
        tables = page.locator("main table:not(.chart-table)")
        wrapped = page.locator("main .table-scroll > table")
        assert tables.count() >= 1 and wrapped.count() == tables.count(), name
        width = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
        assert width[0] <= width[1], (name, width)
        page.screenshot(path=str(artifacts / f"{name}-phone-{lang}.png"), full_page=True)
