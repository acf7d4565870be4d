"""What a hand-written package may leave out, and what the import puts in its place.

A secretariat moving from Word re-enters years of minutes through a package written by
hand or by a script: it knows the remarks, not when each was typed. So a row may omit

- ``created_at`` / ``updated_at``: the package's ``exported_at`` (else the import's time);
- a remark's ``captured_at``: its ``created_at`` (remarks keep their order by ``position``);
- a member's ``family_name_reading`` (or leave it empty): the name itself when it is
  written in kana, otherwise a *provisional* reading — the name as written, which sorts
  wrongly until someone types the reading (the import's summary lists these);
- any column that may be empty (``null``) or that has a default (``""``, ``0``, a code);
- a reference that may be empty (``xxx_uuid``: ``null``).

Everything else is required, and a row without it is refused with its table, record and
field named. ``docs/data-format.md`` lists every column with what may be left out.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Column

from app.japanese.kana import is_kana, to_hiragana
from app.services.interchange.serialise import Row, encode
from app.services.interchange.tables import TableFormat

STAMPED = ("created_at", "updated_at")
READING = ("member", "family_name_reading")
# Fields whose filling the summary reports: the others are plain defaults.
REPORTED = frozenset({*STAMPED, "captured_at", "family_name_reading"})


@dataclass(frozen=True, slots=True)
class Filled:
    """How many records of ``table`` got ``field`` from the import."""

    table: str
    field: str
    count: int
    provisional: bool = False  # a guess to check (a reading that is the name as written)


def stamp_of(exported_at: object) -> str:
    """The time given to records that do not say when they were made."""
    if isinstance(exported_at, str):
        try:
            parsed = datetime.fromisoformat(exported_at)
        except ValueError:
            parsed = None
        if parsed is not None and parsed.tzinfo is not None:
            return str(encode(parsed))
    return str(encode(datetime.now(UTC)))


def optional(column: Column[object]) -> bool:
    """May a row leave this column out (it is then empty, or its default)?"""
    if column.name in (*STAMPED, "captured_at"):
        return True
    return bool(column.nullable) or _default(column) is not None


def _default(column: Column[object]) -> object | None:
    default = column.default
    if default is None or not getattr(default, "is_scalar", False):
        return None
    return encode(getattr(default, "arg", None))


def provisional_reading(name: str) -> tuple[str, bool]:
    """The reading of a name with no reading, and whether it is only provisional."""
    name = name.strip()
    if name and is_kana(name):
        return to_hiragana(name), False
    return name, True


class Filler:
    """Completes the rows of one package and counts what it put in."""

    def __init__(self, stamp: str) -> None:
        self.stamp = stamp
        self.counts: Counter[tuple[str, str, bool]] = Counter()

    def complete(self, table: TableFormat, row: Row) -> None:
        """Put in what ``row`` may leave out (in place); required fields stay missing."""
        for column in table.columns:
            name = column.name
            if (table.name, name) == READING:
                if not row.get(name):
                    reading, guessed = provisional_reading(str(row.get("family_name", "")))
                    if reading:
                        self._put(table, row, name, reading, guessed)
                continue
            if name in row:
                continue
            if name in STAMPED:
                self._put(table, row, name, self.stamp)
            elif name == "captured_at":
                self._put(table, row, name, row.get("created_at", self.stamp))
            elif column.nullable:
                self._put(table, row, name, None)
            elif (value := _default(column)) is not None:
                self._put(table, row, name, value)
        for reference in table.references:
            if reference.key not in row and reference.nullable:
                self._put(table, row, reference.key, None)

    def _put(
        self, table: TableFormat, row: Row, field: str, value: object, guessed: bool = False
    ) -> None:
        row[field] = value
        if field in REPORTED:
            self.counts[(table.name, field, guessed)] += 1

    def filled(self) -> tuple[Filled, ...]:
        """What was put in, in the order of the package's tables."""
        return tuple(
            Filled(table, field, count, guessed)
            for (table, field, guessed), count in self.counts.items()
        )
