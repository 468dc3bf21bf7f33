"""What each active incident's list summary shows of its claims, kept per incident.

A page of the incident list (25 incidents) read its incidents' few hundred claims and derived
their figures on every request, which was most of the page's cost at 10^5 incidents. The
claim ids, documents, figures (with the claims behind each) and civilians reported killed of
each active incident are now kept in ``derived_summaries`` by the same pass that keeps the
stored figures (:mod:`harmledger.assess.stored_figures`), and filled here from the claims by
the current rule, as the figure migrations refill theirs. Derived state: downgrading drops it.

Revision ID: 0021_incident_summaries
Revises: 0020_victim_facet_columns
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.orm import Session

revision = "0021_incident_summaries"
down_revision = "0020_victim_facet_columns"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "derived_summaries",
        sa.Column(
            "incident_id",
            sa.Integer(),
            sa.ForeignKey("incidents.id"),
            primary_key=True,
            nullable=False,
        ),
        sa.Column("parts", sa.JSON(), nullable=False),
    )
    from harmledger.assess.stored_figures import rebuild_figures

    session = Session(bind=op.get_bind())
    rebuild_figures(session)
    session.flush()


def downgrade() -> None:
    op.drop_table("derived_summaries")
