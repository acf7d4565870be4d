"""Alembic environment: always run with a connection handed in by app.storage.migrate."""

from __future__ import annotations

from alembic import context

from app.models import Base
from app.models.search_entry import described_by_models

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - the app always passes one
    raise RuntimeError("run migrations through app.storage.migrate, which passes a connection")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode recreates tables
    compare_type=True,
    include_name=described_by_models,
    transaction_per_migration=False,  # all or nothing
)
with context.begin_transaction():
    context.run_migrations()
