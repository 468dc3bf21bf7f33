"""Apply the grading rules to incidents, unless an analyst has set the grade."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from harmledger.assess.grading import grade
from harmledger.claims.origins import independent_origins
from harmledger.claims.reviewed import LoadedClaim, load_claims
from harmledger.store.dialects import MAX_BOUND_IDS
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


def regrade(session: Session, incident_ids: Iterable[int]) -> None:
    """Set the rule grade of each linked incident whose grade is not an analyst's.

    Registered with the store's unit of work (:mod:`harmledger.assess.derived`): every commit
    that touches an incident runs it; nothing else needs to. One read of the claims of all the
    incidents, not one per incident.
    """
    ids = sorted(set(incident_ids))
    graded: list[Incident] = []
    for i in range(0, len(ids), MAX_BOUND_IDS):
        chunk = ids[i : i + MAX_BOUND_IDS]
        graded.extend(
            incident
            for incident in session.scalars(select(Incident).where(Incident.id.in_(chunk)))
            if incident.grade_by != "analyst" and incident.origin == "linked"
        )
    if not graded:
        return
    claim_ids: dict[int, list[int]] = defaultdict(list)
    assessments: dict[int, list[BelligerentAssessment]] = defaultdict(list)
    graded_ids = sorted(incident.id for incident in graded)
    for i in range(0, len(graded_ids), MAX_BOUND_IDS):
        chunk = graded_ids[i : i + MAX_BOUND_IDS]
        for incident_id, claim_id in session.execute(
            select(IncidentClaim.incident_id, IncidentClaim.claim_id).where(
                IncidentClaim.incident_id.in_(chunk), IncidentClaim.removed_at.is_(None)
            )
        ):
            claim_ids[incident_id].append(claim_id)
        for assessment in session.scalars(
            select(BelligerentAssessment).where(BelligerentAssessment.incident_id.in_(chunk))
        ):
            assessments[assessment.incident_id].append(assessment)
    wanted = [claim_id for found in claim_ids.values() for claim_id in found]
    loaded = {c.id: c for c in load_claims(session, wanted)} if wanted else {}
    for incident in graded:
        claims = [loaded[c] for c in claim_ids[incident.id] if c in loaded]
        incident.grade, incident.grade_reasons = grade(
            incident_facts(claims, assessments[incident.id])
        )
        incident.grade_by = "rules"
