"""Full-text search over documents and claims: ranked, filtered, paged, with snippets.

SQLite answers from the FTS5 table over ``search_entries`` ranked by bm25; PostgreSQL from
the GIN index on the stored ``to_tsvector('simple', terms)`` ranked by ts_rank. Both search
the same folded terms with the same query (:mod:`harmledger.search.parse`), so a ledger finds
the same things on either database. The index is brought up to date first
(:mod:`harmledger.search.index`).

``public`` searches, like public exports, never see what a witness-sourced document says:
neither the document nor its claims.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from sqlalchemy import Select, func, literal_column, or_, select, table, text
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from harmledger.errors import Invalid
from harmledger.search.hits import SearchHit, SearchPage
from harmledger.search.index import KINDS, behind, bring_up_to_date, document_text
from harmledger.search.parse import Group, fts5, parse, stems, tsquery
from harmledger.search.snippet import head, snippet
from harmledger.store.ledger import Ledger
from harmledger.store.search_tables import FTS_TABLE, TSVECTOR_COLUMN, SearchEntry
from harmledger.store.tables import ClaimRow, Document, Source

MAX_LIMIT = 1000
Matching = Select[int, str, int, int]  # the entries that match: id, kind, ref_id, document_id


def search(
    ledger: Ledger,
    query: str,
    *,
    kind: str | None = None,
    lang: str | None = None,
    limit: int = 20,
    offset: int = 0,
    public: bool = False,
) -> SearchPage:
    """The hits of ``query``, best first: documents and current casualty claims (by their
    quote) holding every word of it (stems folded as :mod:`harmledger.search.terms` folds)."""
    if kind is not None and kind not in KINDS:
        raise Invalid(f"kind {kind!r}: use one of {', '.join(KINDS)}")
    if not 1 <= limit <= MAX_LIMIT or offset < 0:
        raise Invalid(f"limit runs from 1 to {MAX_LIMIT} and offset from 0")
    groups = parse(query)
    run = partial(_page, query, groups, kind=kind, lang=lang, limit=limit, offset=offset,
                  public=public)  # fmt: skip
    with ledger.reader() as session:
        if not behind(session):  # the usual case: one read transaction, no write lock
            return run(session)
    bring_up_to_date(ledger)
    with ledger.reader() as session:
        return run(session)


def _page(
    query: str,
    groups: list[Group],
    session: Session,
    *,
    kind: str | None,
    lang: str | None,
    limit: int,
    offset: int,
    public: bool,
) -> SearchPage:
    postgres = session.get_bind().dialect.name == "postgresql"
    matching, score = _postgres(tsquery(groups)) if postgres else _sqlite(fts5(groups))
    matching = _filtered(matching, kind=kind, lang=lang, public=public)
    total = session.execute(select(func.count()).select_from(matching.subquery())).scalar_one()
    rows = session.execute(
        matching.add_columns(score.label("score"))
        .order_by(score.desc(), SearchEntry.id)
        .limit(limit)
        .offset(offset)
    ).all()
    hits = _hits(session, list(rows), stems(groups))
    return SearchPage(query=query, total=total, limit=limit, offset=offset, hits=hits)


def _sqlite(expression: str) -> tuple[Matching, ColumnElement[Any]]:
    fts = table(FTS_TABLE, literal_column("rowid"))
    matching = (
        select(SearchEntry.id, SearchEntry.kind, SearchEntry.ref_id, SearchEntry.document_id)
        .select_from(fts)
        .join(SearchEntry, SearchEntry.id == literal_column(f"{FTS_TABLE}.rowid"))
        .where(text(f"{FTS_TABLE} MATCH :expression").bindparams(expression=expression))
    )
    return matching, -func.bm25(literal_column(FTS_TABLE))  # bm25: lower is better


def _postgres(expression: str) -> tuple[Matching, ColumnElement[Any]]:
    vector: ColumnElement[Any] = literal_column(f"search_entries.{TSVECTOR_COLUMN}")
    wanted = func.to_tsquery(literal_column("'simple'::regconfig"), expression)
    matching = select(
        SearchEntry.id, SearchEntry.kind, SearchEntry.ref_id, SearchEntry.document_id
    ).where(vector.op("@@")(wanted))
    return matching, func.ts_rank(vector, wanted)


def _filtered(matching: Matching, *, kind: str | None, lang: str | None, public: bool) -> Matching:
    if kind:
        matching = matching.where(SearchEntry.kind == kind)
    if lang or public:
        matching = matching.join(Document, Document.id == SearchEntry.document_id)
    if lang:
        matching = matching.where(Document.lang == lang)
    if public:  # as public exports: nothing a witness said (see harmledger.publish.parquet)
        matching = matching.outerjoin(Source, Document.source_id == Source.id).where(
            or_(Document.source_id.is_(None), Source.type != "witness")
        )
    return matching


def _hits(session: Session, rows: list[Any], wanted: set[str]) -> list[SearchHit]:
    document_ids = {r.document_id for r in rows}
    claim_ids = [r.ref_id for r in rows if r.kind == "claim"]
    documents = {
        d.id: d
        for d in session.execute(
            select(Document.id, Document.title, Document.text, Document.lang, Source.name)
            .outerjoin(Source, Document.source_id == Source.id)
            .where(Document.id.in_(document_ids))
        )
    }
    quotes = {
        i: quote
        for i, quote in session.execute(
            select(ClaimRow.id, ClaimRow.quote).where(ClaimRow.id.in_(claim_ids))
        )
    }
    hits = []
    for row in rows:
        document = documents[row.document_id]
        if row.kind == "claim":
            original = quotes[row.ref_id]
        else:
            original = document_text(document.title, document.text)
        found = snippet(original, wanted) or head(original)
        hits.append(
            SearchHit(
                kind=row.kind, id=row.ref_id, document_id=row.document_id, lang=document.lang,
                title=document.title, source=document.name, snippet=found.text,
                match=found.match, score=float(row.score),
            )
        )  # fmt: skip
    return hits
