"""Incident link candidates for the review queue: the links a reviewer should look at.

Two kinds. *Uncertain*: an automatic link that cleared the linker's threshold by less than
:data:`REVIEW_MARGIN`, or that the linker marked conflicting (another perpetrator or weapon than
the incident's). *Unlinked*: a current casualty claim with no incident at all (it named neither
place nor time, or a reviewer took it out) and not rejected. Analysts' links are never
candidates: a decision (confirm, move, split) pins the link, which takes it off the queue.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import Session

from harmledger.claims.queries import claim_record
from harmledger.link.incidents.clustering import THRESHOLD
from harmledger.link.incidents.conflicts import conflict_reasons
from harmledger.store.incident_tables import ClaimReview, Incident, IncidentClaim
from harmledger.store.tables import ClaimRow, Extraction

REVIEW_MARGIN = 0.15


def _uncertain(session: Session, limit: int) -> list[dict[str, Any]]:
    cutoff = case(
        *((Incident.kind == kind, value + REVIEW_MARGIN) for kind, value in THRESHOLD.items()),
        else_=1.0,
    )
    query = (
        select(IncidentClaim, Incident, ClaimRow)
        .join(Incident, IncidentClaim.incident_id == Incident.id)
        .join(ClaimRow, IncidentClaim.claim_id == ClaimRow.id)
        .where(
            IncidentClaim.removed_at.is_(None),
            IncidentClaim.linked_by == "auto",
            Incident.status == "active",
            or_(IncidentClaim.score < cutoff, IncidentClaim.conflicting.is_(True)),
        )
        .order_by(IncidentClaim.score, IncidentClaim.id)
        .limit(limit)
    )
    return [
        {
            "kind": "uncertain",
            "claim": claim_record(claim),
            "incident": {"id": incident.id, "name": incident.name, "kind": incident.kind},
            "score": link.score,
            "threshold": THRESHOLD.get(incident.kind),
            "reasons": list(link.reasons),
            "conflicts": conflict_reasons(link.reasons),
        }
        for link, incident, claim in session.execute(query)
    ]


def _unlinked(session: Session, limit: int) -> list[dict[str, Any]]:
    linked = select(IncidentClaim.claim_id).where(IncidentClaim.removed_at.is_(None))
    latest = (
        select(ClaimReview.claim_id, func.max(ClaimReview.id).label("review_id"))
        .group_by(ClaimReview.claim_id)
        .subquery()
    )
    rejected = (
        select(latest.c.claim_id)
        .join(ClaimReview, ClaimReview.id == latest.c.review_id)
        .where(ClaimReview.decision == "reject")
    )
    query = (
        select(ClaimRow)
        .join(Extraction, ClaimRow.extraction_id == Extraction.id)
        .where(
            Extraction.current.is_(True),
            ClaimRow.kind == "casualty",
            ClaimRow.id.not_in(linked),
            ClaimRow.id.not_in(rejected),
        )
        .order_by(ClaimRow.id)
        .limit(limit)
    )
    return [
        {
            "kind": "unlinked",
            "claim": claim_record(row),
            "incident": None,
            "score": None,
            "threshold": None,
            "reasons": [],
            "conflicts": [],
        }
        for row in session.scalars(query)
    ]


def incident_link_candidates(session: Session, *, limit: int = 50) -> list[dict[str, Any]]:
    """Up to ``limit`` uncertain links (weakest first), then up to ``limit`` claims with no
    incident (oldest first), so neither kind can crowd the other off the queue."""
    return _uncertain(session, limit) + _unlinked(session, limit)


def current_incident(session: Session, claim_id: int) -> int | None:
    """The incident a claim is linked to now, if any."""
    return session.scalar(
        select(IncidentClaim.incident_id).where(
            IncidentClaim.claim_id == claim_id, IncidentClaim.removed_at.is_(None)
        )
    )
