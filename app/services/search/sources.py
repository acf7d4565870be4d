"""What a searchable kind contributes to the search index, read straight from its tables.

Each area that makes records searchable declares a :class:`SearchKind` in its ``area.py``
naming a :class:`SearchSource` in its own package. One query per kind gives both what is
indexed (the text, date, fiscal year, body, person and status used by the filters) and
what a result shows (where it was said, by whom), so the index and the result list can
never disagree about a record.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection

from app.services.areas import load, search_kinds

_CHUNK = 500  # ids per IN (...) list
if TYPE_CHECKING:  # SQLAlchemy 2.1 types a select by its columns; any columns here
    from sqlalchemy import Select

    AnySelect = Select[*tuple[Any, ...]]


@dataclass(frozen=True, slots=True)
class SourceDoc:
    kind: str
    owner_id: int
    text: str  # what is searched (and shown in the snippet)
    happened_on: date | None
    fiscal_year: int | None
    body_id: int | None
    person_id: int | None
    status: str
    context: str  # where: 「第3回 定例会 ① 議題名」, the visit's title, the letter's number
    person: str  # who: speaker, owner, presenter, counterparty, organization
    meeting_id: int | None
    visit_id: int | None
    event_id: int | None = None  # an event's participant opens the event


@dataclass(frozen=True, slots=True)
class Follows:
    """Entries of a kind that copy fields of a parent record (a remark has its meeting's
    date and body): when one of ``fields`` of a ``parent`` changes, ``ids`` gives the
    records of the kind under those parents, whose entries are then rewritten."""

    parent: type[Any]
    fields: tuple[str, ...]
    ids: Callable[[Connection, set[int]], Iterable[int]]


@dataclass(frozen=True, slots=True)
class SearchSource:
    """How one kind of record is read into the index."""

    model: type[Any]  # the records: a flush that adds or changes one rewrites its entry
    owner_column: str  # the ``search_entry`` column pointing at the record
    query: Callable[[], AnySelect]  # built once (``functools.cache``)
    id_column: Any  # the record's id in ``query``
    document: Callable[[Sequence[Any]], SourceDoc]  # a row of ``query`` → its document
    follows: tuple[Follows, ...] = ()


@cache
def sources() -> dict[str, SearchSource]:
    """Every kind's source, in the order results are shown."""
    return {declared.kind: load(declared.source) for declared in search_kinds()}


def kinds() -> tuple[str, ...]:
    return tuple(sources())


def read(conn: Connection, kind: str, ids: Sequence[int] | None = None) -> Iterator[SourceDoc]:
    """The documents of one kind: all of them, or those of the given record ids."""
    source = sources()[kind]
    query = source.query()
    if ids is None:
        for row in conn.execute(query):
            yield source.document(row)
        return
    unique = sorted(set(ids))
    for start in range(0, len(unique), _CHUNK):
        chunk = unique[start : start + _CHUNK]
        for row in conn.execute(query.where(source.id_column.in_(chunk))):
            yield source.document(row)


# Pieces the areas' documents share.


def person_name(family: str | None, given: str | None, fallback: str = "") -> str:
    return f"{family or ''} {given or ''}".strip() or fallback


def meeting_context(sequence: int | None, title: str | None, body: str | None) -> str:
    """The meeting's own title (「令和7年度 第9回定例会」), else 「定例会 第9回」."""
    if sequence is None:
        return ""
    return title or f"{body or ''} 第{sequence}回".strip()


def joined(*parts: str | None) -> str:
    return "\n".join(part for part in parts if part)
