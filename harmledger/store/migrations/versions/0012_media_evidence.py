"""Images and videos as evidence: metadata (EXIF) and a perceptual hash per archived blob.

Revision ID: 0012_media_evidence
Revises: 0011_near_duplicates
"""

import sqlalchemy as sa
from alembic import op

revision = "0012_media_evidence"
down_revision = "0011_near_duplicates"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "media_items",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("sha256", sa.String(64), nullable=False, unique=True),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("media_type", sa.String(100), nullable=True),
        sa.Column("width", sa.Integer(), nullable=True),
        sa.Column("height", sa.Integer(), nullable=True),
        sa.Column("frames", sa.Integer(), nullable=True),
        sa.Column("metadata_fields", sa.JSON(), nullable=False),
        sa.Column("hash_method", sa.String(20), nullable=True),
        sa.Column("phash", sa.String(16), nullable=True),
        sa.Column("origin", sa.Text(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_media_items_phash", "media_items", ["phash"])


def downgrade() -> None:
    op.drop_index("ix_media_items_phash", table_name="media_items")
    op.drop_table("media_items")
