"""The full-text search index's table, and the search objects each database keeps beside it.

``search_entries`` holds one row per searchable thing (a document, a current casualty claim):
its folded words and their stems, the text both databases index. The index proper is
dialect-specific and made by the migration, not by these models: on SQLite an FTS5 table
(:data:`FTS_TABLE`, external content over ``search_entries``, kept in step by triggers); on
PostgreSQL a stored generated column ``to_tsvector('simple', terms)`` (:data:`TSVECTOR_COLUMN`)
under a GIN index (:data:`TSVECTOR_INDEX`). Storing the vector matters: ranking and phrase
checks read it instead of parsing every matching row's terms again (measured: a phrase over
5,000 documents took seconds with an expression index alone). Alembic's model comparison is
told to leave these alone (:func:`compared_by_alembic`).
"""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from harmledger.store.tables import Base

FTS_TABLE = "search_fts"
TSVECTOR_COLUMN = "terms_vector"
TSVECTOR_INDEX = "ix_search_entries_terms_vector"


class SearchEntry(Base):
    """One searchable thing: ``kind`` 'document' or 'claim', the id it refers to, its terms."""

    __tablename__ = "search_entries"
    __table_args__ = (UniqueConstraint("kind", "ref_id", name="uq_search_entries_kind_ref"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))
    ref_id: Mapped[int] = mapped_column(Integer)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), index=True)
    terms: Mapped[str] = mapped_column(Text)


def compared_by_alembic(name: str | None, type_: str, _parents: object) -> bool:
    """Whether Alembic's model comparison looks at a database object (its ``include_name``).

    The FTS5 table and its shadow tables (``search_fts_data``, ...), the tsvector column and its
    index have no model: the migration made them for one dialect each.
    """
    if type_ == "table" and name is not None and name.startswith(FTS_TABLE):
        return False
    return not (type_ == "index" and name == TSVECTOR_INDEX) and not (
        type_ == "column" and name == TSVECTOR_COLUMN
    )
