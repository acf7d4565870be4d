"""One read for a section: the first rows, and the total counted in the same query."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from sqlalchemy import Select, func

from app.services.desk.rows import Section
from app.storage.database import Database

Row = TypeVar("Row")


def read_section(
    db: Database, query: Select[*tuple[Any, ...]], make: Callable[[Sequence[Any]], Row], limit: int
) -> Section[Row]:
    """``query``'s first ``limit`` rows made into ``make``'s rows, and how many it has
    in all (a window count: no second query, no second pass over the tables)."""
    counted = query.add_columns(func.count().over().label("section_total")).limit(limit)
    with db.session() as session:
        found = list(session.execute(counted))
    total = int(found[0][-1]) if found else 0
    return Section(tuple(make(tuple(row)[:-1]) for row in found), total)
