"""Shared fixtures: a ledger on every configured backend, the eval data folder."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings

from harmledger.config import load_settings
from harmledger.store.ledger import Ledger, open_ledger

POSTGRES_URL_VARIABLE = "HARMLEDGER_TEST_POSTGRES_URL"

# CI must be reproducible: the same examples every run (new ones are explored on laptops).
hypothesis_settings.register_profile("ci", derandomize=True, database=None, deadline=None)
if os.environ.get("CI"):
    hypothesis_settings.load_profile("ci")


def _postgres_url() -> str | None:
    return os.environ.get(POSTGRES_URL_VARIABLE) or None


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def ledger(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Ledger]:
    """A fresh, migrated ledger on SQLite and (when configured) on PostgreSQL.

    Each PostgreSQL test gets its own schema, dropped afterwards, so tests never see each
    other's rows.
    """
    if request.param == "sqlite":
        with open_ledger(load_settings(home=tmp_path / "home", actor="tester")) as opened:
            yield opened
        return
    base_url = _postgres_url()
    if not base_url:
        pytest.skip(
            f"PostgreSQL tests need {POSTGRES_URL_VARIABLE} (e.g. "
            "postgresql+psycopg://postgres@127.0.0.1:5432/test); .ci/run sets it"
        )
    from sqlalchemy import create_engine, text

    schema = f"hl_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base_url)
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    separator = "&" if "?" in base_url else "?"
    url = f"{base_url}{separator}options=-csearch_path%3D{schema}"
    try:
        with open_ledger(
            load_settings(home=tmp_path / "home", database_url=url, actor="tester")
        ) as opened:
            yield opened
    finally:
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture
def sqlite_ledger(tmp_path: Path) -> Iterator[Ledger]:
    """A ledger on the embedded default only (for tests about files and the CLI)."""
    with open_ledger(load_settings(home=tmp_path / "home", actor="tester")) as opened:
        yield opened
