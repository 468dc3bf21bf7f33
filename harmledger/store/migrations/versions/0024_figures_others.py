"""Stored figures recomputed: a count of others counts the one named beside them (and
"up to dozens" is a vague word).

The rule that derives an incident's figures changed (:mod:`harmledger.assess.others`): a later
count of others ("the imam and 33 other members of his family") widens an open lead to one more
than its number, and a lead of "N others" killed after a victim the report counts no number for
is N + 1; "up to" a vague word ("up to dozens of others") no longer widens a toll stated in
numbers. Every incident's stored min and max is derived again by the current rule. The figures
are derived state, not history: nothing is lost, and downgrading leaves them as they are.

Revision ID: 0024_figures_others
Revises: 0023_figures_plural_beside
"""

from alembic import op
from sqlalchemy.orm import Session

revision = "0024_figures_others"
down_revision = "0023_figures_plural_beside"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from harmledger.assess.stored_figures import rebuild_figures

    session = Session(bind=op.get_bind())
    rebuild_figures(session)
    session.flush()


def downgrade() -> None:
    """Figures derived by a newer rule stay; the next change to an incident refreshes its own."""
