"""Stored figures recomputed: a vague lead is the range monitors code it as.

The rule that derives an incident's figures changed (:mod:`harmledger.assess.report_totals`):
a report that leads with a vague word now gives the range a monitor codes it as
(``assess/vague_totals.toml``: "dozens" 12–24, "several" 2) instead of its conventional low
alone, and a vague word later in a report no longer widens a lead stated in numbers. Every
incident's stored min and max is derived again by the current rule. The figures are derived
state, not history: nothing is lost, and downgrading leaves them as they are.

Revision ID: 0018_figures_vague_leads
Revises: 0017_search_entries
"""

from alembic import op
from sqlalchemy.orm import Session

revision = "0018_figures_vague_leads"
down_revision = "0017_search_entries"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from harmledger.assess.stored_figures import rebuild_figures

    session = Session(bind=op.get_bind())
    rebuild_figures(session, summaries=False)  # their table comes in 0021
    session.flush()


def downgrade() -> None:
    """Figures derived by a newer rule stay; the next change to an incident refreshes its own."""
