"""search index: events and their participants are searchable

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-05 12:00:00

Two owner columns on ``search_entry`` (``event_id``, ``event_participant_id``), each
``ON DELETE CASCADE`` with its partial unique index as in 0006. SQLite rebuilds the
table (batch mode), keeping every id, so the FTS5 mirror stays valid; its triggers,
which go with the old table, are created again.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

OWNERS = (("event_id", "event"), ("event_participant_id", "event_participant"))
SQLITE_FTS_TRIGGERS = (
    "CREATE TRIGGER search_entry_fts_insert AFTER INSERT ON search_entry BEGIN "
    "INSERT INTO search_fts(rowid, folded) VALUES (new.id, new.folded); END",
    "CREATE TRIGGER search_entry_fts_delete AFTER DELETE ON search_entry BEGIN "
    "INSERT INTO search_fts(search_fts, rowid, folded) VALUES ('delete', old.id, old.folded); END",
    "CREATE TRIGGER search_entry_fts_update AFTER UPDATE OF folded ON search_entry BEGIN "
    "INSERT INTO search_fts(search_fts, rowid, folded) VALUES ('delete', old.id, old.folded); "
    "INSERT INTO search_fts(rowid, folded) VALUES (new.id, new.folded); END",
)


def _recreate_triggers() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for statement in SQLITE_FTS_TRIGGERS:
            op.execute(statement)


def upgrade() -> None:
    with op.batch_alter_table("search_entry") as batch:
        for column, table in OWNERS:
            batch.add_column(sa.Column(column, sa.Integer(), nullable=True))
            batch.create_foreign_key(
                f"fk_search_entry_{column}_{table}", table, [column], ["id"], ondelete="CASCADE"
            )
    _recreate_triggers()
    for column, _ in OWNERS:
        condition = sa.text(f"{column} IS NOT NULL")
        op.create_index(
            f"uq_search_entry_{column}",
            "search_entry",
            [column],
            unique=True,
            sqlite_where=condition,
            postgresql_where=condition,
        )


def downgrade() -> None:
    op.execute(
        "DELETE FROM search_entry WHERE event_id IS NOT NULL OR event_participant_id IS NOT NULL"
    )
    for column, _ in OWNERS:
        op.drop_index(f"uq_search_entry_{column}", table_name="search_entry")
    with op.batch_alter_table("search_entry") as batch:
        for column, table in OWNERS:
            batch.drop_constraint(f"fk_search_entry_{column}_{table}", type_="foreignkey")
            batch.drop_column(column)
    _recreate_triggers()
