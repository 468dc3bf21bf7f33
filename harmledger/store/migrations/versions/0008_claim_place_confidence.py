"""Claims carry how sure the extractor is that their place is where the harm happened.

Existing claims get NULL (read before the extractor weighed its place evidence).

Revision ID: 0008_claim_place_confidence
Revises: 0007_incident_figures
"""

import sqlalchemy as sa
from alembic import op

revision = "0008_claim_place_confidence"
down_revision = "0007_incident_figures"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("claims", sa.Column("place_confidence", sa.Float(), nullable=True))


def downgrade() -> None:
    # plain ALTER TABLE (SQLite >= 3.35 and PostgreSQL): a batch rebuild would drop and recreate
    # ``claims``, which SQLite refuses while other tables' foreign keys point at it
    op.execute("ALTER TABLE claims DROP COLUMN place_confidence")
