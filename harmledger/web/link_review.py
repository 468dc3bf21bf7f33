"""Incident link review over the API: the candidates, and the decisions on them.

Each decision is one library call (:mod:`harmledger.assess.decisions`), the same the
``harmledger incidents`` commands make, so it needs a reason, pins the analyst's link and lands
in the hash-chained log under the reviewer's name. Confirming a link is moving the claim to the
incident it is already in: the library closes the machine's link and pins the analyst's.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Header, HTTPException, Request
from pydantic import BaseModel, Field

from harmledger.assess.decisions import merge_incidents, move_claim, split_incident
from harmledger.errors import NotFound
from harmledger.link.incidents.review_queue import current_incident, incident_link_candidates
from harmledger.publish.decisions import ClaimMoved, IncidentsMerged, IncidentSplit
from harmledger.store.ledger import Ledger
from harmledger.store.tables import ClaimRow
from harmledger.web import data
from harmledger.web.ids import ClaimId, IncidentId
from harmledger.web.queries import unreviewed_claims
from harmledger.web.schemas import LinkCandidate, ReviewQueue
from harmledger.web.security import CSRF_HEADER, check_csrf, require_role, state

router = APIRouter()
CsrfHeader = Annotated[str | None, Header(alias=CSRF_HEADER)]
Reason = Annotated[str, Field(min_length=1, max_length=5000)]
LINK_ACTIONS = ("confirm", "move", "split")


class LinkDecision(BaseModel):
    reason: Reason
    expected_incident: int | None = Field(
        default=None, description="the incident the reviewer saw; refused (409) if it moved since"
    )


class ClaimMove(LinkDecision):
    incident_id: int


class Split(BaseModel):
    claims: list[int] = Field(min_length=1)
    reason: Reason


class Merge(BaseModel):
    incidents: list[int] = Field(min_length=1, description="incidents merged into this one")
    reason: Reason


def _analyst_ledger(request: Request, token: str | None) -> Ledger:
    user = require_role(request, "analyst")
    check_csrf(request, token)
    return data.acting(state(request).ledger, user["username"])


def linked_to(ledger: Ledger, claim_id: int, expected: int | None) -> int | None:
    """The claim's incident now; 409 when it is not the one the reviewer decided on, 404 (as
    every route answers a missing id) when there is no such claim."""
    with ledger.reader() as session:
        found = current_incident(session, claim_id)
        if found is None and session.get(ClaimRow, claim_id) is None:
            raise NotFound(f"no claim with id {claim_id}")
    if expected is not None and found != expected:
        now = f"incident {found}" if found is not None else "no incident"
        raise HTTPException(409, f"claim {claim_id} is now in {now}, not incident {expected}")
    return found


def decide_link(
    ledger: Ledger,
    claim_id: int,
    action: str,
    reason: str,
    *,
    expected: int | None = None,
    target: int | None = None,
) -> dict[str, Any]:
    """Confirm the claim's incident, move the claim to ``target``, or split it into a new
    incident; shared by the API and the review page's form."""
    if action not in LINK_ACTIONS:
        raise HTTPException(400, f"action {action!r}: use one of {', '.join(LINK_ACTIONS)}")
    incident = linked_to(ledger, claim_id, expected)
    if action == "move":
        if target is None:
            raise HTTPException(400, "moving a claim needs the incident to move it to")
        return move_claim(ledger, claim_id, target, reason)
    if incident is None:
        raise HTTPException(409, f"claim {claim_id} is in no incident: move it to one instead")
    if action == "confirm":
        return move_claim(ledger, claim_id, incident, reason)
    return split_incident(ledger, incident, [claim_id], reason)


@router.get("/review", tags=["review"])
def review(request: Request, limit: int = 50) -> ReviewQueue:
    """The whole review queue: unreviewed claims, incident link candidates, person link
    candidates (analysts)."""
    require_role(request, "analyst")
    _check_limit(limit)
    ledger = state(request).ledger
    with ledger.reader() as session:
        claims = unreviewed_claims(session, limit=limit)
        links = incident_link_candidates(session, limit=limit)
    return ReviewQueue.of(
        {
            "claims": claims,
            "incident_links": links,
            "person_pairs": data.person_candidates(ledger, limit=limit),
        }
    )


@router.get("/review/incident-links", tags=["review"])
def link_candidates(request: Request, limit: int = 50) -> list[LinkCandidate]:
    """Incident links to look at (analysts): automatic links that barely cleared the linker's
    threshold or hold conflicting evidence (``kind: uncertain``, weakest first), then claims in
    no incident (``kind: unlinked``)."""
    require_role(request, "analyst")
    _check_limit(limit)
    with state(request).ledger.reader() as session:
        return LinkCandidate.all_of(incident_link_candidates(session, limit=limit))


@router.post("/claims/{claim_id}/incident/confirm", tags=["review"])
def confirm_link(
    request: Request, claim_id: ClaimId, body: LinkDecision, token: CsrfHeader = None
) -> ClaimMoved:
    """Confirm that a claim belongs to its incident, with a reason (analysts): the link is
    pinned and leaves the queue."""
    ledger = _analyst_ledger(request, token)
    return ClaimMoved.of(
        decide_link(ledger, claim_id, "confirm", body.reason, expected=body.expected_incident)
    )


@router.post("/claims/{claim_id}/incident", tags=["review"])
def move(
    request: Request, claim_id: ClaimId, body: ClaimMove, token: CsrfHeader = None
) -> ClaimMoved:
    """Move a claim to another incident (or link an unlinked one), with a reason (analysts)."""
    ledger = _analyst_ledger(request, token)
    return ClaimMoved.of(
        decide_link(
            ledger,
            claim_id,
            "move",
            body.reason,
            expected=body.expected_incident,
            target=body.incident_id,
        )
    )


@router.post("/incidents/{incident_id}/split", tags=["review"])
def split(
    request: Request, incident_id: IncidentId, body: Split, token: CsrfHeader = None
) -> IncidentSplit:
    """Move some claims of an incident into a new incident, with a reason (analysts)."""
    ledger = _analyst_ledger(request, token)
    return IncidentSplit.of(split_incident(ledger, incident_id, body.claims, body.reason))


@router.post("/incidents/{incident_id}/merge", tags=["review"])
def merge(
    request: Request, incident_id: IncidentId, body: Merge, token: CsrfHeader = None
) -> IncidentsMerged:
    """Merge other incidents into this one, with a reason (analysts); they stay, marked merged."""
    ledger = _analyst_ledger(request, token)
    return IncidentsMerged.of(merge_incidents(ledger, incident_id, body.incidents, body.reason))


def _check_limit(limit: int) -> None:
    if not 1 <= limit <= 500:
        raise HTTPException(400, "limit must be between 1 and 500")
