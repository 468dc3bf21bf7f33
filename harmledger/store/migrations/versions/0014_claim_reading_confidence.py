"""Claims read from OCR text carry how sure the OCR was of the page they stand on.

``reading_confidence`` (0-1): the mean word confidence Tesseract gave the page holding the
claim's quote; NULL for claims of text that was decoded, not read from an image.

Revision ID: 0014_claim_reading_confidence
Revises: 0013_figures_by_report_totals
"""

import sqlalchemy as sa
from alembic import op

revision = "0014_claim_reading_confidence"
down_revision = "0013_figures_by_report_totals"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("claims", sa.Column("reading_confidence", sa.Float(), nullable=True))


def downgrade() -> None:
    # plain ALTER TABLE, as in 0008: SQLite refuses a batch rebuild of a table others point at
    op.execute("ALTER TABLE claims DROP COLUMN reading_confidence")
