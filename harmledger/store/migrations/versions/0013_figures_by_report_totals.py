"""Stored figures recomputed: each report now counts with the figure it leads with.

The rule that derives an incident's figures changed (:mod:`harmledger.assess.report_totals`),
so every incident's stored min and max is derived again by the current rule. The figures are
derived state, not history: nothing is lost, and downgrading leaves them as they are.

Revision ID: 0013_figures_by_report_totals
Revises: 0012_media_evidence
"""

from alembic import op
from sqlalchemy.orm import Session

revision = "0013_figures_by_report_totals"
down_revision = "0012_media_evidence"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from harmledger.assess.stored_figures import rebuild_figures

    session = Session(bind=op.get_bind())
    rebuild_figures(session, summaries=False)  # their table comes in 0021
    session.flush()


def downgrade() -> None:
    """Figures derived by a newer rule stay; the next change to an incident refreshes its own."""
