"""A ledger: one database plus one evidence archive, opened from settings."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from harmledger.config import Settings, load_settings
from harmledger.store.archive import Archive
from harmledger.store.db import create_db_engine, migrate, session_scope


@dataclass
class Ledger:
    """Open handle on a ledger; create it with :func:`open_ledger`."""

    settings: Settings
    engine: Engine
    archive: Archive
    revision: str = field(default="")

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A writing transaction on the ledger's database (writers queue one at a time)."""
        with session_scope(self.engine) as session:
            yield session

    @contextmanager
    def reader(self) -> Iterator[Session]:
        """A read-only transaction: never waits for, nor blocks, a writer."""
        with session_scope(self.engine, read_only=True) as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def open_ledger(settings: Settings | None = None, **overrides: object) -> Ledger:
    """Open (creating and migrating if needed) the ledger described by ``settings``.

    Keyword overrides (``home``, ``database_url``, ``actor``) go to :func:`load_settings` when
    no settings object is given.
    """
    resolved = settings or load_settings(**overrides)  # type: ignore[arg-type]
    resolved.home.mkdir(parents=True, exist_ok=True)
    engine = create_db_engine(resolved)
    revision = migrate(engine)
    archive = Archive(resolved.archive_dir)
    return Ledger(settings=resolved, engine=engine, archive=archive, revision=revision)
