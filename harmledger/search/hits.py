"""What a search returns: typed hits and the page they stand on."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class SearchHit(BaseModel):
    """One document or claim that holds every word asked for."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: str = Field(description="'document' or 'claim'")
    id: int = Field(description="the document's or the claim's id")
    document_id: int
    lang: str
    title: str | None = None
    source: str | None = None
    snippet: str = Field(description="the original text around the first matching word")
    match: str = Field(description="that word, as the text writes it")
    score: float = Field(description="relevance: higher first (bm25 on SQLite, ts_rank on PG)")


class SearchPage(BaseModel):
    """One page of hits, best first, and how many there are in all."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    query: str
    total: int
    limit: int
    offset: int
    hits: list[SearchHit]
