"""``tally``: min/max totals over incidents by belligerent, period, place, grade or category."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy.orm import Session

from harmledger.errors import InputError
from harmledger.tally.units import Bounds, Unit, units

GROUPINGS = ("belligerent", "month", "year", "place", "admin1", "country", "grade", "category")
HEADLINE_GRADES = ("confirmed", "fair")


def _keys(unit: Unit, by: str) -> list[str]:
    incident = unit.incident
    if by == "belligerent":
        return [", ".join(sorted(incident.perpetrators)) or "unknown"]
    if by == "month":
        return [incident.period_start.strftime("%Y-%m") if incident.period_start else "undated"]
    if by == "year":
        return [str(incident.period_start.year) if incident.period_start else "undated"]
    if by == "place":
        return [incident.place_name or incident.admin1 or incident.country or "unknown"]
    if by == "admin1":
        return [incident.admin1 or "unknown"]
    if by == "country":
        return [incident.country or "unknown"]
    if by == "grade":
        return [incident.grade or "ungraded"]
    raise InputError(f"--by {by!r}: use one of {', '.join(GROUPINGS)}")


def tally(
    session: Session,
    *,
    by: Sequence[str] = ("belligerent",),
    measure: str = "killed",
    category: str = "civilians",
    grades: tuple[str, ...] | None = HEADLINE_GRADES,
    as_of: dt.date | None = None,
) -> list[dict[str, Any]]:
    """Sum min, max (and best where known) per group; see :mod:`harmledger.tally.units`."""
    for key in by:
        if key not in GROUPINGS:
            raise InputError(f"--by {key!r}: use one of {', '.join(GROUPINGS)}")
    cutoff = dt.datetime.combine(as_of, dt.time.max, tzinfo=dt.UTC) if as_of is not None else None
    totals: dict[tuple[str, ...], Bounds] = defaultdict(Bounds)
    counts: dict[tuple[str, ...], int] = defaultdict(int)
    for unit in units(session, grades, cutoff):
        for (figure_measure, figure_category), bounds in unit.figures.items():
            if figure_measure != measure:
                continue
            if "category" not in by and figure_category != category:
                continue
            group_keys: list[tuple[str, ...]] = [()]
            for key in by:
                values = [figure_category] if key == "category" else _keys(unit, key)
                group_keys = [(*g, v) for g in group_keys for v in values]
            for group in group_keys:
                totals[group].add(bounds)
                counts[group] += 1
    rows = []
    for group in sorted(totals):
        bounds = totals[group]
        row: dict[str, Any] = dict(zip(by, group, strict=True))
        row |= {
            "measure": measure,
            "incidents": counts[group],
            "min": bounds.min,
            "max": bounds.max,
            "best": bounds.best,
        }
        if "category" not in by:
            row["category"] = category
        rows.append(row)
    return rows
