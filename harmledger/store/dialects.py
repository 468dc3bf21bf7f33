"""Differences between the databases a ledger may live in (SQLite, PostgreSQL), in one place."""

from __future__ import annotations

import datetime as dt

MAX_BOUND_IDS = 5000  # beyond this, filter in Python: SQLite caps bound variables per statement


def aware(moment: dt.datetime) -> dt.datetime:
    """A stored time as UTC-aware (SQLite hands back naive datetimes; we only store UTC)."""
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)
