"""Which tables travel in a data package, in which order, and how ``--only`` scopes them.

The choices are explicit and each area makes its own (its ``area.py``): every table of
the schema is either carried or kept local with a reason, and a test fails when a new
model is neither (see ``docs/data-format.md``).
The columns of a carried table are not listed by hand: every mapped column travels,
except the integer id and the version counter, which are local to one database.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from sqlalchemy import Column, Table

from app.models import Base, Entity
from app.services import areas

# Declared by the areas (``app/services/<area>/area.py``): what each carries, and what
# it keeps local with the reason.
CARRIED: frozenset[str] = frozenset(table.name for table in areas.carried_tables())
EXCLUDED: dict[str, str] = {table.name: table.reason for table in areas.local_tables()}
LOCAL_COLUMNS = frozenset({"id", "version"})  # never leave the database they belong to
UNHASHED = frozenset({"updated_at"})  # the same edit made on both sides is no conflict

# ``--only``: the root tables of each scope. Their rows, the rows that belong to them
# (foreign keys with ON DELETE CASCADE: an agenda item belongs to its meeting) and
# whatever those reference (members, organizations …) make the package.
SCOPES: dict[str, tuple[str, ...]] = {scope.key: scope.roots for scope in areas.scopes()}
AUDIT_TABLE = "audit_entry"  # scoped by the records it is about (entity_uuid)


@dataclass(frozen=True, slots=True)
class Reference:
    """A foreign key as the format writes it: ``organization_id`` → ``organization_uuid``."""

    column: str
    key: str
    target: str
    owned: bool  # ON DELETE CASCADE: the row belongs to the one it references
    nullable: bool


@dataclass(frozen=True, slots=True)
class TableFormat:
    name: str
    model: type[Entity]
    columns: tuple[Column[object], ...]  # carried plain columns (not references)
    references: tuple[Reference, ...]

    @property
    def keys(self) -> frozenset[str]:
        return frozenset(c.name for c in self.columns) | {r.key for r in self.references}


def _model_for(table: Table) -> type[Entity]:
    for mapper in Base.registry.mappers:
        if mapper.local_table is table:
            model = mapper.class_
            assert issubclass(model, Entity), f"{table.name} is not an Entity"
            return model
    raise LookupError(table.name)


def _format_of(table: Table) -> TableFormat:
    columns: list[Column[object]] = []
    references: list[Reference] = []
    for column in table.columns:
        if column.name in LOCAL_COLUMNS:
            continue
        keys = list(column.foreign_keys)
        if keys:
            assert len(keys) == 1 and column.name.endswith("_id"), column
            target = keys[0].column.table.name
            references.append(
                Reference(
                    column.name,
                    column.name.removesuffix("_id") + "_uuid",
                    target,
                    keys[0].ondelete == "CASCADE",
                    bool(column.nullable),
                )
            )
        else:
            columns.append(column)
    return TableFormat(table.name, _model_for(table), tuple(columns), tuple(references))


@cache
def carried_tables() -> tuple[TableFormat, ...]:
    """The carried tables, parents before children (the order of the package)."""
    return tuple(_format_of(t) for t in Base.metadata.sorted_tables if t.name in CARRIED)


@cache
def table_format(name: str) -> TableFormat:
    for table in carried_tables():
        if table.name == name:
            return table
    raise KeyError(name)
