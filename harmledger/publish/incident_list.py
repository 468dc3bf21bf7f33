"""Listing incidents: one set of filters, sorts and pages for the CLI, the API and the web.

Rows are selected in the database (so a page of 25 incidents out of 10^5 costs 25 summaries);
every record is built by the library's own view (:func:`incident_summaries`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import String, cast, func, or_, select
from sqlalchemy.orm import Session

from harmledger.assess.views import incident_summaries
from harmledger.errors import Invalid
from harmledger.store.incident_tables import Incident
from harmledger.store.ledger import Ledger

SORTS = {
    "id": (Incident.id,),
    "date": (Incident.period_start, Incident.id),
    "-date": (Incident.period_start.desc(), Incident.id.desc()),
    "name": (Incident.name, Incident.id),
}
MAX_PER_PAGE = 500
MAX_OFFSET = 2**63 - 1
BATCH = 500  # rows per batch of a streamed export


@dataclass(frozen=True)
class IncidentFilters:
    """The incident list's filters: the web page's form, the API's query string and the CLI's
    options all give these."""

    period: str | None = None
    place: str | None = None
    perpetrator: str | None = None
    grade: str | None = None
    kind: str | None = None
    q: str | None = None
    sort: str = "id"
    include_inactive: bool = False  # merged, split and rejected incidents too


def parse_period(period: str) -> tuple[dt.date, dt.date]:
    """``2017``, ``2017-06``, ``2017-06-06`` or ``FROM..TO`` (each of those) as a date range."""
    first, sep, last = period.partition("..")
    start = _bound(first.strip(), end=False)
    stop = _bound((last if sep else first).strip(), end=True)
    if start > stop:
        raise Invalid(f"period {period!r} ends before it starts")
    return start, stop


def _bound(text: str, *, end: bool) -> dt.date:
    if re.fullmatch(r"\d{4}", text):
        return dt.date(int(text), 12 if end else 1, 31 if end else 1)
    if re.fullmatch(r"\d{4}-\d{2}", text):
        year, month = map(int, text.split("-"))
        if not 1 <= month <= 12:
            raise Invalid(f"period {text!r}: no such month")
        if not end:
            return dt.date(year, month, 1)
        following = dt.date(year + month // 12, month % 12 + 1, 1)
        return following - dt.timedelta(days=1)
    try:
        return dt.date.fromisoformat(text)
    except ValueError as error:
        raise Invalid(f"period {text!r}: write YYYY, YYYY-MM, YYYY-MM-DD or FROM..TO") from error


def filtered(filters: IncidentFilters) -> Any:
    """The incidents the filters match (active ones unless ``include_inactive``), as a query
    (unordered, unlimited)."""
    if filters.sort not in SORTS:
        raise Invalid(f"sort {filters.sort!r}: use one of {', '.join(SORTS)}")
    query = select(Incident)
    if not filters.include_inactive:
        query = query.where(Incident.status == "active")
    if filters.kind:
        query = query.where(Incident.kind == filters.kind)
    if filters.grade:
        query = query.where(
            Incident.grade.is_(None)
            if filters.grade == "ungraded"
            else Incident.grade == filters.grade
        )
    if filters.place:
        needle = f"%{filters.place.casefold()}%"
        query = query.where(
            or_(
                func.lower(Incident.place_name).like(needle),
                func.lower(Incident.country).like(needle),
                func.lower(Incident.admin1).like(needle),
            )
        )
    if filters.perpetrator:
        needle = f"%{filters.perpetrator.casefold()}%"
        query = query.where(func.lower(cast(Incident.perpetrators, String)).like(needle))
    if filters.q:
        needle = f"%{filters.q.casefold()}%"
        query = query.where(
            or_(
                func.lower(Incident.name).like(needle), func.lower(Incident.place_name).like(needle)
            )
        )
    if filters.period:
        start, stop = parse_period(filters.period)
        query = query.where(
            or_(Incident.period_start.is_(None), Incident.period_start <= stop),
            or_(Incident.period_end.is_(None), Incident.period_end >= start),
            or_(Incident.period_start.is_not(None), Incident.period_end.is_not(None)),
        )
    return query


def page_bounds(page: int, per_page: int) -> tuple[int, int]:
    if page < 1:
        raise Invalid("page starts at 1")
    if not 1 <= per_page <= MAX_PER_PAGE:
        raise Invalid(f"per_page must be between 1 and {MAX_PER_PAGE}")
    offset = (page - 1) * per_page
    if offset > MAX_OFFSET:  # a database's OFFSET is a signed 64-bit integer
        last = MAX_OFFSET // per_page + 1
        raise Invalid(f"page {page} is out of range: pages go from 1 to {last}")
    return offset, per_page


def count_incidents(session: Session, filters: IncidentFilters) -> int:
    """How many incidents the filters match (the order does not matter)."""
    return session.scalar(select(func.count()).select_from(filtered(filters).subquery())) or 0


def incident_rows(
    session: Session, filters: IncidentFilters, *, page: int = 1, per_page: int = 25
) -> list[dict[str, Any]]:
    """One page of the matching incidents' summaries, in the filters' order."""
    offset, limit = page_bounds(page, per_page)
    query = filtered(filters).order_by(*SORTS[filters.sort]).offset(offset).limit(limit)
    return incident_summaries(session, list(session.scalars(query)))


def incident_batches(
    ledger: Ledger, filters: IncidentFilters, *, size: int | None = None
) -> Iterator[list[dict[str, Any]]]:
    """Every matching incident's summary, ``size`` at a time, read from one cursor (for a
    streamed export: memory holds one batch). The query is built, and the filters checked,
    before the first batch is asked for."""
    query = filtered(filters).order_by(*SORTS[filters.sort])

    def batches() -> Iterator[list[dict[str, Any]]]:
        with ledger.reader() as session:
            rows = session.scalars(query.execution_options(yield_per=size or BATCH))
            for partition in rows.partitions():
                yield incident_summaries(session, list(partition))

    return batches()


def list_incidents(
    session: Session, filters: IncidentFilters | None = None
) -> list[dict[str, Any]]:
    """Every matching incident's summary, in the filters' order."""
    filters = filters or IncidentFilters()
    query = filtered(filters).order_by(*SORTS[filters.sort])
    return incident_summaries(session, list(session.scalars(query)))
