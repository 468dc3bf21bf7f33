from importlib import resources

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from sqlalchemy import text

from harmledger.store.db import migrate
from harmledger.store.ledger import Ledger
from harmledger.store.schema import Base
from harmledger.store.search_tables import compared_by_alembic

# These tests are about the migrations: their ledgers are migrated from empty, not copied.
pytestmark = pytest.mark.migration


def test_migrations_match_the_models(ledger: Ledger) -> None:
    with ledger.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"include_name": compared_by_alembic})
        assert compare_metadata(context, Base.metadata) == []


def test_migrating_twice_is_a_no_op(ledger: Ledger) -> None:
    assert migrate(ledger.engine) == ledger.revision
    with ledger.engine.connect() as connection:
        stored = connection.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    assert stored == [ledger.revision]


def test_an_older_ledger_is_brought_to_the_newest_revision(ledger: Ledger) -> None:
    config = Config()
    config.set_main_option(
        "script_location", str(resources.files("harmledger.store") / "migrations")
    )
    with ledger.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0005_person_pairs")
    assert migrate(ledger.engine) == ledger.revision
    with ledger.engine.connect() as connection:
        stored = connection.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
        assert (
            compare_metadata(
                MigrationContext.configure(connection, opts={"include_name": compared_by_alembic}),
                Base.metadata,
            )
            == []
        )
    assert stored == [ledger.revision]


def test_sqlite_runs_in_wal_with_foreign_keys(sqlite_ledger: Ledger) -> None:
    with sqlite_ledger.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
