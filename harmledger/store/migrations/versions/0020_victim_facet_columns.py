"""Victim records' facet and membership fields as plain, indexed columns (sex, age band, place
and month of death, normalised incident reference, day of death or recovery), backfilled from
each record's JSON by the same rule the import uses: the victims page counted its facets by
reading a JSON field of every record five times, and the incident page read every record.

Revision ID: 0020_victim_facet_columns
Revises: 0019_web_view_cache
"""

import sqlalchemy as sa
from alembic import op

from harmledger.store.victim_facets import FACET_COLUMNS, derived_columns

revision = "0020_victim_facet_columns"
down_revision = "0019_web_view_cache"
branch_labels = None
depends_on = None

_COLUMNS = (
    ("sex", sa.Text()),
    ("age_band", sa.Text()),
    ("place_of_death", sa.Text()),
    ("month_of_death", sa.String(7)),
    ("ref_key", sa.Text()),
    ("day", sa.String(10)),
)
_BATCH = 5000


def upgrade() -> None:
    for name, kind in _COLUMNS:
        op.add_column("victim_records", sa.Column(name, kind))
    records = sa.table(
        "victim_records",
        sa.column("id", sa.Integer()),
        sa.column("data", sa.JSON()),
        *(sa.column(name, kind) for name, kind in _COLUMNS),
    )
    bind = op.get_bind()
    last = 0
    while True:
        rows = bind.execute(
            sa.select(records.c.id, records.c.data)
            .where(records.c.id > last)
            .order_by(records.c.id)
            .limit(_BATCH)
        ).all()
        if not rows:
            break
        bind.execute(
            records.update().where(records.c.id == sa.bindparam("record_id")),
            [{"record_id": rid, **derived_columns(data or {})} for rid, data in rows],
        )
        last = rows[-1][0]
    for name, _ in _COLUMNS:  # a facet's index covers its counts (list, publishable too)
        covering = ["list_id", "publishable"] if name in FACET_COLUMNS else []
        op.create_index(f"ix_victim_records_{name}", "victim_records", [name, *covering])
    if bind.dialect.name == "postgresql":  # every row rewritten: the planner's counts are stale
        op.execute("ANALYZE victim_records")


def downgrade() -> None:
    for name, _ in reversed(_COLUMNS):
        op.drop_index(f"ix_victim_records_{name}", "victim_records")
        op.drop_column("victim_records", name)
