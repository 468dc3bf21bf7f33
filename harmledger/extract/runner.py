"""Run the extractor over stored documents, incrementally, and store what it finds.

A document is extracted once per extractor version: re-running finds nothing to do, and a
newer version adds its claims beside the old ones (which stay, marked not current), so every
earlier reading of a document remains inspectable.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select, update

from harmledger.errors import InputError
from harmledger.store.custody import append_event
from harmledger.store.ledger import Ledger
from harmledger.store.tables import ClaimRow, Document, Extraction

BATCH_SIZE = 200
CLAIM_FIELDS = (
    "kind", "measure", "who", "who_text", "low", "high", "qualifier", "start", "end", "quote",
    "speaker", "attribution_chain", "perpetrator", "weapon", "place", "place_name", "latitude",
    "longitude", "period_start", "period_end", "confidence", "negated", "lang",
)  # fmt: skip


@dataclass
class ExtractionReport:
    """What one ``extract`` call did."""

    extractor_version: str
    documents: int = 0
    claims: int = 0
    casualty_claims: int = 0
    skipped: int = 0
    unsupported: dict[str, int] = field(default_factory=dict)
    failures: list[tuple[int, str]] = field(default_factory=list)


GAZETTEER_FILE = "gazetteer.csv"


def extract_documents(
    ledger: Ledger,
    *,
    document_ids: Sequence[int] | None = None,
    gazetteer_file: Path | None = None,
    on_progress: Callable[[int, int], None] | None = None,
) -> ExtractionReport:
    """Extract claims from every stored document this extractor version has not read yet.

    Places are looked up in the built-in gazetteer plus ``gazetteer_file``, or, when not given,
    the data home's ``gazetteer.csv`` if there is one (neighbourhoods, villages, local names).
    """
    if gazetteer_file is None and (ledger.settings.home / GAZETTEER_FILE).is_file():
        gazetteer_file = ledger.settings.home / GAZETTEER_FILE
    from harmledger.extract import EXTRACTOR_VERSION

    report = ExtractionReport(EXTRACTOR_VERSION)
    with ledger.reader() as session:
        done = select(Extraction.document_id).where(
            Extraction.extractor_version == EXTRACTOR_VERSION
        )
        query = select(Document.id).order_by(Document.id)
        if document_ids:
            known = set(session.scalars(select(Document.id).where(Document.id.in_(document_ids))))
            unknown = sorted(set(document_ids) - known)
            if unknown:
                raise InputError(f"no document with id {', '.join(map(str, unknown))}")
            query = query.where(Document.id.in_(document_ids))
        all_ids = list(session.scalars(query))
        pending = list(session.scalars(query.where(Document.id.not_in(done))))
    report.skipped = len(all_ids) - len(pending)
    for offset in range(0, len(pending), BATCH_SIZE):
        _extract_batch(ledger, pending[offset : offset + BATCH_SIZE], report, gazetteer_file)
        if on_progress:
            on_progress(min(offset + BATCH_SIZE, len(pending)), len(pending))
    return report


def _extract_batch(
    ledger: Ledger, ids: list[int], report: ExtractionReport, gazetteer_file: Path | None
) -> None:
    from harmledger.extract import available_languages, extract_claims

    supported = set(available_languages())
    now = dt.datetime.now(dt.UTC)
    with ledger.session() as session:
        documents = session.scalars(
            select(Document).where(Document.id.in_(ids)).order_by(Document.id)
        )
        extracted: list[int] = []
        claims_in_batch = 0
        for document in documents:
            if document.lang != "und" and document.lang not in supported:
                report.unsupported[document.lang] = report.unsupported.get(document.lang, 0) + 1
                continue
            try:
                lang = document.lang if document.lang != "und" else None
                claims = extract_claims(
                    document.text,
                    lang=lang,
                    published=document.published,
                    gazetteer_file=gazetteer_file,
                )
            except Exception as error:  # one bad document must not stop the batch
                report.failures.append((document.id, f"{error.__class__.__name__}: {error}"))
                continue
            session.execute(
                update(Extraction)
                .where(Extraction.document_id == document.id)
                .values(current=False)
            )
            extraction = Extraction(
                document_id=document.id,
                extractor_version=report.extractor_version,
                extracted_at=now,
                current=True,
                claim_count=len(claims),
            )
            session.add(extraction)
            session.flush()
            for claim in claims:
                if document.text[claim.start : claim.end] != claim.quote:
                    report.failures.append(
                        (document.id, f"span {claim.start}-{claim.end} != quote")
                    )
                    continue
                values = claim.model_dump()
                session.add(
                    ClaimRow(
                        extraction_id=extraction.id,
                        document_id=document.id,
                        **{name: values[name] for name in CLAIM_FIELDS},
                    )
                )
                claims_in_batch += 1
                report.casualty_claims += int(claim.is_casualty)
            extracted.append(document.id)
        if extracted:
            from harmledger.assess.stored_figures import refresh_documents

            refresh_documents(session, extracted)  # their earlier claims are no longer current
            append_event(
                session,
                actor=ledger.settings.actor,
                action="extract",
                subject=f"extractor:{report.extractor_version}",
                details={"documents": extracted, "claims": claims_in_batch},
            )
        report.documents += len(extracted)
        report.claims += claims_in_batch


def claim_record(row: ClaimRow) -> dict[str, Any]:
    """A stored claim as the same JSON fields ``extract-text`` prints, plus provenance."""
    record: dict[str, Any] = {"id": row.id, "document_id": row.document_id}
    for name in CLAIM_FIELDS:
        value = getattr(row, name)
        record[name] = value.isoformat() if isinstance(value, dt.date) else value
    return record


def list_claims(
    ledger: Ledger,
    *,
    document_id: int | None = None,
    kind: str | None = None,
    measure: str | None = None,
    include_superseded: bool = False,
) -> list[dict[str, Any]]:
    """Stored claims (current extractor reading by default), in document and text order."""
    query = select(ClaimRow).join(Extraction).order_by(ClaimRow.document_id, ClaimRow.start)
    if not include_superseded:
        query = query.where(Extraction.current.is_(True))
    if document_id is not None:
        query = query.where(ClaimRow.document_id == document_id)
    if kind:
        query = query.where(ClaimRow.kind == kind)
    if measure:
        query = query.where(ClaimRow.measure == measure)
    with ledger.reader() as session:
        return [claim_record(row) for row in session.scalars(query)]
