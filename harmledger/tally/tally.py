"""``tally``: min/max totals over incidents by belligerent, period, place, grade or category.

The ledger as it is now is tallied in SQL over the figures kept per incident
(:mod:`harmledger.tally.in_database`); a tally ``as_of`` a past date rebuilds each incident's
figures from the claims known then, unit by unit (:mod:`harmledger.tally.units`), which is
exact and slower (seconds per 10^5 claims).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy.orm import Session

from harmledger.errors import Invalid
from harmledger.tally.groups import GROUPINGS, check_groupings, unit_totals
from harmledger.tally.in_database import database_totals
from harmledger.tally.units import KNOWN_BY, units

__all__ = ["GROUPINGS", "HEADLINE_GRADES", "tally"]

HEADLINE_GRADES = ("confirmed", "fair")


def tally(
    session: Session,
    *,
    by: Sequence[str] = ("belligerent",),
    measure: str = "killed",
    category: str = "civilians",
    grades: tuple[str, ...] | None = HEADLINE_GRADES,
    as_of: dt.date | None = None,
    known_by: str = "published",
) -> list[dict[str, Any]]:
    """Sum min, max (and best where known) per group; see :mod:`harmledger.tally.units` for
    ``as_of`` by what was published then (``known_by="published"``) or recorded here."""
    if known_by not in KNOWN_BY:
        raise Invalid(f"known by {known_by!r}: use one of {', '.join(KNOWN_BY)}")
    check_groupings(by)
    if as_of is None:
        totals = database_totals(session, by, measure, category, grades)
    else:
        cutoff = dt.datetime.combine(as_of, dt.time.max, tzinfo=dt.UTC)
        totals = unit_totals(units(session, grades, cutoff, known_by), by, measure, category)
    rows = []
    for group in sorted(totals):
        bounds, count = totals[group]
        row: dict[str, Any] = dict(zip(by, group, strict=True))
        row |= {
            "measure": measure,
            "incidents": count,
            "min": bounds.min,
            "max": bounds.max,
            "best": bounds.best,
        }
        if "category" not in by:
            row["category"] = category
        rows.append(row)
    return rows
