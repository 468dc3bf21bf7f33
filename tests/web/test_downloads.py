"""The "download CSV" buttons: every list page (incidents, documents, a document's claims,
victims, persons, recoveries) and every incident page links to a CSV of what it shows under its
current filters, written by the one CSV writer (byte-order mark, formula cells neutralised).
A public site's downloads hide what its pages hide: witness-sourced documents and claims,
records of unpublished lists and logs, the ``publishable`` column, and every sensitive field."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import select

from harmledger.store.incident_tables import IncidentClaim
from harmledger.store.ledger import Ledger
from tests.incidents.builders import add_document
from tests.web.conftest import Client, _app
from tests.web.demo import Demo

SENSITIVE = (
    "+000 555",
    "neighbour Q",
    "teacher R",
    "driver S",
    "family_contact",
    "witness_identity",
)
WITNESS_QUOTE = "Three shepherds were killed by the well."
FORMULA_QUOTE = "=HYPERLINK(1) Four farmers were killed."


def _rows(response: Any) -> list[dict[str, str]]:
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    assert response.text.startswith("\ufeff")  # spreadsheets read Arabic as UTF-8
    for leak in SENSITIVE:
        assert leak not in response.text, leak
    return list(csv.DictReader(io.StringIO(response.text.removeprefix("\ufeff"))))


def _button(page: str, button: str) -> str:
    """The address of the page's download button ``button`` (an id), unescaped."""
    found = re.search(rf'id="{button}" href="([^"]+)" download', page)
    assert found, button
    return found.group(1).replace("&amp;", "&")


def _link(ledger: Ledger, incident_id: int, claim_ids: list[int]) -> None:
    now = dt.datetime(2024, 3, 6, tzinfo=dt.UTC)
    with ledger.session() as session:
        linked = set(session.scalars(select(IncidentClaim.claim_id)))
        for claim_id in set(claim_ids) - linked:
            session.add(
                IncidentClaim(
                    incident_id=incident_id, claim_id=claim_id, score=1.0, reasons=[],
                    linked_by="auto", created_at=now,
                )
            )  # fmt: skip


@pytest.fixture
def witnessed(fresh_demo: tuple[Ledger, Demo]) -> tuple[Ledger, Demo, int]:
    """The demo with a witness's statement and a news report whose quote a spreadsheet would
    run as a formula, both linked to the strike of 15 August; returns the witness's document."""
    ledger, demo = fresh_demo
    said = [{"low": 3, "high": 3, "speaker": "x", "quote": WITNESS_QUOTE}]
    witness, witness_claims = add_document(
        ledger, said, source="A neighbour", source_type="witness"
    )
    formula = [{"low": 4, "high": 4, "speaker": "y", "quote": FORMULA_QUOTE}]
    _, news_claims = add_document(
        ledger, formula, source="=Daily Wire", source_type="news", lang="fr"
    )
    _link(ledger, demo.event, witness_claims + news_claims)
    return ledger, demo, witness


@pytest.fixture
def team(witnessed: tuple[Ledger, Demo, int], fresh_demo: tuple[Ledger, Demo]) -> Iterator[Client]:
    for app in _app(fresh_demo, public=False):
        viewer = Client(app)
        assert viewer.api_login("vera").status_code == 200
        yield viewer


@pytest.fixture
def public(
    witnessed: tuple[Ledger, Demo, int], fresh_demo: tuple[Ledger, Demo]
) -> Iterator[Client]:
    for app in _app(fresh_demo, public=True):
        yield Client(app)


def test_incident_page_downloads_its_claims_with_their_sources(
    team: Client, witnessed: tuple[Ledger, Demo, int]
) -> None:
    _, demo, _ = witnessed
    page = team.get(f"/incidents/{demo.event}").text
    rows = _rows(team.get(_button(page, "incident-export")))
    assert rows and {r["incident_id"] for r in rows} == {str(demo.event)}
    quotes = {r["quote"] for r in rows}
    assert WITNESS_QUOTE in quotes  # the team's page shows the witness; so does its file
    assert "'" + FORMULA_QUOTE in quotes  # neutralised: a spreadsheet shows it as text
    formula = next(r for r in rows if r["quote"] == "'" + FORMULA_QUOTE)
    assert formula["publisher"] == "'=Daily Wire" and formula["low"] == "4"
    arabic = team.get(f"/incidents/{demo.event}?lang=ar").text
    assert "تنزيل CSV" in arabic and 'id="incident-export"' in arabic


def test_list_pages_download_what_they_show(
    team: Client, witnessed: tuple[Ledger, Demo, int]
) -> None:
    _, demo, witness = witnessed
    page = team.get("/incidents", params={"kind": "aggregate"}).text
    incidents = _rows(team.get(_button(page, "incidents-export")))
    assert incidents and {r["kind"] for r in incidents} == {"aggregate"}  # the page's filter

    everything = _rows(team.get("/documents/export.csv"))
    assert str(witness) in {r["id"] for r in everything}
    page = team.get("/documents", params={"doc_lang": "fr"}).text
    documents = _rows(team.get(_button(page, "documents-export")))
    shown = re.findall(r'<td><a href="/documents/(\d+)">', page)
    assert [r["id"] for r in documents] == shown and len(shown) == 1  # the page's filter
    assert documents[0]["source"] == "'=Daily Wire" and documents[0]["lang"] == "fr"

    page = team.get(f"/documents/{demo.arabic_document}").text
    claims = _rows(team.get(_button(page, "document-claims-export")))
    assert claims and {r["document_id"] for r in claims} == {str(demo.arabic_document)}

    page = team.get("/persons").text
    persons = {r["person"]: r for r in _rows(team.get(_button(page, "persons-export")))}
    assert persons["p-1"]["names"] == "مروان خليل; Marwan Khalil; مروان يوسف; Marwan Yousef"
    assert persons["p-1"]["records"] == "2" and persons["p-1"]["incidents"] == str(demo.event)

    page = team.get("/recoveries", params={"log": "Responders log", "q": "Huda"}).text
    bodies = _rows(team.get(_button(page, "recoveries-export")))
    assert [r["record_key"] for r in bodies] == ["R-1"] and bodies[0]["name"] == "هدى سالم"
    assert len(_rows(team.get("/recoveries/export.csv"))) == 4  # both logs for the team

    page = team.get("/victims", params={"q": "Marwan"}).text
    victims = _rows(team.get(_button(page, "victims-export")))
    assert {r["name_latin"] for r in victims} == {"Marwan Khalil", "Marwan Yousef"}


def test_public_downloads_hide_what_public_pages_hide(
    public: Client, witnessed: tuple[Ledger, Demo, int]
) -> None:
    _, demo, witness = witnessed
    incident = public.get(f"/incidents/{demo.event}/export.csv")
    assert WITNESS_QUOTE not in incident.text and "A neighbour" not in incident.text
    assert "'" + FORMULA_QUOTE in {r["quote"] for r in _rows(incident)}

    documents = _rows(public.get("/documents/export.csv"))
    assert str(witness) not in {r["id"] for r in documents}
    assert public.get(f"/documents/{witness}/claims.csv").status_code == 404
    claims = public.get("/api/export/claims.csv")
    assert WITNESS_QUOTE not in claims.text and _rows(claims)
    assert WITNESS_QUOTE not in public.get("/api/claims", params={"per_page": 200}).text

    persons = _rows(public.get("/persons/export.csv"))
    assert "Marwan Yousef" not in str(persons) and "مروان يوسف" not in str(persons)
    bodies = _rows(public.get("/recoveries/export.csv"))
    assert {r["list"] for r in bodies} == {"Responders log"}  # never the internal log
    assert "publishable" not in bodies[0]
    victims = _rows(public.get("/victims/export.csv"))
    assert "Marwan Yousef" not in str(victims)


def test_downloads_ask_who_is_reading_on_a_private_site(client: Client, demo: Demo) -> None:
    for url in (
        "/documents/export.csv",
        f"/documents/{demo.arabic_document}/claims.csv",
        "/persons/export.csv",
        "/recoveries/export.csv",
        f"/incidents/{demo.event}/export.csv",
    ):
        response = client.get(url)
        assert response.status_code != 200 and "Marwan" not in response.text, url
