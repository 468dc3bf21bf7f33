"""Named locks that make whole read-decide-write operations run one at a time.

Incident linking reads every unlinked claim and the incidents it could join, decides, and
writes; two runs that read before either wrote would both link the same claims (into different
new incidents). On SQLite every writing transaction already starts with ``BEGIN IMMEDIATE`` and
so holds the database until it commits; on PostgreSQL (read committed) this takes a
transaction-scoped advisory lock, so the second run waits, then reads what the first wrote.
Call it first in the writing session, before anything is read.
"""

from __future__ import annotations

import hashlib

from sqlalchemy import text
from sqlalchemy.orm import Session


def lock_key(name: str) -> int:
    """A stable signed 64-bit key for ``name`` (PostgreSQL advisory locks take a bigint)."""
    return int.from_bytes(hashlib.sha256(name.encode()).digest()[:8], "big", signed=True)


def hold(session: Session, name: str) -> None:
    """Hold the lock ``name`` until this session's transaction ends."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": lock_key(name)})
