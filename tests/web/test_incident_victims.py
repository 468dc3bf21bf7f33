"""Victims on the incident page and in the incident API: records whose ``incident_ref`` names
the incident, with their persons, and public mode's rules (publishable only, nothing sensitive)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from harmledger.assess.decisions import merge_incidents
from harmledger.store.incident_tables import Incident
from harmledger.store.ledger import Ledger
from harmledger.web.victim_queries import incident_refs, incident_victims, referenced
from tests.web.conftest import Client
from tests.web.demo import Demo


def test_incident_api_lists_its_victims_with_their_persons(analyst: Client, demo: Demo) -> None:
    detail = analyst.get(f"/api/incidents/{demo.event}").json()
    assert detail["victims_total"] == 3
    by_name = {v["name_latin"]: v for v in detail["victims"]}
    assert set(by_name) == {"Marwan Khalil", "Salma Hasan", "Marwan Yousef"}  # id and incident:id
    assert by_name["Marwan Khalil"]["person"] == {"key": "p-1", "probability": 0.95}
    assert by_name["Salma Hasan"]["person"]["key"] == "p-2"
    assert by_name["Marwan Khalil"]["family_contact"] == "+000 555 0101"  # analysts see contacts
    assert analyst.get(f"/api/incidents/{demo.mosul}").json()["victims"] == []


def test_viewers_never_see_sensitive_fields(viewer: Client, demo: Demo) -> None:
    detail = viewer.get(f"/api/incidents/{demo.event}").json()
    assert detail["victims_total"] == 3  # viewers read unpublished lists, not contacts
    for record in detail["victims"]:
        assert "family_contact" not in record and "witness_identity" not in record
    assert "+000 555" not in viewer.get(f"/incidents/{demo.event}").text


def test_public_mode_shows_publishable_victims_only(anonymous_public: Client, demo: Demo) -> None:
    detail = anonymous_public.get(f"/api/incidents/{demo.event}").json()
    assert detail["victims_total"] == 2
    assert {v["name_latin"] for v in detail["victims"]} == {"Marwan Khalil", "Salma Hasan"}
    assert all(v["publishable"] for v in detail["victims"])
    for record in detail["victims"]:
        assert "family_contact" not in record and "witness_identity" not in record
    page = anonymous_public.get(f"/incidents/{demo.event}").text
    assert "مروان خليل" in page and "Salma Hasan" in page
    assert "Marwan Yousef" not in page and "+000 555" not in page and "neighbour Q" not in page
    listed = anonymous_public.get(f"/api/incidents/{demo.event}/victims").json()
    assert listed["total"] == 2 and "Marwan Yousef" not in str(listed)


def test_incident_page_shows_victims_and_links_persons(viewer: Client, demo: Demo) -> None:
    page = viewer.get(f"/incidents/{demo.event}").text
    assert 'id="victims"' in page and "(3 records)" in page
    assert '<td dir="rtl">مروان خليل</td>' in page
    assert 'href="/persons/p-1"' in page and 'href="/persons/p-2"' in page
    assert "No victim record refers to this incident" in viewer.get(f"/incidents/{demo.mosul}").text


def test_victims_endpoint_paginates_and_checks_its_input(viewer: Client, demo: Demo) -> None:
    first = viewer.get(f"/api/incidents/{demo.event}/victims", params={"per_page": 2}).json()
    second = viewer.get(
        f"/api/incidents/{demo.event}/victims", params={"per_page": 2, "page": 2}
    ).json()
    assert first["total"] == second["total"] == 3
    assert len(first["items"]) == 2 and len(second["items"]) == 1
    ids = [r["id"] for r in first["items"] + second["items"]]
    assert len(set(ids)) == 3
    assert viewer.get("/api/incidents/9999/victims").json()["error"]["code"] == "not_found"
    too_many = viewer.get(f"/api/incidents/{demo.event}/victims", params={"per_page": 501})
    assert too_many.status_code == 400


def test_refs_cover_external_ids_and_merged_incidents(fresh_demo: tuple[Ledger, Demo]) -> None:
    ledger, demo = fresh_demo
    with ledger.session() as session:
        imported = Incident(
            kind="event",
            name="an imported event",
            created_at=dt.datetime.now(dt.UTC),
            origin="ucdp",
            external_id="ucdp-77",
            perpetrators=[],
            weapons=[],
            grade_reasons=[],
        )
        session.add(imported)
        session.flush()
        imported_id = imported.id
    with ledger.reader() as session:
        assert incident_refs(session, imported_id) >= {"ucdp-77", str(imported_id)}
    merge_incidents(ledger, demo.mosul, [imported_id], "the same shelling")
    with ledger.reader() as session:
        refs = incident_refs(session, demo.mosul)
        assert {"ucdp-77", f"incident:{imported_id}", str(demo.mosul)} <= refs
        shown = incident_victims(session, demo.event, public=True, sensitive=True)
        known = referenced(session)
        assert known == {str(demo.event), f"incident:{demo.event}"}
        skipped = incident_victims(session, demo.event, public=False, sensitive=True, known=known)
        assert skipped["total"] == 3
        nothing = incident_victims(session, demo.mosul, public=False, sensitive=True, known=known)
        assert nothing == {"items": [], "total": 0}  # no record names it: no query
    assert all("family_contact" not in r for r in shown["items"])  # public wins over sensitive


def test_public_app_over_a_tiled_map_still_renders(shared_demo: tuple[Ledger, Demo]) -> None:
    """The incident page's map takes the configured tiles too."""
    from harmledger.web import create_app

    ledger, demo = shared_demo
    settings = dataclasses.replace(
        ledger.settings, map_tiles="https://tiles.example.org/{z}/{x}/{y}.png"
    )
    app: Any = create_app(settings, public=True, secret_key="k")
    try:
        page = Client(app).get(f"/incidents/{demo.event}").text
    finally:
        app.state.web.ledger.close()
    assert '<image class="tile" href="https://tiles.example.org/' in page
