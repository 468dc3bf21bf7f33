"""The document catalogue: summaries for lists, full records with custody for one.

Every summary says whether the extractor can read the document (``extraction_note``): a document
in a language without a pack is kept and listed like any other, with the reason it has no claims.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from harmledger.errors import NotFound
from harmledger.store.ledger import Ledger
from harmledger.store.tables import (
    WITNESS,
    CustodyEvent,
    Document,
    DocumentRelation,
    Source,
    UnreadItem,
)

SUMMARY_FIELDS = (
    "id",
    "sha256",
    "part",
    "media_type",
    "lang",
    "lang_confidence",
    "source",
    "published",
    "title",
    "origin",
    "extraction_note",
    "near_duplicates",
)
UNDETERMINED_NOTE = "language undetermined"


def extraction_note(lang: str) -> str | None:
    """Why the extractor will not read a document in ``lang``, or None when it will."""
    from harmledger.extract.language_pack import available_languages
    from harmledger.extract.runner import NOT_SUPPORTED

    if lang == "und":
        return UNDETERMINED_NOTE
    return None if lang in available_languages() else NOT_SUPPORTED


def _near_duplicates(session: Session, ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    """For each document, the documents found to be near-duplicates of it (either direction)."""
    found: dict[int, list[dict[str, Any]]] = {i: [] for i in ids}
    if not ids:
        return found
    rows = session.scalars(
        select(DocumentRelation).where(
            DocumentRelation.kind == "near_duplicate",
            or_(DocumentRelation.document_id.in_(ids), DocumentRelation.related_id.in_(ids)),
        )
    )
    for row in rows:
        for this, other in ((row.document_id, row.related_id), (row.related_id, row.document_id)):
            if this in found:
                found[this].append({"id": other, "similarity": row.similarity})
    for related in found.values():
        related.sort(key=lambda r: (-r["similarity"], r["id"]))
    return found


def _summary(document: Document) -> dict[str, Any]:
    return {
        "id": document.id,
        "sha256": document.sha256,
        "part": document.part,
        "media_type": document.media_type,
        "lang": document.lang,
        "lang_confidence": document.lang_confidence,
        "source": document.source.name if document.source else None,
        "published": document.published.isoformat() if document.published else None,
        "title": document.title,
        "origin": document.origin,
        "extraction_note": extraction_note(document.lang),
    }


def list_documents(
    ledger: Ledger,
    *,
    lang: str | None = None,
    source: str | None = None,
    limit: int | None = None,
    offset: int = 0,
    public: bool = False,
) -> list[dict[str, Any]]:
    """Document summaries in ingestion order, optionally filtered by language or source name;
    ``public`` leaves out witness-sourced documents (witnesses are protected people)."""
    query = select(Document).order_by(Document.id).offset(offset)
    if lang:
        query = query.where(Document.lang == lang)
    if source or public:
        query = query.outerjoin(Source, Document.source_id == Source.id)
    if source:
        query = query.where(Source.name == source)
    if public:
        query = query.where(or_(Document.source_id.is_(None), Source.type != WITNESS))
    if limit is not None:
        query = query.limit(limit)
    with ledger.reader() as session:
        documents = list(session.scalars(query))
        related = _near_duplicates(session, [d.id for d in documents])
        return [
            _summary(d) | {"near_duplicates": [r["id"] for r in related[d.id]]} for d in documents
        ]


def get_document(ledger: Ledger, document_id: int) -> dict[str, Any]:
    """Everything recorded about one document, its text and its custody events."""
    with ledger.reader() as session:
        document = session.get(Document, document_id)
        if document is None:
            raise NotFound(f"no document with id {document_id}")
        events = session.scalars(
            select(CustodyEvent)
            .where(CustodyEvent.subject.in_([f"blob:{document.sha256}", f"document:{document.id}"]))
            .order_by(CustodyEvent.id)
        ).all()
        record = _summary(document) | {
            "part_label": document.part_label,
            "size": document.size,
            "url": document.url,
            "method": document.method,
            "retrieved_at": document.retrieved_at.isoformat(),
            "source_type": document.source.type if document.source else None,
            "author": document.author,
            "published_precision": document.published_precision,
            "lang_source": document.lang_source,
            "encoding": document.encoding,
            "text_sha256": document.text_sha256,
            "reading": document.reading,
            "near_duplicates": _near_duplicates(session, [document.id])[document.id],
            "archive_path": str(ledger.archive.path_for(document.sha256)),
            "text": document.text,
            "custody": [
                {
                    "id": e.id,
                    "at": e.occurred_at.isoformat(),
                    "actor": e.actor,
                    "action": e.action,
                    "hash": e.hash,
                }
                for e in events
            ],
        }
    return record


UNREAD_FIELDS = ("id", "sha256", "format", "size", "origin", "archived_at", "reason", "read_at")


def list_unread(ledger: Ledger, *, include_read: bool = False) -> list[dict[str, Any]]:
    """Items archived as evidence whose text could not be read, with the reason.

    ``read_at`` is set once a later ingest read the same bytes; those are left out unless
    ``include_read``.
    """
    query = select(UnreadItem).order_by(UnreadItem.id)
    if not include_read:
        query = query.where(UnreadItem.read_at.is_(None))
    with ledger.reader() as session:
        return [
            {
                "id": u.id,
                "sha256": u.sha256,
                "format": u.format,
                "size": u.size,
                "origin": u.origin,
                "url": u.url,
                "method": u.method,
                "archived_at": u.archived_at.isoformat(),
                "reason": u.reason,
                "read_at": u.read_at.isoformat() if u.read_at else None,
                "archive_path": str(ledger.archive.path_for(u.sha256)),
            }
            for u in session.scalars(query)
        ]
