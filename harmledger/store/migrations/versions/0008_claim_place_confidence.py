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
    with op.batch_alter_table("claims") as batch:
        batch.add_column(sa.Column("place_confidence", sa.Float(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("claims") as batch:
        batch.drop_column("place_confidence")
