"""Stored claims as records: what ``claims list``, the API and the web pages show of a claim.

Machine readings as stored (a reviewer's decision is read by :mod:`harmledger.claims.reviewed`);
the current extractor reading by default, every earlier one on request.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from sqlalchemy import Select, false, func, or_, select

from harmledger.store.dialects import no_row_has
from harmledger.store.ledger import Ledger
from harmledger.store.tables import WITNESS, ClaimRow, Document, Extraction, Source

# the fields of a stored claim, in the order ``extract-text`` prints them
CLAIM_FIELDS = (
    "kind", "measure", "who", "who_text", "low", "high", "qualifier", "start", "end", "quote",
    "speaker", "attribution_chain", "perpetrator", "weapon", "place", "place_name", "latitude",
    "longitude", "place_confidence", "period_start", "period_end", "confidence", "negated",
    "lang",
)  # fmt: skip


def claim_record(row: ClaimRow) -> dict[str, Any]:
    """A stored claim as the same JSON fields ``extract-text`` prints, plus provenance."""
    record: dict[str, Any] = {"id": row.id, "document_id": row.document_id}
    for name in CLAIM_FIELDS:
        value = getattr(row, name)
        record[name] = value.isoformat() if isinstance(value, dt.date) else value
    record["reading_confidence"] = row.reading_confidence
    return record


def _claims_query(
    document_id: int | None,
    kind: str | None,
    measure: str | None,
    include_superseded: bool,
    public: bool = False,
) -> Select[Any]:
    query = select(ClaimRow).join(Extraction)
    if public:  # a witness is a protected person: nothing read from their statement
        query = (
            query.join(Document, ClaimRow.document_id == Document.id)
            .outerjoin(Source, Document.source_id == Source.id)
            .where(or_(Document.source_id.is_(None), Source.type != WITNESS))
        )
    if not include_superseded:
        query = query.where(Extraction.current.is_(True))
    if document_id is not None:  # an id no row can have matches nothing, on every backend
        nothing = no_row_has(document_id)
        query = query.where(false() if nothing else ClaimRow.document_id == document_id)
    if kind:
        query = query.where(ClaimRow.kind == kind)
    if measure:
        query = query.where(ClaimRow.measure == measure)
    return query


def list_claims(
    ledger: Ledger,
    *,
    document_id: int | None = None,
    kind: str | None = None,
    measure: str | None = None,
    include_superseded: bool = False,
    offset: int = 0,
    limit: int | None = None,
    public: bool = False,
) -> list[dict[str, Any]]:
    """Stored claims (current extractor reading by default), in document and text order;
    ``offset`` and ``limit`` page them in the database; ``public`` leaves out claims read from
    witness-sourced documents."""
    query = _claims_query(document_id, kind, measure, include_superseded, public)
    query = query.order_by(ClaimRow.document_id, ClaimRow.start, ClaimRow.id).offset(offset)
    if limit is not None:
        query = query.limit(limit)
    with ledger.reader() as session:
        return [claim_record(row) for row in session.scalars(query)]


def claim_batches(
    ledger: Ledger, *, size: int = 1000, public: bool = False
) -> Iterator[list[dict[str, Any]]]:
    """What :func:`list_claims` lists by default (``public`` as there), ``size`` claims at a
    time from one cursor (a streamed export: memory holds one batch, whatever the number)."""
    query = _claims_query(None, None, None, False, public)
    query = query.order_by(ClaimRow.document_id, ClaimRow.start, ClaimRow.id)
    with ledger.reader() as session:
        for partition in session.scalars(query.execution_options(yield_per=size)).partitions():
            yield [claim_record(row) for row in partition]


def count_claims(
    ledger: Ledger,
    *,
    document_id: int | None = None,
    kind: str | None = None,
    measure: str | None = None,
    include_superseded: bool = False,
    public: bool = False,
) -> int:
    """How many claims :func:`list_claims` would list with the same filters."""
    query = _claims_query(document_id, kind, measure, include_superseded, public)
    with ledger.reader() as session:
        return session.scalar(select(func.count()).select_from(query.subquery())) or 0
