"""Incidents as countable units, as of a date, with aggregates never double-counting events.

An aggregate (a campaign) and the events inside it form one unit: its figure is the larger of the
aggregate's own figure and the sum of its events' figures, bound by bound.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from harmledger.assess.figures import figure_claim, figures
from harmledger.claims.reviewed import link_active, load_claims
from harmledger.store.incident_tables import Incident, IncidentClaim, IncidentFigure


@dataclass
class Bounds:
    min: int = 0
    max: int = 0
    best: int | None = None

    def add(self, other: Bounds) -> None:
        self.min += other.min
        self.max += other.max
        if other.best is not None:
            self.best = (self.best or 0) + other.best


@dataclass
class Unit:
    incident: Incident
    figures: dict[tuple[str, str], Bounds] = field(default_factory=dict)


def incident_bounds(
    session: Session, incidents: list[Incident], as_of: dt.datetime | None
) -> dict[int, dict[tuple[str, str], Bounds]]:
    """(measure, category) → bounds for each incident, from claims or imported figures."""
    ids = {i.id for i in incidents}
    result: dict[int, dict[tuple[str, str], Bounds]] = {i: {} for i in ids}
    # read whole tables and filter here: an IN (...) of every incident would exceed SQLite's
    # limit on bound variables in a large ledger
    link_columns = select(
        IncidentClaim.incident_id,
        IncidentClaim.claim_id,
        IncidentClaim.created_at,
        IncidentClaim.removed_at,
    )
    links = [link for link in session.execute(link_columns) if link.incident_id in ids]
    claim_to_incident: dict[int, int] = {}
    for link in links:
        if link_active(link.created_at, link.removed_at, as_of):
            claim_to_incident[link.claim_id] = link.incident_id
    by_incident: dict[int, list] = defaultdict(list)
    for claim in (
        load_claims(session, list(claim_to_incident), as_of=as_of) if claim_to_incident else []
    ):
        by_incident[claim_to_incident[claim.id]].append(figure_claim(claim))
    for incident_id, claims in by_incident.items():
        for figure in figures(claims):
            result[incident_id][(figure.measure, figure.category)] = Bounds(
                figure.min or 0, figure.max or 0
            )
    for row in session.scalars(select(IncidentFigure)):
        if row.incident_id not in ids:
            continue
        low = row.low if row.low is not None else (row.best or 0)
        high = row.high if row.high is not None else (row.best or low)
        result[row.incident_id][(row.measure, row.category)] = Bounds(low, high, row.best)
    return result


def units(
    session: Session, grades: tuple[str, ...] | None, as_of: dt.datetime | None = None
) -> list[Unit]:
    """Countable units: top-level incidents passing the grade filter, children folded in.

    ``grades=None`` counts every incident, graded or not (imported ones carry no grade).
    """
    query = select(Incident).where(Incident.status == "active")
    if as_of is not None:
        query = query.where(Incident.created_at <= as_of)
    incidents = list(session.scalars(query.order_by(Incident.id)))
    bounds = incident_bounds(session, incidents, as_of)

    def passes(incident: Incident) -> bool:
        return grades is None or (incident.grade or "ungraded") in grades

    children: dict[int, list[Incident]] = defaultdict(list)
    by_id = {i.id: i for i in incidents}
    known = set(by_id)
    for incident in incidents:
        if incident.parent_id in known:
            children[incident.parent_id].append(incident)  # type: ignore[index]
    result = []
    for incident in incidents:
        parent = by_id.get(incident.parent_id) if incident.parent_id is not None else None
        parent_counted = parent is not None and passes(parent)
        if parent_counted or not passes(incident):
            continue
        own = bounds[incident.id]
        summed: dict[tuple[str, str], Bounds] = defaultdict(Bounds)
        for child in children.get(incident.id, []):
            if passes(child):
                for key, child_bounds in bounds[child.id].items():
                    summed[key].add(child_bounds)
        merged: dict[tuple[str, str], Bounds] = {}
        for key in set(own) | set(summed):
            mine, theirs = own.get(key, Bounds()), summed.get(key, Bounds())
            merged[key] = Bounds(
                max(mine.min, theirs.min),
                max(mine.max, theirs.max),
                mine.best if mine.best is not None else theirs.best,
            )
        result.append(Unit(incident, merged))
    return result
