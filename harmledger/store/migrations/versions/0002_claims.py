"""Claims: extraction runs per document and extractor version, and the claims they found.

Revision ID: 0002_claims
Revises: 0001_foundation
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_claims"
down_revision = "0001_foundation"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "extractions",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("document_id", sa.Integer(), sa.ForeignKey("documents.id"), nullable=False),
        sa.Column("extractor_version", sa.String(40), nullable=False),
        sa.Column("extracted_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("current", sa.Boolean(), nullable=False),
        sa.Column("claim_count", sa.Integer(), nullable=False),
        sa.UniqueConstraint(
            "document_id", "extractor_version", name="uq_extractions_document_version"
        ),
    )
    op.create_index("ix_extractions_document_id", "extractions", ["document_id"])
    op.create_table(
        "claims",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("extraction_id", sa.Integer(), sa.ForeignKey("extractions.id"), nullable=False),
        sa.Column("document_id", sa.Integer(), sa.ForeignKey("documents.id"), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("measure", sa.String(40), nullable=False),
        sa.Column("who", sa.String(20)),
        sa.Column("who_text", sa.Text()),
        sa.Column("low", sa.BigInteger()),
        sa.Column("high", sa.BigInteger()),
        sa.Column("qualifier", sa.String(20), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("quote", sa.Text(), nullable=False),
        sa.Column("speaker", sa.Text()),
        sa.Column("attribution_chain", sa.JSON(), nullable=False),
        sa.Column("perpetrator", sa.String(100)),
        sa.Column("weapon", sa.String(100)),
        sa.Column("place", sa.String(100)),
        sa.Column("place_name", sa.Text()),
        sa.Column("latitude", sa.Float()),
        sa.Column("longitude", sa.Float()),
        sa.Column("period_start", sa.Date()),
        sa.Column("period_end", sa.Date()),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.Column("negated", sa.Boolean(), nullable=False),
        sa.Column("lang", sa.String(8), nullable=False),
    )
    op.create_index("ix_claims_extraction_id", "claims", ["extraction_id"])
    op.create_index("ix_claims_document_id", "claims", ["document_id"])


def downgrade() -> None:
    op.drop_table("claims")
    op.drop_table("extractions")
