"""Documents as published: list rows and the full record with text and custody events."""

from __future__ import annotations

from typing import Any

from pydantic import Field

from harmledger.publish.base import ReadModel


class NearDuplicate(ReadModel):
    id: int
    similarity: float | None


class CustodyEntry(ReadModel):
    """One custody event of a document (``actor`` is left out of the public record)."""

    id: int
    at: str = Field(description="ISO time")
    actor: str | None = None
    action: str
    hash: str


class DocumentSummary(ReadModel):
    id: int
    sha256: str
    part: int | None
    media_type: str | None
    lang: str | None
    lang_confidence: float | None
    source: str | None
    published: str | None = Field(description="ISO date")
    title: str | None
    origin: str | None
    extraction_note: str | None = Field(description="why the extractor will not read it")
    near_duplicates: list[int] = Field(description="ids of near-duplicate documents")


class DocumentDetail(ReadModel):
    """Everything recorded about a document (``archive_path`` and ``method`` not in public)."""

    id: int
    sha256: str
    part: int | None
    media_type: str | None
    lang: str | None
    lang_confidence: float | None
    source: str | None
    published: str | None
    title: str | None
    origin: str | None
    extraction_note: str | None
    part_label: str | None
    size: int | None
    url: str | None
    method: str | None = None
    retrieved_at: str | None
    source_type: str | None
    author: str | None
    published_precision: str | None
    lang_source: str | None
    encoding: str | None
    text_sha256: str | None
    reading: dict[str, Any] | None = Field(description="how the text was read (OCR pages, ...)")
    near_duplicates: list[NearDuplicate]
    archive_path: str | None = None
    text: str | None
    custody: list[CustodyEntry]


class DocumentPage(ReadModel):
    items: list[DocumentSummary]
    page: int
    per_page: int
