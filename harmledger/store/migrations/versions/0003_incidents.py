"""Incidents, claim links, imported figures, claim reviews, belligerent assessments.

Revision ID: 0003_incidents
Revises: 0002_claims
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_incidents"
down_revision = "0002_claims"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "incidents",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("parent_id", sa.Integer(), sa.ForeignKey("incidents.id")),
        sa.Column("period_start", sa.Date()),
        sa.Column("period_end", sa.Date()),
        sa.Column("date_precision", sa.String(20), nullable=False),
        sa.Column("place", sa.String(100)),
        sa.Column("place_name", sa.Text()),
        sa.Column("place_precision", sa.String(20), nullable=False),
        sa.Column("latitude", sa.Float()),
        sa.Column("longitude", sa.Float()),
        sa.Column("country", sa.String(100)),
        sa.Column("admin1", sa.String(200)),
        sa.Column("perpetrators", sa.JSON(), nullable=False),
        sa.Column("weapons", sa.JSON(), nullable=False),
        sa.Column("grade", sa.String(20)),
        sa.Column("grade_reasons", sa.JSON(), nullable=False),
        sa.Column("grade_by", sa.String(20), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("merged_into_id", sa.Integer(), sa.ForeignKey("incidents.id")),
        sa.Column("origin", sa.String(20), nullable=False),
        sa.Column("external_id", sa.String(100)),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_incidents_parent_id", "incidents", ["parent_id"])
    op.create_index("ix_incidents_external_id", "incidents", ["external_id"])
    op.create_table(
        "incident_claims",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("incident_id", sa.Integer(), sa.ForeignKey("incidents.id"), nullable=False),
        sa.Column("claim_id", sa.Integer(), sa.ForeignKey("claims.id"), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("reasons", sa.JSON(), nullable=False),
        sa.Column("linked_by", sa.String(20), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("removed_at", sa.DateTime(timezone=True)),
    )
    op.create_index("ix_incident_claims_incident_id", "incident_claims", ["incident_id"])
    op.create_index("ix_incident_claims_claim_id", "incident_claims", ["claim_id"])
    op.create_table(
        "incident_figures",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("incident_id", sa.Integer(), sa.ForeignKey("incidents.id"), nullable=False),
        sa.Column("measure", sa.String(40), nullable=False),
        sa.Column("category", sa.String(20), nullable=False),
        sa.Column("low", sa.BigInteger()),
        sa.Column("best", sa.BigInteger()),
        sa.Column("high", sa.BigInteger()),
        sa.Column("source", sa.Text(), nullable=False),
    )
    op.create_index("ix_incident_figures_incident_id", "incident_figures", ["incident_id"])
    op.create_table(
        "claim_reviews",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("claim_id", sa.Integer(), sa.ForeignKey("claims.id"), nullable=False),
        sa.Column("decision", sa.String(20), nullable=False),
        sa.Column("corrections", sa.JSON(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("actor", sa.String(200), nullable=False),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_claim_reviews_claim_id", "claim_reviews", ["claim_id"])
    op.create_table(
        "belligerent_assessments",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("incident_id", sa.Integer(), sa.ForeignKey("incidents.id"), nullable=False),
        sa.Column("belligerent", sa.String(100), nullable=False),
        sa.Column("assessment", sa.String(30), nullable=False),
        sa.Column("conceded_min", sa.BigInteger()),
        sa.Column("conceded_max", sa.BigInteger()),
        sa.Column("stated_on", sa.Date(), nullable=False),
        sa.Column("stated_precision", sa.String(10), nullable=False),
        sa.Column("source", sa.Text()),
        sa.Column("document_id", sa.Integer(), sa.ForeignKey("documents.id")),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index(
        "ix_belligerent_assessments_incident_id", "belligerent_assessments", ["incident_id"]
    )


def downgrade() -> None:
    for table in (
        "belligerent_assessments",
        "claim_reviews",
        "incident_figures",
        "incident_claims",
        "incidents",
    ):
        op.drop_table(table)
