"""Evidence kept without a readable text, and how a document's text was read.

``unread_items``: an item archived (hashed, in the custody log) whose text could not be read,
with the reason; ``documents.reading``: how the text was obtained when it was not simply
decoded (OCR engine, version, languages, confidence, page spans); ``ingestion_runs.unread``.

Revision ID: 0010_unread_evidence
Revises: 0009_web_sessions
"""

import sqlalchemy as sa
from alembic import op

revision = "0010_unread_evidence"
down_revision = "0009_web_sessions"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "unread_items",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("sha256", sa.String(64), nullable=False, unique=True),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("format", sa.String(20), nullable=False),
        sa.Column("media_type", sa.String(100), nullable=True),
        sa.Column("origin", sa.Text(), nullable=False),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("method", sa.String(20), nullable=False),
        sa.Column("archived_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("read_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column(
            "ingestion_run_id", sa.Integer(), sa.ForeignKey("ingestion_runs.id"), nullable=True
        ),
    )
    op.add_column("documents", sa.Column("reading", sa.JSON(), nullable=True))
    op.add_column(
        "ingestion_runs",
        sa.Column("unread", sa.Integer(), nullable=False, server_default="0"),
    )


def downgrade() -> None:
    # plain ALTER TABLE, as in 0008: a batch rebuild of a table others point at fails on SQLite
    op.execute("ALTER TABLE ingestion_runs DROP COLUMN unread")
    op.execute("ALTER TABLE documents DROP COLUMN reading")
    op.drop_table("unread_items")
