"""Server-rendered pages: each renders, escapes document text, sets text direction, and
sends the anonymous to the login page."""

from __future__ import annotations

import re
from typing import Any

from harmledger.store.ledger import Ledger
from harmledger.web.mapping import incident_map
from harmledger.web.render import bars, direction, highlight, sentence_around
from tests.web.conftest import Client
from tests.web.demo import PASSWORD, SCRIPT, Demo


def test_pages_need_a_login_and_the_login_form_works(client: Client) -> None:
    redirect = client.get("/incidents?grade=fair")
    assert redirect.status_code == 303
    assert redirect.headers["location"] == "/login?next=/incidents%3Fgrade%3Dfair"
    form = client.get("/login").text
    token = re.search(r'name="csrf_token" value="([^"]+)"', form).group(1)  # type: ignore[union-attr]
    wrong = client.post(
        "/login", data={"username": "vera", "password": "nope", "csrf_token": token}
    )
    assert wrong.status_code == 401 and "Wrong username or password" in wrong.text
    ok = client.post(
        "/login",
        data={
            "username": "vera",
            "password": PASSWORD,
            "csrf_token": token,
            "next": "//evil.example",
        },
    )
    assert ok.status_code == 303 and ok.headers["location"] == "/"  # no open redirect
    assert client.get("/").status_code == 200


def test_every_page_renders(analyst: Client, demo: Demo) -> None:
    for url in (
        "/",
        "/incidents",
        "/incidents?kind=aggregate&period=2017",
        f"/incidents/{demo.campaign}",
        "/documents",
        f"/documents/{demo.arabic_document}",
        "/victims?q=Marwan",
        "/review",
        "/log",
        "/map",
        "/estimates",
        "/static/style.css",
    ):
        response = analyst.get(url)
        assert response.status_code == 200, (url, response.text[:300])


def test_dashboard_compares_admissions_monitors_and_recoveries(viewer: Client) -> None:
    page = viewer.get("/").text
    assert "<svg" in page and "2017-" in page
    assert re.search(r'id="gap-belligerent">104<', page)
    assert re.search(r'id="gap-monitor">1601<', page)
    assert re.search(r'id="gap-recovered">2601<', page)


def test_incident_page_shows_figures_quotes_and_assessments(viewer: Client, demo: Demo) -> None:
    page = viewer.get(f"/incidents/{demo.campaign}").text
    assert '<td class="num">1,601</td>' in page  # the campaign's reported figure
    assert "104–1,601" not in page  # the coalition's own 104 is shown apart, as its admission
    assert "<mark>The coalition said 104 civilians were unintentionally killed.</mark>" in page
    assert f'href="/incidents/{demo.event}"' in page  # the strike inside the campaign
    assert "2018-07-17" in page and "credible" in page
    assert 'class="source-monitor"' in page and 'class="source-belligerent"' in page
    assert "Record decision" not in page  # viewers get no review form
    event = viewer.get(f"/incidents/{demo.event}").text
    assert re.search(
        r'<blockquote class="quote" lang="ar" dir="rtl">\s*<mark>قال السكان إن 21 مدنيا قتلوا في غارة على الحي</mark>',
        event,
    )


def test_document_text_is_escaped(viewer: Client, demo: Demo) -> None:
    page = viewer.get(f"/documents/{demo.html_document}").text
    assert SCRIPT not in page
    assert "&lt;script&gt;alert(&#39;owned&#39;)&lt;/script&gt;" in page
    assert "<mark" in page and len(re.findall(r"[0-9a-f]{64}", page)) >= 2


def test_estimates_page(viewer: Client) -> None:
    page = viewer.get("/estimates").text
    assert 'id="capture"' in page and "Estimated total" in page and "<svg" in page


def test_errors_on_pages_are_pages(viewer: Client) -> None:
    missing = viewer.get("/incidents/99999")
    assert missing.status_code == 404 and "<h1>Error 404</h1>" in missing.text
    assert viewer.get("/review").status_code == 403  # viewers have no review queue


def test_public_pages(anonymous_public: Client, demo: Demo) -> None:
    assert anonymous_public.get("/").status_code == 200
    assert anonymous_public.get(f"/incidents/{demo.campaign}").status_code == 200
    assert anonymous_public.get("/login").status_code == 303
    page = anonymous_public.get(f"/documents/{demo.arabic_document}").text
    assert "Archive path" not in page and 'dir="rtl"' in page


def test_highlight_cuts_overlapping_spans() -> None:
    segments = highlight("abcdefgh", [(1, 4, 7), (3, 6, 8)])
    assert [(s.text, s.claims) for s in segments] == [
        ("a", ()),
        ("bc", (7,)),
        ("d", (7, 8)),
        ("ef", (8,)),
        ("gh", ()),
    ]
    assert "".join(s.text for s in highlight("x" * 5, [(9, 12, 1)])) == "x" * 5


def test_sentence_and_direction() -> None:
    text = "First one. The strike killed 12 people. Last one."
    start = text.index("killed")
    assert sentence_around(text, start, start + 16) == ("The strike ", "killed 12 people", ".")
    assert direction("قتل 12 مدنيا") == "rtl"
    assert direction("12 killed") == "ltr"
    assert direction("x", "ar") == "rtl"


def test_charts_and_map_geometry() -> None:
    chart = bars(
        [{"month": "2017-06", "min": 10, "max": 20}, {"month": "2017-07", "min": 5, "max": None}],
        "month",
        width=100,
    )
    assert [(i["min_width"], i["max_width"]) for i in chart["items"]] == [
        (50.0, 100.0),
        (25.0, 25.0),
    ]
    drawn: dict[str, Any] = incident_map(
        [{"id": 1, "name": "a", "latitude": 36.0, "longitude": 39.0, "civilians_killed_max": 99}]
    )
    (point,) = drawn["points"]
    assert 0 < point["x"] < drawn["width"] and 0 < point["y"] < drawn["height"]
    assert drawn["lines"]


def test_view_cache_follows_the_ledger_version(shared_demo) -> None:  # type: ignore[no-untyped-def]
    from harmledger.store.custody import append_event
    from harmledger.web.cache import ViewCache

    ledger = shared_demo[0]
    cache = ViewCache(ledger, ttl=300)
    calls: list[int] = []

    def compute() -> int:
        calls.append(1)
        return len(calls)

    assert cache.get("k", compute) == 1
    assert cache.get("k", compute) == 1  # unchanged ledger: reused
    with ledger.session() as session:
        append_event(session, actor="t", action="test", subject="cache", details={})
    assert cache.get("k", compute) == 2  # a write moves the version
    assert ViewCache(ledger, ttl=0).get("k", compute) == 3  # ttl 0: never cached


def test_public_mode_leaks_no_names_reasons_paths_or_private_lists(
    anonymous_public: Client, viewer: Client, demo: Demo, shared_demo: tuple[Ledger, Demo]
) -> None:
    ledger = shared_demo[0]
    actor = ledger.settings.actor
    staff_log = viewer.get("/log").text
    assert actor in staff_log and "several independent monitors" in staff_log  # staff see all

    public_log = anonymous_public.get("/log").text
    assert actor not in public_log
    assert "several independent monitors" not in public_log  # a grade change's reason
    assert "Unpublished list" not in public_log and "Internal log" not in public_log

    home = str(ledger.settings.home)
    for path in ("/documents", f"/documents/{demo.arabic_document}", "/api/documents"):
        assert home not in anonymous_public.get(path).text, path
    api_document = anonymous_public.get(f"/api/documents/{demo.arabic_document}").json()
    assert home not in str(api_document) and actor not in str(api_document)

    recoveries = anonymous_public.get("/recoveries").text
    assert "Responders log" in recoveries and "Internal log" not in recoveries
    missing = anonymous_public.get("/api/recoveries/counts", params={"log": "Internal log"})
    assert missing.status_code == 404 and "Internal log" in missing.json()["error"]["message"]
    assert "Responders log" in missing.json()["error"]["message"]
    listed = anonymous_public.get("/api/recoveries/counts", params={"log": "Nope"})
    assert "Internal log" not in listed.json()["error"]["message"]
