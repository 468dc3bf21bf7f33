"""Cache for whole-ledger views (tallies, comparisons), valid while the ledger is unchanged.

Every write the library makes appends to the hash-chained custody log, so the log's head is a
version number of the ledger: a cached result is reused only while the head is the same (and at
most ``ttl`` seconds, a safety net for writes made outside the library). Reading the head is one
indexed query; a tally of 10^5 incidents is tens of milliseconds of SQL, a comparison or an
estimate can be seconds.

Two levels: each process keeps what it computed in memory, and, given the deployment's session
key, a view that took a while to compute is also written to the database (``web_view_cache``),
so the other workers of a ``serve --workers N`` deployment read it there instead of computing
it again after each write. Rows are signed with the key (which is not in the database) and a
row whose signature does not match is ignored, never unpickled. Sharing is best effort: a
failed read or write of a row costs only the computation it would have saved. The app shares
views on PostgreSQL only: on SQLite, storing one would make a page wait for the write lock
behind any long write (an import), where reading never waits.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import logging
import os
import pickle
import threading
import time
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from harmledger.errors import StorageError
from harmledger.store.dialects import aware
from harmledger.store.ledger import Ledger
from harmledger.store.tables import CustodyEvent
from harmledger.store.user_tables import SharedView

T = TypeVar("T")
DEFAULT_TTL = 300.0
MAX_ENTRIES = 256
SHARE_AFTER = 0.02  # seconds of computing below which a view is not worth a database write
MAX_SHARED_BYTES = 8 * 2**20

log = logging.getLogger(__name__)


def ledger_version(ledger: Ledger, session: Session | None = None) -> int:
    """The id of the newest custody event (0 for an empty ledger), as ``session`` sees it."""
    if session is not None:
        return int(session.scalar(select(func.max(CustodyEvent.id))) or 0)
    with ledger.reader() as reader:
        return ledger_version(ledger, reader)


class ViewCache:
    """Results keyed by (name, arguments), dropped when the ledger version moves; shared with
    the other workers through the database when ``secret`` (the session key) is given."""

    def __init__(
        self, ledger: Ledger, ttl: float | None = None, secret: str | bytes | None = None
    ) -> None:
        self.ledger = ledger
        env = os.environ.get("HARMLEDGER_WEB_CACHE_SECONDS")
        self.ttl = ttl if ttl is not None else float(env) if env else DEFAULT_TTL
        self._secret = secret.encode() if isinstance(secret, str) else secret
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
        shared = self._read_shared(key, version, session)
        if shared is not None:
            value: T = shared[0]
        else:
            started = time.perf_counter()
            value = compute()
            if time.perf_counter() - started >= SHARE_AFTER:
                self._write_shared(key, version, value)
        with self._lock:
            if len(self._entries) >= MAX_ENTRIES:
                self._entries.clear()
            self._entries[key] = (version, now, value)
        return value

    def _sign(self, name: str, version: int, payload: bytes) -> str:
        """The row's signature binds its key and version too, so a signed view cannot be moved
        under another key (a team view under a public one) or another version."""
        assert self._secret is not None
        message = f"{name}\n{version}\n".encode() + payload
        return hmac.new(self._secret, message, hashlib.sha256).hexdigest()

    def _read_shared(
        self, key: Hashable, version: int, session: Session | None
    ) -> tuple[Any] | None:
        """``(value,)`` when another worker stored this view at this version, else None."""
        if self._secret is None:
            return None
        try:
            if session is not None:
                row = session.get(SharedView, _digest(key))
            else:
                with self.ledger.reader() as reader:
                    row = reader.get(SharedView, _digest(key))
        except StorageError:
            return None
        if row is None or row.version != version:
            return None
        age = (dt.datetime.now(dt.UTC) - aware(row.stored_at)).total_seconds()
        expected = self._sign(_digest(key), version, row.value)
        if age >= self.ttl or not hmac.compare_digest(row.signature, expected):
            return None
        return (pickle.loads(row.value),)  # signed with the session key, checked above

    def _write_shared(self, key: Hashable, version: int, value: Any) -> None:
        if self._secret is None:
            return
        try:
            payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        except (pickle.PicklingError, TypeError, AttributeError):
            return
        if len(payload) > MAX_SHARED_BYTES:
            return
        fields = {
            "version": version,
            "stored_at": dt.datetime.now(dt.UTC),
            "signature": self._sign(_digest(key), version, payload),
            "value": payload,
        }
        try:
            with self.ledger.session() as writer:
                row = writer.get(SharedView, _digest(key))
                if row is None:
                    writer.add(SharedView(key_sha256=_digest(key), **fields))
                elif row.version <= version:
                    for name, field in fields.items():
                        setattr(row, name, field)
        except StorageError as error:  # another worker stored it first, or the ledger is busy
            log.debug("view not shared: %s", error)


def _digest(key: Hashable) -> str:
    """A key's name in the database: its ``repr`` (keys are tuples of strings, numbers and
    frozen dataclasses, whose ``repr`` is stable) hashed."""
    return hashlib.sha256(repr(key).encode()).hexdigest()
