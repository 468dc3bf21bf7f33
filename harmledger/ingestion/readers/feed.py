"""RSS and Atom feeds through feedparser: one document per entry."""

from __future__ import annotations

import datetime as dt

from harmledger.errors import IngestError
from harmledger.ingestion.model import ParsedDocument, PartError, RawItem, ReadResult
from harmledger.ingestion.readers.html import html_to_text


def read_feed(item: RawItem) -> ReadResult:
    import feedparser

    try:
        parsed = feedparser.parse(item.data)
    except (ValueError, UnicodeError) as error:  # feedparser's own encoding sniffing gives up
        raise IngestError(f"malformed feed: {type(error).__name__}: {error}") from error
    if parsed.bozo and not parsed.entries:
        reason = getattr(parsed, "bozo_exception", None) or "not a feed"
        raise IngestError(f"malformed feed: {reason}")
    if not parsed.entries:
        raise IngestError("feed has no entries")
    feed_title = parsed.feed.get("title")
    feed_lang = parsed.feed.get("language")
    result = ReadResult([])
    for part, entry in enumerate(parsed.entries):
        label = f"entry {part + 1}"
        body = ""
        if entry.get("content"):
            body = "\n\n".join(c.get("value", "") for c in entry.content)
        body = body or entry.get("summary", "") or ""
        text = html_to_text(body) if "<" in body else body.strip()
        title = entry.get("title")
        if not text.strip():
            result.errors.append(PartError(label, "entry has no text"))
            continue
        if title and not text.startswith(title):
            text = f"{title}\n\n{text}"
        published_struct = entry.get("published_parsed") or entry.get("updated_parsed")
        published = dt.date(*published_struct[:3]) if published_struct else None
        result.documents.append(
            ParsedDocument(
                text=text,
                media_type="application/rss+xml",
                part=part,
                part_label=(entry.get("id") or entry.get("link") or label)[:100],
                title=title,
                author=entry.get("author"),
                published=published,
                url=entry.get("link"),
                lang=(feed_lang or "").split("-")[0] or None,
                source=feed_title,
                encoding=parsed.get("encoding"),
            )
        )
    if not result.documents and parsed.bozo:
        raise IngestError(f"malformed feed: {getattr(parsed, 'bozo_exception', 'not well-formed')}")
    return result
