"""Plain text and Markdown: the text is the document; a leading heading is its title."""

from __future__ import annotations

import re

from harmledger.ingestion.decode import decode_text
from harmledger.ingestion.model import ParsedDocument, RawItem, ReadResult

_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$")


def read_text(item: RawItem, markdown: bool = False) -> ReadResult:
    text, encoding = decode_text(item.data)
    title = None
    first_line = text.strip().split("\n", 1)[0]
    if markdown and (match := _MD_HEADING.match(first_line)):
        title = match.group(1)
    return ReadResult(
        [
            ParsedDocument(
                text=text.strip("\n"),
                media_type="text/markdown" if markdown else "text/plain",
                title=title,
                url=item.url,
                encoding=encoding,
            )
        ]
    )
