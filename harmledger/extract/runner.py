"""Run the extractor over stored documents, incrementally, and store what it finds.

A document is extracted once per extractor version: re-running finds nothing to do, and a
newer version adds its claims beside the old ones (which stay, marked not current), so every
earlier reading of a document remains inspectable. A document in a language without a pack is
kept as it is, not extracted, and named in the report (:data:`NOT_SUPPORTED`) every time, so it
is never lost silently.
"""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import insert, select, update

from harmledger.claims.queries import CLAIM_FIELDS
from harmledger.errors import NotFound
from harmledger.store.custody import append_event
from harmledger.store.ledger import Ledger
from harmledger.store.row_digest import DIGEST_VERSION, claims_by_extraction
from harmledger.store.tables import ClaimRow, Document, Extraction, Source

if TYPE_CHECKING:
    from harmledger.extract.claim import Claim

BATCH_SIZE = 200
# characters from which a document is read with the cyclic garbage collector paused (see
# collector_paused): a news article is 2-10 kB, a long report or a book chapter 100 kB and more
LONG_DOCUMENT = 100_000
NOT_SUPPORTED = "language not supported for extraction"


@dataclass
class ExtractionReport:
    """What one ``extract`` call did."""

    extractor_version: str
    documents: int = 0
    claims: int = 0
    casualty_claims: int = 0
    skipped: int = 0
    unsupported: dict[str, int] = field(default_factory=dict)
    not_extracted: list[dict[str, Any]] = field(default_factory=list)
    failures: list[tuple[int, str]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        """The report as JSON-ready data (``extract --format json``)."""
        return {
            "extractor_version": self.extractor_version,
            "documents": self.documents,
            "claims": self.claims,
            "casualty_claims": self.casualty_claims,
            "skipped": self.skipped,
            "unsupported": dict(sorted(self.unsupported.items())),
            "not_extracted": self.not_extracted,
            "failures": [{"document_id": d, "reason": r} for d, r in self.failures],
        }


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
    pending, report.skipped = pending_documents(ledger, EXTRACTOR_VERSION, document_ids)
    for offset in range(0, len(pending), BATCH_SIZE):
        _extract_batch(ledger, pending[offset : offset + BATCH_SIZE], report, gazetteer_file)
        _freeze_loaded()
        if on_progress:
            on_progress(min(offset + BATCH_SIZE, len(pending)), len(pending))
    return report


_frozen = False


def _freeze_loaded() -> None:
    """After the first batch, move what is loaded by then (packs, the gazetteer, the
    per-language caches) out of the garbage collector's way, once per process: a full
    collection otherwise walks all of it again every few hundred documents (1.6% of the
    instructions of reading news articles, more in seconds). Cyclic garbage left by the first
    batch is collected first; a pack loaded later is collected as usual."""
    global _frozen
    if not _frozen:
        _frozen = True
        gc.collect()
        gc.freeze()


@contextmanager
def collector_paused(characters: int) -> Iterator[None]:
    """Pause the cyclic garbage collector while one long document (``LONG_DOCUMENT``
    characters or more) is read, and restore it after, even on error.

    Reading a document makes a few objects per word (a 1 MB report: 170,000 words), all alive
    until its claims are made, and a full collection walks every one of them, again and again
    as they grow: on a 1 MB English report 0.86 of 3.2 CPU s went to the collector, which made a
    long document cost more per character than a short one. What the reading leaves as cyclic
    garbage is bounded by that one document and collected once the collector runs again.
    Short documents keep the collector on (it costs them little, and a batch of them would
    otherwise pile up garbage)."""
    if characters < LONG_DOCUMENT or not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def pending_documents(
    ledger: Ledger, version: str, document_ids: Sequence[int] | None = None
) -> tuple[list[int], int]:
    """Ids of the documents (of ``document_ids``, default all) ``version`` has not read yet,
    and how many it has."""
    with ledger.reader() as session:
        done = select(Extraction.document_id).where(Extraction.extractor_version == version)
        query = select(Document.id).order_by(Document.id)
        if document_ids:
            known = set(session.scalars(select(Document.id).where(Document.id.in_(document_ids))))
            unknown = sorted(set(document_ids) - known)
            if unknown:
                raise NotFound(f"no document with id {', '.join(map(str, unknown))}")
            query = query.where(Document.id.in_(document_ids))
        all_ids = list(session.scalars(query))
        pending = list(session.scalars(query.where(Document.id.not_in(done))))
    return pending, len(all_ids) - len(pending)


def document_rows(ledger: Ledger, ids: Sequence[int]) -> list[Any]:
    """(id, text, lang, lang_confidence, published, precision, publisher) of the documents to
    read, in id order: what every extraction backend reads."""
    with ledger.reader() as session:
        return list(
            session.execute(
                select(
                    Document.id, Document.text, Document.lang, Document.lang_confidence,
                    Document.published, Document.published_precision, Source.name,
                )
                .outerjoin(Source, Document.source_id == Source.id)
                .where(Document.id.in_(ids))
                .order_by(Document.id)
            ).all()
        )  # fmt: skip


def _extract_batch(
    ledger: Ledger, ids: list[int], report: ExtractionReport, gazetteer_file: Path | None
) -> None:
    """Read a batch of documents, then store what was found in one short write transaction.

    Extraction runs before the write lock is taken, so other writers wait only for the inserts;
    claims go in as one multi-row insert. A document another process extracted with this
    version meanwhile is left as that process stored it.
    """
    from harmledger.extract import available_languages, extract_claims

    supported = set(available_languages())
    documents = document_rows(ledger, ids)
    readings: list[tuple[int, str, list[Claim]]] = []
    for document_id, text, lang, lang_confidence, published, precision, publisher in documents:
        published_from = published if precision in ("month", "year") else None
        published = _latest_day(published, precision)
        if lang != "und" and lang not in supported:
            report.unsupported[lang] = report.unsupported.get(lang, 0) + 1
            report.not_extracted.append(
                {
                    "document_id": document_id,
                    "lang": lang,
                    "lang_confidence": lang_confidence,
                    "reason": NOT_SUPPORTED,
                }
            )
            continue
        try:
            with collector_paused(len(text)):
                claims = extract_claims(
                    text,
                    lang=lang if lang != "und" else None,
                    published=published,
                    gazetteer_file=gazetteer_file,
                    publisher=publisher,
                    published_from=published_from,
                )
        except Exception as error:  # one bad document must not stop the batch
            report.failures.append((document_id, f"{error.__class__.__name__}: {error}"))
            continue
        readings.append((document_id, text, claims))
    store_readings(ledger, readings, report)


def store_readings(
    ledger: Ledger, readings: list[tuple[int, str, list[Claim]]], report: ExtractionReport
) -> None:
    """Store (document id, text, claims) readings in one write transaction, with their event.

    Every backend stores through here, so a document's claims are stored the same way
    whichever engine read it.
    """
    if not readings:
        return
    now = dt.datetime.now(dt.UTC)
    with ledger.session() as session:
        done = set(
            session.scalars(
                select(Extraction.document_id).where(
                    Extraction.document_id.in_([d for d, _, _ in readings]),
                    Extraction.extractor_version == report.extractor_version,
                )
            )
        )
        readings = [reading for reading in readings if reading[0] not in done]
        report.skipped += len(done)
        if not readings:
            return
        extracted = [document_id for document_id, _, _ in readings]
        how_read: dict[int, dict[str, Any] | None] = {  # OCR: claims carry its page confidence
            document_id: reading
            for document_id, reading in session.execute(
                select(Document.id, Document.reading).where(Document.id.in_(extracted))
            ).all()
        }
        session.execute(
            update(Extraction).where(Extraction.document_id.in_(extracted)).values(current=False)
        )
        extraction_ids = session.scalars(
            insert(Extraction).returning(Extraction.id, sort_by_parameter_order=True),
            [
                {
                    "document_id": document_id,
                    "extractor_version": report.extractor_version,
                    "extracted_at": now,
                    "current": True,
                    "claim_count": len(claims),
                }
                for document_id, _, claims in readings
            ],
        ).all()
        rows: list[dict[str, Any]] = []
        for (document_id, text, claims), extraction_id in zip(
            readings, extraction_ids, strict=True
        ):
            for claim in claims:
                if text[claim.start : claim.end] != claim.quote:
                    report.failures.append(
                        (document_id, f"span {claim.start}-{claim.end} != quote")
                    )
                    continue
                values = claim.model_dump()
                rows.append(
                    {
                        "extraction_id": extraction_id,
                        "document_id": document_id,
                        **{name: values[name] for name in CLAIM_FIELDS},
                        "reading_confidence": reading_confidence(
                            how_read.get(document_id), claim.start
                        ),
                    }
                )
                report.casualty_claims += int(claim.is_casualty)
        if rows:
            session.execute(insert(ClaimRow), rows)
        digests = claims_by_extraction(session, extraction_ids)  # for verify: what was written
        append_event(
            session,
            actor=ledger.settings.actor,
            action="extract",
            subject=f"extractor:{report.extractor_version}",
            details={
                "documents": extracted,
                "claims": len(rows),
                "digest": DIGEST_VERSION,
                "claims_sha256": {
                    str(d): digests[e] for d, e in zip(extracted, extraction_ids, strict=True)
                },
            },
        )
    report.documents += len(extracted)
    report.claims += len(rows)


def reading_confidence(reading: dict[str, Any] | None, offset: int) -> float | None:
    """How sure OCR was of the page holding ``offset`` (0-1), from the document's reading;
    None for text that was decoded rather than read from an image."""
    if not reading:
        return None
    for page in reading.get("pages") or []:
        confidence = page.get("confidence")
        if page.get("start", 0) <= offset < page.get("end", 0) and confidence is not None:
            return round(float(confidence) / 100, 3)
    return None


def _latest_day(published: dt.date | None, precision: str | None) -> dt.date | None:
    """The base for dates a report gives without a year: the last day it may have appeared. A
    report dated only "April 2022" (stored as 1 April) that says "Saturday 2 April" means this
    April, not the year before."""
    if published is None or precision not in ("month", "year"):
        return published
    if precision == "year":
        return dt.date(published.year, 12, 31)
    following = dt.date(published.year + published.month // 12, published.month % 12 + 1, 1)
    return following - dt.timedelta(days=1)
