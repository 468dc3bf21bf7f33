"""Scored record pairs of each linkage run, with their comparison evidence.

Revision ID: 0005_person_pairs
Revises: 0004_victims
"""

import sqlalchemy as sa
from alembic import op

revision = "0005_person_pairs"
down_revision = "0004_victims"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "person_pairs",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("run_id", sa.Integer(), sa.ForeignKey("linkage_runs.id"), nullable=False),
        sa.Column(
            "left_record_id", sa.Integer(), sa.ForeignKey("victim_records.id"), nullable=False
        ),
        sa.Column(
            "right_record_id", sa.Integer(), sa.ForeignKey("victim_records.id"), nullable=False
        ),
        sa.Column("probability", sa.Float(), nullable=False),
        sa.Column("match_weight", sa.Float(), nullable=False),
        sa.Column("evidence", sa.JSON(), nullable=False),
    )
    for column in ("run_id", "left_record_id", "right_record_id"):
        op.create_index(f"ix_person_pairs_{column}", "person_pairs", [column])


def downgrade() -> None:
    op.drop_table("person_pairs")
