"""Figures kept per incident, so that a tally is a sum in SQL instead of a pass over every claim.

Each incident's min and max per (measure, category), as :func:`harmledger.assess.figures.figures`
derives them from its current claims, is stored in ``derived_figures`` and refreshed in the
same transaction as each write that changes it: :func:`refresh_figures` is registered with the
store's unit of work (:mod:`harmledger.assess.derived`), which runs it before every commit that
touched an incident's links, claims, reviews or documents.

The figures are read by the one rule views and tallies use, over the incident's active links to
current, non-negated casualty claims (and plurals with no figure, ``uncounted``) loaded as
reviewers left them (:func:`harmledger.claims.reviewed.load_claims`): which claim is a report's
total, and whether a belligerent's figure counts, depend on the other claims beside it, which an
SQL aggregate cannot see.

Only active incidents' rows are kept current: an incident merged into another keeps the rows it
had (tallies read active incidents only). Writes that bypass the ORM session (raw SQL) call
:func:`rebuild_figures`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from harmledger.assess.figures import FigureClaim, figure_claim, figures
from harmledger.claims.reviewed import UNCOUNTED, load_claims
from harmledger.store.dialects import MAX_BOUND_IDS
from harmledger.store.incident_tables import (
    COPIED_ATTRIBUTES,
    DerivedFigure,
    Incident,
    IncidentClaim,
)
from harmledger.store.tables import ClaimRow, Extraction

# (measure, category) → (min, max) for each incident
Figures = dict[int, dict[tuple[str, str], tuple[int, int]]]


def _links(session: Session, chunk: list[int] | None) -> list[tuple[int, int]]:
    """(incident, claim) of active links to current, non-negated casualty claims (and plurals
    with no figure, which count where no report of the incident states a figure)."""
    query = (
        select(IncidentClaim.incident_id, IncidentClaim.claim_id)
        .join(ClaimRow, ClaimRow.id == IncidentClaim.claim_id)
        .join(Extraction, Extraction.id == ClaimRow.extraction_id)
        .where(
            IncidentClaim.removed_at.is_(None),
            Extraction.current.is_(True),
            ClaimRow.kind.in_(("casualty", UNCOUNTED)),
            ClaimRow.negated.is_(False),
        )
    )
    if chunk is not None:
        query = query.where(IncidentClaim.incident_id.in_(chunk))
    return [(incident_id, claim_id) for incident_id, claim_id in session.execute(query)]


def _chunks(incident_ids: Collection[int] | None) -> list[list[int] | None]:
    if incident_ids is None or len(incident_ids) > 4 * MAX_BOUND_IDS:
        return [None]  # every incident: cheaper than many IN lists, and no bound-variable cap
    ordered = sorted(incident_ids)
    return [ordered[i : i + MAX_BOUND_IDS] for i in range(0, len(ordered), MAX_BOUND_IDS)]


def derive_figures(session: Session, incident_ids: Collection[int] | None = None) -> Figures:
    """Min and max per (measure, category) from the claims of the given incidents (or all)."""
    found: Figures = defaultdict(dict)
    wanted = None if incident_ids is None else set(incident_ids)
    for chunk in _chunks(incident_ids):
        links = [(i, c) for i, c in _links(session, chunk) if wanted is None or i in wanted]
        if not links:
            continue
        loaded = {
            c.id: figure_claim(c)
            for c in load_claims(session, {c for _, c in links}, with_uncounted=True)
        }
        claims: dict[int, list[FigureClaim]] = defaultdict(list)
        for incident_id, claim_id in links:
            if claim_id in loaded:
                claims[incident_id].append(loaded[claim_id])
        for incident_id, held in claims.items():
            for figure in figures(held):
                if figure.min is not None and figure.max is not None:
                    found[incident_id][(figure.measure, figure.category)] = (figure.min, figure.max)
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
