"""Full-text search: ``search_entries`` (folded terms of documents and claims) and its index.

SQLite gets an FTS5 table over ``search_entries`` (external content: the terms are stored once)
and triggers that keep it in step with every insert, update and delete; PostgreSQL a stored
generated column ``terms_vector = to_tsvector('simple', terms)`` under a GIN index (ranking and
phrase checks read the stored vector rather than parse each row's terms again). The entries
themselves are added by the first search (:mod:`harmledger.search.index`), so migrating stays
quick on a large ledger.

Revision ID: 0017_search_entries
Revises: 0016_link_conflicts
"""

import sqlalchemy as sa
from alembic import op

revision = "0017_search_entries"
down_revision = "0016_link_conflicts"
branch_labels = None
depends_on = None

_SQLITE_FTS = (
    "CREATE VIRTUAL TABLE search_fts USING fts5(terms, content='search_entries', "
    "content_rowid='id', tokenize='unicode61 remove_diacritics 0')",
    "CREATE TRIGGER search_entries_ai AFTER INSERT ON search_entries BEGIN "
    "INSERT INTO search_fts(rowid, terms) VALUES (new.id, new.terms); END",
    "CREATE TRIGGER search_entries_ad AFTER DELETE ON search_entries BEGIN "
    "INSERT INTO search_fts(search_fts, rowid, terms) VALUES ('delete', old.id, old.terms); END",
    "CREATE TRIGGER search_entries_au AFTER UPDATE ON search_entries BEGIN "
    "INSERT INTO search_fts(search_fts, rowid, terms) VALUES ('delete', old.id, old.terms); "
    "INSERT INTO search_fts(rowid, terms) VALUES (new.id, new.terms); END",
)


def upgrade() -> None:
    op.create_table(
        "search_entries",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("ref_id", sa.Integer(), nullable=False),
        sa.Column(
            "document_id", sa.Integer(), sa.ForeignKey("documents.id"), nullable=False, index=True
        ),
        sa.Column("terms", sa.Text(), nullable=False),
        sa.UniqueConstraint("kind", "ref_id", name="uq_search_entries_kind_ref"),
    )
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "ALTER TABLE search_entries ADD COLUMN terms_vector tsvector "
            "GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, terms)) STORED"
        )
        op.create_index(
            "ix_search_entries_terms_vector",
            "search_entries",
            ["terms_vector"],
            postgresql_using="gin",
        )
    else:
        for statement in _SQLITE_FTS:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.drop_index("ix_search_entries_terms_vector", table_name="search_entries")
    else:
        for trigger in ("search_entries_ai", "search_entries_ad", "search_entries_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS search_fts")
    op.drop_table("search_entries")
