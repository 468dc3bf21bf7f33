"""Keep ``search_entries`` in step with the ledger: one entry per document and per current
casualty claim.

The index is derived state, brought up to date just before each search rather than by every
writer: :func:`sync` adds entries for documents and current casualty claims not indexed yet and
drops those of claims whose extraction a newer extractor version replaced. Documents are never
rewritten and a claim's quote never changes, so an entry, once made, stays right; when nothing
changed, the check costs three indexed existence queries in a read transaction and takes no
write lock. Each database keeps its own text index in step with the table (triggers on
SQLite, an expression index on PostgreSQL).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import and_, delete, exists, insert, select
from sqlalchemy.orm import InstrumentedAttribute, Session
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.selectable import Exists

from harmledger.search.terms import index_terms
from harmledger.store.dialects import MAX_BOUND_IDS
from harmledger.store.ledger import Ledger
from harmledger.store.locks import hold
from harmledger.store.search_tables import SearchEntry
from harmledger.store.tables import ClaimRow, Document, Extraction

BATCH = 500  # documents read and indexed at a time: their texts are held in memory
DOCUMENT = "document"
CLAIM = "claim"
KINDS = (DOCUMENT, CLAIM)


@dataclass(frozen=True)
class SyncReport:
    """What one :func:`sync` changed."""

    documents_added: int = 0
    claims_added: int = 0
    claims_dropped: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.documents_added or self.claims_added or self.claims_dropped)


def _indexed(kind: str, ref: ColumnElement[int] | InstrumentedAttribute[int]) -> Exists:
    return exists().where(SearchEntry.kind == kind, SearchEntry.ref_id == ref)


def document_text(title: str | None, text: str) -> str:
    """What a document is searched by: its title, then its text (the text alone when it
    begins with the title, as a plain text file's first line is taken for its title)."""
    if not title or text.lstrip().startswith(title.strip()):
        return text
    return f"{title}\n{text}"


def _current_casualty_claims() -> ColumnElement[bool]:
    return and_(
        ClaimRow.kind == "casualty",
        exists().where(Extraction.id == ClaimRow.extraction_id, Extraction.current),
    )


def _stale_claim_entries() -> ColumnElement[bool]:
    return and_(
        SearchEntry.kind == CLAIM,
        SearchEntry.ref_id.not_in(select(ClaimRow.id).where(_current_casualty_claims())),
    )


def behind(session: Session) -> bool:
    """Whether anything is missing from the index or left in it that should go."""
    checks = (
        select(Document.id).where(~_indexed(DOCUMENT, Document.id)),
        select(ClaimRow.id).where(_current_casualty_claims(), ~_indexed(CLAIM, ClaimRow.id)),
        select(SearchEntry.id).where(_stale_claim_entries()),
    )
    return any(session.execute(check.limit(1)).first() is not None for check in checks)


def bring_up_to_date(ledger: Ledger) -> SyncReport:
    """Sync the index if it is behind. Looking costs a read; only then is the write lock taken
    (so searches neither wait for nor hold up writers when nothing changed). A first sync of
    a large ledger commits every :data:`BATCH` documents, so writers wait seconds, not minutes.
    """
    with ledger.reader() as session:
        if not behind(session):
            return SyncReport()
    total = SyncReport()
    while True:
        with ledger.session() as session:
            hold(session, "search-index")  # PostgreSQL: a second sync waits, then finds it done
            done = sync(session, max_documents=BATCH)
        total = SyncReport(
            total.documents_added + done.documents_added,
            total.claims_added + done.claims_added,
            total.claims_dropped + done.claims_dropped,
        )
        if done.documents_added < BATCH:
            return total


def sync(session: Session, *, max_documents: int | None = None) -> SyncReport:
    """Bring ``search_entries`` up to date in ``session`` (a writing one): every document not
    indexed yet (at most ``max_documents``), then the claims."""
    documents_added = 0
    while max_documents is None or documents_added < max_documents:
        rows = session.execute(
            select(Document.id, Document.title, Document.text)
            .where(~_indexed(DOCUMENT, Document.id))
            .order_by(Document.id)
            .limit(BATCH if max_documents is None else min(BATCH, max_documents - documents_added))
        ).all()
        if not rows:
            break
        session.execute(
            insert(SearchEntry),
            [
                {
                    "kind": DOCUMENT,
                    "ref_id": i,
                    "document_id": i,
                    "terms": index_terms(document_text(title, text)),
                }
                for i, title, text in rows
            ],
        )
        documents_added += len(rows)
    stale = list(session.scalars(select(SearchEntry.id).where(_stale_claim_entries())))
    for start in range(0, len(stale), MAX_BOUND_IDS):
        chunk = stale[start : start + MAX_BOUND_IDS]
        session.execute(delete(SearchEntry).where(SearchEntry.id.in_(chunk)))
    claims = session.execute(
        select(ClaimRow.id, ClaimRow.document_id, ClaimRow.quote).where(
            _current_casualty_claims(), ~_indexed(CLAIM, ClaimRow.id)
        )
    ).all()
    if claims:
        session.execute(
            insert(SearchEntry),
            [
                {"kind": CLAIM, "ref_id": i, "document_id": d, "terms": index_terms(quote)}
                for i, d, quote in claims
            ],
        )
    return SyncReport(documents_added, len(claims), len(stale))
