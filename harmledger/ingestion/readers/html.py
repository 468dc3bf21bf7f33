"""HTML pages: main text and metadata through trafilatura.

Only text is kept: scripts, styles and markup never survive into the working copy, so hostile
HTML cannot become active content anywhere harmledger shows a document.
"""

from __future__ import annotations

from typing import Any

from harmledger.errors import IngestError
from harmledger.ingestion.decode import decode_text, xml_safe
from harmledger.ingestion.model import ParsedDocument, RawItem, ReadResult


def html_to_text(markup: str) -> str:
    """All visible text of an HTML fragment (feed summaries, short pages), scripts removed."""
    import lxml.html
    from lxml.etree import ParserError

    markup = xml_safe(markup)
    try:
        tree = lxml.html.fromstring(markup)
    except (ParserError, ValueError):
        return markup.strip()
    for element in tree.xpath("//script|//style|//noscript|//template"):
        element.drop_tree()
    for element in tree.xpath("//br|//p|//div|//li|//h1|//h2|//h3|//h4|//tr"):
        element.tail = "\n" + (element.tail or "")
    lines = (" ".join(line.split()) for line in tree.text_content().split("\n"))
    return "\n".join(line for line in lines if line)


def read_html(item: RawItem) -> ReadResult:
    import trafilatura

    markup, encoding = decode_text(item.data)
    markup = xml_safe(markup)
    extracted = trafilatura.bare_extraction(
        markup, url=item.url, with_metadata=True, include_comments=False, favor_recall=True
    )
    if extracted is None:
        meta: dict[str, Any] = {}
    else:
        meta = extracted if isinstance(extracted, dict) else extracted.as_dict()
    text = (meta.get("text") or "").strip()
    if not text:
        text = html_to_text(markup)  # short pages fall below trafilatura's thresholds
    if not text.strip():
        raise IngestError("HTML page has no visible text")
    return ReadResult(
        [
            ParsedDocument(
                text=text,
                media_type="text/html",
                title=meta.get("title"),
                author=meta.get("author"),
                published=meta.get("date"),
                url=item.url or meta.get("url"),
                lang=None,
                source=meta.get("sitename"),
                encoding=encoding,
            )
        ]
    )
