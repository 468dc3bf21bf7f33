"""Near-duplicate documents: each document's MinHash signature, and the pairs found alike.

Revision ID: 0011_near_duplicates
Revises: 0010_unread_evidence
"""

import sqlalchemy as sa
from alembic import op

revision = "0011_near_duplicates"
down_revision = "0010_unread_evidence"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "document_signatures",
        sa.Column("document_id", sa.Integer(), sa.ForeignKey("documents.id"), primary_key=True),
        sa.Column("method", sa.String(40), nullable=False),
        sa.Column("signature", sa.LargeBinary(), nullable=False),
    )
    op.create_table(
        "document_relations",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "document_id", sa.Integer(), sa.ForeignKey("documents.id"), nullable=False, index=True
        ),
        sa.Column(
            "related_id", sa.Integer(), sa.ForeignKey("documents.id"), nullable=False, index=True
        ),
        sa.Column("kind", sa.String(30), nullable=False),
        sa.Column("similarity", sa.Float(), nullable=False),
        sa.Column("found_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("document_id", "related_id", "kind", name="uq_document_relations"),
    )


def downgrade() -> None:
    op.drop_table("document_relations")
    op.drop_table("document_signatures")
