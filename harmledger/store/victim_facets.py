"""The columns of a victim record derived from its stored JSON (``data``), one rule for both
the import and the migration that backfills them.

Reading a JSON field of every record for each facet made the victims page's first view cost
seconds at 10^5 records; plain, indexed columns let the database count them with GROUP BY.
``ref_key`` and ``day`` are what decides which records can belong to an incident (see
:mod:`harmledger.tally.reconcile`), so the incident page reads only those.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

ADULT_AGE = 18
FACET_COLUMNS = ("sex", "age_band", "place_of_death", "month_of_death")
DERIVED = (*FACET_COLUMNS, "ref_key", "day")


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


def age_band(data: Mapping[str, Any]) -> str | None:
    """The list's own age band, else ``child``/``adult`` from the age it gives."""
    band = data.get("age_band")
    if band is not None:
        return str(band)
    age = data.get("age")
    if isinstance(age, int) and not isinstance(age, bool):
        return "child" if age < ADULT_AGE else "adult"
    return None


def _day(value: Any) -> str | None:
    """An ISO date (``YYYY-MM-DD``) when the value starts with one, else None."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10]).isoformat()
    except ValueError:
        return None


def derived_columns(data: Mapping[str, Any]) -> dict[str, str | None]:
    """The facet and membership columns of a record whose stored JSON is ``data``."""
    died = data.get("date_of_death")
    return {
        "sex": _text(data.get("sex")),
        "age_band": age_band(data),
        "place_of_death": _text(data.get("place_of_death")),
        "month_of_death": None if died is None else str(died)[:7],
        "ref_key": str(data.get("incident_ref") or "").strip().casefold() or None,
        "day": _day(died or data.get("date_recovered")),
    }
