"""What other records say about the same harm: victim lists, recovery logs, imported datasets.

``compare`` reconciles four kinds of figure: what belligerents admit, what monitors and others
report in text, what responders recovered and who is named on lists, and what datasets such as
UCDP or ACLED code. A record belongs to an incident by its ``incident_ref`` (the incident's id,
``incident:ID`` or its name); a record without one counts when its place names the incident's
place and its date falls in the incident's period. Imported events count when they are at the
same place and inside the same period.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from harmledger.store.incident_tables import Incident, IncidentFigure
from harmledger.store.victim_tables import VictimList, VictimRecordRow

IMPORTED_ORIGINS = ("ucdp", "acled")
_STATUS_CATEGORY = {"civilian": "civilians", "combatant": "combatants"}


def _period(incidents: Sequence[Incident]) -> tuple[dt.date | None, dt.date | None]:
    starts = [i.period_start for i in incidents if i.period_start]
    ends = [i.period_end or i.period_start for i in incidents if i.period_end or i.period_start]
    return (min(starts) if starts else None, max(ends) if ends else None)  # type: ignore[type-var]


def _places(incidents: Sequence[Incident]) -> set[str]:
    return {p.casefold() for i in incidents for p in (i.place_name, i.place) if p and p.strip()}


def _date(value: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _within(day: dt.date | None, period: tuple[dt.date | None, dt.date | None]) -> bool:
    start, end = period
    if day is None or start is None:
        return False
    return start <= day <= (end or start)


def _candidates(
    refs: set[str], period: tuple[dt.date | None, dt.date | None]
) -> ColumnElement[bool]:
    """Records that can belong to the incidents: those naming one of them, and those naming
    none whose day falls in their period (the place is checked on the rows read). Through the
    indexed columns ``ref_key`` and ``day``, so the records of other incidents are never read."""
    by_reference = VictimRecordRow.ref_key.in_(sorted(refs))
    start, end = period
    if start is None:
        return by_reference
    unnamed = and_(
        VictimRecordRow.ref_key.is_(None),
        VictimRecordRow.day.between(start.isoformat(), (end or start).isoformat()),
    )
    return or_(by_reference, unnamed)


def record_rows(
    session: Session, incidents: Sequence[Incident], voice_of: Callable[[str | None], str]
) -> list[dict[str, Any]]:
    """One row per list and category: how many of its records belong to these incidents."""
    refs = {str(i.id) for i in incidents} | {f"incident:{i.id}" for i in incidents}
    refs |= {i.name.casefold() for i in incidents if i.name}
    places, period = _places(incidents), _period(incidents)
    lists = {v.id: v for v in session.scalars(select(VictimList))}
    counts: dict[tuple[int, str], Counter[str]] = defaultdict(Counter)
    statement = select(VictimRecordRow.list_id, VictimRecordRow.data).where(
        _candidates(refs, period)
    )
    for list_id, data in session.execute(statement):
        ref = str(data.get("incident_ref") or "").strip().casefold()
        if ref:
            if ref not in refs:
                continue
            how = "by_reference"
        else:
            place = str(data.get("place_of_death") or data.get("recovery_site") or "").casefold()
            day = _date(data.get("date_of_death") or data.get("date_recovered"))
            if not place or not any(p in place for p in places) or not _within(day, period):
                continue
            how = "by_place_and_period"
        category = _STATUS_CATEGORY.get(str(data.get("status") or ""), "unknown")
        counts[(list_id, category)][how] += 1
    rows = []
    for (list_id, category), found in sorted(counts.items()):
        victim_list = lists[list_id]
        recovery = victim_list.kind == "recovery"
        total = sum(found.values())
        rows.append(
            {
                "voice": "responder" if recovery else voice_of(victim_list.organisation),
                "source_type": "responder" if recovery else "record list",
                "origins": [victim_list.organisation or victim_list.name],
                "measure": "bodies_recovered" if recovery else "killed",
                "category": category,
                "min": total,
                "max": total,
                "list": victim_list.name,
                "records": dict(found),
            }
        )
    return rows


def imported_rows(session: Session, incidents: Sequence[Incident]) -> list[dict[str, Any]]:
    """Imported datasets' figures for the same place and period, summed per dataset."""
    places, period = _places(incidents), _period(incidents)
    own = {i.id for i in incidents}
    chosen = [i for i in incidents if i.origin in IMPORTED_ORIGINS]
    if places and period[0] is not None:
        candidates = session.scalars(
            select(Incident).where(
                Incident.origin.in_(IMPORTED_ORIGINS), Incident.status == "active"
            )
        )
        chosen += [
            i
            for i in candidates
            if i.id not in own and _places([i]) & places and _within(i.period_start, period)
        ]
    if not chosen:
        return []
    by_id = {i.id: i for i in chosen}
    sums: dict[tuple[str, str, str], list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    events: dict[tuple[str, str, str], set[int]] = defaultdict(set)
    for row in session.scalars(
        select(IncidentFigure).where(IncidentFigure.incident_id.in_(list(by_id)))
    ):
        key = (row.source, row.measure, row.category)
        low = row.low if row.low is not None else (row.best or 0)
        high = row.high if row.high is not None else (row.best or low)
        total = sums[key]
        total[0] += low
        total[1] += high
        total[2] += row.best or 0
        events[key].add(row.incident_id)
    return [
        {
            "voice": "monitor",
            "source_type": "dataset",
            "origins": [source],
            "measure": measure,
            "category": category,
            "min": low,
            "max": high,
            "best": best,
            "events": len(events[(source, measure, category)]),
        }
        for (source, measure, category), (low, high, best, _) in sorted(sums.items())
    ]
