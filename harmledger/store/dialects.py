"""Differences between the databases a ledger may live in (SQLite, PostgreSQL), in one place."""

from __future__ import annotations

import datetime as dt

MAX_BOUND_IDS = 5000  # beyond this, filter in Python: SQLite caps bound variables per statement


def aware(moment: dt.datetime) -> dt.datetime:
    """A stored time as UTC-aware (SQLite hands back naive datetimes; we only store UTC)."""
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


# Row ids are ``integer`` columns: 32-bit on PostgreSQL, so no row has an id outside this range
# on either backend. PostgreSQL refuses to compare a larger number with them (SQLSTATE 22003,
# a 400) where SQLite finds nothing (a 404): callers ask ``no_row_has`` first. Numbers past
# what the drivers bind at all (2**63 and up) stay "out of range" (400) on both.
ID_RANGE = range(-(2**31), 2**31)
DRIVER_RANGE = range(-(2**63), 2**63)


def no_row_has(value: int) -> bool:
    """Whether ``value`` is an id the drivers can bind but no row of any backend can have."""
    return value in DRIVER_RANGE and value not in ID_RANGE
