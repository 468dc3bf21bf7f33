"""ACLED CSV exports: one incident per event, its reported fatalities as the figure.

ACLED codes ``time_precision`` 1 day, 2 week, 3 month and ``geo_precision`` 1 town, 2 near a
town or part of a region, 3 a larger region. Events of civilian targeting carry their fatalities
as civilians; other events as total.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import dateparser

from harmledger.imports.common import ImportedEvent, ImportReport, number, store_events
from harmledger.store.incident_tables import Incident, IncidentFigure
from harmledger.store.ledger import Ledger

REQUIRED = (
    "event_id_cnty",
    "event_date",
    "event_type",
    "actor1",
    "country",
    "admin1",
    "location",
    "latitude",
    "longitude",
    "fatalities",
)
DATE_PRECISION = {1: "day", 2: "week", 3: "month"}
PLACE_PRECISION = {1: "city", 2: "neighbourhood", 3: "governorate"}


def _external_id(row: dict[str, str]) -> str:
    return f"acled:{row['event_id_cnty'].strip()}"


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        parsed = dateparser.parse(value, languages=["en"], settings={"STRICT_PARSING": True})
        if parsed is None:
            raise ValueError(f"event_date {value!r} is not a date") from None
        return parsed.date()


def _convert(row: dict[str, str], now: dt.datetime) -> ImportedEvent:
    day = _date(row["event_date"])
    fatalities = number(row["fatalities"])
    targeting_civilians = "civilian" in (row.get("civilian_targeting") or "").casefold() or (
        row.get("sub_event_type", "").casefold() == "attack"
        and "civilians" in row.get("actor2", "").casefold()
    )
    incident = Incident(
        kind="event",
        name=f"{row['location']}, {day.isoformat()}",
        period_start=day,
        period_end=day,
        date_precision=DATE_PRECISION.get(number(row.get("time_precision")) or 1, "day"),
        place_name=row["location"] or None,
        place_precision=PLACE_PRECISION.get(number(row.get("geo_precision")) or 1, "city"),
        latitude=float(row["latitude"]) if row["latitude"] else None,
        longitude=float(row["longitude"]) if row["longitude"] else None,
        country=row["country"] or None,
        admin1=row["admin1"] or None,
        perpetrators=[row["actor1"]] if row["actor1"] else [],
        weapons=[row["sub_event_type"]] if row.get("sub_event_type") else [],
        grade=None,
        grade_reasons=["imported from ACLED: coded by ACLED, not graded by harmledger"],
        grade_by="import",
        status="active",
        origin="acled",
        external_id=_external_id(row),
        created_at=now,
    )
    source = f"ACLED event {row['event_id_cnty']}" + (
        f" ({row['source']})" if row.get("source") else ""
    )
    figures = [
        IncidentFigure(
            measure="killed",
            category="total",
            low=fatalities,
            best=fatalities,
            high=fatalities,
            source=source,
        )
    ]
    if targeting_civilians:
        figures.append(
            IncidentFigure(
                measure="killed",
                category="civilians",
                low=fatalities,
                best=fatalities,
                high=fatalities,
                source=source,
            )
        )
    return ImportedEvent(incident, figures)


def import_acled(ledger: Ledger, path: Path) -> ImportReport:
    """Import an ACLED CSV export; events already imported (by event id) are skipped."""
    return store_events(ledger, path, "acled", REQUIRED, _convert, _external_id)
