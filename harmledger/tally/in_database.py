"""The current tally in SQL over the figures kept per incident: no claim is read.

The same arithmetic as :func:`harmledger.tally.units.units` with
:func:`harmledger.tally.groups.unit_totals`, in two steps:

* the database sums the figures of every counted incident as if each were a unit of its own,
  per distinct value of the columns the grouping reads (a few thousand rows come back, not one
  per incident);
* campaigns and the events inside them (a family each; few incidents, found through the index
  on ``parent_id``) are then corrected in Python, as ``units`` folds them: an event inside a
  counted campaign comes out of the sums, and a counted campaign takes the larger of its own
  figure and the sum of its counted events', bound by bound.

An incident's own figure is the one imported with it when there is one, else the one derived
from its claims (:mod:`harmledger.assess.stored_figures`). The tests compare this with the
unit-by-unit path on generated ledgers, on SQLite and PostgreSQL.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import BigInteger, String, and_, case, cast, exists, func, null, or_, select, true
from sqlalchemy.orm import Session

from harmledger.store.dialects import MAX_BOUND_IDS
from harmledger.store.incident_tables import (
    COPIED_ATTRIBUTES,
    DerivedFigure,
    Incident,
    IncidentFigure,
)
from harmledger.tally.groups import ATTRIBUTES, group_value
from harmledger.tally.units import Bounds

Totals = dict[tuple[str, ...], tuple[Bounds, int]]


def _own_figures(session: Session, measure: str, category: str | None) -> Any:
    """(incident_id, category, low, high, best) of every incident with a figure."""
    derived, imported = DerivedFigure, IncidentFigure
    from_claims = select(
        derived.incident_id,
        derived.category,
        derived.low,
        derived.high,
        cast(null(), BigInteger).label("best"),
    ).where(derived.measure == measure)
    if category is not None:
        from_claims = from_claims.where(derived.category == category)
    any_imported = select(imported.id).where(imported.measure == measure).limit(1)
    if session.scalar(any_imported) is None:  # the usual case: skip the override test per row
        copies = [getattr(derived, name).label(f"copy_{name}") for name in COPIED_ATTRIBUTES]
        return from_claims.add_columns(*copies).subquery("own_figures")
    from_claims = from_claims.where(
        ~exists().where(
            imported.incident_id == derived.incident_id,
            imported.measure == derived.measure,
            imported.category == derived.category,
        )
    )
    latest = (
        select(func.max(imported.id))
        .where(imported.measure == measure)
        .group_by(imported.incident_id, imported.category)
    )
    low = func.coalesce(imported.low, imported.best, 0)
    best_or_low = case(
        (and_(imported.best.is_not(None), imported.best != 0), imported.best), else_=low
    )
    from_imports = select(
        imported.incident_id,
        imported.category,
        low,
        func.coalesce(imported.high, best_or_low),
        imported.best,
    ).where(imported.id.in_(latest))
    if category is not None:
        from_imports = from_imports.where(imported.category == category)
    return from_claims.union_all(from_imports).subquery("own_figures")


def _grade_filter(grades: tuple[str, ...] | None, grade: Any = Incident.grade) -> Any:
    """``(grade or "ungraded") in grades``, on the raw column (cheaper than an expression)."""
    if grades is None:
        return true()
    named = grade.in_([g for g in grades if g])
    if "ungraded" in grades:
        return or_(named, grade.is_(None), grade == "")
    return named


def _columns(names: list[str], source: Callable[[str], Any] | None = None) -> list[Any]:
    """The incident attributes ``names``, read from ``incidents`` or through ``source``."""
    column = source or (lambda name: getattr(Incident, name))
    return [
        cast(column(name), String).label(name)
        if name == "perpetrators"
        else column(name).label(name)
        for name in names
    ]


def _attributes(names: list[str], row: Any) -> dict[str, Any]:
    """The raw attributes a grouping reads, with the perpetrators' JSON decoded."""
    values = {name: row[name] for name in names}
    if isinstance(values.get("perpetrators"), str):
        values["perpetrators"] = json.loads(values["perpetrators"])
    return values


@dataclass
class _Sum:
    """A group's running total; ``bests`` counts the figures with a best, so that taking an
    event out again can give back ``None`` (no best known) rather than 0."""

    min: int = 0
    max: int = 0
    best: int = 0
    bests: int = 0
    units: int = 0

    def add(self, bounds: Bounds, units: int, sign: int = 1) -> None:
        self.min += sign * bounds.min
        self.max += sign * bounds.max
        if bounds.best is not None:
            self.best += sign * bounds.best
            self.bests += sign
        self.units += units


def _group_column(
    key: str, dialect: str, own: Any, source: Callable[[str], Any] | None = None
) -> tuple[Any, Callable[[Any], str]]:
    """What the database groups on for ``key``, and how Python turns a value into the group
    :func:`group_value` names. Chosen by measurement on SQLite: a raw column where its values
    are few, an expression where grouping on the raw columns sorts more (places)."""

    def mapped(name: str) -> Callable[[Any], str]:
        return lambda value: group_value(key, _attributes([name], {name: value}))

    if key == "category":
        return own.c.category, str
    if key == "place":
        places = (Incident.place_name, Incident.admin1, Incident.country)
        return func.coalesce(*(func.nullif(c, "") for c in places), "unknown"), str
    if key in ("month", "year") and dialect in ("sqlite", "postgresql"):
        start = source("period_start") if source else Incident.period_start
        if dialect == "sqlite":
            formatted = func.strftime("%Y-%m" if key == "month" else "%Y", start)
        else:
            formatted = func.to_char(start, "YYYY-MM" if key == "month" else "YYYY")
        return func.coalesce(formatted, "undated"), str
    (name,) = ATTRIBUTES[key]
    return _columns([name], source)[0], mapped(name)


def database_totals(
    session: Session,
    by: Sequence[str],
    measure: str,
    category: str,
    grades: tuple[str, ...] | None,
) -> Totals:
    """group → (summed bounds, number of units) for the ledger as it is now."""
    own = _own_figures(session, measure, None if "category" in by else category)
    dialect = session.get_bind().dialect.name
    copied = "copy_status" in own.c and all(
        set(ATTRIBUTES[key]) <= set(COPIED_ATTRIBUTES) for key in by
    )
    source = (lambda name: own.c[f"copy_{name}"]) if copied else None
    grouped = [_group_column(key, dialect, own, source) for key in by]
    keys = [column.label(f"key_{n}") for n, (column, _) in enumerate(grouped)]
    summed = select(
        *keys,
        func.sum(own.c.low),
        func.sum(own.c.high),
        func.sum(own.c.best),
        func.count(own.c.best),
        func.count(),
    )
    if copied:  # the figures carry what is grouped on: no join to the (wide) incidents
        summed = summed.select_from(own).where(
            own.c.copy_status == "active", _grade_filter(grades, own.c.copy_grade)
        )
    else:
        summed = summed.join_from(own, Incident, Incident.id == own.c.incident_id).where(
            Incident.status == "active", _grade_filter(grades)
        )
    summed = summed.group_by(*keys)
    sums: dict[tuple[str, ...], _Sum] = defaultdict(_Sum)
    named: dict[tuple[int, Any], str] = {}  # each distinct value is turned into a group once
    for row in session.execute(summed):
        group = []
        for n, (_, name) in enumerate(grouped):
            value = row[n]
            if (n, value) not in named:
                named[(n, value)] = name(value)
            group.append(named[(n, value)])
        low, high, best, bests, units = row[len(keys) :]
        total = sums[tuple(group)]
        total.min, total.max, total.units = total.min + low, total.max + high, total.units + units
        total.best, total.bests = total.best + (best or 0), total.bests + bests

    def group_of(attributes: dict[str, Any], figure_category: str) -> tuple[str, ...]:
        return tuple(
            figure_category if key == "category" else group_value(key, attributes) for key in by
        )

    names = sorted({name for key in by for name in ATTRIBUTES[key]})
    _fold_families(session, own, names, grades, group_of, sums)
    return {
        group: (Bounds(int(t.min), int(t.max), int(t.best) if t.bests else None), t.units)
        for group, t in sums.items()
        if t.units
    }


def _fold_families(
    session: Session,
    own: Any,
    names: list[str],
    grades: tuple[str, ...] | None,
    group_of: Any,
    sums: dict[tuple[str, ...], _Sum],
) -> None:
    """Correct the sums for campaigns and their events: see the module docstring."""
    # who has a parent, from the index on parent_id: a ledger without campaigns pays one index
    # probe, one with campaigns reads only their families' rows
    with_parent = select(Incident.id, Incident.parent_id).where(Incident.parent_id.is_not(None))
    links: dict[int, int] = {row.id: row.parent_id for row in session.execute(with_parent)}
    if not links:
        return
    candidates = sorted(set(links) | set(links.values()))
    columns = [Incident.id, Incident.parent_id, Incident.status]
    columns += _columns(sorted({"grade", *names}))
    found = {}
    for i in range(0, len(candidates), MAX_BOUND_IDS):
        chunk = select(*columns).where(Incident.id.in_(candidates[i : i + MAX_BOUND_IDS]))
        found.update({row.id: row for row in session.execute(chunk)})
    active = {i for i, row in found.items() if row.status == "active"}
    nested = {i for i in active if links.get(i) in active}
    members = {i: found[i] for i in nested | {links[i] for i in nested}}
    if not members:
        return
    figures: dict[int, dict[str, Bounds]] = defaultdict(dict)
    ids = sorted(members)
    for i in range(0, len(ids), MAX_BOUND_IDS):
        query = select(own.c.incident_id, own.c.category, own.c.low, own.c.high, own.c.best).where(
            own.c.incident_id.in_(ids[i : i + MAX_BOUND_IDS])
        )
        for incident_id, figure_category, low, high, best in session.execute(query):
            figures[incident_id][figure_category] = Bounds(low, high, best)

    def passes(incident_id: int | None) -> bool:
        member = members.get(incident_id)  # type: ignore[arg-type]
        return member is not None and (grades is None or (member.grade or "ungraded") in grades)

    children: dict[int, list[int]] = defaultdict(list)
    for member in members.values():
        if member.parent_id in members and passes(member.id):
            children[member.parent_id].append(member.id)

    def folded(member_id: int, seen: frozenset[int]) -> dict[str, Bounds]:
        """A sub-incident's figures with its own counted sub-incidents folded in, at every
        depth (a grandchild strike counts once, inside its campaign's campaign)."""
        mine = figures.get(member_id, {})
        below: dict[str, Bounds] = defaultdict(Bounds)
        for child_id in children.get(member_id, []):
            if child_id not in seen:
                for figure_category, bounds in folded(child_id, seen | {member_id}).items():
                    below[figure_category].add(bounds)
        result = {}
        for figure_category in set(mine) | set(below):
            base, events = mine.get(figure_category, Bounds()), below.get(figure_category, Bounds())
            result[figure_category] = Bounds(
                max(base.min, events.min),
                max(base.max, events.max),
                base.best if base.best is not None else events.best,
            )
        return result

    for member in members.values():
        if not passes(member.id):
            continue  # not in the sums
        attributes = _attributes(names, member._mapping)
        mine = figures.get(member.id, {})
        if passes(member.parent_id):  # folded into its counted campaign: not a unit
            for figure_category, bounds in mine.items():
                sums[group_of(attributes, figure_category)].add(bounds, -1, sign=-1)
            continue
        theirs: dict[str, Bounds] = defaultdict(Bounds)
        for child_id in children.get(member.id, []):
            for figure_category, bounds in folded(child_id, frozenset({member.id})).items():
                theirs[figure_category].add(bounds)
        for figure_category, events in theirs.items():
            ours = mine.get(figure_category)
            base = ours or Bounds()
            merged = Bounds(
                max(base.min, events.min),
                max(base.max, events.max),
                base.best if base.best is not None else events.best,
            )
            total = sums[group_of(attributes, figure_category)]
            if ours is not None:
                total.add(ours, -1, sign=-1)  # replace the campaign's own figure by the fold
            total.add(merged, 1)
