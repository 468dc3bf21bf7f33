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

The same pass keeps what each active incident's list summary shows of its claims
(``derived_summaries``: the claims and documents behind it, its figures with the claims behind
each, civilians reported killed; :func:`harmledger.assess.views.claim_parts`), so a page of a
list reads a row per incident instead of its claims.

Only active incidents' rows are kept current: an incident merged into another keeps the rows it
had (tallies read active incidents only; lists derive an inactive incident's summary from its
claims). Writes that bypass the ORM session (raw SQL) call :func:`rebuild_figures`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from harmledger.assess.views import claim_parts, derive_parts
from harmledger.store.dialects import MAX_BOUND_IDS
from harmledger.store.incident_tables import (
    COPIED_ATTRIBUTES,
    DerivedFigure,
    DerivedSummary,
    Incident,
)

SUMMARY_BATCH = 5000  # summary rows per insert
# (measure, category) → (min, max) for each incident
Figures = dict[int, dict[tuple[str, str], tuple[int, int]]]


def _chunks(incident_ids: Collection[int] | None) -> list[list[int] | None]:
    if incident_ids is None or len(incident_ids) > 4 * MAX_BOUND_IDS:
        return [None]  # every incident: cheaper than many IN lists, and no bound-variable cap
    ordered = sorted(incident_ids)
    return [ordered[i : i + MAX_BOUND_IDS] for i in range(0, len(ordered), MAX_BOUND_IDS)]


def derive_summaries(
    session: Session, incident_ids: Collection[int] | None = None
) -> dict[int, dict[str, Any]]:
    """What the summaries of the given incidents (or of every incident with claims) show of
    their claims (:func:`harmledger.assess.views.claim_parts`), read from their claims."""
    wanted = None if incident_ids is None else set(incident_ids)
    found: dict[int, dict[str, Any]] = {}
    for chunk in _chunks(incident_ids):
        derived = derive_parts(session, chunk)
        found.update((i, parts) for i, parts in derived.items() if wanted is None or i in wanted)
    return found


def _figures_of(summaries: dict[int, dict[str, Any]]) -> Figures:
    """Min and max per (measure, category) of the summaries' figures (those with both)."""
    found: Figures = defaultdict(dict)
    for incident_id, parts in summaries.items():
        for figure in parts["figures"]:
            if figure["min"] is not None and figure["max"] is not None:
                key = (figure["measure"], figure["category"])
                found[incident_id][key] = (figure["min"], figure["max"])
    return found


def derive_figures(session: Session, incident_ids: Collection[int] | None = None) -> Figures:
    """Min and max per (measure, category) from the claims of the given incidents (or all)."""
    return _figures_of(derive_summaries(session, incident_ids))


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


def _write_summaries(
    session: Session, incident_ids: list[int], summaries: dict[int, dict[str, Any]]
) -> None:
    """Keep these incidents' summary parts (an incident with no claim kept has empty ones)."""
    empty = claim_parts([])
    for i in range(0, len(incident_ids), MAX_BOUND_IDS):
        chunk = incident_ids[i : i + MAX_BOUND_IDS]
        session.execute(delete(DerivedSummary).where(DerivedSummary.incident_id.in_(chunk)))
    rows = [{"incident_id": i, "parts": summaries.get(i, empty)} for i in incident_ids]
    for i in range(0, len(rows), SUMMARY_BATCH):
        session.execute(insert(DerivedSummary), rows[i : i + SUMMARY_BATCH])


def refresh_figures(session: Session, incident_ids: Iterable[int]) -> None:
    """Recompute the stored figures and summary parts of these incidents (the unit of work
    calls it on commit)."""
    ids = sorted(set(incident_ids))
    if not ids:
        return
    summaries = derive_summaries(session, ids)
    found = _figures_of(summaries)
    for i in range(0, len(ids), MAX_BOUND_IDS):
        chunk = ids[i : i + MAX_BOUND_IDS]
        session.execute(delete(DerivedFigure).where(DerivedFigure.incident_id.in_(chunk)))
    rows = _rows(session, found)
    if rows:
        session.execute(insert(DerivedFigure), rows)
    _write_summaries(session, ids, summaries)


def rebuild_figures(session: Session, *, summaries: bool = True) -> int:
    """Recompute every incident's stored figures and every active incident's summary parts
    (after bulk loads, or when the rule deriving them changed); returns the figure row count.
    ``summaries=False`` leaves the summary parts alone (migrations older than their table)."""
    derived = derive_summaries(session)
    rows = _rows(session, _figures_of(derived))
    session.execute(delete(DerivedFigure))
    if rows:
        session.execute(insert(DerivedFigure), rows)
    if not summaries:
        return len(rows)
    session.execute(delete(DerivedSummary))
    active = sorted(session.scalars(select(Incident.id).where(Incident.status == "active")))
    _write_summaries(session, active, derived)
    return len(rows)


def stored_figures(session: Session) -> Figures:
    """What ``derived_figures`` holds, in the shape :func:`derive_figures` returns."""
    found: Figures = defaultdict(dict)
    for row in session.execute(select(DerivedFigure)).scalars():
        found[row.incident_id][(row.measure, row.category)] = (row.low, row.high)
    return found
