"""Merge rules a table adds to the record-wise merge (``CarriedTable.rules`` in its area).

The merge compares whole records (``plan.py``): a record changed on both sides is a
conflict for a person to decide. Some fields are not edits of one record but facts
recorded independently on each side: a participant checked in at the door on the
laptop, a fee received there. Checked in on the laptop and given a new e-mail address
at the office is no conflict, and checked in on both sides is one check-in. So a table
may name **parts**: groups of fields merged apart from the rest of the record. Each
part has its own hash in the baseline, under a key derived from the record's uuid
(:func:`part_key`), and goes through the same three-way rules on its own: taken when
only the package changed it, kept when only we did. When both sides changed a part,
its ``resolve`` decides (never the user): the earlier check-in, the payment received.
The record's own hash leaves the parts' fields out.

Besides, a table may **arrange** the rows about to be written (give an arriving record
a number not used here), **clear** what would clash while rows are written one by one,
and **settle** what follows once they are written (places refilled). What these change
is reported with the import as :class:`Adjustment`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from uuid import UUID, uuid5

from sqlalchemy.orm import Session

from app.services import areas
from app.services.areas import Text
from app.services.interchange.serialise import Row, row_hash


@dataclass(frozen=True, slots=True)
class Part:
    """Fields of a record merged on their own (see the module)."""

    name: str
    fields: tuple[str, ...]
    resolve: Callable[[Row, Row], Row]  # (ours, theirs) → the part's fields, both changed


@dataclass(frozen=True, slots=True)
class Adjustment:
    """What the import changed beyond taking records as they came: ``reason`` is a
    sentence with ``%1``, ``%2`` … for ``values`` (the texts translate it)."""

    table: str
    uuid: str
    label: str
    reason: Text
    values: tuple[str, ...] = ()


# ``writing``: uuid → the row about to be written (added when not ``here``), which the
# rule may change in place; ``here``: the table's records in this database.
Arrange = Callable[[Mapping[str, Row], Mapping[str, Row]], tuple[Adjustment, ...]]
Clear = Callable[[Session, Mapping[str, Row]], None]
Settle = Callable[[Session, Mapping[str, Row]], tuple[Adjustment, ...]]


@dataclass(frozen=True, slots=True)
class TableRules:
    parts: tuple[Part, ...] = ()
    arrange: Arrange | None = None  # in the plan, before anything is written
    clear: Clear | None = None  # just before the rows are written
    settle: Settle | None = None  # once they are written, in the same transaction

    @property
    def apart(self) -> frozenset[str]:
        """The fields of every part: left out of the record's own hash."""
        return frozenset(field for part in self.parts for field in part.fields)


NO_RULES = TableRules()


@cache
def rules_of(table: str) -> TableRules:
    """The rules the table's area declares, or none."""
    for carried in areas.carried_tables():
        if carried.name == table and carried.rules:
            declared = areas.load(carried.rules)
            assert isinstance(declared, TableRules), carried.rules
            return declared
    return NO_RULES


def part_key(uuid: str, part: str) -> str:
    """The baseline's key for a part of a record: a uuid derived from the record's, so
    it fits where uuids are kept."""
    return str(uuid5(UUID(uuid), part))


def part_of(row: Row, part: Part) -> Row:
    return {field: row[field] for field in part.fields}


def core_hash(table: str, row: Row) -> str:
    """The hash the merge compares for the record itself (its parts left out)."""
    apart = rules_of(table).apart
    if not apart:
        return row_hash(row)
    return row_hash({key: value for key, value in row.items() if key not in apart})


def keyed_hashes(table: str, row: Row) -> dict[str, tuple[str, str]]:
    """What the baseline keeps of a record: ``{key: (entity, hash)}``, the record under
    its uuid and each of its parts under :func:`part_key`."""
    uuid = str(row["uuid"])
    hashes = {uuid: (table, core_hash(table, row))}
    for part in rules_of(table).parts:
        hashes[part_key(uuid, part.name)] = (f"{table}:{part.name}", row_hash(part_of(row, part)))
    return hashes
