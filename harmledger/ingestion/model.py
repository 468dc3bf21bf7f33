"""Types that flow through ingestion: raw items in, parsed documents and results out."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal

# "unread": archived and in the custody log, but no text could be read (listed with the reason)
ItemStatus = Literal["ingested", "already_archived", "unread", "failed"]


@dataclass(frozen=True)
class RawItem:
    """The bytes of one input (a file, a URL, stdin) and where they came from."""

    data: bytes
    origin: str
    method: Literal["file", "url", "stdin"]
    url: str | None = None
    media_type_hint: str | None = None
    suffix: str = ""
    lang_hint: str | None = None  # the user's --lang: OCR reads in that language only


@dataclass
class ParsedDocument:
    """What a reader found in an item: one document (of possibly several in a container)."""

    text: str
    media_type: str
    part: int = 0
    part_label: str | None = None
    title: str | None = None
    author: str | None = None
    published: str | dt.date | dt.datetime | None = None
    url: str | None = None
    lang: str | None = None
    source: str | None = None
    encoding: str | None = None
    reading: dict[str, Any] | None = None  # how the text was read, when not decoded (OCR)


@dataclass(frozen=True)
class PartError:
    """A part of a container (a CSV row, a JSON record) that could not be read."""

    location: str
    reason: str


@dataclass
class ReadResult:
    """All documents one reader got out of one item, and the parts it had to skip."""

    documents: list[ParsedDocument]
    errors: list[PartError] = field(default_factory=list)


@dataclass(frozen=True)
class ItemResult:
    """The outcome for one input item (or one failed part of it)."""

    origin: str
    status: ItemStatus
    sha256: str | None = None
    document_ids: tuple[int, ...] = ()
    reason: str | None = None


@dataclass
class IngestReport:
    """Everything one ingestion run did, item by item."""

    run_id: int | None
    results: list[ItemResult] = field(default_factory=list)

    def count(self, status: ItemStatus) -> int:
        return sum(1 for result in self.results if result.status == status)

    @property
    def ingested(self) -> int:
        return self.count("ingested")

    @property
    def already_archived(self) -> int:
        return self.count("already_archived")

    @property
    def unread(self) -> int:
        return self.count("unread")

    @property
    def failed(self) -> int:
        return self.count("failed")

    @property
    def ok(self) -> bool:
        return self.failed == 0
