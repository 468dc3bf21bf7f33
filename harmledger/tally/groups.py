"""Group keys of a tally, and the unit-by-unit sum (the exact path, also used ``--as-of``)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from harmledger.errors import Invalid
from harmledger.tally.units import Bounds, Unit

GROUPINGS = ("belligerent", "month", "year", "place", "admin1", "country", "grade", "category")
# the incident attributes each grouping reads
ATTRIBUTES: dict[str, tuple[str, ...]] = {
    "belligerent": ("perpetrators",),
    "month": ("period_start",),
    "year": ("period_start",),
    "place": ("place_name", "admin1", "country"),
    "admin1": ("admin1",),
    "country": ("country",),
    "grade": ("grade",),
    "category": (),
}


def check_groupings(by: Sequence[str]) -> None:
    for key in by:
        if key not in GROUPINGS:
            raise Invalid(f"--by {key!r}: use one of {', '.join(GROUPINGS)}")


def group_value(by: str, incident: Mapping[str, Any]) -> str:
    """The group an incident falls in, from the attributes :data:`ATTRIBUTES` names."""
    if by == "belligerent":
        return ", ".join(sorted(incident["perpetrators"])) or "unknown"
    if by == "month":
        start = incident["period_start"]
        return start.strftime("%Y-%m") if start else "undated"
    if by == "year":
        start = incident["period_start"]
        return str(start.year) if start else "undated"
    if by == "place":
        return incident["place_name"] or incident["admin1"] or incident["country"] or "unknown"
    if by == "admin1":
        return incident["admin1"] or "unknown"
    if by == "country":
        return incident["country"] or "unknown"
    if by == "grade":
        return incident["grade"] or "ungraded"
    raise Invalid(f"--by {by!r}: use one of {', '.join(GROUPINGS)}")


def unit_totals(
    units: Iterable[Unit], by: Sequence[str], measure: str, category: str
) -> dict[tuple[str, ...], tuple[Bounds, int]]:
    """group → (summed bounds, number of units), adding up each unit's figures."""
    names = {name for key in by for name in ATTRIBUTES[key]}
    totals: dict[tuple[str, ...], Bounds] = defaultdict(Bounds)
    counts: dict[tuple[str, ...], int] = defaultdict(int)
    for unit in units:
        attributes = {name: getattr(unit.incident, name) for name in names}
        for (figure_measure, figure_category), bounds in unit.figures.items():
            if figure_measure != measure:
                continue
            if "category" not in by and figure_category != category:
                continue
            group = tuple(
                figure_category if key == "category" else group_value(key, attributes) for key in by
            )
            totals[group].add(bounds)
            counts[group] += 1
    return {group: (totals[group], counts[group]) for group in totals}
