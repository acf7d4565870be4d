"""search index: each entry in one owner index, not six

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-22 10:00:00

Every ``search_entry`` row sets exactly one of its six owner columns, but the six
unique constraints of 0004 put each row into all six indexes (NULL is indexed too):
each remark committed wrote five index pages it did not need. A partial unique index
``WHERE col IS NOT NULL`` per owner keeps the guarantee (one entry per record) and the
lookups (refresh by owner; the ``ON DELETE CASCADE`` search when a record is deleted).

SQLite cannot drop a constraint, so the table is rebuilt (batch mode), keeping every id:
the FTS5 mirror (``content_rowid='id'``) stays valid, and its triggers, which went with
the old table, are created again. PostgreSQL drops the constraints in place.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

OWNERS = (
    "remark_id",
    "agenda_item_id",
    "action_item_id",
    "visit_id",
    "correspondence_id",
    "member_id",
)
# The triggers of 0004 that carry each entry into the FTS5 mirror (as they were there).
SQLITE_FTS_TRIGGERS = (
    "CREATE TRIGGER search_entry_fts_insert AFTER INSERT ON search_entry BEGIN "
    "INSERT INTO search_fts(rowid, folded) VALUES (new.id, new.folded); END",
    "CREATE TRIGGER search_entry_fts_delete AFTER DELETE ON search_entry BEGIN "
    "INSERT INTO search_fts(search_fts, rowid, folded) VALUES ('delete', old.id, old.folded); END",
    "CREATE TRIGGER search_entry_fts_update AFTER UPDATE OF folded ON search_entry BEGIN "
    "INSERT INTO search_fts(search_fts, rowid, folded) VALUES ('delete', old.id, old.folded); "
    "INSERT INTO search_fts(rowid, folded) VALUES (new.id, new.folded); END",
)


def _name(column: str) -> str:
    return f"uq_search_entry_{column}"


def _recreate_triggers() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for statement in SQLITE_FTS_TRIGGERS:
            op.execute(statement)


def upgrade() -> None:
    with op.batch_alter_table("search_entry") as batch:
        for column in OWNERS:
            batch.drop_constraint(_name(column), type_="unique")
    _recreate_triggers()
    for column in OWNERS:
        condition = sa.text(f"{column} IS NOT NULL")
        op.create_index(
            _name(column),
            "search_entry",
            [column],
            unique=True,
            sqlite_where=condition,
            postgresql_where=condition,
        )


def downgrade() -> None:
    for column in OWNERS:
        op.drop_index(_name(column), table_name="search_entry")
    with op.batch_alter_table("search_entry") as batch:
        for column in OWNERS:
            batch.create_unique_constraint(_name(column), [column])
    _recreate_triggers()
