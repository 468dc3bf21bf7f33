"""Full-text search on the web (#15): the API's page of hits, the search page in either
language, paging, filters, bad parameters, and a public site that never finds a witness."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import select

from harmledger.store.ledger import Ledger
from harmledger.web import create_app, search_view
from tests.incidents.builders import add_document
from tests.web.conftest import SECRET, Client
from tests.web.demo import Demo


def _hits(client: Client, **params: Any) -> dict[str, Any]:
    response = client.get("/api/search", params=params)
    assert response.status_code == 200, response.text
    return response.json()


def test_a_word_of_a_document_is_found(viewer: Client, demo: Demo) -> None:
    found = _hits(viewer, q="rubble")
    assert found["total"] == 2 and found["query"] == "rubble"  # the document and its claim
    assert {h["kind"] for h in found["hits"]} == {"document", "claim"}
    assert all("rubble" in h["snippet"] and h["match"] == "rubble" for h in found["hits"])
    assert {h["source"] for h in found["hits"]} == {"Raqqa Civil Defence"}
    only = _hits(viewer, q="rubble", kind="claim")
    assert [h["kind"] for h in only["hits"]] == ["claim"]
    assert _hits(viewer, q="rubble", lang="en")["total"] == 2
    assert _hits(viewer, q="rubble", lang="xx")["total"] == 0
    assert _hits(viewer, q='"bodies from the rubble"')["total"] == 2
    assert _hits(viewer, q='"rubble from the bodies"')["total"] == 0


@pytest.mark.parametrize(
    "query",
    ["السكان", "السُّكَّانِ", "والسكان", "بالسكان", "سكان", "غَارَةٍ", "مدنيّا"],
)
def test_an_arabic_word_with_or_without_marks_and_prefixes(viewer: Client, query: str) -> None:
    found = _hits(viewer, q=query)
    assert found["total"] >= 1, query
    assert all("قال السكان" in h["snippet"] for h in found["hits"])


def test_paging_gives_each_hit_once(viewer: Client, demo: Demo) -> None:
    whole = _hits(viewer, q="civilians", limit=100)
    assert whole["total"] >= 4 and len(whole["hits"]) == whole["total"]
    pages = [_hits(viewer, q="civilians", limit=2, offset=o) for o in range(0, whole["total"], 2)]
    assert all(p["total"] == whole["total"] and p["limit"] == 2 for p in pages)
    paged = [(h["kind"], h["id"]) for p in pages for h in p["hits"]]
    assert paged == [(h["kind"], h["id"]) for h in whole["hits"]]
    assert _hits(viewer, q="civilians", offset=whole["total"])["hits"] == []


@pytest.mark.parametrize(
    "params",
    [
        {"q": ""},
        {"q": "!!! ..."},
        {"q": "rubble", "kind": "person"},
        {"q": "rubble", "limit": 0},
        {"q": "rubble", "limit": 1001},
        {"q": "rubble", "offset": -1},
    ],
)
def test_bad_parameters_are_a_bad_request(viewer: Client, params: dict[str, Any]) -> None:
    response = viewer.get("/api/search", params=params)
    assert response.status_code == 400, response.text
    assert response.json()["error"]["code"] == "bad_request"


def test_search_needs_a_reader(client: Client, anonymous_public: Client) -> None:
    assert client.get("/api/search", params={"q": "rubble"}).status_code == 401
    assert 'action="/search"' not in client.get("/login").text  # nothing to search yet
    assert 'action="/search"' in anonymous_public.get("/incidents").text
    assert anonymous_public.get("/api/search", params={"q": "rubble"}).json()["total"] == 2


def test_the_search_page_in_english(viewer: Client, demo: Demo) -> None:
    help_page = viewer.get("/search?lang=en").text
    assert 'id="search-help"' in help_page and "search-total" not in help_page
    page = viewer.get("/search", params={"q": "rubble"}).text
    assert 'id="search-total">2 found<' in page and 'id="search-help"' not in page
    assert page.count('class="search-hit"') == 2
    assert "Raqqa Civil Defence" in page and "1 December 2018" in page
    assert "<mark>rubble</mark>" in page and 'dir="auto"' in page
    document = re.search(r'href="/documents/(\d+)"', page)
    assert document and viewer.get(f"/documents/{document.group(1)}").status_code == 200
    assert re.search(r'href="/incidents/\d+">Incident \d+</a>', page)  # the claim's incident
    assert 'name="q" value="rubble"' in page  # the header's box keeps the query
    assert 'action="/search"' in viewer.get("/incidents").text  # every page has the box
    none = viewer.get("/search", params={"q": "zeppelin"}).text
    assert "Nothing found." in none and 'id="search-total">0 found<' in none


def test_the_search_page_filters_and_pages(
    viewer: Client, demo: Demo, monkeypatch: pytest.MonkeyPatch
) -> None:
    claims = viewer.get("/search", params={"q": "civilians", "kind": "claim"}).text
    assert '<option value="claim" selected>Casualty claim</option>' in claims
    assert ">Document</span>" not in claims and ">Casualty claim</span>" in claims
    assert '<option value="en">English</option>' in claims
    assert 'id="search-total">3 found<' in claims
    other = viewer.get("/search", params={"q": "civilians", "doc_lang": "xx"}).text
    assert 'id="search-total">0 found<' in other and 'rel="next"' not in other
    monkeypatch.setattr(search_view, "PER_PAGE", 2)  # two pages of claims
    first = viewer.get("/search?q=civilians&kind=claim").text
    assert first.count('class="search-hit"') == 2 and "page 1 of 2" in first
    assert 'rel="prev"' not in first
    following = re.search(r'href="([^"]+)" rel="next"', first)
    assert following and "kind=claim" in following.group(1)
    second = viewer.get(following.group(1).replace("&amp;", "&")).text
    assert second.count('class="search-hit"') == 1 and "page 2 of 2" in second
    assert 'rel="prev"' in second and 'rel="next"' not in second
    assert '<ol class="search-hits" start="3">' in second
    assert viewer.get("/search?q=civilians&page_number=0").status_code == 400


def test_the_search_page_in_arabic(viewer: Client) -> None:
    page = viewer.get("/search", params={"q": "بالسكان", "lang": "ar"}).text
    assert '<html lang="ar" dir="rtl">' in page and "عدد النتائج:" in page
    assert '<blockquote class="quote snippet" dir="auto">' in page and "<mark>السكان</mark>" in page
    assert viewer.get("/search?lang=ar").text.count("اكتب كلمات") == 1


@pytest.fixture
def witness_ledger(ledger: Ledger) -> Iterator[Ledger]:
    """Two documents that say the same words: one from a witness, one from a news agency."""
    said = [{"low": 3, "high": 3, "speaker": "x", "quote": "Three shepherds were killed."}]
    add_document(ledger, said, source="A neighbour", source_type="witness")
    add_document(ledger, said, source="Daily Wire", source_type="news")
    yield ledger


def _app(ledger: Ledger, public: bool) -> Any:
    return create_app(ledger.settings, public=public, secret_key=SECRET)


def test_the_public_site_never_finds_a_witness(witness_ledger: Ledger) -> None:
    public = _app(witness_ledger, public=True)
    try:
        found = _hits(Client(public), q="shepherds")
        assert found["total"] == 2 and {h["source"] for h in found["hits"]} == {"Daily Wire"}
        page = Client(public).get("/search?q=shepherds").text
        assert "Daily Wire" in page and "A neighbour" not in page
    finally:
        public.state.web.ledger.close()


def test_the_public_document_pages_never_show_a_witness(witness_ledger: Ledger) -> None:
    public = _app(witness_ledger, public=True)
    try:
        client = Client(public)
        listed = client.get("/api/documents").json()["items"]
        assert [d["source"] for d in listed] == ["Daily Wire"]
        assert client.get("/api/documents/1").status_code == 404  # the witness's, as if absent
        assert client.get("/api/documents/2").status_code == 200
        assert "A neighbour" not in client.get("/documents").text
    finally:
        public.state.web.ledger.close()


def test_public_incident_pages_quote_no_witness(witness_ledger: Ledger) -> None:
    from harmledger.store.incident_tables import Incident, IncidentClaim
    from harmledger.store.tables import ClaimRow

    now = dt.datetime(2024, 3, 6, tzinfo=dt.UTC)
    with witness_ledger.session() as session:
        incident = Incident(kind="event", name="Shepherds", created_at=now, status="active")
        session.add(incident)
        session.flush()
        for claim_id in session.scalars(select(ClaimRow.id)):
            session.add(
                IncidentClaim(
                    incident_id=incident.id, claim_id=claim_id, score=1.0, reasons=[],
                    linked_by="auto", created_at=now,
                )
            )  # fmt: skip
        incident_id = incident.id
    public = _app(witness_ledger, public=True)
    try:
        client = Client(public)
        detail = client.get(f"/api/incidents/{incident_id}").json()
        assert [c["document_id"] for c in detail["claim_details"]] == [2]
        page = client.get(f"/incidents/{incident_id}").text
        assert "Daily Wire" in page and "A neighbour" not in page
    finally:
        public.state.web.ledger.close()
