"""Ingestion: read each input, archive its bytes, store its documents, log custody.

Per item: load bytes → skip if these bytes are already archived → pick a reader → archive the
raw bytes (content-addressed, write-once) → store one document per part with its metadata and
language → append a custody event. Any failure is recorded for that item only.

Bytes of a known type whose text cannot be read (a scan without OCR, a damaged file) are still
evidence: archived, logged (``archive_unread``) and listed as unread with the reason. Only what
never gave bytes (a missing file, a failed download) or is of an unknown type fails outright.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import BinaryIO
from urllib.parse import urlsplit

import httpx
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from harmledger.errors import ConfigError, IngestError, StorageError
from harmledger.ingestion.dates import parse_published
from harmledger.ingestion.inputs import DEFAULT_MAX_BYTES, PendingItem, UrlPolicy, expand_inputs
from harmledger.ingestion.media import MediaFacts, describe_media
from harmledger.ingestion.model import IngestReport, ItemResult, ParsedDocument, RawItem, ReadResult
from harmledger.ingestion.near_duplicates import find_near_duplicates
from harmledger.ingestion.readers import FORMATS, detect_format, read_item
from harmledger.ingestion.readers.records import check_column_map
from harmledger.language import DEFAULT_LANGUAGES, detect_language
from harmledger.store.archive import sha256_bytes
from harmledger.store.custody import append_event
from harmledger.store.ledger import Ledger
from harmledger.store.tables import (
    SOURCE_TYPES,
    Document,
    IngestionRun,
    MediaItem,
    Source,
    UnreadItem,
)

ProgressCallback = Callable[[int, int, ItemResult], None]
_LANG_CODE = re.compile(r"^[a-z]{2,3}$")


@dataclass(frozen=True)
class IngestOptions:
    """What the user said about this batch; validated once before any item is read."""

    source: str | None = None
    source_type: str = "other"
    lang: str | None = None
    published: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    column_map: Mapping[str, str] = field(default_factory=dict)
    languages: tuple[str, ...] = DEFAULT_LANGUAGES
    fmt: str | None = None
    url_policy: UrlPolicy = field(default_factory=UrlPolicy)

    def validate(self) -> None:
        if self.source_type not in SOURCE_TYPES:
            raise ConfigError(
                f"--source-type {self.source_type!r}: use one of {', '.join(SOURCE_TYPES)}"
            )
        if self.lang is not None and not _LANG_CODE.match(self.lang):
            raise ConfigError(f"--lang {self.lang!r}: use an ISO 639 code such as en, ar, sv")
        if self.max_bytes <= 0:
            raise ConfigError("--max-bytes must be positive")
        if self.url_policy.time_limit <= 0:
            raise ConfigError("--url-time-limit must be positive")
        if self.fmt is not None and self.fmt not in FORMATS:
            raise ConfigError(f"--format {self.fmt!r}: use one of {', '.join(FORMATS)}")
        try:
            check_column_map(self.column_map)
            parse_published(self.published)
        except IngestError as error:
            raise ConfigError(str(error)) from error


def ingest_items(
    ledger: Ledger,
    inputs: Sequence[str],
    options: IngestOptions | None = None,
    *,
    client: httpx.Client | None = None,
    stdin: BinaryIO | None = None,
    on_progress: ProgressCallback | None = None,
) -> IngestReport:
    """Ingest every input into ``ledger``; never stops at a bad item. See module docstring."""
    options = options or IngestOptions()
    options.validate()
    pending = list(
        expand_inputs(
            inputs,
            max_bytes=options.max_bytes,
            client=client,
            stdin=stdin,
            url_policy=options.url_policy,
        )
    )
    return ingest_pending(ledger, pending, options, inputs=inputs, on_progress=on_progress)


def ingest_pending(
    ledger: Ledger,
    pending: Sequence[PendingItem],
    options: IngestOptions,
    *,
    inputs: Sequence[str],
    on_progress: ProgressCallback | None = None,
) -> IngestReport:
    """Ingest items already found (``inputs`` is what the run records the user asked for)."""
    options.validate()
    run_id = _start_run(ledger, inputs, options)
    report = IngestReport(run_id=run_id)
    for done, item in enumerate(pending, start=1):
        results = _ingest_one(ledger, item, options, run_id)
        report.results.extend(results)
        if on_progress:
            on_progress(done, len(pending), results[0])
    new_ids = [i for r in report.results if r.status == "ingested" for i in r.document_ids]
    find_near_duplicates(ledger, new_ids)
    _finish_run(ledger, report)
    return report


def _ingest_one(
    ledger: Ledger, pending: PendingItem, options: IngestOptions, run_id: int
) -> list[ItemResult]:
    try:
        item = pending.load()
        sha = sha256_bytes(item.data)
        existing = _existing_documents(ledger, sha)
        if existing:
            return [ItemResult(item.origin, "already_archived", sha, existing)]
        if not item.data:
            raise IngestError("empty: the input has no bytes")
        fmt = options.fmt or detect_format(item)  # an unknown type is refused, not guessed at
    except IngestError as error:
        return [ItemResult(pending.origin, "failed", reason=str(error))]
    except Exception as error:
        return [ItemResult(pending.origin, "failed", reason=f"unreadable: {_describe(error)}")]
    if options.lang:
        item = replace(item, lang_hint=options.lang)
    media = describe_media(item, fmt)
    try:
        read = read_item(item, fmt, options.column_map)
        if not read.documents:
            reasons = "; ".join(f"{e.location}: {e.reason}" for e in read.errors[:3])
            raise IngestError(f"no document could be read ({reasons or 'nothing found'})")
    except IngestError as error:
        reason = str(error)
    except Exception as error:  # a reader's bug or a library's surprise must cost one item only
        reason = f"unreadable: {_describe(error)}"
    else:
        try:
            return _store(ledger, item, sha, fmt, read, options, run_id, media)
        except StorageError as error:
            return [ItemResult(pending.origin, "failed", sha, reason=f"storage: {error}")]
    try:  # the text could not be read; the bytes are evidence all the same
        return [_keep_unread(ledger, item, sha, fmt, reason, run_id, media)]
    except StorageError as error:
        return [ItemResult(pending.origin, "failed", sha, reason=f"{reason}; storage: {error}")]


def _keep_unread(
    ledger: Ledger,
    item: RawItem,
    sha: str,
    fmt: str,
    reason: str,
    run_id: int,
    media: MediaFacts | None = None,
) -> ItemResult:
    """Archive an item whose text could not be read, log it, and list it as unread.

    The same bytes ingested again are not stored twice: the earlier entry stands.
    """
    with ledger.reader() as session:
        known = session.scalars(select(UnreadItem).where(UnreadItem.sha256 == sha)).first()
        if known is not None:
            return ItemResult(
                item.origin, "already_archived", sha, reason=f"still unread: {reason}"
            )
    ledger.archive.put(item.data)  # before the row, as for documents
    try:
        with ledger.session() as session:
            session.add(
                UnreadItem(
                    sha256=sha,
                    size=len(item.data),
                    format=fmt,
                    media_type=item.media_type_hint or (media.media_type if media else None),
                    origin=item.origin,
                    url=item.url,
                    method=item.method,
                    archived_at=dt.datetime.now(dt.UTC),
                    reason=reason[:2000],
                    ingestion_run_id=run_id,
                )
            )
            session.flush()
            _add_media(session, item, sha, media)
            append_event(
                session,
                actor=ledger.settings.actor,
                action="archive_unread",
                subject=f"blob:{sha}",
                details={
                    **_item_details(item, fmt, media),
                    "reason": reason[:2000],
                    "run": run_id,
                },
            )
    except StorageError as error:
        if isinstance(error.__cause__, IntegrityError):  # another writer kept it first
            return ItemResult(
                item.origin, "already_archived", sha, reason=f"still unread: {reason}"
            )
        raise
    return ItemResult(item.origin, "unread", sha, reason=reason)


def _describe(error: BaseException) -> str:
    """The error's type and first line, bounded: enough to act on, never a page of input."""
    message = str(error).strip().splitlines()[0] if str(error).strip() else ""
    text = f"{type(error).__name__}: {message}" if message else type(error).__name__
    return text[:300]


def _item_details(item: RawItem, fmt: str, media: MediaFacts | None = None) -> dict[str, object]:
    """What every custody event about an archived item records of it."""
    details: dict[str, object] = {
        "origin": item.origin,
        "method": item.method,
        "url": item.url,
        "size": len(item.data),
        "format": fmt,
    }
    if media is not None:
        details["media"] = media.summary()
    return details


def _add_media(session: Session, item: RawItem, sha: str, media: MediaFacts | None) -> None:
    """Keep an image's or video's description beside its bytes (once per blob)."""
    if media is None:
        return
    if session.scalars(select(MediaItem.id).where(MediaItem.sha256 == sha)).first():
        return
    summary = media.summary()
    session.add(
        MediaItem(
            sha256=sha,
            kind=media.kind,
            media_type=media.media_type,
            width=media.width,
            height=media.height,
            frames=media.frames,
            metadata_fields=media.metadata,
            hash_method=summary["hash_method"],
            phash=media.phash,
            origin=item.origin,
            recorded_at=dt.datetime.now(dt.UTC),
        )
    )


def _existing_documents(ledger: Ledger, sha: str) -> tuple[int, ...]:
    with ledger.reader() as session:
        return tuple(
            session.scalars(
                select(Document.id).where(Document.sha256 == sha).order_by(Document.part)
            )
        )


def _store(
    ledger: Ledger,
    item: RawItem,
    sha: str,
    fmt: str,
    read: ReadResult,
    options: IngestOptions,
    run_id: int,
    media: MediaFacts | None = None,
) -> list[ItemResult]:
    ledger.archive.put(item.data)  # before the row: a document never points at missing bytes
    now = dt.datetime.now(dt.UTC)
    try:
        with ledger.session() as session:
            existing = session.scalars(select(Document.id).where(Document.sha256 == sha)).all()
            if existing:  # another writer stored the same bytes since we looked
                return [ItemResult(item.origin, "already_archived", sha, tuple(existing))]
            documents = [
                _document_row(session, item, sha, parsed, options, run_id, now)
                for parsed in read.documents
            ]
            session.add_all(documents)
            session.flush()
            ids = tuple(d.id for d in documents)
            _add_media(session, item, sha, media)
            append_event(
                session,
                actor=ledger.settings.actor,
                action="ingest",
                subject=f"blob:{sha}",
                details={
                    **_item_details(item, fmt, media),
                    "documents": list(ids),
                    "text_sha256": [d.text_sha256 for d in documents],
                    "skipped_parts": [f"{e.location}: {e.reason}" for e in read.errors],
                    "run": run_id,
                },
            )
    except StorageError as error:
        if isinstance(error.__cause__, IntegrityError):
            return [
                ItemResult(item.origin, "already_archived", sha, _existing_documents(ledger, sha))
            ]
        raise
    _mark_read(ledger, sha)
    results = [ItemResult(item.origin, "ingested", sha, ids)]
    results += [
        ItemResult(f"{item.origin} ({e.location})", "failed", sha, reason=e.reason)
        for e in read.errors
    ]
    return results


def _mark_read(ledger: Ledger, sha: str) -> None:
    """An item once archived unread has now been read (say, OCR was installed since)."""
    with ledger.session() as session:
        for unread in session.scalars(
            select(UnreadItem).where(UnreadItem.sha256 == sha, UnreadItem.read_at.is_(None))
        ):
            unread.read_at = dt.datetime.now(dt.UTC)


def _document_row(
    session: Session,
    item: RawItem,
    sha: str,
    parsed: ParsedDocument,
    options: IngestOptions,
    run_id: int,
    now: dt.datetime,
) -> Document:
    lang, confidence, lang_source = _language(parsed, options)
    published_raw = options.published or parsed.published
    try:
        published, precision = parse_published(published_raw, [lang] if lang != "und" else None)
    except IngestError:
        published, precision = None, None
    source_name = options.source or parsed.source or _host(parsed.url or item.url)
    source_type = options.source_type if options.source else "other"
    return Document(
        sha256=sha,
        part=parsed.part,
        part_label=parsed.part_label,
        size=len(item.data),
        media_type=parsed.media_type,
        origin=item.origin,
        url=parsed.url or item.url,
        method=item.method,
        retrieved_at=now,
        source=_source(session, source_name, source_type) if source_name else None,
        title=parsed.title or _first_line_title(parsed.text),
        author=parsed.author,
        published=published,
        published_precision=precision,
        lang=lang,
        lang_confidence=confidence,
        lang_source=lang_source,
        encoding=parsed.encoding,
        text=parsed.text,
        text_sha256=sha256_bytes(parsed.text.encode("utf-8")),
        ingestion_run_id=run_id,
        reading=parsed.reading,
    )


def _language(parsed: ParsedDocument, options: IngestOptions) -> tuple[str, float, str]:
    if options.lang:
        return options.lang, 1.0, "user"
    if parsed.lang and _LANG_CODE.match(parsed.lang.lower()):
        return parsed.lang.lower(), 1.0, "record"
    code, confidence = detect_language(parsed.text, options.languages)
    return code, confidence, "detected"


def _source(session: Session, name: str, source_type: str) -> Source:
    name = name.strip()[:300]
    found = session.scalars(select(Source).where(Source.name == name)).first()
    if found:
        return found
    source = Source(name=name, type=source_type, created_at=dt.datetime.now(dt.UTC))
    session.add(source)
    session.flush()
    return source


def _host(url: str | None) -> str | None:
    return urlsplit(url).hostname if url else None


def _first_line_title(text: str) -> str | None:
    first = text.strip().split("\n", 1)[0].strip()
    return first if 0 < len(first) <= 200 else None


def _start_run(ledger: Ledger, inputs: Sequence[str], options: IngestOptions) -> int:
    with ledger.session() as session:
        run = IngestionRun(
            started_at=dt.datetime.now(dt.UTC),
            actor=ledger.settings.actor,
            arguments={
                "inputs": list(inputs),
                "source": options.source,
                "source_type": options.source_type,
                "lang": options.lang,
                "published": options.published,
                "max_bytes": options.max_bytes,
                "column_map": dict(options.column_map),
                "format": options.fmt,
            },
            ingested=0,
            already_archived=0,
            failed=0,
        )
        session.add(run)
        session.flush()
        return run.id


def _finish_run(ledger: Ledger, report: IngestReport) -> None:
    with ledger.session() as session:
        run = session.get(IngestionRun, report.run_id)
        if run is None:
            raise StorageError(f"ingestion run {report.run_id} disappeared")
        run.finished_at = dt.datetime.now(dt.UTC)
        run.ingested = report.ingested
        run.already_archived = report.already_archived
        run.failed = report.failed
        run.unread = report.unread
