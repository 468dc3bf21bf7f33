"""Incidents as users read them: summaries for lists, full records with the claims behind."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from harmledger.assess.figures import figure_claim, figures, headline
from harmledger.claims.reviewed import link_active, load_claims
from harmledger.errors import NotFound
from harmledger.store.dialects import MAX_BOUND_IDS
from harmledger.store.incident_tables import (
    BelligerentAssessment,
    Incident,
    IncidentClaim,
    IncidentFigure,
)


def _date(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def incident_summary(
    session: Session, incident: Incident, as_of: dt.datetime | None = None
) -> dict[str, Any]:
    """What ``incidents list`` shows: identity, time, place, grade, claims, documents, figures."""
    return incident_summaries(session, [incident], as_of)[0]


def incident_summaries(
    session: Session, incidents: Sequence[Incident], as_of: dt.datetime | None = None
) -> list[dict[str, Any]]:
    """Summaries of several incidents with one read of their claims (a page of a list)."""
    ids = [incident.id for incident in incidents]
    few = len(ids) <= MAX_BOUND_IDS  # else read whole tables: SQLite caps bound variables
    claim_ids: dict[int, list[int]] = {i: [] for i in ids}
    # the columns the summary reads, not whole link objects (their reasons are JSON to decode)
    link_query = select(
        IncidentClaim.incident_id,
        IncidentClaim.claim_id,
        IncidentClaim.created_at,
        IncidentClaim.removed_at,
    )
    if few:
        link_query = link_query.where(IncidentClaim.incident_id.in_(ids))
    for incident_id, claim_id, created_at, removed_at in session.execute(link_query):
        if incident_id in claim_ids and link_active(created_at, removed_at, as_of):
            claim_ids[incident_id].append(claim_id)
    wanted = [claim_id for found in claim_ids.values() for claim_id in found]
    loaded = (
        {c.id: c for c in load_claims(session, wanted, as_of=as_of, with_uncounted=True)}
        if wanted
        else {}
    )
    imported: dict[int, list[IncidentFigure]] = {i: [] for i in ids}
    figure_query = select(IncidentFigure)
    if few:
        figure_query = figure_query.where(IncidentFigure.incident_id.in_(ids))
    for row in session.scalars(figure_query):
        if row.incident_id in imported:
            imported[row.incident_id].append(row)
    return [
        _summary(
            incident,
            [loaded[c] for c in claim_ids[incident.id] if c in loaded],
            imported[incident.id],
        )
        for incident in incidents
    ]


def _summary(
    incident: Incident, claims: list[Any], imported: list[IncidentFigure]
) -> dict[str, Any]:
    found = figures(figure_claim(c) for c in claims)
    derived = [f.as_dict() for f in found]
    civilians_killed = headline(found)
    return {
        "id": incident.id,
        "kind": incident.kind,
        "name": incident.name,
        "parent_id": incident.parent_id,
        "place": incident.place_name,
        "place_id": incident.place,
        "place_precision": incident.place_precision,
        "latitude": incident.latitude,
        "longitude": incident.longitude,
        "country": incident.country,
        "period_start": _date(incident.period_start),
        "period_end": _date(incident.period_end),
        "date_precision": incident.date_precision,
        "perpetrators": incident.perpetrators,
        "weapons": incident.weapons,
        "grade": incident.grade,
        "grade_by": incident.grade_by,
        "status": incident.status,
        "origin": incident.origin,
        "documents": sorted({c.document_id for c in claims}),
        "claims": sorted(c.id for c in claims),
        "figures": derived
        + [
            {
                "measure": f.measure,
                "category": f.category,
                "min": f.low,
                "best": f.best,
                "max": f.high,
                "source": f.source,
            }
            for f in imported
        ],
        # civilians reported killed, as monitors count them (see figures.headline)
        "civilians_killed_min": civilians_killed[0],
        "civilians_killed_max": civilians_killed[1],
    }


def incident_detail(session: Session, incident_id: int) -> dict[str, Any]:
    """Everything about one incident: its summary, each claim with quote, speaker and chain,
    the reasons it was linked, its grade reasons, children, and belligerent assessments."""
    incident = session.get(Incident, incident_id)
    if incident is None:
        raise NotFound(f"no incident with id {incident_id}")
    links = {
        link.claim_id: link
        for link in session.scalars(
            select(IncidentClaim).where(
                IncidentClaim.incident_id == incident_id, IncidentClaim.removed_at.is_(None)
            )
        )
    }
    claims = (
        load_claims(session, list(links), include_rejected=True, with_uncounted=True)
        if links
        else []
    )
    # the summary is built from the same claims, read once: those a reviewer kept, in link order
    kept = {c.id: c for c in claims if c.review != "reject"}
    imported = select(IncidentFigure).where(IncidentFigure.incident_id == incident_id)
    record = _summary(
        incident, [kept[i] for i in links if i in kept], list(session.scalars(imported))
    )
    record["grade_reasons"] = incident.grade_reasons
    record["claim_details"] = [
        {
            "id": c.id,
            "document_id": c.document_id,
            "measure": c.values["measure"],
            "who": c.values["who"],
            "low": c.values["low"],
            "high": c.values["high"],
            "qualifier": c.values["qualifier"],
            "quote": c.values["quote"],
            "speaker": c.values["speaker"],
            "attribution_chain": c.values["attribution_chain"],
            "origin": c.origin,
            "source_type": c.source_type,
            "perpetrator": c.values["perpetrator"],
            "weapon": c.values["weapon"],
            "place_name": c.values["place_name"],
            "latitude": c.values["latitude"],
            "longitude": c.values["longitude"],
            "review": c.review,
            "link_score": links[c.id].score,
            "link_reasons": links[c.id].reasons,
            "linked_by": links[c.id].linked_by,
        }
        for c in claims
    ]
    record["children"] = list(
        session.scalars(select(Incident.id).where(Incident.parent_id == incident_id))
    )
    record["assessments"] = [
        assessment_record(a)
        for a in session.scalars(
            select(BelligerentAssessment)
            .where(BelligerentAssessment.incident_id == incident_id)
            .order_by(BelligerentAssessment.stated_on, BelligerentAssessment.id)
        )
    ]
    return record


def assessment_record(assessment: BelligerentAssessment) -> dict[str, Any]:
    return {
        "id": assessment.id,
        "incident_id": assessment.incident_id,
        "belligerent": assessment.belligerent,
        "assessment": assessment.assessment,
        "conceded_min": assessment.conceded_min,
        "conceded_max": assessment.conceded_max,
        "stated_on": assessment.stated_on.isoformat(),
        "stated_precision": assessment.stated_precision,
        "source": assessment.source,
        "document_id": assessment.document_id,
    }
