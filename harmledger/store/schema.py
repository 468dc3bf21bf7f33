"""Every table module, imported once, so ``Base.metadata`` is complete for Alembic and tests."""

from harmledger.store import (  # noqa: F401  (registers tables)
    incident_tables,
    search_tables,
    tables,
    user_tables,
    victim_tables,
)
from harmledger.store.tables import Base

metadata = Base.metadata

__all__ = ["Base", "metadata"]
