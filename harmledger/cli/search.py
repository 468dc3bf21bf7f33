"""``harmledger search``: full-text search over documents and claims."""

from __future__ import annotations

import enum
import json
import sys
from typing import Annotated

import typer

from harmledger.cli.app import app
from harmledger.cli.output import FormatOption, HomeOption, OutputFormat, console, emit

HIT_FIELDS = ("kind", "id", "document_id", "lang", "title", "source", "match", "score", "snippet")


class Kind(enum.StrEnum):
    document = "document"
    claim = "claim"


@app.command()
def search(
    query: Annotated[str, typer.Argument(help='Words to find (all of them); "a phrase" in order.')],
    home: HomeOption = None,
    kind: Annotated[
        Kind | None, typer.Option(help="Only documents, or only claims (found by their quote).")
    ] = None,
    lang: Annotated[str | None, typer.Option(help="Only in this language (e.g. ar).")] = None,
    limit: Annotated[int, typer.Option(min=1, max=1000, help="At most this many hits.")] = 20,
    offset: Annotated[int, typer.Option(min=0, help="Skip this many hits first.")] = 0,
    public: Annotated[
        bool, typer.Option(help="Search as the public does: no witness-sourced documents.")
    ] = False,
    fmt: FormatOption = OutputFormat.table,
) -> None:
    """Search documents and current casualty claims, best match first, with a snippet of the
    original text around the first matching word.

    Every word must be found; case, accents, Arabic vowel marks, letter variants (أ إ آ ا,
    ة ه, ى ي) and Eastern digits are folded, and an Arabic word is found with or without the
    article and the particles written on it: "الرقة", "والرقة", "بالرقة" and "رقة" meet.
    JSON output is the whole page (total, limit, offset, hits); CSV and the table list the hits.

    Examples:

        harmledger search "civilians killed"

        harmledger search بالرقة --lang ar --kind claim

        harmledger search '"bus station"' --limit 10 --offset 10 --format json
    """
    from harmledger import api

    page = api.search(
        query,
        home=home,
        kind=kind.value if kind else None,
        lang=lang,
        limit=limit,
        offset=offset,
        public=public,
    )
    if fmt is OutputFormat.json:
        sys.stdout.write(json.dumps(page.model_dump(mode="json"), ensure_ascii=False, indent=2))
        sys.stdout.write("\n")
        return
    rows = [hit.model_dump(mode="json") for hit in page.hits]
    if fmt is OutputFormat.csv:
        emit(rows, fmt, columns=HIT_FIELDS)
        return
    columns = ("kind", "id", "document_id", "lang", "score", "snippet")
    emit(rows, fmt, columns=columns, title=f"Search: {query}")
    first = offset + 1 if page.hits else offset
    console.print(f"hits {first}-{offset + len(page.hits)} of {page.total}")
