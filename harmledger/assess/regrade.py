"""Apply the grading rules to incidents, unless an analyst has set the grade."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from harmledger.assess.grading import grade
from harmledger.assess.stored_figures import refresh_figures
from harmledger.claims.origins import independent_origins
from harmledger.claims.reviewed import LoadedClaim, load_claims
from harmledger.store.incident_tables import BelligerentAssessment, Incident, IncidentClaim


def incident_facts(
    claims: Sequence[LoadedClaim], assessments: Iterable[BelligerentAssessment]
) -> dict[str, float | bool]:
    """The facts the grading rules read (see grades.toml for their meaning)."""
    perpetrators = {c.values["perpetrator"] for c in claims if c.values["perpetrator"]}
    weapons = {c.values["weapon"] for c in claims if c.values["weapon"]}
    accepted = any(
        a.assessment == "credible" and max(a.conceded_min or 0, a.conceded_max or 0) > 0
        for a in assessments
    )
    return {
        "belligerent_accepted": accepted,
        "competing_perpetrators": len(perpetrators),
        "independent_origins": len(independent_origins(c.origin for c in claims)),
        "belligerent_action": bool(perpetrators or weapons),
        "only_combatants": bool(claims) and all(c.values["who"] == "combatants" for c in claims),
        "casualty_claims": len(claims),
    }


def incident_claim_ids(session: Session, incident_id: int) -> list[int]:
    return list(
        session.scalars(
            select(IncidentClaim.claim_id).where(
                IncidentClaim.incident_id == incident_id, IncidentClaim.removed_at.is_(None)
            )
        )
    )


def regrade(session: Session, incident_ids: Iterable[int]) -> None:
    """Recompute the stored figures of incidents whose claims changed, and the rule grade of
    each whose grade is not an analyst's."""
    incident_ids = list(incident_ids)
    refresh_figures(session, incident_ids)
    for incident_id in incident_ids:
        incident = session.get(Incident, incident_id)
        if incident is None or incident.grade_by == "analyst" or incident.origin != "linked":
            continue
        claims = load_claims(session, incident_claim_ids(session, incident_id))
        assessments = session.scalars(
            select(BelligerentAssessment).where(BelligerentAssessment.incident_id == incident_id)
        ).all()
        incident.grade, incident.grade_reasons = grade(incident_facts(claims, assessments))
        incident.grade_by = "rules"
