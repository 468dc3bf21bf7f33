"""The test ledgers themselves: copies of one template, and a PostgreSQL database that each test
finds empty whatever the test before it left."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text

from harmledger.config import DATABASE_FILE, load_settings
from harmledger.store.custody import append_event
from harmledger.store.ledger import open_ledger
from harmledger.store.tables import CustodyEvent
from tests.ledgers import PostgresDatabases


def test_each_home_gets_its_own_copy(sqlite_template: Path, ledger_home: Path) -> None:
    copy = ledger_home / DATABASE_FILE
    assert copy.read_bytes() == sqlite_template.read_bytes()
    assert not (ledger_home / "archive").exists()  # the archive is the test's own, and empty
    with open_ledger(load_settings(home=ledger_home, actor="tester")) as ledger:
        with ledger.session() as session:
            append_event(session, actor="tester", action="note", subject="a", details={})
        with ledger.reader() as session:
            assert session.scalar(select(func.count()).select_from(CustodyEvent)) == 1
    assert copy.read_bytes() != sqlite_template.read_bytes()


@pytest.mark.postgres
def test_the_worker_database_is_emptied_and_rebuilt(
    postgres_databases: PostgresDatabases, tmp_path: Path
) -> None:
    def use(database: str) -> tuple[int, int]:
        settings = load_settings(
            home=tmp_path / "home", database_url=postgres_databases.url(database), actor="t"
        )
        with open_ledger(settings) as ledger:
            with ledger.session() as session:
                event = append_event(session, actor="t", action="note", subject="a", details={})
                first_id = event.id
            with ledger.reader() as session:
                count = session.scalar(select(func.count()).select_from(CustodyEvent)) or 0
        return first_id, count

    database = postgres_databases.migrated()
    assert use(database) == (1, 1)
    assert postgres_databases.migrated() == database
    assert use(database) == (1, 1)  # rows gone, sequences restarted

    engine = create_engine(postgres_databases.url(database))
    with engine.begin() as connection:  # a test that changed the schema
        connection.execute(text("CREATE TABLE stray (id integer)"))
    engine.dispose()
    assert postgres_databases.migrated() == database
    engine = create_engine(postgres_databases.url(database))
    with engine.connect() as connection:
        tables = connection.execute(
            text("SELECT count(*) FROM pg_tables WHERE tablename = 'stray'")
        ).scalar_one()
    engine.dispose()
    assert tables == 0  # dropped and copied again from the template
    assert use(database) == (1, 1)
