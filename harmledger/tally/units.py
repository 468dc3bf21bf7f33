"""Incidents as countable units, as of a date, with aggregates never double-counting events.

An aggregate (a campaign) and the events inside it form one unit: its figure is the larger of the
aggregate's own figure and the sum of its events' figures, bound by bound.

"As of" a date means one of two things (:data:`KNOWN_BY`):

- ``published``: what had been published by then, as this ledger reads it now: claims of
  documents published by that day (retrieved, when undated), belligerent assessments stated by
  then, the incidents those claims are linked to now, each graded again from that knowledge
  (an analyst's grade stands). A ledger built today from 2017-2019 reporting shows what was
  known on 2018-07-17. Imported datasets count once this ledger recorded them (their own
  release dates are not stored).
- ``recorded``: what this ledger itself held then: incidents, links, extractions and reviews
  made by that time.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from harmledger.assess.figures import figure_claim, figures
from harmledger.assess.grading import grade
from harmledger.assess.regrade import document_citations, incident_facts
from harmledger.claims.reviewed import LoadedClaim, link_active, load_claims
from harmledger.claims.stories import story_roots
from harmledger.store.dialects import aware
from harmledger.store.incident_tables import (
    BelligerentAssessment,
    Incident,
    IncidentClaim,
    IncidentFigure,
)


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


KNOWN_BY = ("published", "recorded")


def incident_bounds(
    session: Session,
    incidents: list[Incident],
    as_of: dt.datetime | None,
    known_by: str = "recorded",
    grades_as_of: dict[int, str | None] | None = None,
) -> dict[int, dict[tuple[str, str], Bounds]]:
    """(measure, category) → bounds for each incident, from claims or imported figures.

    With ``known_by="published"`` and ``grades_as_of`` given, that dict is filled with each
    incident's grade from what was published by ``as_of``.
    """
    published = as_of is not None and known_by == "published"
    link_cutoff = None if published else as_of
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
        if link_active(link.created_at, link.removed_at, link_cutoff):
            claim_to_incident[link.claim_id] = link.incident_id
    by_incident: dict[int, list] = defaultdict(list)
    known: dict[int, list[LoadedClaim]] = defaultdict(list)
    if claim_to_incident:
        loaded = (
            load_claims(
                session, list(claim_to_incident), published_by=as_of.date(), with_uncounted=True
            )
            if published and as_of is not None
            else load_claims(session, list(claim_to_incident), as_of=as_of, with_uncounted=True)
        )
        for claim in loaded:
            by_incident[claim_to_incident[claim.id]].append(figure_claim(claim))
            if claim.kind == "casualty":  # a plural with no figure corroborates nothing
                known[claim_to_incident[claim.id]].append(claim)
    if published and grades_as_of is not None and as_of is not None:
        grades_as_of.update(_grades_then(session, incidents, known, as_of.date()))
    for incident_id, claims in by_incident.items():
        for figure in figures(claims):
            result[incident_id][(figure.measure, figure.category)] = Bounds(
                figure.min or 0, figure.max or 0
            )
    imported_then = {
        i.id for i in incidents if not published or as_of is None or aware(i.created_at) <= as_of
    }
    for row in session.scalars(select(IncidentFigure)):
        if row.incident_id not in ids or row.incident_id not in imported_then:
            continue
        low = row.low if row.low is not None else (row.best or 0)
        high = row.high if row.high is not None else (row.best or low)
        result[row.incident_id][(row.measure, row.category)] = Bounds(low, high, row.best)
    return result


def _grades_then(
    session: Session,
    incidents: list[Incident],
    known: dict[int, list[LoadedClaim]],
    day: dt.date,
) -> dict[int, str | None]:
    """Each incident's grade from the claims published and the assessments stated by ``day``."""
    stated: dict[int, list[BelligerentAssessment]] = defaultdict(list)
    for assessment in session.scalars(select(BelligerentAssessment)):
        if assessment.stated_on <= day:
            stated[assessment.incident_id].append(assessment)
    claims = [c for found in known.values() for c in found]
    documents = {c.document_id for c in claims}
    cited = document_citations(session, documents)
    stories = story_roots(session, documents)
    result: dict[int, str | None] = {}
    for incident in incidents:
        if incident.grade_by == "analyst" or incident.origin != "linked":
            result[incident.id] = incident.grade
        elif known.get(incident.id):
            facts = incident_facts(
                known[incident.id],
                stated[incident.id],
                cited=cited,
                stories=stories,
                kind=incident.kind,
            )
            result[incident.id] = grade(facts)[0]
        else:
            result[incident.id] = None
    return result


def units(
    session: Session,
    grades: tuple[str, ...] | None,
    as_of: dt.datetime | None = None,
    known_by: str = "recorded",
) -> list[Unit]:
    """Countable units: top-level incidents passing the grade filter, children folded in.

    ``grades=None`` counts every incident, graded or not (imported ones carry no grade). An
    incident of which nothing was known ``as_of`` is no unit.
    """
    published = as_of is not None and known_by == "published"
    query = select(Incident).where(Incident.status == "active")
    if as_of is not None and not published:
        query = query.where(Incident.created_at <= as_of)
    incidents = list(session.scalars(query.order_by(Incident.id)))
    grade_then: dict[int, str | None] = {}
    bounds = incident_bounds(session, incidents, as_of, known_by, grade_then)
    if published:
        incidents = [i for i in incidents if bounds[i.id]]

    def passes(incident: Incident) -> bool:
        if grades is None:
            return True
        graded = grade_then.get(incident.id) if published else incident.grade
        return (graded or "ungraded") in grades

    children: dict[int, list[Incident]] = defaultdict(list)
    by_id = {i.id: i for i in incidents}
    known = set(by_id)
    for incident in incidents:
        if incident.parent_id in known:
            children[incident.parent_id].append(incident)  # type: ignore[index]

    def folded(incident: Incident, seen: frozenset[int]) -> dict[tuple[str, str], Bounds]:
        """The incident's figures with its counted sub-incidents folded in, at every depth: a
        campaign holds a city's campaign that holds a strike, and the strike counts once."""
        own = bounds[incident.id]
        summed: dict[tuple[str, str], Bounds] = defaultdict(Bounds)
        for child in children.get(incident.id, []):
            if passes(child) and child.id not in seen:
                for key, child_bounds in folded(child, seen | {child.id}).items():
                    summed[key].add(child_bounds)
        merged: dict[tuple[str, str], Bounds] = {}
        for key in set(own) | set(summed):
            mine, theirs = own.get(key, Bounds()), summed.get(key, Bounds())
            merged[key] = Bounds(
                max(mine.min, theirs.min),
                max(mine.max, theirs.max),
                mine.best if mine.best is not None else theirs.best,
            )
        return merged

    result = []
    for incident in incidents:
        parent = by_id.get(incident.parent_id) if incident.parent_id is not None else None
        parent_counted = parent is not None and passes(parent)
        if parent_counted or not passes(incident):
            continue
        result.append(Unit(incident, folded(incident, frozenset({incident.id}))))
    return result
