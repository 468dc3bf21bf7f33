"""Victim search as a reader uses it: filters, best name match first, facet counts, SQL paging.

Names match by consonant skeleton in any script (typing "Marwan" finds مروان); a record whose
name parts match the query's whole (not only as a prefix) ranks above one that only starts with
them, a record with fewer name parts above one with more, and the name written exactly as typed
above all. :func:`harmledger.victims.ledger.find_records` (the API, the CLI) matches and ranks
with the same expressions, kept here only.

Facets (list, sex, age band, place of death, month of death) are counted in SQL over every
filter except their own, so a reader sees what choosing another value would give. Public mode
counts and returns publishable records only, and a sensitive field never leaves this module
unless the caller asks for it outside public mode.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import Any

from sqlalchemy import Integer, and_, case, func, literal, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from harmledger.errors import Invalid
from harmledger.names import name_tokens, skeleton
from harmledger.store.victim_tables import VictimList, VictimRecordRow
from harmledger.victims.ledger import record_view
from harmledger.victims.model import SENSITIVE_FIELDS

FACETS = ("list", "sex", "age_band", "place", "month")
FACET_VALUES = 20  # the most frequent values a facet shows
MAX_PER_PAGE = 200


@dataclass(frozen=True)
class VictimFilters:
    """What a reader searches for: a name (any script) and a value per facet, all optional."""

    q: str = ""
    list: str | None = None
    sex: str | None = None
    age_band: str | None = None
    place: str | None = None
    month: str | None = None  # YYYY-MM of the date of death

    def chosen(self) -> dict[str, str]:
        """The filters set, by name (for links that keep them)."""
        return {f.name: v for f in fields(self) if (v := getattr(self, f.name))}

    def without(self, name: str) -> VictimFilters:
        if name == "q":
            return replace(self, q="")
        changes: dict[str, Any] = {name: None}
        return replace(self, **changes)


def _expressions() -> dict[str, ColumnElement[Any]]:
    """Each facet's column: filled from the record's JSON at import (and by migration 0020),
    so a count is a GROUP BY over an indexed column, not a JSON read of every record."""
    return {
        "list": VictimList.name.expression,
        "sex": VictimRecordRow.sex.expression,
        "age_band": VictimRecordRow.age_band.expression,
        "place": VictimRecordRow.place_of_death.expression,
        "month": VictimRecordRow.month_of_death.expression,
    }


def _keys(query: str) -> list[str]:
    return [key for token in name_tokens(query) if (key := skeleton(token))]


def name_matches(query: str) -> list[ColumnElement[bool]]:
    """Conditions a record's names meet when every name part of ``query`` starts one of
    theirs, in any script."""
    return [VictimRecordRow.search_key.contains(f" {key}", autoescape=True) for key in _keys(query)]


def best_match_first(query: str) -> tuple[ColumnElement[Any], ...]:
    """The order of records matching ``query``: the best score first, then fewer name parts,
    then the order they were stored in. Every ranked list of records (the victims page, its
    export, the API, the CLI) sorts by this. Without a query every score is the same: the
    stored order alone lets the database read one page's rows instead of sorting them all."""
    if not query.strip():
        return (VictimRecordRow.id.expression,)
    order: tuple[ColumnElement[Any], ...] = (
        _score(query).desc(),
        func.length(VictimRecordRow.search_key),
        VictimRecordRow.id.expression,
    )
    return order


def _conditions(filters: VictimFilters, *, public: bool) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = [VictimList.kind == "victims"]
    if public:
        conditions.append(VictimRecordRow.publishable.is_(True))
    conditions.extend(name_matches(filters.q))
    expressions = _expressions()
    for name in FACETS:
        value = getattr(filters, name)
        if value:
            conditions.append(expressions[name] == value)
    return conditions


def _score(query: str) -> ColumnElement[Any]:
    """Higher is a better match: whole name parts, then the exact name as typed."""
    score: ColumnElement[Any] = literal(0, Integer)
    for key in _keys(query):
        whole = VictimRecordRow.search_key.contains(f" {key} ", autoescape=True)
        score = score + case((whole, 2), else_=1)
    typed = query.strip().casefold()
    if typed:
        exact = or_(
            func.lower(VictimRecordRow.name) == typed,
            func.lower(VictimRecordRow.name_latin) == typed,
        )
        score = score + case((exact, 10), else_=0)
    return score


def matching(filters: VictimFilters, *, public: bool) -> Any:
    """The records matching ``filters`` with their list's name, best match first."""
    return (
        select(VictimRecordRow, VictimList.name)
        .join(VictimList, VictimRecordRow.list_id == VictimList.id)
        .where(and_(*_conditions(filters, public=public)))
        .order_by(*best_match_first(filters.q))
    )


def facet_counts(
    session: Session, filters: VictimFilters, *, public: bool
) -> dict[str, list[dict[str, Any]]]:
    """Per facet, its most frequent values (with counts) under every other filter."""
    expressions = _expressions()
    counts: dict[str, list[dict[str, Any]]] = {}
    for name in FACETS:
        inner = (
            select(expressions[name].label("value"))
            .select_from(VictimRecordRow)
            .join(VictimList, VictimRecordRow.list_id == VictimList.id)
            .where(and_(*_conditions(filters.without(name), public=public)))
            .subquery()
        )
        number = func.count().label("n")
        rows = session.execute(
            select(inner.c.value, number)
            .where(inner.c.value.is_not(None), inner.c.value != "")
            .group_by(inner.c.value)
            .order_by(number.desc(), inner.c.value)
            .limit(FACET_VALUES)
        ).all()
        chosen = getattr(filters, name)
        counts[name] = [
            {"value": value, "count": n, "chosen": value == chosen} for value, n in rows
        ]
    return counts


def _views(rows: Any, *, public: bool, sensitive: bool) -> list[dict[str, Any]]:
    include = sensitive and not public
    records = [record_view(row, name, include_sensitive=include) for row, name in rows]
    if not include:  # belt and braces: the record view already left them out
        records = [{k: v for k, v in r.items() if k not in SENSITIVE_FIELDS} for r in records]
    return records


def search_victims(
    session: Session,
    filters: VictimFilters,
    *,
    public: bool,
    sensitive: bool = False,
    page: int = 1,
    per_page: int = 50,
    facets: bool = True,
) -> dict[str, Any]:
    """One page of matching records (best match first), their total and the facet counts."""
    if page < 1 or not 1 <= per_page <= MAX_PER_PAGE:
        raise Invalid(f"page must be 1 or more and per_page between 1 and {MAX_PER_PAGE}")
    query = matching(filters, public=public)
    total = session.scalar(select(func.count()).select_from(query.order_by(None).subquery()))
    rows = session.execute(query.offset((page - 1) * per_page).limit(per_page)).all()
    return {
        "items": _views(rows, public=public, sensitive=sensitive),
        "total": total or 0,
        "page": page,
        "per_page": per_page,
        "facets": facet_counts(session, filters, public=public) if facets else {},
    }


def all_matching(
    session: Session, filters: VictimFilters, *, public: bool, limit: int
) -> list[dict[str, Any]]:
    """Every matching record (up to ``limit``), best match first, never a sensitive field: what
    an export of the current result writes."""
    rows = session.execute(matching(filters, public=public).limit(limit)).all()
    return _views(rows, public=public, sensitive=False)
