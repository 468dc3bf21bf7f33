"""Claims as reviewers left them: the read model linking, assessment and tallies all use.

A reviewer's latest decision wins: a rejected claim is left out, a corrected one is read with its
corrections; the machine's original stays stored untouched.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from harmledger.claims.origins import claim_origin, normalise_origin, source_type
from harmledger.store.db import READ_ONLY_OPTION
from harmledger.store.dialects import MAX_BOUND_IDS, aware
from harmledger.store.incident_tables import BelligerentAssessment, ClaimReview
from harmledger.store.tables import ClaimRow, Document, Extraction, Source

UNCOUNTED = "uncounted"  # harm in the plural with no figure: extract/uncounted.py
_REGISTRY = "harmledger_source_registry"  # a read-only session's registry, in session.info

CORRECTABLE = (
    "measure",
    "who",
    "low",
    "high",
    "qualifier",
    "perpetrator",
    "weapon",
    "place",
    "place_name",
    "latitude",
    "longitude",
    "period_start",
    "period_end",
    "speaker",
)
# what loading reads of a claim: the fields a reviewer may correct, plus the chain, the quote and
# where the quote stands in its document (figures read a report's lead claim)
CLAIM_COLUMNS = (*CORRECTABLE, "attribution_chain", "quote", "place_confidence", "start", "end")
PLACE_FIELDS = ("place", "place_name", "latitude", "longitude")


@dataclass
class LoadedClaim:
    """A claim with its reviewed values, its document's context and its origin."""

    id: int
    document_id: int
    values: dict[str, Any]
    published: dt.date | None
    retrieved_at: dt.datetime
    origin: str
    source_type: str
    review: str | None
    kind: str = "casualty"


def source_registry(session: Session) -> dict[str, str]:
    """Source types by normalised name: the user's (the sources table is editable data), and
    every party that made a belligerent assessment, which is a belligerent unless the user typed
    it otherwise.

    A read-only session (a page) reads it once: its snapshot cannot change, and an incident
    page loads claims two or three times. A writer reads it every time (it may add sources).
    """
    read_only = session.get_bind().get_execution_options().get(READ_ONLY_OPTION, False)
    if read_only and _REGISTRY in session.info:
        return session.info[_REGISTRY]  # type: ignore[no-any-return]
    registry = _read_registry(session)
    if read_only:
        session.info[_REGISTRY] = registry
    return registry


def _read_registry(session: Session) -> dict[str, str]:
    registry = {
        normalise_origin(name): "belligerent"
        for name in session.scalars(select(BelligerentAssessment.belligerent).distinct())
        if name
    }
    for name, kind in session.execute(select(Source.name, Source.type)):
        if kind != "other" or normalise_origin(name) not in registry:
            registry[normalise_origin(name)] = kind
    return registry


def latest_reviews(
    session: Session, claim_ids: Sequence[int] | None = None
) -> dict[int, ClaimReview]:
    query = select(ClaimReview).order_by(ClaimReview.id)
    if claim_ids is not None:
        query = query.where(ClaimReview.claim_id.in_(claim_ids))
    return {review.claim_id: review for review in session.scalars(query)}


def load_claims(
    session: Session,
    claim_ids: Iterable[int] | None = None,
    *,
    casualty_only: bool = True,
    with_uncounted: bool = False,
    include_rejected: bool = False,
    as_of: dt.datetime | None = None,
    published_by: dt.date | None = None,
) -> list[LoadedClaim]:
    """Current-extraction claims (or the given ids), reviewed, in publication order.

    ``as_of`` keeps what this ledger had recorded by then (extractions, retrievals, reviews);
    ``published_by`` keeps claims of documents published by that day (retrieved, when the
    publication date is unknown), read as the ledger reads them now. ``with_uncounted`` keeps
    plurals with no figure too (``kind="uncounted"``), which only incident figures read.
    """
    # plain rows, not ORM objects: a tally may read every claim of the ledger
    claim_columns = [ClaimRow.__table__.c[name] for name in ("id", "document_id", *CLAIM_COLUMNS)]
    query = (
        select(
            *claim_columns,
            ClaimRow.kind,
            Document.published,
            Document.retrieved_at,
            Source.name,
            Source.type,
        )
        .join(Extraction, ClaimRow.extraction_id == Extraction.id)
        .join(Document, ClaimRow.document_id == Document.id)
        .outerjoin(Source, Document.source_id == Source.id)
        .where(Extraction.current.is_(True))
    )
    wanted: set[int] | None = None
    if claim_ids is not None:
        wanted = set(claim_ids)
        if len(wanted) <= MAX_BOUND_IDS:
            query = query.where(ClaimRow.id.in_(wanted))
    if casualty_only:
        kinds = ("casualty", UNCOUNTED) if with_uncounted else ("casualty",)
        query = query.where(ClaimRow.kind.in_(kinds), ClaimRow.negated.is_(False))
    if as_of is not None:
        query = query.where(Extraction.extracted_at <= as_of, Document.retrieved_at <= as_of)
    rows = session.execute(query).all()
    # the reviews of the claims read, not of the whole ledger (a page reads a few hundred)
    few = wanted is not None and len(wanted) <= MAX_BOUND_IDS
    reviews = latest_reviews(session, sorted(wanted) if few and wanted is not None else None)
    if as_of is not None:
        reviews = {k: r for k, r in reviews.items() if aware(r.decided_at) <= as_of}
    registry = source_registry(session)
    loaded = []
    for row in rows:
        # by position, not by name: a row's attribute lookup is the cost of a page of claims
        (
            claim_id,
            document_id,
            *columns,
            kind,
            published,
            retrieved_at,
            publisher,
            publisher_type,
        ) = row
        if wanted is not None and claim_id not in wanted:
            continue
        if published_by is not None and (published or retrieved_at.date()) > published_by:
            continue
        review = reviews.get(claim_id)
        if review and review.decision == "reject" and not include_rejected:
            continue
        values = dict(zip(CLAIM_COLUMNS, columns, strict=True))
        chain = values["attribution_chain"]
        if review and review.decision == "correct":
            values.update({k: v for k, v in review.corrections.items() if k in CORRECTABLE})
            if any(k in review.corrections for k in PLACE_FIELDS):
                values["place_confidence"] = 1.0  # a reviewer placed it
            for key in ("period_start", "period_end"):
                if isinstance(values[key], str):
                    values[key] = dt.date.fromisoformat(values[key])
        origin = claim_origin(chain, values["speaker"], publisher, document_id)
        default_type = publisher_type if publisher_type and publisher_type != "other" else "news"
        loaded.append(
            LoadedClaim(
                id=claim_id,
                document_id=document_id,
                values=values,
                published=published,
                retrieved_at=retrieved_at,
                origin=origin,
                source_type=source_type(origin, registry, default=default_type),
                review=review.decision if review else None,
                kind=kind,
            )
        )
    loaded.sort(key=lambda c: (c.published or dt.date.max, c.document_id, c.id))
    return loaded


def link_active(
    created_at: dt.datetime, removed_at: dt.datetime | None, as_of: dt.datetime | None
) -> bool:
    """Whether a claim's link to an incident held now (``as_of`` None) or on ``as_of``."""
    if as_of is None:
        return removed_at is None
    return aware(created_at) <= as_of and (removed_at is None or aware(removed_at) > as_of)
