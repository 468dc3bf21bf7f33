"""SQLAlchemy tables of the ledger. Changes to these go through an Alembic migration."""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

SOURCE_TYPES = (
    "news",
    "ngo",
    "belligerent",
    "responder",
    "witness",
    "monitor",
    "official",
    "other",
)
#: The source type of statements by witnesses: protected people, never shown in public mode.
WITNESS = "witness"


class Base(DeclarativeBase):
    """Declarative base of every harmledger table."""

    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON, list[Any]: JSON}


class Source(Base):
    """An organisation or person that publishes or speaks."""

    __tablename__ = "sources"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)
    type: Mapped[str] = mapped_column(String(20), default="other")
    affiliation: Mapped[str | None] = mapped_column(String(300))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class IngestionRun(Base):
    """One call of ``ingest``: what was asked, by whom, and how it ended."""

    __tablename__ = "ingestion_runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    started_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    finished_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    actor: Mapped[str] = mapped_column(String(200))
    arguments: Mapped[dict[str, Any]] = mapped_column(default=dict)
    ingested: Mapped[int] = mapped_column(Integer, default=0)
    already_archived: Mapped[int] = mapped_column(Integer, default=0)
    failed: Mapped[int] = mapped_column(Integer, default=0)
    unread: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class Document(Base):
    """One ingested item. A container (CSV, JSON Lines, feed) yields one document per part."""

    __tablename__ = "documents"
    __table_args__ = (UniqueConstraint("sha256", "part", name="uq_documents_sha256_part"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    part: Mapped[int] = mapped_column(Integer, default=0)
    part_label: Mapped[str | None] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(BigInteger)
    media_type: Mapped[str] = mapped_column(String(100))
    origin: Mapped[str] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    method: Mapped[str] = mapped_column(String(20))
    retrieved_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    source_id: Mapped[int | None] = mapped_column(ForeignKey("sources.id"))
    title: Mapped[str | None] = mapped_column(Text)
    author: Mapped[str | None] = mapped_column(Text)
    published: Mapped[dt.date | None] = mapped_column(Date)
    published_precision: Mapped[str | None] = mapped_column(String(10))
    lang: Mapped[str] = mapped_column(String(8))
    lang_confidence: Mapped[float] = mapped_column(Float)
    lang_source: Mapped[str] = mapped_column(String(20))
    encoding: Mapped[str | None] = mapped_column(String(40))
    text: Mapped[str] = mapped_column(Text)
    text_sha256: Mapped[str] = mapped_column(String(64))
    ingestion_run_id: Mapped[int | None] = mapped_column(ForeignKey("ingestion_runs.id"))
    # how the text was read when not simply decoded: OCR engine, version, languages, confidence
    reading: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)

    source: Mapped[Source | None] = relationship(lazy="joined")


class DocumentSignature(Base):
    """A document's MinHash signature over its normalised word shingles (near-duplicates)."""

    __tablename__ = "document_signatures"

    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), primary_key=True)
    method: Mapped[str] = mapped_column(String(40))
    signature: Mapped[bytes] = mapped_column(LargeBinary)


class DocumentRelation(Base):
    """Two documents found alike (``near_duplicate``: the same story re-published or edited).

    Stored once per pair, the later document first; ``similarity`` is the estimated Jaccard
    similarity of their word shingles.
    """

    __tablename__ = "document_relations"
    __table_args__ = (
        UniqueConstraint("document_id", "related_id", "kind", name="uq_document_relations"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), index=True)
    related_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    similarity: Mapped[float] = mapped_column(Float)
    found_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class MediaItem(Base):
    """An archived image or video: what it says about itself, and its perceptual hash.

    One row per blob (``sha256``), whether its text was read, OCR found none, or it is a video.
    ``metadata_fields`` holds EXIF (camera, capture time, GPS position): analysts' eyes only.
    """

    __tablename__ = "media_items"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    kind: Mapped[str] = mapped_column(String(10))
    media_type: Mapped[str | None] = mapped_column(String(100))
    width: Mapped[int | None] = mapped_column(Integer)
    height: Mapped[int | None] = mapped_column(Integer)
    frames: Mapped[int | None] = mapped_column(Integer)
    metadata_fields: Mapped[dict[str, Any]] = mapped_column(JSON)
    hash_method: Mapped[str | None] = mapped_column(String(20))
    phash: Mapped[str | None] = mapped_column(String(16), index=True)
    origin: Mapped[str] = mapped_column(Text)
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class UnreadItem(Base):
    """An item archived as evidence whose text could not be read (scanned, damaged, no OCR).

    The bytes are in the archive and the custody log like any document's; ``read_at`` is set
    when a later ingest of the same bytes (say, once OCR is installed) reads it.
    """

    __tablename__ = "unread_items"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    size: Mapped[int] = mapped_column(BigInteger)
    format: Mapped[str] = mapped_column(String(20))
    media_type: Mapped[str | None] = mapped_column(String(100))
    origin: Mapped[str] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    method: Mapped[str] = mapped_column(String(20))
    archived_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    reason: Mapped[str] = mapped_column(Text)
    read_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    ingestion_run_id: Mapped[int | None] = mapped_column(ForeignKey("ingestion_runs.id"))


class CustodyEvent(Base):
    """One entry of the append-only, hash-chained custody and decision log."""

    __tablename__ = "custody_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    occurred_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(50))
    subject: Mapped[str] = mapped_column(String(200), index=True)
    details: Mapped[dict[str, Any]] = mapped_column(default=dict)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)


class Extraction(Base):
    """One extractor version run over one document; older versions stay, marked not current."""

    __tablename__ = "extractions"
    __table_args__ = (
        UniqueConstraint(
            "document_id", "extractor_version", name="uq_extractions_document_version"
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), index=True)
    extractor_version: Mapped[str] = mapped_column(String(40))
    extracted_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    current: Mapped[bool] = mapped_column(Boolean, default=True)
    claim_count: Mapped[int] = mapped_column(Integer, default=0)


class ClaimRow(Base):
    """One stored claim: the fields of :class:`harmledger.extract.Claim` plus its provenance."""

    __tablename__ = "claims"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    extraction_id: Mapped[int] = mapped_column(ForeignKey("extractions.id"), index=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    measure: Mapped[str] = mapped_column(String(40))
    who: Mapped[str | None] = mapped_column(String(20))
    who_text: Mapped[str | None] = mapped_column(Text)
    low: Mapped[int | None] = mapped_column(BigInteger)
    high: Mapped[int | None] = mapped_column(BigInteger)
    qualifier: Mapped[str] = mapped_column(String(20))
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    quote: Mapped[str] = mapped_column(Text)
    speaker: Mapped[str | None] = mapped_column(Text)
    attribution_chain: Mapped[list[Any]] = mapped_column(default=list)
    perpetrator: Mapped[str | None] = mapped_column(String(100))
    weapon: Mapped[str | None] = mapped_column(String(100))
    place: Mapped[str | None] = mapped_column(String(100))
    place_name: Mapped[str | None] = mapped_column(Text)
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    # how sure the extractor is that the place is where the harm happened (0..1)
    place_confidence: Mapped[float | None] = mapped_column(Float)
    # OCR's mean word confidence (0-1) on the claim's page; None for decoded text
    reading_confidence: Mapped[float | None] = mapped_column(Float)
    period_start: Mapped[dt.date | None] = mapped_column(Date)
    period_end: Mapped[dt.date | None] = mapped_column(Date)
    confidence: Mapped[float] = mapped_column(Float)
    negated: Mapped[bool] = mapped_column(Boolean, default=False)
    lang: Mapped[str] = mapped_column(String(8))
