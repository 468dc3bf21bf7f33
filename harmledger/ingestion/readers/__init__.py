"""Readers, one per format, and the dispatch from an item to its reader.

The format comes from the file extension, else from the HTTP content type, else from sniffing
the first bytes (stdin and extension-less URLs). An unknown extension is refused by name.
"""

from __future__ import annotations

from collections.abc import Mapping

from harmledger.errors import IngestError
from harmledger.ingestion.decode import storable
from harmledger.ingestion.media import VIDEO_MEDIA_TYPES, video_media_type
from harmledger.ingestion.model import RawItem, ReadResult

FORMATS = ("text", "markdown", "html", "pdf", "json", "csv", "parquet", "feed", "image", "video")

_BY_SUFFIX = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".pdf": "pdf",
    ".json": "json",
    ".jsonl": "json",
    ".ndjson": "json",
    ".csv": "csv",
    ".tsv": "csv",
    ".parquet": "parquet",
    ".rss": "feed",
    ".atom": "feed",
    ".xml": "feed",
    ".png": "image",
    ".jpg": "image",
    ".jpeg": "image",
    ".tif": "image",
    ".tiff": "image",
    ".webp": "image",
    **dict.fromkeys(VIDEO_MEDIA_TYPES, "video"),
}
_BY_MEDIA_TYPE = {
    "text/plain": "text",
    "text/markdown": "markdown",
    "text/html": "html",
    "application/xhtml+xml": "html",
    "application/pdf": "pdf",
    "application/json": "json",
    "application/x-ndjson": "json",
    "application/jsonl": "json",
    "text/csv": "csv",
    "application/vnd.apache.parquet": "parquet",
    "application/x-parquet": "parquet",
    "application/rss+xml": "feed",
    "application/atom+xml": "feed",
    "application/xml": "feed",
    "text/xml": "feed",
    "image/png": "image",
    "image/jpeg": "image",
    "image/tiff": "image",
    "image/webp": "image",
    **dict.fromkeys(VIDEO_MEDIA_TYPES.values(), "video"),
}
SUPPORTED_SUFFIXES = tuple(sorted(_BY_SUFFIX))


def detect_format(item: RawItem) -> str:
    """Name the reader for ``item`` or raise :class:`IngestError` saying why none fits."""
    if item.suffix in _BY_SUFFIX:
        return _BY_SUFFIX[item.suffix]
    if item.method == "file":  # a file names its type; one with none is not guessed at
        kind = f"file type {item.suffix!r}" if item.suffix else "file with no extension"
        raise IngestError(
            f"unsupported {kind} (supported: {', '.join(SUPPORTED_SUFFIXES)}; "
            "or say the format with --format)"
        )
    if item.media_type_hint:
        media_type = item.media_type_hint.split(";")[0].strip().lower()
        if media_type in _BY_MEDIA_TYPE:
            return _BY_MEDIA_TYPE[media_type]
    return sniff_format(item.data)


_IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*")


def sniff_format(data: bytes) -> str:
    """Guess a format from content: PDF, image, video or Parquet magic, feed or HTML, JSON, else
    text."""
    if data.startswith(_IMAGE_MAGIC) or (data[:4] == b"RIFF" and data[8:12] == b"WEBP"):
        return "image"
    if video_media_type(data):
        return "video"
    if data.startswith(b"PAR1"):
        return "parquet"
    head = data[:2048].lstrip().lower()
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    if head.startswith(b"%pdf-"):
        return "pdf"
    if b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head:
        return "feed"
    if head.startswith((b"<!doctype html", b"<html")) or b"<body" in head:
        return "html"
    if head.startswith((b"{", b"[")):
        return "json"
    return "text"


def read_item(item: RawItem, fmt: str, column_map: Mapping[str, str]) -> ReadResult:
    """Run the reader for ``fmt`` on ``item``; every text it returns is storable."""
    result = _read(item, fmt, column_map)
    for document in result.documents:
        document.text = storable(document.text)
        for name in ("title", "author", "part_label", "source", "url", "lang"):
            value = getattr(document, name)
            if isinstance(value, str):
                setattr(document, name, storable(value))
    return result


def _read(item: RawItem, fmt: str, column_map: Mapping[str, str]) -> ReadResult:
    from harmledger.ingestion.readers import feed, html, image, pdf, records, text

    if fmt == "text":
        return text.read_text(item)
    if fmt == "markdown":
        return text.read_text(item, markdown=True)
    if fmt == "html":
        return html.read_html(item)
    if fmt == "pdf":
        return pdf.read_pdf(item)
    if fmt == "json":
        return records.read_json(item, column_map)
    if fmt == "csv":
        return records.read_csv(item, column_map)
    if fmt == "parquet":
        return records.read_parquet(item, column_map)
    if fmt == "feed":
        return feed.read_feed(item)
    if fmt == "image":
        return image.read_image(item)
    if fmt == "video":
        raise IngestError(
            "a video is archived as evidence with its type; harmledger reads no text from video"
        )
    raise IngestError(f"unknown format {fmt!r} (formats: {', '.join(FORMATS)})")
