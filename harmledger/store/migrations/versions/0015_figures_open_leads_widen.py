"""Stored figures recomputed: an open lead widens to the totals its report restates.

The rule that derives an incident's figures changed (:mod:`harmledger.assess.report_totals`):
a report's "at least N" now reaches the higher whole-group totals the same report restates (up
to twice N), and a report's whole group has one lead whether it says civilians or people. Every
incident's stored min and max is derived again by the current rule. The figures are derived
state, not history: nothing is lost, and downgrading leaves them as they are.

Revision ID: 0015_figures_open_leads_widen
Revises: 0014_claim_reading_confidence
"""

from alembic import op
from sqlalchemy.orm import Session

revision = "0015_figures_open_leads_widen"
down_revision = "0014_claim_reading_confidence"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from harmledger.assess.stored_figures import rebuild_figures

    session = Session(bind=op.get_bind())
    rebuild_figures(session, summaries=False)  # their table comes in 0021
    session.flush()


def downgrade() -> None:
    """Figures derived by a newer rule stay; the next change to an incident refreshes its own."""
