"""``link incidents``: attach new claims to incidents in the ledger (the commit re-grades them).

Incremental: only claims with no active link are placed; existing incidents keep their claims.
Human decisions stand: analyst links are never removed, rejected claims are never linked, an
analyst's grade is never replaced by the rules.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from harmledger.claims.reviewed import LoadedClaim, load_claims
from harmledger.link.incidents.claim_facts import claim_facts
from harmledger.link.incidents.clustering import IncidentState, cluster, find_parent
from harmledger.link.incidents.entities import distinctive_entities
from harmledger.link.incidents.facts import ClaimFacts, is_aggregate_claim
from harmledger.link.incidents.places import UNKNOWN_PLACE, PlaceInfo, place_info
from harmledger.store.custody import append_event
from harmledger.store.incident_tables import Incident, IncidentClaim
from harmledger.store.ledger import Ledger
from harmledger.store.tables import ClaimRow, Document


@dataclass
class LinkReport:
    claims_linked: int = 0
    incidents_created: int = 0
    incidents_touched: int = 0
    new_incident_ids: list[int] = field(default_factory=list)
    unplaced_claims: list[int] = field(default_factory=list)


def link_incidents(ledger: Ledger) -> LinkReport:
    """Link every unlinked, current casualty claim; see the module docstring."""
    report = LinkReport()
    now = dt.datetime.now(dt.UTC)
    with ledger.session() as session:
        linked = active_links(session)
        claims = load_claims(session)
        pending = [c for c in claims if c.id not in linked]
        if not pending:
            return report
        texts = {
            document_id: text
            for document_id, text in session.execute(  # every document with a claim
                select(Document.id, Document.text).where(
                    Document.id.in_(select(ClaimRow.document_id).distinct())
                )
            )
        }
        entities = distinctive_entities(texts)
        existing = _existing_states(
            session, [c for c in claims if c.id in linked], linked, entities
        )
        facts = []
        pending_facts = [
            replace(claim_facts(c), entities=entities.get(c.document_id, frozenset()))
            for c in pending
        ]
        for candidate in _with_document_context(pending_facts):
            if candidate.place.precision == "unknown" and candidate.date_precision == "unknown":
                report.unplaced_claims.append(candidate.claim_id)  # nothing to link on: review
            else:
                facts.append(candidate)
        if not facts:
            return report
        assignments, touched = cluster(facts, existing.values())
        rows: dict[int, Incident] = {}
        for state in touched:
            if state.key < 0:
                incident = Incident(
                    kind=state.kind,
                    name="",
                    created_at=now,
                    origin="linked",
                    perpetrators=[],
                    weapons=[],
                    grade_reasons=[],
                )
                session.add(incident)
                rows[state.key] = incident
            else:
                found = session.get(Incident, state.key)
                assert found is not None
                rows[state.key] = found
        session.flush()
        for assignment in assignments:
            session.add(
                IncidentClaim(
                    incident_id=rows[assignment.incident_key].id,
                    claim_id=assignment.claim_id,
                    score=assignment.score,
                    reasons=list(assignment.reasons),
                    linked_by="auto",
                    created_at=now,
                )
            )
        all_states = {**{s.key: s for s in existing.values()}, **{s.key: s for s in touched}}
        aggregates = [s for s in all_states.values() if s.kind == "aggregate"]
        for state in touched:
            _apply_state(rows[state.key], state)
        # a new or widened campaign may take in any event; otherwise only the events just touched
        campaign_touched = any(s.kind == "aggregate" for s in touched)
        for state in all_states.values() if campaign_touched else touched:
            if state.kind != "event":
                continue
            event = rows.get(state.key) or session.get(Incident, state.key)
            if event is None or event.parent_id is not None:
                continue
            parent = find_parent(state, aggregates)
            if parent is not None:
                event.parent_id = rows[parent.key].id if parent.key in rows else parent.key
                rows.setdefault(state.key, event)
        session.flush()
        touched_ids = sorted({incident.id for incident in rows.values()})
        report.claims_linked = len(assignments)
        report.new_incident_ids = sorted(rows[s.key].id for s in touched if s.key < 0)
        report.incidents_created = len(report.new_incident_ids)
        report.incidents_touched = len(touched_ids)
        append_event(
            session,
            actor=ledger.settings.actor,
            action="link_incidents",
            subject="incidents",
            details={
                "claims": report.claims_linked,
                "new_incidents": report.new_incident_ids,
                "unplaced_claims": report.unplaced_claims,
            },
        )
    return report


def active_links(session: Session) -> dict[int, int]:
    """claim id → incident id for every link not removed."""
    rows = session.execute(
        select(IncidentClaim.claim_id, IncidentClaim.incident_id).where(
            IncidentClaim.removed_at.is_(None)
        )
    )
    return {claim_id: incident_id for claim_id, incident_id in rows}


def _existing_states(
    session: Session,
    linked_claims: list[LoadedClaim],
    links: dict[int, int],
    entities: dict[int, frozenset[str]],
) -> dict[int, IncidentState]:
    """Clustering state of active incidents: their stored attributes, widened by their claims.

    Starting from the stored row keeps an analyst's placement: a claim moved into an incident
    does not drag the incident to the place the machine first read in that claim.
    """
    states: dict[int, IncidentState] = {}
    for incident in session.scalars(select(Incident).where(Incident.status == "active")):
        states[incident.id] = IncidentState(
            key=incident.id,
            kind=incident.kind,
            start=incident.period_start,
            end=incident.period_end,
            place=place_info(
                incident.place, incident.place_name, incident.latitude, incident.longitude
            ),
            perpetrators=set(incident.perpetrators),
            weapons=set(incident.weapons),
        )
    for claim in linked_claims:
        state = states.get(links[claim.id])
        if state is not None:
            state.absorb(
                replace(claim_facts(claim), entities=entities.get(claim.document_id, frozenset()))
            )
    return states


def _with_document_context(facts: list[ClaimFacts]) -> list[ClaimFacts]:
    """A claim that names no place or time takes its document's most-named one.

    One report usually describes one scene: "the strike on the market killed 12 … 27 were
    injured" names the market once, and the period stated in a report's opening sentence covers
    the figures that follow.
    """
    places: dict[int, Counter[PlaceInfo]] = defaultdict(Counter)
    windows: dict[int, Counter[tuple[dt.date, dt.date, str]]] = defaultdict(Counter)
    for f in facts:
        if f.place.precision != "unknown":
            places[f.document_id][f.place] += 1
        if f.date_precision in ("day", "period") and f.start and f.end:
            windows[f.document_id][(f.start, f.end, f.date_precision)] += 1
    result = []
    for f in facts:
        if f.place.precision == "unknown" and places.get(f.document_id):
            f = replace(f, place=places[f.document_id].most_common(1)[0][0])
        if f.date_precision in ("unknown", "document") and windows.get(f.document_id):
            start, end, precision = windows[f.document_id].most_common(1)[0][0]
            f = replace(
                f,
                start=start,
                end=end,
                date_precision=precision,
                is_aggregate=is_aggregate_claim(start, end, precision, f.low),
            )
        result.append(f)
    return result


def _apply_state(incident: Incident, state: IncidentState) -> None:
    incident.period_start, incident.period_end = state.start, state.end
    if state.start and state.end:
        incident.date_precision = "day" if state.start == state.end else "period"
    place = state.place if state.place is not None else UNKNOWN_PLACE
    incident.place, incident.place_name = place.id, place.name
    incident.place_precision = place.precision
    incident.latitude, incident.longitude = place.latitude, place.longitude
    incident.country, incident.admin1 = place.country, place.admin1
    incident.perpetrators = sorted(state.perpetrators)
    incident.weapons = sorted(state.weapons)
    incident.name = incident_name(incident)


def incident_name(incident: Incident) -> str:
    """A readable default name: place and dates."""
    where = incident.place_name or "unknown place"
    if (
        incident.period_start
        and incident.period_end
        and incident.period_start != incident.period_end
    ):
        when = f"{incident.period_start.isoformat()} – {incident.period_end.isoformat()}"
    else:
        when = incident.period_start.isoformat() if incident.period_start else "undated"
    prefix = "campaign, " if incident.kind == "aggregate" else ""
    return f"{where}, {prefix}{when}"
