"""``compare``: belligerent admissions versus monitor tallies versus bodies recovered.

For one incident (with the events inside it) or every incident at a place, each figure is shown
with who stands behind it — a belligerent's dated assessments and statements, monitors' and
other sources' counts, responders' recoveries — and the gaps between them.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from harmledger.assess.figures import category_of, figure_claim, figures
from harmledger.assess.views import assessment_record
from harmledger.claims.reviewed import load_claims
from harmledger.errors import InputError
from harmledger.store.dialects import MAX_BOUND_IDS
from harmledger.store.incident_tables import BelligerentAssessment, Incident, IncidentClaim

MONITOR_TYPES = ("monitor", "ngo", "news", "witness", "other")


def _scope(session: Session, incident_id: int | None, place: str | None) -> list[Incident]:
    if incident_id is not None:
        root = session.get(Incident, incident_id)
        if root is None:
            raise InputError(f"no incident with id {incident_id}")
        found, frontier = [root], [root.id]
        while frontier:
            children = list(
                session.scalars(select(Incident).where(Incident.parent_id.in_(frontier)))
            )
            found += children
            frontier = [c.id for c in children]
        return [i for i in found if i.status == "active"]
    if place:
        needle = place.casefold()
        return [
            i
            for i in session.scalars(select(Incident).where(Incident.status == "active"))
            if needle in (i.place_name or "").casefold() or needle == (i.place or "").casefold()
        ]
    raise InputError("compare needs --incident ID or --place NAME")


def _claim_ids(session: Session, incident_ids: list[int]) -> list[int]:
    """Actively linked claims of these incidents, one query per few thousand incidents."""
    found: set[int] = set()
    for i in range(0, len(incident_ids), MAX_BOUND_IDS):
        query = select(IncidentClaim.claim_id).where(
            IncidentClaim.incident_id.in_(incident_ids[i : i + MAX_BOUND_IDS]),
            IncidentClaim.removed_at.is_(None),
        )
        found.update(session.scalars(query))
    return sorted(found)


def compare(
    session: Session, *, incident_id: int | None = None, place: str | None = None
) -> dict[str, Any]:
    """Figures by source type with their origins, plus the gaps that matter most."""
    incidents = _scope(session, incident_id, place)
    if not incidents:
        raise InputError(f"no incidents at {place!r}")
    claim_ids = _claim_ids(session, [i.id for i in incidents])
    claims = load_claims(session, claim_ids) if claim_ids else []
    rows: list[dict[str, Any]] = []
    by_type: dict[str, list] = defaultdict(list)
    for claim in claims:
        by_type[claim.source_type].append(claim)
    for source_type in sorted(by_type):
        for figure in figures(figure_claim(c) for c in by_type[source_type]):
            origins = sorted({c.origin for c in by_type[source_type] if c.id in figure.claims})
            rows.append({"source_type": source_type, "origins": origins, **figure.as_dict()})
    in_scope = {i.id for i in incidents}
    assessments = [
        assessment_record(a)
        for a in session.scalars(
            select(BelligerentAssessment).order_by(
                BelligerentAssessment.stated_on, BelligerentAssessment.id
            )
        )
        if a.incident_id in in_scope
    ]
    for assessment in assessments:
        rows.append(
            {
                "source_type": "belligerent",
                "origins": [assessment["belligerent"]],
                "measure": "killed",
                "category": "civilians",
                "min": assessment["conceded_min"],
                "max": assessment["conceded_max"],
                "stated_on": assessment["stated_on"],
                "assessment": assessment["assessment"],
            }
        )
    return {
        "incidents": [i.id for i in incidents],
        "figures": rows,
        "gaps": _gaps(claims, assessments),
    }


def _gaps(claims: list, assessments: list[dict[str, Any]]) -> dict[str, Any]:
    def largest(selected: list) -> int | None:
        values = [figure_claim(c).stated_max for c in selected]
        return max((v for v in values if v is not None), default=None)

    killed = [
        c
        for c in claims
        if c.values["measure"] == "killed" and category_of(c.values["who"]) == "civilians"
    ]
    admitted = [a["conceded_max"] for a in assessments if a["conceded_max"] is not None]
    admitted += [
        v for v in [largest([c for c in killed if c.source_type == "belligerent"])] if v is not None
    ]
    belligerent_latest = (
        assessments[-1]["conceded_max"] if assessments else (max(admitted) if admitted else None)
    )
    monitor_max = largest([c for c in killed if c.source_type in MONITOR_TYPES])
    recovered_max = largest([c for c in claims if c.values["measure"] == "bodies_recovered"])
    return {
        "belligerent_admitted_latest": belligerent_latest,
        "monitor_civilians_killed_max": monitor_max,
        "bodies_recovered_max": recovered_max,
        "monitor_minus_belligerent": None
        if monitor_max is None or belligerent_latest is None
        else monitor_max - belligerent_latest,
        "recovered_minus_monitor": None
        if recovered_max is None or monitor_max is None
        else recovered_max - monitor_max,
    }
