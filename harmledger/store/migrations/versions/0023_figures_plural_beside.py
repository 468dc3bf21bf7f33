"""Stored figures recomputed: a plural with no figure beside a one or a part.

The rule that derives an incident's figures changed (:mod:`harmledger.assess.report_totals`,
``beside_plural``): a report that counts one and speaks of the harm in the plural ("at least one
was injured ... a number of others were injured") now gives one to two, and a plural of the whole
group where reports count only a part ("a child was injured", "others were hurt") now counts the
group, at least as many as its largest part. Every incident's stored min and max is derived again
by the current rule. The figures are derived state, not history: nothing is lost, and
downgrading leaves them as they are.

Revision ID: 0023_figures_plural_beside
Revises: 0022_incident_filter_statistics
"""

from alembic import op
from sqlalchemy.orm import Session

revision = "0023_figures_plural_beside"
down_revision = "0022_incident_filter_statistics"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from harmledger.assess.stored_figures import rebuild_figures

    session = Session(bind=op.get_bind())
    rebuild_figures(session)
    session.flush()


def downgrade() -> None:
    """Figures derived by a newer rule stay; the next change to an incident refreshes its own."""
