"""PostgreSQL statistics on the expressions the incident list filters on (``lower(place_name)``
and the other ``LIKE`` columns), so the planner can tell how many incidents a filter keeps.

Without them it guessed that ``place=city 3`` kept almost nothing, expected to read every
incident for a page of 25 and chose a parallel scan of the whole table and a sort (74 ms at
10^5 incidents, on every list request); with them it walks the primary key and stops after 25
matches (2 ms). Statistics cost nothing on writes, unlike indexes (which a ``%word%`` filter
could not use anyway). PostgreSQL 14 and later (expression statistics); SQLite walks the
primary key already.

Revision ID: 0022_incident_filter_statistics
Revises: 0021_incident_summaries
"""

from alembic import op

revision = "0022_incident_filter_statistics"
down_revision = "0021_incident_summaries"
branch_labels = None
depends_on = None

# the expressions as harmledger.publish.incident_list.filtered writes them
EXPRESSIONS = {
    "st_incidents_lower_place_name": "lower(place_name)",
    "st_incidents_lower_country": "lower(country)",
    "st_incidents_lower_admin1": "lower(admin1)",
    "st_incidents_lower_name": "lower(name)",
    "st_incidents_lower_perpetrators": "lower(CAST(perpetrators AS VARCHAR))",
}


def _supported() -> bool:
    bind = op.get_bind()
    return bind.dialect.name == "postgresql" and (bind.dialect.server_version_info or (0,)) >= (14,)


def upgrade() -> None:
    if not _supported():
        return
    for name, expression in EXPRESSIONS.items():
        op.execute(f"CREATE STATISTICS {name} ON ({expression}) FROM incidents")
    op.execute("ANALYZE incidents")


def downgrade() -> None:
    if not _supported():
        return
    for name in EXPRESSIONS:
        op.execute(f"DROP STATISTICS IF EXISTS {name}")
