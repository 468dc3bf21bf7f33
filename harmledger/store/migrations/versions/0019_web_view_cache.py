"""Views the web workers share (``web_view_cache``): a tally or count one worker computed is
reused by the others while the custody log's head is unchanged. And two indexes the incident
page needs: the incidents merged into this one (``merged_into_id``) and the imported datasets'
incidents (``origin``) were each a scan of every incident per page view.

Revision ID: 0019_web_view_cache
Revises: 0018_figures_vague_leads
"""

import sqlalchemy as sa
from alembic import op

revision = "0019_web_view_cache"
down_revision = "0018_figures_vague_leads"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "web_view_cache",
        sa.Column("key_sha256", sa.String(64), primary_key=True),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("stored_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("signature", sa.String(64), nullable=False),
        sa.Column("value", sa.LargeBinary(), nullable=False),
    )
    op.create_index("ix_incidents_merged_into_id", "incidents", ["merged_into_id"])
    op.create_index("ix_incidents_origin", "incidents", ["origin"])


def downgrade() -> None:
    op.drop_index("ix_incidents_origin", "incidents")
    op.drop_index("ix_incidents_merged_into_id", "incidents")
    op.drop_table("web_view_cache")
