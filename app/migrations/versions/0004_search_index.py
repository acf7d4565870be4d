"""search index: a folded copy of every searchable text, with a trigram index

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-21 09:30:00

SQLite: an external-content FTS5 table with the ``trigram`` tokenizer mirrors
``search_entry.folded`` through three triggers, so the index changes in the same
transaction as the entry. PostgreSQL: a ``pg_trgm`` GIN index on the same column
(when the extension may be created; without it search is still correct, by scan).
The entries themselves are filled by the application on first open
(``app.services.search_index.ensure_built``), which owns the text folding.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

OWNERS = (
    ("remark_id", "remark", "CASCADE"),
    ("agenda_item_id", "agenda_item", "CASCADE"),
    ("action_item_id", "action_item", "CASCADE"),
    ("visit_id", "visit", "CASCADE"),
    ("correspondence_id", "correspondence", "CASCADE"),
    ("member_id", "member", "CASCADE"),
)

SQLITE_FTS = (
    "CREATE VIRTUAL TABLE search_fts USING fts5(folded, content='search_entry', "
    "content_rowid='id', tokenize='trigram case_sensitive 1')",
    "CREATE TRIGGER search_entry_fts_insert AFTER INSERT ON search_entry BEGIN "
    "INSERT INTO search_fts(rowid, folded) VALUES (new.id, new.folded); END",
    "CREATE TRIGGER search_entry_fts_delete AFTER DELETE ON search_entry BEGIN "
    "INSERT INTO search_fts(search_fts, rowid, folded) VALUES ('delete', old.id, old.folded); END",
    "CREATE TRIGGER search_entry_fts_update AFTER UPDATE OF folded ON search_entry BEGIN "
    "INSERT INTO search_fts(search_fts, rowid, folded) VALUES ('delete', old.id, old.folded); "
    "INSERT INTO search_fts(rowid, folded) VALUES (new.id, new.folded); END",
)


def upgrade() -> None:
    columns: list[sa.Column[object]] = [sa.Column("id", sa.Integer(), nullable=False)]
    columns.append(sa.Column("kind", sa.String(length=16), nullable=False))
    columns += [sa.Column(name, sa.Integer(), nullable=True) for name, _table, _rule in OWNERS]
    columns += [
        sa.Column("folded", sa.Text(), nullable=False),
        sa.Column("happened_on", sa.Date(), nullable=True),
        sa.Column("fiscal_year", sa.Integer(), nullable=True),
        sa.Column("body_id", sa.Integer(), nullable=True),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=24), nullable=False),
    ]
    constraints: list[sa.Constraint] = [sa.PrimaryKeyConstraint("id", name=op.f("pk_search_entry"))]
    for name, table, rule in (
        *OWNERS,
        ("body_id", "body", "SET NULL"),
        ("person_id", "member", "SET NULL"),
    ):
        constraints.append(
            sa.ForeignKeyConstraint(
                [name], [f"{table}.id"], name=op.f(f"fk_search_entry_{name}_{table}"), ondelete=rule
            )
        )
    for name, _table, _rule in OWNERS:
        constraints.append(sa.UniqueConstraint(name, name=op.f(f"uq_search_entry_{name}")))
    op.create_table("search_entry", *columns, *constraints)
    op.create_index("ix_search_entry_kind_day", "search_entry", ["kind", "happened_on"])
    op.create_index(op.f("ix_search_entry_person_id"), "search_entry", ["person_id"])

    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for statement in SQLITE_FTS:
            op.execute(statement)
    elif bind.dialect.name == "postgresql":
        _create_trigram_index(bind)


def _create_trigram_index(bind: sa.Connection) -> None:
    """pg_trgm is a trusted extension (PostgreSQL 13+); a server without it still searches."""
    savepoint = bind.begin_nested()
    try:
        bind.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        bind.exec_driver_sql(
            "CREATE INDEX ix_search_entry_folded_trgm ON search_entry "
            "USING gin (folded gin_trgm_ops)"
        )
    except sa.exc.DBAPIError:
        savepoint.rollback()
    else:
        savepoint.commit()


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS search_fts")
    op.drop_table("search_entry")
