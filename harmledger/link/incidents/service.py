"""``link incidents``: attach new claims to incidents in the ledger (the commit re-grades them).

Incremental: only claims with no active link are placed; existing incidents keep their claims.
Human decisions stand: analyst links are never removed, rejected claims are never linked, an
analyst's grade is never replaced by the rules.

A plural with no figure ("others were injured", kind ``uncounted``) belongs to its report's
incident: the one most of its report's casualty claims joined. A report with no casualty claim
links its plurals like any claim, on their place and date. Incident figures read them only
where no report of the incident states a figure (:mod:`harmledger.assess.figures`).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from types import SimpleNamespace
from typing import Any, cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from harmledger.claims.origins import normalise_origin
from harmledger.claims.reviewed import UNCOUNTED, LoadedClaim, load_claims
from harmledger.link.incidents.claim_facts import claim_facts
from harmledger.link.incidents.clustering import IncidentState, cluster, find_parent
from harmledger.link.incidents.components import in_memory_loader, link_events_by_component
from harmledger.link.incidents.config import rules
from harmledger.link.incidents.conflicts import conflict_reasons
from harmledger.link.incidents.documents import DocumentInfo, link_events
from harmledger.link.incidents.entities import distinctive_entities, document_entities
from harmledger.link.incidents.facts import ClaimFacts, is_aggregate_claim, is_campaign_claim
from harmledger.link.incidents.places import UNKNOWN_PLACE, PlaceInfo, place_info
from harmledger.link.incidents.sites import (
    cued_places,
    far_scenes,
    main_sites,
    named_sites,
    recalled_claims,
    scene_text,
    since_month_claims,
    site_counts,
    teaser_claims,
    unfixed_claims,
)
from harmledger.link.incidents.translit import key
from harmledger.store.custody import append_event
from harmledger.store.incident_tables import Incident, IncidentClaim
from harmledger.store.ledger import Ledger
from harmledger.store.locks import hold
from harmledger.store.row_digest import logged_incidents
from harmledger.store.tables import ClaimRow, Document, Extraction, Source


@dataclass
class LinkReport:
    claims_linked: int = 0
    incidents_created: int = 0
    incidents_touched: int = 0
    new_incident_ids: list[int] = field(default_factory=list)
    unplaced_claims: list[int] = field(default_factory=list)


def link_incidents(ledger: Ledger, by_component: bool = False) -> LinkReport:
    """Link every unlinked, current casualty claim; see the module docstring.

    ``by_component`` links events one batch of components of the pair graph at a time
    (:mod:`harmledger.link.incidents.components`): the same links, with the candidate pairs and
    clusters of one batch in memory at a time instead of the whole run's."""
    report = LinkReport()
    now = dt.datetime.now(dt.UTC)
    with ledger.session() as session:
        hold(session, "link_incidents")  # concurrent runs link one after another, not twice
        linked = active_links(session)
        # by id: the read model's rows come in no guaranteed order, and ties within a report
        # (its most-named place) are broken by the order of its claims
        claims, attached = _split_plurals(
            sorted(load_claims(session, with_uncounted=True), key=lambda c: c.id)
        )
        pending = [c for c in claims if c.id not in linked]
        attach = [c for c in attached if c.id not in linked]
        if not pending and not attach:
            return report
        info, entities = document_context(session)
        linked_claims = [c for c in claims if c.id in linked]
        existing = _existing_states(session, linked_claims, linked, entities)
        facts = []
        pending_facts = [
            replace(claim_facts(c), entities=entities.get(c.document_id, frozenset()))
            for c in pending
        ]
        # a campaign claim by its own period or figure, not by a period borrowed from its report;
        # in a report about a campaign (it states a span of months, or half its figures are
        # campaign-scale), a figure with no day of its own is the campaign's too
        campaign = {f.claim_id for f in pending_facts if is_campaign_claim(f)}
        # counted since a month in an undated report: a campaign's figure no year dates
        since_month = frozenset(c for document in info.values() for c in document.since_month)
        campaign |= {
            f.claim_id
            for f in pending_facts
            if f.claim_id in since_month and f.date_precision == "unknown"
        }
        share: dict[int, list[int]] = defaultdict(lambda: [0, 0])
        campaign_reports = set()
        for f in pending_facts:
            share[f.document_id][0] += f.claim_id in campaign
            share[f.document_id][1] += 1
            if f.claim_id in campaign and f.start and f.end and (f.end - f.start).days > 31:
                campaign_reports.add(f.document_id)  # a stated span of months; a month is a date
        campaign_reports |= {d for d, (n, total) in share.items() if 2 * n >= total}
        campaign |= {
            f.claim_id
            for f in pending_facts
            if f.document_id in campaign_reports and f.date_precision in ("document", "unknown")
        }
        recalled = frozenset(c for document in info.values() for c in document.recalled)
        info = _undated_follow_unfixed(
            info, [*pending_facts, *(claim_facts(c) for c in linked_claims)]
        )
        # (a campaign's figure since a month takes no day of its report either)
        unfixed = frozenset(c for document in info.values() for c in document.unfixed)
        unfixed |= since_month
        for candidate in _with_document_context(pending_facts, recalled, unfixed):
            if candidate.place.precision == "unknown" and candidate.date_precision == "unknown":
                report.unplaced_claims.append(candidate.claim_id)  # nothing to link on: review
            else:
                aggregate = candidate.claim_id in campaign or is_region_toll(candidate)
                facts.append(replace(candidate, is_aggregate=aggregate))
        if not facts and not attach:
            return report
        linked_events: dict[int, list[ClaimFacts]] = defaultdict(list)
        for f in _with_document_context([claim_facts(c) for c in linked_claims], recalled, unfixed):
            state = existing.get(linked[f.claim_id])
            if state is not None and state.kind == "event":
                linked_events[state.key].append(f)
        events = [f for f in facts if not f.is_aggregate]
        if by_component:
            units, load = in_memory_loader(events, linked_events, info)
            assignments, touched, next_key = link_events_by_component(units, load, existing)
        else:
            assignments, touched, next_key = link_events(events, linked_events, existing, info)

        # campaign claims are placed one by one, so in an order of what they say, not of
        # ingestion: dated ones first, by period (an undated figure then finds its campaign),
        # then the earliest report (the first campaign figure published founds the campaign,
        # not the one whose content hash happens to sort first), then by their report's
        # content and their place in it
        def content_order(f: ClaimFacts) -> tuple[bool, dt.date, dt.date, dt.date, str, int]:
            document = info.get(f.document_id)
            never = dt.date.max
            return (
                f.start is None,
                f.start or never,
                f.end or never,
                (document.published if document else None) or never,
                document.key if document else f"document:{f.document_id}",
                f.claim_id,
            )

        campaign_assignments, campaign_touched_states = cluster(
            sorted((f for f in facts if f.is_aggregate), key=content_order),
            [s for s in existing.values() if s.kind == "aggregate"],
            first_key=next_key,
        )
        assignments += campaign_assignments
        touched += campaign_touched_states
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
                    conflicting=bool(conflict_reasons(assignment.reasons)),
                    linked_by="auto",
                    created_at=now,
                )
            )
        joined = {a.claim_id: rows[a.incident_key].id for a in assignments}
        plural_links = _document_incidents(attach, claims, {**linked, **joined})
        for claim_id, incident_id in plural_links:
            session.add(
                IncidentClaim(
                    incident_id=incident_id,
                    claim_id=claim_id,
                    score=0.0,
                    reasons=[SAME_REPORT],
                    conflicting=False,
                    linked_by="auto",
                    created_at=now,
                )
            )
            held = session.get(Incident, incident_id)
            if held is not None:  # its figures change: logged with the run's incidents
                rows.setdefault(incident_id, held)
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
        report.claims_linked = len(assignments) + len(plural_links)
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
                "links": sorted(  # for verify to replay: each claim and the incident it joined
                    [[a.claim_id, rows[a.incident_key].id] for a in assignments]
                    + [list(link) for link in plural_links]
                ),
                # and what this run derived for each incident it wrote (place, period, name...)
                "incidents": logged_incidents(session, touched_ids),
            },
        )
    return report


SAME_REPORT = "a plural in the same report"


def _split_plurals(claims: list[LoadedClaim]) -> tuple[list[LoadedClaim], list[LoadedClaim]]:
    """The claims linked on their own facts, and the plurals with no figure that follow their
    report's casualty claims (a report with none links its plurals on their own facts)."""
    counted = {c.document_id for c in claims if c.kind != UNCOUNTED}
    follow = [c for c in claims if c.kind == UNCOUNTED and c.document_id in counted]
    following = {c.id for c in follow}
    return [c for c in claims if c.id not in following], follow


def _document_incidents(
    plurals: list[LoadedClaim], claims: list[LoadedClaim], links: dict[int, int]
) -> list[tuple[int, int]]:
    """(claim, incident) for each plural: the incident most of its report's linked claims
    joined (the lowest id on a tie); none while its report's claims are unlinked."""
    by_document: dict[int, Counter[int]] = defaultdict(Counter)
    for claim in claims:
        if claim.id in links:
            by_document[claim.document_id][links[claim.id]] += 1
    found = []
    for plural in plurals:
        counts = by_document.get(plural.document_id)
        if counts:
            found.append((plural.id, min(counts, key=lambda i: (-counts[i], i))))
    return found


def is_region_toll(facts: ClaimFacts) -> bool:
    """Bodies found by the hundred in a region ("900 bodies found in the Kyiv region") with no
    day of their own: the region's campaign figure, not an event in the city the region is
    named after (a region's toll of killed may still be one attack's: a chemical attack in
    Idlib province)."""
    if facts.place.precision not in ("district", "governorate"):
        return False
    if facts.measure not in rules()["places"]["region_campaign_measures"]:
        return False
    if facts.date_precision not in ("document", "unknown"):
        return False
    minimum = int(rules()["places"]["region_campaign_figure"])
    return (facts.stated_max or 0) >= minimum


def document_context(
    session: Session,
) -> tuple[dict[int, DocumentInfo], dict[int, frozenset[str]]]:
    """What linking reads of every document with a claim (content key, publication date, the
    scenes it names around its claims, distinctive names), and the names by document."""
    documents = session.execute(
        select(
            Document.id,
            Document.text,
            Document.title,
            Document.lang,
            Document.published,
            Document.published_precision,
            Document.sha256,
            Document.part,
            Document.text_sha256,
            Source.name.label("publisher"),
        )
        .outerjoin(Source, Document.source_id == Source.id)
        .where(Document.id.in_(select(ClaimRow.document_id).distinct()))
    ).all()
    entities = distinctive_entities({row.id: row.text for row in documents})
    spans: dict[int, list[tuple[int, int]]] = defaultdict(list)
    claim_spans: dict[int, list[tuple[int, int, int]]] = defaultdict(list)
    for claim_id, document_id, start, end in session.execute(
        select(ClaimRow.id, ClaimRow.document_id, ClaimRow.start, ClaimRow.end)
        .join(Extraction, ClaimRow.extraction_id == Extraction.id)
        .where(Extraction.current.is_(True), ClaimRow.kind == "casualty")
    ):
        spans[document_id].append((start, end))
        claim_spans[document_id].append((claim_id, start, end))
    info: dict[int, DocumentInfo] = {}
    for row in documents:
        scene = scene_text(row.text, spans.get(row.id, []), row.title)
        mentioned = site_counts(f"{row.title or ''}\n{row.text}", row.lang)
        sites = main_sites(site_counts(scene, row.lang))
        whole = f"{row.title or ''}\n{row.text}"
        far = frozenset() if sites else far_scenes(row.text, row.title, row.lang)
        info[row.id] = DocumentInfo(
            # the text's own hash first: a report is the same report whichever file (and
            # line of it) it came in, so keys and every tie they break do not follow the order
            # of ingestion; the file's hash and part tell apart copies of one text
            key=f"{row.text_sha256}:{row.sha256}:{row.part}",
            published=row.published,
            sites=sites,
            names=entities.get(row.id, frozenset()),
            lang=row.lang,
            published_latest=latest_publication(row.published, row.published_precision),
            mentions=mentioned_keys(f"{row.title or ''}\n{row.text}", row.lang),
            publisher=normalise_origin(row.publisher) if row.publisher else None,
            named_sites=frozenset(n for n in named_sites(scene, row.lang) if n[0] in sites)
            | frozenset(n for n in named_sites(whole, row.lang) if n[0] in far),
            far_sites=far,
            since_month=since_month_claims(
                row.text, claim_spans.get(row.id, []), row.lang, row.published
            ),
            recalled=recalled_claims(row.text, claim_spans.get(row.id, []), row.lang),
            mentioned_sites=frozenset(mentioned),
            teasers=teaser_claims(row.text, claim_spans.get(row.id, []), row.lang),
            unfixed=unfixed_claims(
                row.text, claim_spans.get(row.id, []), row.lang, row.published_precision
            ),
        )
    return info, entities


def latest_publication(published: dt.date | None, precision: str | None) -> dt.date | None:
    """The last day a report dated only by its month or year may have appeared."""
    if published is None or precision not in ("month", "year"):
        return None
    if precision == "year":
        return dt.date(published.year, 12, 31)
    following = dt.date(published.year + published.month // 12, published.month % 12 + 1, 1)
    return following - dt.timedelta(days=1)


def mentioned_keys(text: str, lang: str | None) -> frozenset[str]:
    """Transliteration keys of the names a report mentions (capitalised words, and in scripts
    without capitals the words after a place cue), to meet places spelled another way."""
    words = document_entities(text) | cued_places(text, lang)
    return frozenset(k for w in words if (k := key(w)))


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
        states[incident.id] = stored_state(incident)
    for claim in linked_claims:
        state = states.get(links[claim.id])
        if state is not None:
            state.absorb(
                replace(claim_facts(claim), entities=entities.get(claim.document_id, frozenset()))
            )
    return states


def stored_state(incident: Incident) -> IncidentState:
    """An incident's clustering state as its row holds it, before its claims widen it."""
    return IncidentState(
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


# what a link run derives from an incident's period, place name and kind with no reference data
# (precision codes and coordinates come from the gazetteer, which a new version may refine)
DERIVED_FROM_STATE = ("name", "date_precision", "perpetrators", "weapons")


def rederive(incident: Any) -> dict[str, object]:
    """What a link run writes for an incident (a row or a result row with its columns) from its
    own place, period and kind: its name and date precision (and its actors, sorted).
    ``verify`` compares the row with it, so an edited date or name shows even where no event
    recorded the incident. (A plain namespace, not an ``Incident``: fast on 10^5.)"""
    copy = SimpleNamespace(kind=incident.kind, date_precision=incident.date_precision)
    _apply_state(cast(Incident, copy), stored_state(incident))
    return {column: getattr(copy, column) for column in DERIVED_FROM_STATE}


def _undated_follow_unfixed(
    info: dict[int, DocumentInfo], facts: list[ClaimFacts]
) -> dict[int, DocumentInfo]:
    """A report whose claims dated by an unfixed day ("last week", its date known only to the
    month) outnumber those of any day it writes out is mostly about that time: its claims with
    no time of their own are read at that time too, not at the day of its fewer claims."""
    by_document: dict[int, list[ClaimFacts]] = defaultdict(list)
    for f in facts:
        by_document[f.document_id].append(f)
    result = dict(info)
    for document_id, found in by_document.items():
        document = info.get(document_id)
        if document is None or not document.unfixed:
            continue
        undated = [f for f in found if f.date_precision in ("unknown", "document")]
        loose = sum(f.claim_id in document.unfixed for f in undated)
        days = Counter((f.start, f.end) for f in found if f.date_precision in ("day", "period"))
        if loose > max(days.values(), default=0):
            widened = document.unfixed | {f.claim_id for f in undated}
            result[document_id] = replace(document, unfixed=frozenset(widened))
    return result


def _with_document_context(
    facts: list[ClaimFacts],
    recalled: frozenset[int] = frozenset(),
    unfixed: frozenset[int] = frozenset(),
) -> list[ClaimFacts]:
    """A claim that names no place or time takes its document's most-named one.

    One report usually describes one scene: "the strike on the market killed 12 … 27 were
    injured" names the market once, and the period stated in a report's opening sentence covers
    the figures that follow. A day stated only for a ``recalled`` figure (another event the
    report recalls, "days after the bombing of 26 August") is that event's, not the report's;
    a claim ``unfixed`` ("last week" in a report known only to its month) has a time of its own
    that no day of the report fixes, and takes none of them.
    """
    places: dict[int, Counter[PlaceInfo]] = defaultdict(Counter)
    windows: dict[int, Counter[tuple[dt.date, dt.date, str]]] = defaultdict(Counter)
    for f in facts:
        if f.place.precision != "unknown":
            places[f.document_id][f.place] += 1
        own_day = f.date_precision in ("day", "period")
        if own_day and f.start and f.end and f.claim_id not in recalled:
            windows[f.document_id][(f.start, f.end, f.date_precision)] += 1
    result = []
    for f in facts:
        if f.place.precision == "unknown" and places.get(f.document_id):
            f = replace(f, place=places[f.document_id].most_common(1)[0][0])
        if (
            f.date_precision in ("unknown", "document")
            and windows.get(f.document_id)
            and f.claim_id not in unfixed
        ):
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
