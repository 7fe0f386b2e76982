"""Alembic environment: runs on the connection claimledger hands it (see store.repo.migrate)."""
from alembic import context

from claimledger.store.schema import metadata

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - claimledger always passes a connection
    raise RuntimeError("run migrations through claimledger.store.repo.migrate")
context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
