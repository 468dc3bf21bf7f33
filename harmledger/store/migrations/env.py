"""Alembic environment: runs on the connection that :func:`harmledger.store.db.migrate` passes."""

from alembic import context

from harmledger.store.schema import Base
from harmledger.store.search_tables import compared_by_alembic

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    include_name=compared_by_alembic,
)
with context.begin_transaction():
    context.run_migrations()
