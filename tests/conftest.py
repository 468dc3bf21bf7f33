"""Shared fixtures: a ledger on every configured backend, copied from a migrated template."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings

from harmledger.config import load_settings
from harmledger.store.ledger import Ledger, open_ledger
from tests.ledgers import PostgresDatabases, home_from_template, migrated_sqlite_template

POSTGRES_URL_VARIABLE = "HARMLEDGER_TEST_POSTGRES_URL"

# CI must be reproducible: the same examples every run (new ones are explored on laptops).
hypothesis_settings.register_profile("ci", derandomize=True, database=None, deadline=None)
if os.environ.get("CI"):
    hypothesis_settings.load_profile("ci")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Under xdist, start the longest tests first so that no worker ends the run alone on one.

    The order only changes in workers (``make test``); a plain ``pytest`` run keeps file order.
    """
    if not hasattr(config, "workerinput"):
        return
    first = ("spark", "browser", "slow")
    items.sort(key=lambda item: [item.get_closest_marker(m) is None for m in first])


def _postgres_url() -> str | None:
    return os.environ.get(POSTGRES_URL_VARIABLE) or None


def _migrates_for_real(request: pytest.FixtureRequest) -> bool:
    return request.node.get_closest_marker("migration") is not None


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite ledger migrated once per session (per xdist worker): the file tests copy."""
    return migrated_sqlite_template(tmp_path_factory.mktemp("template"))


@pytest.fixture
def ledger_home(sqlite_template: Path, tmp_path: Path) -> Path:
    """``tmp_path / "home"`` holding a migrated SQLite ledger of its own, archive still empty."""
    return home_from_template(sqlite_template, tmp_path / "home")


@pytest.fixture(scope="session")
def postgres_databases(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[PostgresDatabases]:
    """This worker's PostgreSQL databases (a template and a ledger), dropped at the end."""
    base_url = _postgres_url()
    if not base_url:
        pytest.skip(
            f"PostgreSQL tests need {POSTGRES_URL_VARIABLE} (e.g. "
            "postgresql+psycopg://postgres@127.0.0.1:5432/test); .ci/run sets it"
        )
    databases = PostgresDatabases(base_url, tmp_path_factory.mktemp("pg-template") / "home")
    try:
        yield databases
    finally:
        databases.close()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def ledger(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Ledger]:
    """A migrated ledger of the test's own on SQLite and (when configured) on PostgreSQL.

    SQLite tests get a copy of the session's template file; PostgreSQL tests the worker's
    database, emptied before each test (see :class:`tests.ledgers.PostgresDatabases`). Tests
    marked ``migration`` start from an empty database and migrate it.
    """
    fresh = _migrates_for_real(request)
    if request.param == "sqlite":
        home = tmp_path / "home" if fresh else request.getfixturevalue("ledger_home")
        with open_ledger(load_settings(home=home, actor="tester")) as opened:
            yield opened
        return
    databases: PostgresDatabases = request.getfixturevalue("postgres_databases")
    database = databases.empty() if fresh else databases.migrated()
    try:
        settings = load_settings(
            home=tmp_path / "home", database_url=databases.url(database), actor="tester"
        )
        with open_ledger(settings) as opened:
            yield opened
    finally:
        if fresh:
            databases.drop(database)


@pytest.fixture
def sqlite_ledger(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Ledger]:
    """A ledger on the embedded default only (for tests about files and the CLI)."""
    fresh = _migrates_for_real(request)
    home = tmp_path / "home" if fresh else request.getfixturevalue("ledger_home")
    with open_ledger(load_settings(home=home, actor="tester")) as opened:
        yield opened
