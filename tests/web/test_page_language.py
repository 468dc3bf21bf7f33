"""Every page of the demo in English and in Arabic: no raw id or Python repr anywhere a reader
looks, Arabic pages right to left with Arabic headings, and the language chosen by ``?lang=``,
remembered in a cookie, or taken from the browser's Accept-Language."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import Any
from urllib.parse import urlsplit

import pytest

from harmledger.store.ledger import Ledger
from tests.web.conftest import Client
from tests.web.demo import Demo

# an id (us_led_coalition, killed_or_injured, not_yet_assessed) or a Python repr
RAW = re.compile(
    r"\b\w+=(?:True|False|None)\b|\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b|\bNone\b|\{'|\[\{|\[\]"
)
HEADINGS = {"h1", "h2", "h3", "th", "button", "label", "summary", "option", "figcaption"}
# names that are written in Latin letters in Arabic too
LATIN_ALLOWED = re.compile(r"\b(?:SHA|CSV|GeoJSON|JSON|API|OpenAPI|harmledger|LCMCR|dga|CSRF)\b")
ISOLATED = re.compile("\u2068[^\u2069]*\u2069")  # a name isolated inside a sentence
LATIN = re.compile(r"[A-Za-z]")
VOID = {"br", "img", "input", "meta", "link", "hr", "source", "wbr", "col", "area", "base"}
VISIBLE_ATTRIBUTES = ("title", "placeholder", "aria-label", "alt")


class Page(HTMLParser):
    """What a reader sees of a page: its text (without code, the API reference and anything
    marked ``translate="no"``), its visible attributes, and the text of its headings and
    controls outside ``<bdi>`` (names, which stay in their own script)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, bool, bool]] = []  # tag, hidden from checks, data (bdi)
        self.text: list[str] = []
        self.headings: list[str] = []
        self.current: list[str] | None = None
        self.heading_depth = 0
        self.links: list[str] = []
        self.html_attributes: dict[str, str | None] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "html":
            self.html_attributes = found
        if tag == "a" and found.get("href"):
            self.links.append(str(found["href"]))
        hidden = bool(self.stack and self.stack[-1][1]) or (
            tag in ("code", "script", "style", "svg")
            or found.get("translate") == "no"
            or "api-reference" in (found.get("class") or "")
        )
        data = bool(self.stack and self.stack[-1][2]) or tag in ("bdi", "blockquote")
        if not hidden:
            self.text += [str(found[a]) for a in VISIBLE_ATTRIBUTES if found.get(a)]
        if tag in VOID:
            return
        self.stack.append((tag, hidden, data))
        if tag in HEADINGS and self.current is None and not hidden:
            self.current = []

    def handle_endtag(self, tag: str) -> None:
        while self.stack:
            open_tag, _, _ = self.stack.pop()
            if open_tag in HEADINGS and self.current is not None and tag == open_tag:
                self.headings.append("".join(self.current).strip())
                self.current = None
            if open_tag == tag:
                break

    def handle_data(self, data: str) -> None:
        hidden = bool(self.stack and self.stack[-1][1])
        if hidden:
            return
        self.text.append(data)
        if self.current is not None and not self.stack[-1][2]:
            self.current.append(data)


def read(html: str) -> Page:
    parsed = Page()
    parsed.feed(html)
    parsed.close()
    return parsed


def _crawl(client: Client, start: list[str], limit: int = 160) -> dict[str, str]:
    """Every page reachable from ``start`` through the header and in-page links (at most three
    query variants of one path: the map's pan and zoom links are endless)."""
    seen: dict[str, str] = {}
    variants: dict[str, int] = {}
    queue = list(start)
    while queue and len(seen) < limit:
        url = queue.pop(0)
        if url in seen:
            continue
        path = urlsplit(url).path
        if variants.get(path, 0) >= 3:
            continue
        variants[path] = variants.get(path, 0) + 1
        response = client.get(url)
        assert response.status_code == 200, (url, response.status_code, response.text[:300])
        if not response.headers["content-type"].startswith("text/html"):
            continue
        seen[url] = response.text
        for link in read(response.text).links:
            target = link.split("#")[0]
            if (
                target.startswith("/")
                and not target.startswith(("/api/", "/static/", "/media/", "/logout"))
                and "lang=" not in target
                and target not in seen
            ):
                queue.append(target)
    return seen


def _admin(app: Any) -> Client:
    logged = Client(app)
    assert logged.api_login("adam").status_code == 200
    return logged


@pytest.mark.parametrize("code", ["en", "ar"])
def test_no_page_shows_a_raw_id_in_either_language(app: Any, demo: Demo, code: str) -> None:
    admin = _admin(app)
    assert admin.get(f"/?lang={code}").status_code == 200  # the cookie keeps the choice
    start = [
        "/",
        f"/incidents/{demo.campaign}",
        f"/incidents/{demo.event}",
        f"/documents/{demo.arabic_document}",
        "/victims?q=Marwan",
        "/victims?sex=male&age_band=adult",
        f"/incidents/{demo.event}/report",
        "/estimates?lists=Published+list&lists=Unpublished+list&method=chao",
        "/search",
        "/search?q=civilians",
        "/search?q=%D8%A8%D8%A7%D9%84%D8%B3%D9%83%D8%A7%D9%86&kind=claim",  # بالسكان
        "/persons",
        "/review",
        "/recoveries",
        "/admin",
        "/api/docs",
    ]
    pages = _crawl(admin, start)
    assert len(pages) >= 25, sorted(pages)
    assert any(u.startswith("/persons/") for u in pages) and "/log" in pages
    for url, html in pages.items():
        page = read(html)
        assert page.html_attributes.get("lang") == code, url
        assert page.html_attributes.get("dir") == ("rtl" if code == "ar" else "ltr"), url
        visible = " ".join(page.text)
        raw = sorted(set(RAW.findall(visible)))
        assert not raw, (code, url, raw)
        if code == "ar":
            for heading in page.headings:
                words = ISOLATED.sub("", LATIN_ALLOWED.sub("", heading))  # names are data
                latin = LATIN.search(words)
                assert not latin, (url, heading)  # every heading and control in Arabic


def test_the_checker_catches_ids_and_english_headings() -> None:
    english_heading = read('<html lang="ar"><h2>Sources</h2><th><bdi>Published list</bdi></th>')
    assert english_heading.headings == ["Sources", ""]
    text = " ".join(read("<p>us_led_coalition belligerent_accepted=False</p>").text)
    assert RAW.findall(text) == ["us_led_coalition", "belligerent_accepted=False"]
    assert not RAW.findall(" ".join(read('<p translate="no">a_b</p><code>c_d</code>').text))


def test_language_is_chosen_remembered_and_switched(app: Any, demo: Demo) -> None:
    reader = Client(app)
    assert reader.api_login("vera").status_code == 200
    english = reader.get("/incidents")
    assert '<html lang="en" dir="ltr">' in english.text
    assert 'href="/incidents?lang=ar"' in english.text and ">العربية</a>" in english.text
    assert "Accept-Language" in english.headers["vary"]

    arabic = reader.get("/incidents?lang=ar")
    assert '<html lang="ar" dir="rtl">' in arabic.text
    assert "harmledger_lang=ar" in arabic.headers["set-cookie"]
    assert ">الحوادث<" in arabic.text and 'href="/incidents?lang=en"' in arabic.text
    remembered = reader.get(f"/incidents/{demo.event}")
    assert '<html lang="ar" dir="rtl">' in remembered.text  # the cookie, without ?lang
    assert "التحالف بقيادة الولايات المتحدة" in remembered.text
    assert reader.get("/incidents?lang=en").text.startswith('<!doctype html>\n<html lang="en"')

    browser = Client(app)
    assert browser.api_login("vera").status_code == 200
    asked = browser.get("/persons", headers={"Accept-Language": "ar-SY,ar;q=0.9,en;q=0.5"})
    assert '<html lang="ar" dir="rtl">' in asked.text and "set-cookie" not in asked.headers

    missing = browser.get("/incidents/99999?lang=ar")
    assert missing.status_code == 404 and "<h1>خطأ 404</h1>" in missing.text


def test_the_page_language_does_not_filter_documents(viewer: Client, demo: Demo) -> None:
    document_link = re.compile(r'href="/documents/\d')  # not the page's CSV download
    every = viewer.get("/documents?lang=ar").text
    assert len(document_link.findall(every)) >= 5  # ?lang= is the page's language only
    only = viewer.get("/documents?doc_lang=xx").text
    assert not document_link.search(only.split("<main>")[1])


def test_public_record_in_arabic(
    anonymous_public: Client, demo: Demo, shared_demo: tuple[Ledger, Demo]
) -> None:
    page = anonymous_public.get(f"/incidents/{demo.event}?lang=ar").text
    assert '<html lang="ar" dir="rtl">' in page and "السجل العام" in page
    assert "Marwan Yousef" not in page and "+000 555" not in page
    campaign = anonymous_public.get(f"/incidents/{demo.campaign}").text
    assert 'class="publisher">Airwars<' in campaign  # sources, without where they are kept
    assert str(shared_demo[0].settings.home) not in campaign


def test_admin_messages_in_the_readers_language(fresh_app: Any) -> None:
    admin = _admin(fresh_app)
    assert admin.get("/admin?lang=ar").status_code == 200
    added = admin.post(
        "/admin/users",
        data={
            "csrf_token": admin.csrf,
            "username": "zoe",
            "password": "long enough pw",
            "role": "analyst",
        },
    )
    assert added.status_code == 303
    page = admin.get("/admin").text
    assert re.search(r'id="admin-message">أُضيف zoe \(محلل\)\.<', page)
