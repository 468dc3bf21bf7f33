"""Incidents as users read them: summaries for lists, full records with the claims behind."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from harmledger.assess.figures import figure_claim, figures, headline
from harmledger.claims.reviewed import LoadedClaim, link_active, load_claims
from harmledger.errors import NotFound
from harmledger.store.dialects import MAX_BOUND_IDS
from harmledger.store.incident_tables import (
    BelligerentAssessment,
    DerivedSummary,
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
    """Summaries of several incidents (a page of a list).

    What an active incident's summary shows of its claims is kept per incident
    (``derived_summaries``, refreshed with every write as its figures are): one read for the
    page. The others (inactive incidents, summaries ``as_of`` a past date, an incident whose
    row is missing) are derived from their claims, with one read of the claims for all.
    """
    ids = [incident.id for incident in incidents]
    few = len(ids) <= MAX_BOUND_IDS  # else read whole tables: SQLite caps bound variables
    parts = (
        stored_parts(session, [i.id for i in incidents if i.status == "active"])
        if (as_of is None)
        else {}
    )
    missing = [i for i in ids if i not in parts]
    if missing:
        parts |= derive_parts(session, missing, as_of)
    imported: dict[int, list[IncidentFigure]] = {i: [] for i in ids}
    figure_query = select(IncidentFigure)
    if few:
        figure_query = figure_query.where(IncidentFigure.incident_id.in_(ids))
    for row in session.scalars(figure_query):
        if row.incident_id in imported:
            imported[row.incident_id].append(row)
    return [_summary(incident, parts[incident.id], imported[incident.id]) for incident in incidents]


def stored_parts(session: Session, ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    """The kept claim parts of these incidents' summaries (see :func:`claim_parts`)."""
    found: dict[int, dict[str, Any]] = {}
    for i in range(0, len(ids), MAX_BOUND_IDS):
        query = select(DerivedSummary.incident_id, DerivedSummary.parts).where(
            DerivedSummary.incident_id.in_(ids[i : i + MAX_BOUND_IDS])
        )
        found.update({incident_id: parts for incident_id, parts in session.execute(query)})
    return found


def derive_parts(
    session: Session, ids: Sequence[int] | None, as_of: dt.datetime | None = None
) -> dict[int, dict[str, Any]]:
    """The claim parts of these incidents' summaries (every incident's for ``None``), from their
    actively linked claims as reviewers left them, read once for all of them."""
    few = ids is not None and len(ids) <= MAX_BOUND_IDS
    claim_ids: dict[int, list[int]] = {i: [] for i in ids} if ids is not None else {}
    # the columns the summary reads, not whole link objects (their reasons are JSON to decode)
    link_query = select(
        IncidentClaim.incident_id,
        IncidentClaim.claim_id,
        IncidentClaim.created_at,
        IncidentClaim.removed_at,
    )
    if few and ids is not None:
        link_query = link_query.where(IncidentClaim.incident_id.in_(ids))
    for incident_id, claim_id, created_at, removed_at in session.execute(link_query):
        if (ids is None or incident_id in claim_ids) and link_active(created_at, removed_at, as_of):
            claim_ids.setdefault(incident_id, []).append(claim_id)
    wanted = [claim_id for found in claim_ids.values() for claim_id in found]
    loaded = (
        {c.id: c for c in load_claims(session, wanted, as_of=as_of, with_uncounted=True)}
        if wanted
        else {}
    )
    return {
        incident_id: claim_parts([loaded[c] for c in found if c in loaded])
        for incident_id, found in claim_ids.items()
    }


def claim_parts(claims: list[Any]) -> dict[str, Any]:
    """What a summary shows of an incident's claims (those a reviewer kept): their ids and
    documents, the figures they give with the claims behind each, civilians reported killed."""
    found = figures(figure_claim(c) for c in claims)
    civilians_killed = headline(found)
    return {
        "documents": sorted({c.document_id for c in claims}),
        "claims": sorted(c.id for c in claims),
        "figures": [f.as_dict() for f in found],
        # civilians reported killed, as monitors count them (see figures.headline)
        "civilians_killed_min": civilians_killed[0],
        "civilians_killed_max": civilians_killed[1],
    }


def _summary(
    incident: Incident, parts: dict[str, Any], imported: list[IncidentFigure]
) -> dict[str, Any]:
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
        "documents": list(parts["documents"]),
        "claims": list(parts["claims"]),
        "figures": [dict(f) for f in parts["figures"]]
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
        "civilians_killed_min": parts["civilians_killed_min"],
        "civilians_killed_max": parts["civilians_killed_max"],
    }


def incident_detail(session: Session, incident_id: int) -> dict[str, Any]:
    """Everything about one incident: its summary, each claim with quote, speaker and chain,
    the reasons it was linked, its grade reasons, children, and belligerent assessments."""
    return incident_detail_with_claims(session, incident_id)[0]


def incident_detail_with_claims(
    session: Session, incident_id: int
) -> tuple[dict[str, Any], list[LoadedClaim]]:
    """:func:`incident_detail`, and the claims it read (rejected ones and plurals with no
    figure included), for a page that compares them too (``compare(loaded=...)``)."""
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
        incident,
        claim_parts([kept[i] for i in links if i in kept]),
        list(session.scalars(imported)),
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
    return record, claims


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
