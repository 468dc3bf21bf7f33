"""Test ledgers made fast: migrate once per test session, then copy.

Migrating an empty database costs about 0.45 s (SQLite) to 1-2 s (PostgreSQL); copying a
migrated one costs milliseconds. Each pytest process (each xdist worker) migrates one template
per backend for real, and every test gets a copy of its own. Tests of the migrations themselves
(marked ``migration``) still start from an empty database.
"""

from __future__ import annotations

import os
import shutil
import uuid
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, func, select, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import SQLAlchemyError

from harmledger.config import DATABASE_FILE, load_settings
from harmledger.store.ledger import open_ledger
from harmledger.store.schema import Base


def worker_id() -> str:
    """This process's xdist worker (``gw0``, ``gw1``, ...), or ``main`` without xdist."""
    return os.environ.get("PYTEST_XDIST_WORKER", "main")


def migrated_sqlite_template(folder: Path) -> Path:
    """Migrate an empty SQLite ledger in ``folder`` for real; return its database file."""
    home = folder / "home"
    open_ledger(load_settings(home=home, actor="tester")).close()
    database = home / DATABASE_FILE
    leftovers = sorted(p.name for p in home.iterdir() if p.is_file() and p != database)
    if leftovers:  # closing the last connection must have folded the WAL into the file
        raise RuntimeError(f"the template ledger left {leftovers} beside its database")
    return database


def home_from_template(template: Path, home: Path) -> Path:
    """A new data home holding a copy of the template database and no archive yet."""
    home.mkdir(parents=True)
    shutil.copyfile(template, home / DATABASE_FILE)
    return home


class PostgresDatabases:
    """This worker's PostgreSQL databases: a migrated template and the worker's ledger database.

    Names carry the xdist worker and a random token (``hl_test_gw0_1a2b3c4d_ledger``), so
    neither two workers nor two test runs against the same server share a database. Tests in
    one worker run one after another on the worker's ledger database (a ``CREATE DATABASE ...
    TEMPLATE`` copy of the template), emptied before each test: every row deleted, every
    sequence restarted, and the schema compared with the template's. Should the reset fail or
    the schema differ (a test changed it), the database is dropped and copied again.
    Migration tests get an empty database of their own. Creating and dropping a database costs
    0.2-3 s here (a checkpoint); the reset costs a few hundredths of a second. The role in the
    URL must be allowed to create databases.
    """

    def __init__(self, base_url: str, template_home: Path) -> None:
        self.base: URL = make_url(base_url)
        self.admin: Engine = create_engine(self.base, isolation_level="AUTOCOMMIT")
        self.prefix = f"hl_test_{worker_id()}_{uuid.uuid4().hex[:8]}"
        self.template_home = template_home
        self.template: str | None = None
        self.template_schema: list[tuple[str, ...]] = []
        self.shared = f"{self.prefix}_ledger"
        self.shared_state = "absent"  # or "clean", "used"
        self.created = 0

    def url(self, database: str) -> str:
        return self.base.set(database=database).render_as_string(hide_password=False)

    def migrated(self) -> str:
        """The worker's ledger database, migrated and empty."""
        if self.shared_state == "used" and not self._reset(self.shared):
            self.drop(self.shared)
            self.shared_state = "absent"
        if self.shared_state == "absent":
            self._execute(f'CREATE DATABASE "{self.shared}" TEMPLATE "{self._template()}"')
        self.shared_state = "used"
        return self.shared

    def empty(self) -> str:
        """A new empty database (for tests of the migrations); drop it with :meth:`drop`."""
        self.created += 1
        name = f"{self.prefix}_{self.created}"
        self._execute(f'CREATE DATABASE "{name}"')
        return name

    def drop(self, database: str) -> None:
        self._execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')

    def close(self) -> None:
        for database in (self.shared, self.template):
            if database:
                self.drop(database)
        self.admin.dispose()

    def _template(self) -> str:
        if self.template is None:
            name = f"{self.prefix}_template"
            self._execute(f'CREATE DATABASE "{name}"')
            settings = load_settings(
                home=self.template_home, database_url=self.url(name), actor="tester"
            )
            try:
                open_ledger(settings).close()  # no connection may stay open on a template
                engine = create_engine(self.url(name))
                try:
                    with engine.connect() as connection:
                        self.template_schema = _schema(connection)
                        if any(_row_counts(connection).values()):
                            raise RuntimeError("migrating an empty ledger stored rows")
                finally:
                    engine.dispose()
            except BaseException:
                self.drop(name)
                raise
            self.template = name
        return self.template

    def _reset(self, database: str) -> bool:
        """Empty ``database`` in place; False if it cannot be (then it must be copied again)."""
        engine = create_engine(self.url(database))
        try:
            with engine.begin() as connection:
                connection.execute(text("SET LOCAL lock_timeout = '5s'"))
                if _schema(connection) != self.template_schema:
                    return False
                for table in reversed(Base.metadata.sorted_tables):  # children first
                    connection.execute(table.delete())
                connection.execute(text(RESTART_SEQUENCES))
                return not any(_row_counts(connection).values())
        except SQLAlchemyError:
            return False
        finally:
            engine.dispose()

    def _execute(self, statement: str) -> None:
        with self.admin.connect() as connection:
            connection.execute(text(statement))


# The schema as the catalog describes it: tables, columns, indexes, constraints, triggers,
# functions and the migration revision, in the current schema.
SCHEMA_QUERY = """
SELECT 'relation', c.relname, c.relkind::text, '' FROM pg_class c
  WHERE c.relnamespace = current_schema()::regnamespace
UNION ALL SELECT 'column', a.attrelid::regclass::text, a.attname,
  format_type(a.atttypid, a.atttypmod) || ' ' || a.attnotnull::text FROM pg_attribute a
  JOIN pg_class c ON c.oid = a.attrelid
  WHERE c.relnamespace = current_schema()::regnamespace AND a.attnum > 0 AND NOT a.attisdropped
UNION ALL SELECT 'constraint', conrelid::regclass::text, conname, pg_get_constraintdef(oid)
  FROM pg_constraint WHERE connamespace = current_schema()::regnamespace
UNION ALL SELECT 'trigger', tgrelid::regclass::text, tgname, pg_get_triggerdef(oid)
  FROM pg_trigger WHERE NOT tgisinternal
UNION ALL SELECT 'function', proname, md5(prosrc), '' FROM pg_proc
  WHERE pronamespace = current_schema()::regnamespace
UNION ALL SELECT 'revision', version_num, '', '' FROM alembic_version
ORDER BY 1, 2, 3, 4
"""

RESTART_SEQUENCES = """
SELECT setval(s.seqrelid, s.seqstart, false) FROM pg_sequence s
  JOIN pg_class c ON c.oid = s.seqrelid
  WHERE c.relnamespace = current_schema()::regnamespace
"""


def _schema(connection: Connection) -> list[tuple[str, ...]]:
    return [tuple(row) for row in connection.execute(text(SCHEMA_QUERY))]


def _row_counts(connection: Connection) -> dict[str, int]:
    """Rows in every table but Alembic's."""
    return {
        table.name: connection.execute(select(func.count()).select_from(table)).scalar_one()
        for table in Base.metadata.sorted_tables
    }
