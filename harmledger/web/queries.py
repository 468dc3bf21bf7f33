"""What the web pages list: pages of the library's incident list, counted once per ledger state,
and the queues and logs the pages show.

Which incidents match is the library's (:mod:`harmledger.publish.incident_list`, shared with the
CLI and the API); every record shown is built by the library's own views.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from harmledger.claims.queries import claim_record
from harmledger.publish.incident_list import (
    IncidentFilters,
    count_incidents,
    incident_rows,
)
from harmledger.store.dialects import MAX_BOUND_IDS
from harmledger.store.incident_tables import ClaimReview
from harmledger.store.tables import ClaimRow, CustodyEvent, Document, Extraction, Source
from harmledger.web.cache import ViewCache


def incident_page(
    session: Session,
    filters: IncidentFilters,
    *,
    page: int = 1,
    per_page: int = 25,
    cache: ViewCache | None = None,
) -> dict[str, Any]:
    """One page of incident summaries and the total number matching the filters.

    The total scans every incident the filters could match (``LIKE`` has no index), so with a
    ``cache`` it is counted once per filter while the ledger is unchanged: turning pages and
    repeating a search cost only the page itself.
    """
    items = incident_rows(session, filters, page=page, per_page=per_page)
    counted = replace(filters, sort="id")  # the order does not change the count
    if cache is None:
        total = count_incidents(session, counted)
    else:
        key = ("incident-count", counted)
        total = cache.get(key, lambda: count_incidents(session, counted), session)
    return {"items": items, "total": total, "page": page, "per_page": per_page}


def unreviewed_claims(session: Session, *, limit: int = 50) -> list[dict[str, Any]]:
    """Current casualty claims no reviewer has decided on yet, oldest first."""
    reviewed = select(ClaimReview.claim_id)
    query = (
        select(ClaimRow)
        .join(Extraction, ClaimRow.extraction_id == Extraction.id)
        .where(
            Extraction.current.is_(True),
            ClaimRow.kind == "casualty",
            ClaimRow.id.not_in(reviewed),
        )
        .order_by(ClaimRow.id)
        .limit(limit)
    )
    return [claim_record(row) for row in session.scalars(query)]


def claim_reviews(session: Session, claim_ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    """Every review of the given claims, oldest first."""
    found: dict[int, list[dict[str, Any]]] = {}
    if not claim_ids:
        return found
    query = select(ClaimReview).where(ClaimReview.claim_id.in_(claim_ids)).order_by(ClaimReview.id)
    for review in session.scalars(query):
        found.setdefault(review.claim_id, []).append(
            {
                "decision": review.decision,
                "reason": review.reason,
                "actor": review.actor,
                "decided_at": review.decided_at.isoformat(),
                "corrections": review.corrections,
            }
        )
    return found


def recent_events(session: Session, *, limit: int = 50) -> list[dict[str, Any]]:
    """The newest entries of the custody and decision log, newest first."""
    query = select(CustodyEvent).order_by(CustodyEvent.id.desc()).limit(limit)
    return [
        {
            "id": e.id,
            "at": e.occurred_at.isoformat(),
            "actor": e.actor,
            "action": e.action,
            "subject": e.subject,
            "details": e.details,
            "hash": e.hash,
        }
        for e in session.scalars(query)
    ]


def _chunks(ids: list[int]) -> list[list[int]]:
    return [ids[i : i + MAX_BOUND_IDS] for i in range(0, len(ids), MAX_BOUND_IDS)]


def page_documents(session: Session, ids: set[int]) -> dict[int, dict[str, Any]]:
    """What an incident page shows of its documents (publisher and its type, date, language,
    title, address, text), in one query for all of them rather than a full record each."""
    found: dict[int, dict[str, Any]] = {}
    for chunk in _chunks(sorted(ids)):
        query = (
            select(Document, Source.name, Source.type)
            .outerjoin(Source, Document.source_id == Source.id)
            .where(Document.id.in_(chunk))
        )
        for document, publisher, publisher_type in session.execute(query):
            found[document.id] = {
                "id": document.id,
                "title": document.title,
                "source": publisher,
                "source_type": publisher_type,
                "published": document.published.isoformat() if document.published else None,
                "lang": document.lang,
                "url": document.url,
                "text": document.text,
            }
    return found


def claim_spans(session: Session, ids: set[int]) -> dict[int, tuple[int, int, str | None]]:
    """Each claim's quote span in its document and its language, as extracted."""
    found: dict[int, tuple[int, int, str | None]] = {}
    for chunk in _chunks(sorted(ids)):
        query = select(ClaimRow.id, ClaimRow.start, ClaimRow.end, ClaimRow.lang).where(
            ClaimRow.id.in_(chunk)
        )
        for claim_id, start, end, lang in session.execute(query):
            found[claim_id] = (start, end, lang)
    return found
