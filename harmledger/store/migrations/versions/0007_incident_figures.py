"""Figures kept per incident (derived from its claims), filled from the claims already stored,
with copies of the incident attributes tallies group on (kept equal by a trigger on
``incidents``); an index on ``incidents.kind`` (the dashboard looks campaigns up by kind).

The fill is a frozen copy of :func:`harmledger.assess.stored_figures.derive_figures` over the
tables as they are at this revision, so later changes to the library cannot change what this
migration does.

Revision ID: 0007_incident_figures
Revises: 0006_users
"""

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0007_incident_figures"
down_revision = "0006_users"
branch_labels = None
depends_on = None

COPIED = ("status", "grade", "period_start", "perpetrators")
WHO_CATEGORY = {c: c for c in ("civilians", "children", "women", "men", "combatants")}

links = sa.table(
    "incident_claims",
    sa.column("incident_id", sa.Integer),
    sa.column("claim_id", sa.Integer),
    sa.column("removed_at", sa.DateTime),
)
claims = sa.table(
    "claims",
    sa.column("id", sa.Integer),
    sa.column("extraction_id", sa.Integer),
    sa.column("kind", sa.String),
    sa.column("measure", sa.String),
    sa.column("who", sa.String),
    sa.column("low", sa.BigInteger),
    sa.column("high", sa.BigInteger),
    sa.column("negated", sa.Boolean),
)
extractions = sa.table("extractions", sa.column("id", sa.Integer), sa.column("current", sa.Boolean))
reviews = sa.table(
    "claim_reviews",
    sa.column("id", sa.Integer),
    sa.column("claim_id", sa.Integer),
    sa.column("decision", sa.String),
    sa.column("corrections", sa.JSON),
)


def upgrade() -> None:
    figures = op.create_table(
        "derived_figures",
        sa.Column(
            "incident_id",
            sa.Integer(),
            sa.ForeignKey("incidents.id"),
            primary_key=True,
            nullable=False,
        ),
        sa.Column("measure", sa.String(40), primary_key=True, nullable=False),
        sa.Column("category", sa.String(20), primary_key=True, nullable=False),
        sa.Column("low", sa.BigInteger(), nullable=False),
        sa.Column("high", sa.BigInteger(), nullable=False),
        sa.Column("status", sa.String(20), nullable=True),
        sa.Column("grade", sa.String(20), nullable=True),
        sa.Column("period_start", sa.Date(), nullable=True),
        sa.Column("perpetrators", sa.JSON(), nullable=True),
    )
    op.create_index("ix_incidents_kind", "incidents", ["kind"])
    rows = [
        {"incident_id": i, "measure": m, "category": c, "low": low, "high": high}
        for (i, m, c), (low, high) in _derive(op.get_bind()).items()
        if m is not None
    ]
    if rows:
        op.bulk_insert(figures, rows)
    for name in COPIED:  # the incident's attributes beside its figures
        op.execute(
            f"UPDATE derived_figures SET {name} = "
            f"(SELECT {name} FROM incidents WHERE incidents.id = derived_figures.incident_id)"
        )
    columns = ", ".join(COPIED)
    assignments = ", ".join(f"{name} = NEW.{name}" for name in COPIED)
    keep = f"UPDATE derived_figures SET {assignments} WHERE incident_id = NEW.id;"
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "CREATE FUNCTION incidents_copy_to_figures() RETURNS trigger AS $$ "
            f"BEGIN {keep} RETURN NULL; END; $$ LANGUAGE plpgsql"
        )
        op.execute(
            f"CREATE TRIGGER incidents_copy_to_figures AFTER UPDATE OF {columns} ON incidents "
            "FOR EACH ROW EXECUTE FUNCTION incidents_copy_to_figures()"
        )
    else:
        op.execute(
            f"CREATE TRIGGER incidents_copy_to_figures AFTER UPDATE OF {columns} ON incidents "
            f"BEGIN {keep} END"
        )


def _derive(connection: Any) -> dict[tuple[int, str, str], tuple[int, int]]:
    found: dict[tuple[int, str, str], tuple[int, int]] = {}

    def add(incident_id: int, measure: str, who: str | None, low: int, high: int) -> None:
        key = (incident_id, measure, WHO_CATEGORY.get(who or "", "unknown"))
        known = found.get(key)
        found[key] = (low, high) if known is None else (min(known[0], low), max(known[1], high))

    reviewed = sa.select(reviews.c.claim_id)
    counted = (
        sa.select(links.c.incident_id)
        .join(claims, claims.c.id == links.c.claim_id)
        .join(extractions, extractions.c.id == claims.c.extraction_id)
        .where(
            links.c.removed_at.is_(None),
            extractions.c.current.is_(True),
            claims.c.kind == "casualty",
            claims.c.negated.is_(False),
        )
    )
    grouped = (
        counted.add_columns(
            claims.c.measure,
            claims.c.who,
            sa.func.min(sa.func.coalesce(claims.c.low, 0)),
            sa.func.max(sa.func.coalesce(claims.c.high, claims.c.low)),
        )
        .where(
            sa.or_(claims.c.low.is_not(None), claims.c.high.is_not(None)),
            claims.c.id.not_in(reviewed),
        )
        .group_by(links.c.incident_id, claims.c.measure, claims.c.who)
    )
    for incident_id, measure, who, low, high in connection.execute(grouped):
        add(incident_id, measure, who, low, high)
    decided = counted.add_columns(
        claims.c.id, claims.c.measure, claims.c.who, claims.c.low, claims.c.high
    ).where(claims.c.id.in_(reviewed))
    latest = {
        claim_id: (decision, corrections)
        for claim_id, decision, corrections in connection.execute(
            sa.select(reviews.c.claim_id, reviews.c.decision, reviews.c.corrections).order_by(
                reviews.c.id
            )
        )
    }
    for incident_id, claim_id, measure, who, low, high in connection.execute(decided):
        values = {"measure": measure, "who": who, "low": low, "high": high}
        decision, corrections = latest[claim_id]
        if decision == "reject":
            continue
        if decision == "correct":
            values.update({k: v for k, v in (corrections or {}).items() if k in values})
        if values["low"] is None and values["high"] is None:
            continue
        low = values["low"] if values["low"] is not None else 0
        high = values["high"] if values["high"] is not None else values["low"]
        add(incident_id, values["measure"], values["who"], low, high)
    return found


def downgrade() -> None:
    op.execute(
        "DROP TRIGGER IF EXISTS incidents_copy_to_figures"
        + (" ON incidents" if op.get_bind().dialect.name == "postgresql" else "")
    )
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS incidents_copy_to_figures()")
    op.drop_index("ix_incidents_kind", "incidents")
    op.drop_table("derived_figures")
