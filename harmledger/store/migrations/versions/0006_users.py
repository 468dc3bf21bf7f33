"""Web users with argon2 password hashes and a role.

Revision ID: 0006_users
Revises: 0005_person_pairs
"""

import sqlalchemy as sa
from alembic import op

revision = "0006_users"
down_revision = "0005_person_pairs"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("username", sa.String(100), nullable=False, unique=True),
        sa.Column("password_hash", sa.Text(), nullable=False),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("users")
