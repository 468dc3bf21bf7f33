"""Figures kept per incident, so that a tally is a sum in SQL instead of a pass over every claim.

Each incident's min and max per (measure, category), as :func:`harmledger.assess.figures.figures`
derives them from its current claims, is stored in ``derived_figures`` and refreshed in the
same transaction as each write that changes it: :func:`refresh_figures` is registered with the
store's unit of work (:mod:`harmledger.assess.derived`), which runs it before every commit that
touched an incident's links, claims, reviews or documents.

Min and max do not depend on which claims repeat one another (a repeat states the same numbers),
so they are computed in the database: the smallest lower bound and the largest stated maximum
over the incident's active links to current, non-negated casualty claims. Claims a reviewer
decided on (a few) are read in Python with the reviewer's latest decision applied, as
:func:`harmledger.claims.reviewed.load_claims` reads them.

Only active incidents' rows are kept current: an incident merged into another keeps the rows it
had (tallies read active incidents only). Writes that bypass the ORM session (raw SQL) call
:func:`rebuild_figures`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable
from typing import Any, TypeVarTuple

from sqlalchemy import Select, and_, delete, false, func, insert, or_, select
from sqlalchemy.orm import Session

from harmledger.assess.figures import BELLIGERENT, category_of
from harmledger.claims.origins import claim_origin, source_type
from harmledger.claims.reviewed import CORRECTABLE, latest_reviews, source_registry
from harmledger.store.dialects import MAX_BOUND_IDS
from harmledger.store.incident_tables import (
    COPIED_ATTRIBUTES,
    ClaimReview,
    DerivedFigure,
    Incident,
    IncidentClaim,
)
from harmledger.store.tables import ClaimRow, Document, Extraction, Source

Columns = TypeVarTuple("Columns")
# (measure, category) → (min, max) for each incident
Figures = dict[int, dict[tuple[str, str], tuple[int, int]]]


def _counted(query: Select[*Columns]) -> Select[*Columns]:
    """Active links to current, non-negated casualty claims."""
    return (
        query.join(ClaimRow, ClaimRow.id == IncidentClaim.claim_id)
        .join(Extraction, Extraction.id == ClaimRow.extraction_id)
        .where(
            IncidentClaim.removed_at.is_(None),
            Extraction.current.is_(True),
            ClaimRow.kind == "casualty",
            ClaimRow.negated.is_(False),
        )
    )


def _chunks(incident_ids: Collection[int] | None) -> list[list[int] | None]:
    if incident_ids is None or len(incident_ids) > 4 * MAX_BOUND_IDS:
        return [None]  # every incident: cheaper than many IN lists, and no bound-variable cap
    ordered = sorted(incident_ids)
    return [ordered[i : i + MAX_BOUND_IDS] for i in range(0, len(ordered), MAX_BOUND_IDS)]


def _add(found: Figures, incident_id: int, key: tuple[str, str], low: int, high: int) -> None:
    known = found[incident_id].get(key)
    found[incident_id][key] = (
        (low, high) if known is None else (min(known[0], low), max(known[1], high))
    )


def _belligerent_voices(
    session: Session, registry: dict[str, str], incident_ids: Collection[int] | None
) -> tuple[set[str], set[int]]:
    """Speakers and publishing sources that are belligerents: their claims are read in Python,
    where a belligerent's figure is kept only where no other voice gives one. A refresh of a few
    incidents reads only their claims' speakers, not the whole ledger's."""
    query = select(ClaimRow.speaker).distinct().where(ClaimRow.speaker.is_not(None))
    if incident_ids is not None and len(incident_ids) <= MAX_BOUND_IDS:
        query = query.join(IncidentClaim, IncidentClaim.claim_id == ClaimRow.id).where(
            IncidentClaim.incident_id.in_(sorted(incident_ids))
        )
    speakers = {
        speaker
        for speaker in session.scalars(query)
        if speaker and source_type(speaker, registry) == BELLIGERENT
    }
    sources = {
        source_id
        for source_id, name in session.execute(select(Source.id, Source.name))
        if source_type(name, registry) == BELLIGERENT
    }
    return speakers, sources


def derive_figures(session: Session, incident_ids: Collection[int] | None = None) -> Figures:
    """Min and max per (measure, category) from the claims of the given incidents (or all)."""
    found: Figures = defaultdict(dict)
    conceded: Figures = defaultdict(dict)  # belligerents' own figures, see figures.py
    wanted = None if incident_ids is None else set(incident_ids)
    registry = source_registry(session)
    speakers, sources = _belligerent_voices(session, registry, incident_ids)
    in_python = or_(
        ClaimRow.id.in_(select(ClaimReview.claim_id)),
        # "IS NOT NULL AND": an unattributed claim must not make the whole test NULL
        and_(ClaimRow.speaker.is_not(None), ClaimRow.speaker.in_(sorted(speakers)))
        if speakers
        else false(),
        ClaimRow.document_id.in_(select(Document.id).where(Document.source_id.in_(sorted(sources))))
        if sources
        else false(),
    )
    for chunk in _chunks(incident_ids):
        unreviewed = _counted(
            select(
                IncidentClaim.incident_id,
                ClaimRow.measure,
                ClaimRow.who,
                func.min(func.coalesce(ClaimRow.low, 0)),
                func.max(func.coalesce(ClaimRow.high, ClaimRow.low)),
            )
        ).where(
            or_(ClaimRow.low.is_not(None), ClaimRow.high.is_not(None)),
            ~in_python,
        )
        decided = (
            _counted(
                select(
                    IncidentClaim.incident_id,
                    ClaimRow.id,
                    ClaimRow.measure,
                    ClaimRow.who,
                    ClaimRow.low,
                    ClaimRow.high,
                    ClaimRow.speaker,
                    ClaimRow.attribution_chain,
                    ClaimRow.document_id,
                    Source.name,
                )
            )
            .join(Document, Document.id == ClaimRow.document_id)
            .outerjoin(Source, Source.id == Document.source_id)
            .where(in_python)
        )
        if chunk is not None:
            unreviewed = unreviewed.where(IncidentClaim.incident_id.in_(chunk))
            decided = decided.where(IncidentClaim.incident_id.in_(chunk))
        grouped = unreviewed.group_by(IncidentClaim.incident_id, ClaimRow.measure, ClaimRow.who)
        for incident_id, measure, who, smallest, largest in session.execute(grouped):
            if wanted is None or incident_id in wanted:
                _add(found, incident_id, (measure, category_of(who)), smallest, largest)
        decided_rows = [r for r in session.execute(decided) if wanted is None or r[0] in wanted]
        reviews = latest_reviews(session) if decided_rows else {}
        for row in decided_rows:
            incident_id, claim_id, measure, who, low, high, speaker, chain, document, source = row
            values: dict[str, Any] = {
                "measure": measure,
                "who": who,
                "low": low,
                "high": high,
                "speaker": speaker,
            }
            review = reviews.get(claim_id)
            if review is not None and review.decision == "reject":
                continue
            if review is not None and review.decision == "correct":
                values.update({k: v for k, v in review.corrections.items() if k in CORRECTABLE})
            stated_low, stated_high = values["low"], values["high"]
            if stated_low is None and stated_high is None:
                continue
            origin = claim_origin(chain, values["speaker"], source, document)
            target = conceded if source_type(origin, registry) == BELLIGERENT else found
            _add(
                target,
                incident_id,
                (values["measure"], category_of(values["who"])),
                stated_low if stated_low is not None else 0,
                stated_high if stated_high is not None else stated_low,
            )
    for incident_id, keyed in conceded.items():
        for key, (low, high) in keyed.items():
            if key not in found[incident_id]:  # no other voice gives this figure
                found[incident_id][key] = (low, high)
    return found


def _rows(session: Session, found: Figures) -> list[dict[str, Any]]:
    """Rows for ``derived_figures``, each with its incident's copied attributes."""
    attributes: dict[int, dict[str, Any]] = {}
    ids = sorted(found)
    columns = [getattr(Incident, name) for name in COPIED_ATTRIBUTES]
    for i in range(0, len(ids), MAX_BOUND_IDS):
        chunk = ids[i : i + MAX_BOUND_IDS]
        for row in session.execute(select(Incident.id, *columns).where(Incident.id.in_(chunk))):
            attributes[row.id] = {name: getattr(row, name) for name in COPIED_ATTRIBUTES}
    empty = dict.fromkeys(COPIED_ATTRIBUTES)
    return [
        {
            "incident_id": i,
            "measure": m,
            "category": c,
            "low": low,
            "high": high,
            **attributes.get(i, empty),
        }
        for i, figures in found.items()
        for (m, c), (low, high) in figures.items()
        if m is not None  # a correction without a measure: no tally reads it
    ]


def refresh_figures(session: Session, incident_ids: Iterable[int]) -> None:
    """Recompute the stored figures of these incidents (the unit of work calls it on commit)."""
    ids = sorted(set(incident_ids))
    if not ids:
        return
    found = derive_figures(session, ids)
    for i in range(0, len(ids), MAX_BOUND_IDS):
        chunk = ids[i : i + MAX_BOUND_IDS]
        session.execute(delete(DerivedFigure).where(DerivedFigure.incident_id.in_(chunk)))
    rows = _rows(session, found)
    if rows:
        session.execute(insert(DerivedFigure), rows)


def rebuild_figures(session: Session) -> int:
    """Recompute every incident's stored figures (after bulk loads); returns the row count."""
    rows = _rows(session, derive_figures(session))
    session.execute(delete(DerivedFigure))
    if rows:
        session.execute(insert(DerivedFigure), rows)
    return len(rows)


def stored_figures(session: Session) -> Figures:
    """What ``derived_figures`` holds, in the shape :func:`derive_figures` returns."""
    found: Figures = defaultdict(dict)
    for row in session.execute(select(DerivedFigure)).scalars():
        found[row.incident_id][(row.measure, row.category)] = (row.low, row.high)
    return found
