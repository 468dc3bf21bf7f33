"""Every table module, imported once, so ``Base.metadata`` is complete for Alembic and tests."""

from harmledger.store import incident_tables, tables, victim_tables  # noqa: F401  (registers tables)
from harmledger.store.tables import Base

metadata = Base.metadata

__all__ = ["Base", "metadata"]
