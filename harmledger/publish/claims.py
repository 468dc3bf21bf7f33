"""Stored claims as published (``claims list``, ``/api/claims``, the claims export)."""

from __future__ import annotations

from typing import Any

from pydantic import Field

from harmledger.publish.base import ReadModel

Number = int | float


class ClaimRecord(ReadModel):
    """A stored claim: the fields ``extract-text`` prints, plus its id and document."""

    id: int
    document_id: int
    kind: str
    measure: str | None
    who: str | None
    who_text: str | None
    low: Number | None
    high: Number | None
    qualifier: str | None
    start: int = Field(description="character offset of the quote in the document's text")
    end: int
    quote: str
    speaker: str | None
    attribution_chain: list[Any]
    perpetrator: str | None
    weapon: str | None
    place: str | None
    place_name: str | None
    latitude: float | None
    longitude: float | None
    place_confidence: float | None
    period_start: str | None = Field(description="ISO date")
    period_end: str | None = Field(description="ISO date")
    confidence: float | None
    negated: bool | None
    lang: str | None
    reading_confidence: float | None = Field(
        None, description="OCR's mean word confidence (0-1) on the claim's page; null for text"
    )


class ClaimPage(ReadModel):
    items: list[ClaimRecord]
    total: int
    page: int
    per_page: int
