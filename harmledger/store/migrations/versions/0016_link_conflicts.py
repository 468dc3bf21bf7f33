"""An incident link says, as data, whether its evidence conflicts (another perpetrator or weapon).

The review queue used to find such links by matching the words of their human-readable reasons;
the linker now records ``conflicting`` when it writes the link. Existing links get it from the
reasons they were written with, once, here.

Revision ID: 0016_link_conflicts
Revises: 0015_figures_open_leads_widen
"""

import sqlalchemy as sa
from alembic import op

revision = "0016_link_conflicts"
down_revision = "0015_figures_open_leads_widen"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "incident_claims",
        sa.Column("conflicting", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    reasons = "lower(CAST(reasons AS TEXT))"
    op.execute(
        "UPDATE incident_claims SET conflicting = TRUE WHERE linked_by = 'auto' AND "
        f"({reasons} LIKE '%\"other perpetrator %' OR {reasons} LIKE '%\"other weapon %')"
    )


def downgrade() -> None:
    # plain ALTER TABLE, as in 0008: SQLite refuses a batch rebuild of a table others point at
    op.execute("ALTER TABLE incident_claims DROP COLUMN conflicting")
