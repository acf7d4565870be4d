"""The search index: one row per searchable record, its text folded for matching.

Derived data, rebuilt from the records at any time and never exchanged between
databases. Each row points at exactly one record through a foreign key with
``ON DELETE CASCADE``, so deleting a record (or the meeting it sits in) removes its
entry in the same statement. On SQLite an FTS5 ``trigram`` table mirrors ``folded``
(see migration 0004); on PostgreSQL a ``pg_trgm`` GIN index serves the same queries.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Column, ForeignKey, Index, String, Table, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base


def _owner(table: str) -> Mapped[int | None]:
    """An owner column: one per searchable kind, exactly one set on each row. Which kind
    writes which column is the kind's own declaration (its area's ``SearchSource``)."""
    return mapped_column(ForeignKey(f"{table}.id", ondelete="CASCADE"))


def owner_index(column: Column[Any]) -> Index:
    """One entry per record, indexing only the rows that set this owner (migration 0006).

    A plain unique index would hold every row, five of six under NULL, and each entry
    written would touch all six. The index also finds a record's entry on refresh and for
    the ``ON DELETE CASCADE`` when the record is deleted (``column = ?`` implies NOT NULL).
    """
    condition = text(f"{column.name} IS NOT NULL")
    return Index(  # made of a table's column, it is that table's index
        f"uq_search_entry_{column.name}",
        column,
        unique=True,
        sqlite_where=condition,
        postgresql_where=condition,
    )


class SearchEntry(Base):
    __tablename__ = "search_entry"
    __table_args__ = (Index("ix_search_entry_kind_day", "kind", "happened_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    remark_id: Mapped[int | None] = _owner("remark")
    agenda_item_id: Mapped[int | None] = _owner("agenda_item")
    action_item_id: Mapped[int | None] = _owner("action_item")
    visit_id: Mapped[int | None] = _owner("visit")
    correspondence_id: Mapped[int | None] = _owner("correspondence")
    member_id: Mapped[int | None] = _owner("member")
    event_id: Mapped[int | None] = _owner("event")
    event_participant_id: Mapped[int | None] = _owner("event_participant")
    folded: Mapped[str] = mapped_column(Text)  # app.services.search.folding.fold_for_match
    happened_on: Mapped[date | None]
    fiscal_year: Mapped[int | None]
    body_id: Mapped[int | None] = mapped_column(ForeignKey("body.id", ondelete="SET NULL"))
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("member.id", ondelete="SET NULL"), index=True
    )
    status: Mapped[str] = mapped_column(String(24), default="")


# The owner columns are the ones that belong to their record (ON DELETE CASCADE); each
# has its partial unique index. A new searchable kind adds its column above (and a
# migration), nothing more here.
_TABLE = SearchEntry.__table__
assert isinstance(_TABLE, Table)
_OWNERS = [
    column
    for column in _TABLE.columns
    if any(key.ondelete == "CASCADE" for key in column.foreign_keys)
]
OWNER_COLUMNS = tuple(column.name for column in _OWNERS)
for _column in _OWNERS:
    owner_index(_column)


# Schema objects the migration creates beside the table, which no model describes:
# the FTS5 mirror on SQLite (with its shadow tables) and the pg_trgm index on PostgreSQL.
UNMAPPED_TABLE_PREFIX = "search_fts"
UNMAPPED_INDEXES = frozenset({"ix_search_entry_folded_trgm"})


def described_by_models(name: str | None, type_: str, _parent_names: object = None) -> bool:
    """Alembic ``include_name`` hook: False for the search index's unmapped objects."""
    if type_ == "table":
        return not (name or "").startswith(UNMAPPED_TABLE_PREFIX)
    if type_ == "index":
        return name not in UNMAPPED_INDEXES
    return True
