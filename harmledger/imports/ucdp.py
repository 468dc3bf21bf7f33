"""UCDP Georeferenced Event Dataset (GED) CSV: one incident per event, with low/best/high.

Precision codes follow the GED codebook: ``date_prec`` 1 exact day … 5 year; ``where_prec`` 1 exact
place … 7 international waters.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from harmledger.imports.common import ImportedEvent, ImportReport, number, store_events
from harmledger.store.incident_tables import Incident, IncidentFigure
from harmledger.store.ledger import Ledger

REQUIRED = (
    "id",
    "type_of_violence",
    "side_a",
    "side_b",
    "where_prec",
    "where_coordinates",
    "adm_1",
    "latitude",
    "longitude",
    "country",
    "date_prec",
    "date_start",
    "date_end",
    "deaths_a",
    "deaths_b",
    "deaths_civilians",
    "deaths_unknown",
    "low",
    "best",
    "high",
)
DATE_PRECISION = {1: "day", 2: "days", 3: "week", 4: "month", 5: "year"}
PLACE_PRECISION = {
    1: "exact",
    2: "neighbourhood",
    3: "district",
    4: "governorate",
    5: "governorate",
    6: "country",
    7: "unknown",
}
ONE_SIDED = 3


def _external_id(row: dict[str, str]) -> str:
    return f"ucdp:{number(row['id'])}"


def _convert(row: dict[str, str], now: dt.datetime) -> ImportedEvent:
    start = dt.date.fromisoformat(row["date_start"][:10])
    end = dt.date.fromisoformat(row["date_end"][:10])
    sides = (
        [row["side_a"]]
        if number(row["type_of_violence"]) == ONE_SIDED
        else [row["side_a"], row["side_b"]]
    )
    incident = Incident(
        kind="event",
        name=f"{row['where_coordinates']}, {start.isoformat()}",
        period_start=start,
        period_end=end,
        date_precision=DATE_PRECISION.get(number(row["date_prec"]) or 0, "unknown"),
        place=None,
        place_name=row["where_coordinates"] or None,
        place_precision=PLACE_PRECISION.get(number(row["where_prec"]) or 0, "unknown"),
        latitude=float(row["latitude"]) if row["latitude"] else None,
        longitude=float(row["longitude"]) if row["longitude"] else None,
        country=row["country"] or None,
        admin1=row["adm_1"] or None,
        perpetrators=[s for s in sides if s],
        weapons=[],
        grade=None,
        grade_reasons=["imported from UCDP GED: coded by UCDP, not graded by harmledger"],
        grade_by="import",
        status="active",
        origin="ucdp",
        external_id=_external_id(row),
        created_at=now,
    )
    source = f"UCDP GED event {number(row['id'])}"
    if row.get("source_office"):
        source += (
            f" ({row['source_office']}; {number(row.get('number_of_sources')) or '?'} sources)"
        )
    combatants = (number(row["deaths_a"]) or 0) + (number(row["deaths_b"]) or 0)
    figures = [
        IncidentFigure(
            measure="killed",
            category="total",
            low=number(row["low"]),
            best=number(row["best"]),
            high=number(row["high"]),
            source=source,
        ),
        IncidentFigure(
            measure="killed",
            category="civilians",
            low=None,
            best=number(row["deaths_civilians"]),
            high=None,
            source=source,
        ),
        IncidentFigure(
            measure="killed",
            category="combatants",
            low=None,
            best=combatants,
            high=None,
            source=source,
        ),
        IncidentFigure(
            measure="killed",
            category="unknown",
            low=None,
            best=number(row["deaths_unknown"]),
            high=None,
            source=source,
        ),
    ]
    return ImportedEvent(incident, figures)


def import_ucdp(ledger: Ledger, path: Path) -> ImportReport:
    """Import a GED CSV; rows already imported (by GED id) are skipped."""
    return store_events(ledger, path, "ucdp", REQUIRED, _convert, _external_id)
