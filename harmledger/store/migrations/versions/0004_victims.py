"""Victim lists and records, linkage runs, person links, reviewers' pair decisions.

Revision ID: 0004_victims
Revises: 0003_incidents
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_victims"
down_revision = "0003_incidents"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "victim_lists",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False, unique=True),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("organisation", sa.Text()),
        sa.Column("description", sa.Text()),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "victim_records",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("list_id", sa.Integer(), sa.ForeignKey("victim_lists.id"), nullable=False),
        sa.Column("record_key", sa.String(200), nullable=False),
        sa.Column("name", sa.Text()),
        sa.Column("name_latin", sa.Text()),
        sa.Column("search_key", sa.Text(), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("publishable", sa.Boolean(), nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("source_sha256", sa.String(64)),
        sa.UniqueConstraint("list_id", "record_key", name="uq_victim_records_list_key"),
    )
    op.create_index("ix_victim_records_list_id", "victim_records", ["list_id"])
    op.create_table(
        "linkage_runs",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("ran_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("lists", sa.JSON(), nullable=False),
        sa.Column("threshold", sa.Float(), nullable=False),
        sa.Column("backend", sa.String(20), nullable=False),
        sa.Column("summary", sa.JSON(), nullable=False),
    )
    op.create_table(
        "person_links",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("run_id", sa.Integer(), sa.ForeignKey("linkage_runs.id"), nullable=False),
        sa.Column("record_id", sa.Integer(), sa.ForeignKey("victim_records.id"), nullable=False),
        sa.Column("person_key", sa.String(100), nullable=False),
        sa.Column("probability", sa.Float()),
    )
    op.create_index("ix_person_links_run_id", "person_links", ["run_id"])
    op.create_index("ix_person_links_record_id", "person_links", ["record_id"])
    op.create_index("ix_person_links_person_key", "person_links", ["person_key"])
    op.create_table(
        "pair_decisions",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "left_record_id", sa.Integer(), sa.ForeignKey("victim_records.id"), nullable=False
        ),
        sa.Column(
            "right_record_id", sa.Integer(), sa.ForeignKey("victim_records.id"), nullable=False
        ),
        sa.Column("decision", sa.String(20), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("actor", sa.String(200), nullable=False),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_pair_decisions_left_record_id", "pair_decisions", ["left_record_id"])
    op.create_index("ix_pair_decisions_right_record_id", "pair_decisions", ["right_record_id"])


def downgrade() -> None:
    for table in (
        "pair_decisions",
        "person_links",
        "linkage_runs",
        "victim_records",
        "victim_lists",
    ):
        op.drop_table(table)
