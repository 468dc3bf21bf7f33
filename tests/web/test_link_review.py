"""Incident link candidates in the review queue: which links show, and the decisions on them
(confirm, move, split, merge), each with a reason, by analysts only, logged in the chain."""

from __future__ import annotations

from typing import Any

import httpx

from harmledger.link.incidents.service import link_incidents
from harmledger.store.custody import verify_chain
from harmledger.store.ledger import Ledger
from harmledger.web.queries import recent_events
from tests.incidents.builders import add_document
from tests.web.conftest import Client
from tests.web.demo import Demo


def _post(client: Client, url: str, body: dict[str, Any]) -> httpx.Response:
    return client.post(url, json=body, headers={"X-CSRF-Token": client.csrf})


def _candidates(client: Client) -> dict[int, dict[str, Any]]:
    response = client.get("/api/review/incident-links")
    assert response.status_code == 200, response.text
    return {c["claim"]["id"]: c for c in response.json()}


def test_uncertain_links_are_candidates(analyst: Client, demo: Demo) -> None:
    found = _candidates(analyst)
    # the campaign's three figures (monitor, coalition, responders) share time and city only:
    # the first published (the monitor's) founds the campaign and is not in doubt, whatever
    # the documents' hashes; the others joined it on time and city alone (0.7, just over the
    # campaign threshold of 0.6)
    detail = analyst.get(f"/api/incidents/{demo.campaign}").json()
    at_campaign = {c["id"] for c in detail["claim_details"]}
    doubted = at_campaign & set(found)
    assert doubted == at_campaign - {demo.monitor_claim}
    claim = demo.coalition_claim
    candidate = found[claim]
    assert candidate["kind"] == "uncertain" and candidate["incident"]["id"] == demo.campaign
    assert candidate["score"] < candidate["threshold"] + 0.15
    assert "time overlaps" in candidate["reasons"]
    queue = analyst.get("/api/review").json()
    assert set(queue) == {"claims", "incident_links", "person_pairs"}
    assert {c["claim"]["id"] for c in queue["incident_links"]} == set(found)
    page = analyst.get("/review").text
    assert f'id="link-{claim}"' in page
    assert f'<option value="confirm">confirm incident {demo.campaign}</option>' in page


def test_only_analysts_see_and_decide_links(
    viewer: Client, client: Client, anonymous_public: Client, demo: Demo
) -> None:
    body = {"reason": "matches"}
    url = f"/api/claims/{demo.coalition_claim}/incident/confirm"
    assert viewer.get("/api/review/incident-links").status_code == 403
    assert viewer.get("/api/review").status_code == 403
    assert _post(viewer, url, body).status_code == 403
    assert client.get("/api/review/incident-links").status_code == 401
    anonymous_public.csrf = anonymous_public.get("/api/session").json()["csrf_token"]
    assert anonymous_public.get("/api/review/incident-links").status_code == 403
    refused = _post(anonymous_public, url, body)
    assert refused.status_code == 403 and "read-only" in refused.json()["error"]["message"]
    split = _post(
        anonymous_public, f"/api/incidents/{demo.campaign}/split", {"claims": [1], "reason": "x"}
    )
    assert split.status_code == 403


def test_confirm_pins_the_link_and_logs_it(fresh_app: Any, fresh_demo: tuple[Ledger, Demo]) -> None:
    ledger, demo = fresh_demo
    analyst = Client(fresh_app)
    analyst.api_login("ana")
    url = f"/api/claims/{demo.coalition_claim}/incident/confirm"
    forged = analyst.post(url, json={"reason": "r"}, headers={"X-CSRF-Token": "forged"})
    assert forged.status_code == 403
    assert _post(analyst, url, {"reason": ""}).status_code == 422
    assert _post(analyst, url, {"reason": "   "}).status_code == 400  # the library's rule
    stale = _post(analyst, url, {"reason": "r", "expected_incident": demo.mosul})
    assert stale.status_code == 409 and stale.json()["error"]["code"] == "conflict"
    with ledger.reader() as session:
        before, _ = verify_chain(session)
    confirmed = _post(
        analyst,
        url,
        {
            "reason": "the coalition's figure is for the whole battle",
            "expected_incident": demo.campaign,
        },
    )
    assert confirmed.status_code == 200, confirmed.text
    assert confirmed.json() == {
        "claim": demo.coalition_claim,
        "from": demo.campaign,
        "to": demo.campaign,
    }
    with ledger.reader() as session:
        after, problems = verify_chain(session)
        (event,) = recent_events(session, limit=1)
    assert after == before + 1 and problems == []
    assert (event["actor"], event["action"]) == ("ana", "move_claim")
    assert event["details"]["reason"] == "the coalition's figure is for the whole battle"
    assert demo.coalition_claim not in _candidates(analyst)  # pinned: off the queue
    detail = analyst.get(f"/api/incidents/{demo.campaign}").json()
    linked = {c["id"]: c["linked_by"] for c in detail["claim_details"]}
    assert linked[demo.coalition_claim] == "analyst"


def test_move_split_and_merge_through_the_api(
    fresh_app: Any, fresh_demo: tuple[Ledger, Demo]
) -> None:
    ledger, demo = fresh_demo
    analyst = Client(fresh_app)
    analyst.api_login("ana")
    detail = analyst.get(f"/api/incidents/{demo.campaign}").json()
    campaign_figures = (demo.coalition_claim, demo.monitor_claim)
    (responder_claim,) = [
        c["id"] for c in detail["claim_details"] if c["id"] not in campaign_figures
    ]
    split = _post(
        analyst,
        f"/api/incidents/{demo.campaign}/split",
        {"claims": [responder_claim], "reason": "the bodies include fighters"},
    )
    assert split.status_code == 200, split.text
    new_incident = split.json()["new_incident"]
    moved = _post(
        analyst,
        f"/api/claims/{responder_claim}/incident",
        {
            "incident_id": demo.campaign,
            "reason": "after all the same campaign",
            "expected_incident": new_incident,
        },
    )
    assert moved.json() == {"claim": responder_claim, "from": new_incident, "to": demo.campaign}
    merged = _post(
        analyst,
        f"/api/incidents/{demo.campaign}/merge",
        {"incidents": [new_incident], "reason": "left empty by the move"},
    )
    assert merged.status_code == 200 and merged.json()["merged"] == [new_incident]
    assert (
        _post(
            analyst, f"/api/incidents/{demo.campaign}/merge", {"incidents": [], "reason": "x"}
        ).status_code
        == 422
    )
    missing = _post(analyst, "/api/claims/999999/incident", {"incident_id": 1, "reason": "x"})
    assert missing.status_code == 404
    with ledger.reader() as session:
        actions = [e["action"] for e in recent_events(session, limit=3)]
    assert actions == ["merge_incidents", "move_claim", "split_incident"]


def test_unlinked_claims_and_the_review_form(
    fresh_app: Any, fresh_demo: tuple[Ledger, Demo]
) -> None:
    ledger, demo = fresh_demo
    _, (vague,) = add_document(  # names neither place nor time: the linker leaves it for review
        ledger,
        [{"low": 7, "high": 7, "speaker": "a witness", "quote": "Seven people were killed."}],
        published=None,
    )
    assert vague in link_incidents(ledger).unplaced_claims
    analyst = Client(fresh_app)
    analyst.api_login("ana")
    candidate = _candidates(analyst)[vague]
    assert candidate["kind"] == "unlinked" and candidate["incident"] is None
    page = analyst.get("/review").text
    assert f'id="link-{vague}"' in page and "in no incident" in page
    form = {
        "csrf_token": analyst.csrf,
        "claim_id": str(vague),
        "incident_id": "",
        "action": "confirm",
        "reason": "r",
    }
    assert analyst.post("/review/incident-links", data=form).status_code == 409
    assert (
        analyst.post("/review/incident-links", data=form | {"csrf_token": "bad"}).status_code == 403
    )
    moved = analyst.post(
        "/review/incident-links",
        data=form | {"action": "move", "target": f"#{demo.event}", "reason": "the same street"},
    )
    assert moved.status_code == 303 and moved.headers["location"] == "/review"
    assert vague not in _candidates(analyst)
    detail = analyst.get(f"/api/incidents/{demo.event}").json()
    assert vague in detail["claims"]
    # the strike holds two claims now, so the form may split the new one out again
    split = analyst.post(
        "/review/incident-links",
        data=form | {"claim_id": str(vague), "incident_id": str(demo.event), "action": "split"},
    )
    assert split.status_code == 303
    bad_target = analyst.post(
        "/review/incident-links", data=form | {"action": "move", "target": "seven"}
    )
    assert bad_target.status_code == 400 and "incident number" in bad_target.text
    viewer = Client(fresh_app)
    viewer.api_login("vera")
    assert (
        viewer.post("/review/incident-links", data=form | {"csrf_token": viewer.csrf}).status_code
        == 403
    )


def test_candidates_need_sane_limits(analyst: Client) -> None:
    assert analyst.get("/api/review/incident-links", params={"limit": 0}).status_code == 400
    assert analyst.get("/api/review", params={"limit": 501}).status_code == 400
