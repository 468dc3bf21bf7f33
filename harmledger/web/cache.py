"""Cache for whole-ledger views (tallies, comparisons), valid while the ledger is unchanged.

Every write the library makes appends to the hash-chained custody log, so the log's head is a
version number of the ledger: a cached result is reused only while the head is the same (and at
most ``ttl`` seconds, a safety net for writes made outside the library). Reading the head is one
indexed query; a tally of 10^5 incidents is tens of milliseconds of SQL, a comparison or an
estimate can be seconds.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from harmledger.store.ledger import Ledger
from harmledger.store.tables import CustodyEvent

T = TypeVar("T")
DEFAULT_TTL = 300.0
MAX_ENTRIES = 256


def ledger_version(ledger: Ledger, session: Session | None = None) -> int:
    """The id of the newest custody event (0 for an empty ledger), as ``session`` sees it."""
    if session is not None:
        return int(session.scalar(select(func.max(CustodyEvent.id))) or 0)
    with ledger.reader() as reader:
        return ledger_version(ledger, reader)


class ViewCache:
    """Results keyed by (name, arguments), dropped when the ledger version moves."""

    def __init__(self, ledger: Ledger, ttl: float | None = None) -> None:
        self.ledger = ledger
        env = os.environ.get("HARMLEDGER_WEB_CACHE_SECONDS")
        self.ttl = ttl if ttl is not None else float(env) if env else DEFAULT_TTL
        self._entries: dict[Hashable, tuple[int, float, Any]] = {}
        self._lock = threading.Lock()

    def get(self, key: Hashable, compute: Callable[[], T], session: Session | None = None) -> T:
        """The cached value, or ``compute()``'s; pass the ``session`` that ``compute`` reads
        through, so the version is read from the same snapshot as the value."""
        if self.ttl <= 0:
            return compute()
        version = ledger_version(self.ledger, session)
        now = time.monotonic()
        with self._lock:
            found = self._entries.get(key)
        if found and found[0] == version and now - found[1] < self.ttl:
            return found[2]  # type: ignore[no-any-return]
        value = compute()
        with self._lock:
            if len(self._entries) >= MAX_ENTRIES:
                self._entries.clear()
            self._entries[key] = (version, now, value)
        return value
