"""Keeps the search index in step with the records, inside the same transaction.

A session hook, :func:`after_flush`, re-reads every searchable record the flush
touched, and the records whose date, fiscal year or body come from a parent that
changed (a meeting moved to another day re-dates its remarks), and rewrites their
entries before the transaction commits. :func:`app.services.workspace.open_database`
installs it on the sessions of each database it opens (nothing is installed on
import). Deletions need nothing here: every entry points at its record with
``ON DELETE CASCADE``. On SQLite, triggers carry each entry into the FTS5 trigram
table (migration 0004).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Set
from functools import cache
from typing import Any

from sqlalchemy import Connection, delete, exists, func, insert, inspect, select
from sqlalchemy.orm import InstanceState, Session, UOWTransaction

from app.models import SearchEntry
from app.services.search.folding import fold_for_match
from app.services.search.sources import Follows, SourceDoc, read, sources
from app.storage.database import Database

_BATCH = 2000


@cache
def _kind_of_model() -> dict[type[Any], str]:
    """The kind whose entries a record of each searchable model makes."""
    return {source.model: kind for kind, source in sources().items()}


@cache
def _followers() -> dict[type[Any], tuple[tuple[str, Follows], ...]]:
    """Per parent model, the kinds whose entries copy its fields (and how to find them)."""
    found: dict[type[Any], list[tuple[str, Follows]]] = defaultdict(list)
    for kind, source in sources().items():
        for follows in source.follows:
            found[follows.parent].append((kind, follows))
    return {parent: tuple(pairs) for parent, pairs in found.items()}


@cache
def _owner_columns() -> tuple[str, ...]:
    return tuple(source.owner_column for source in sources().values())


def _entry(doc: SourceDoc) -> dict[str, object]:
    row: dict[str, object] = dict.fromkeys(_owner_columns())
    row[sources()[doc.kind].owner_column] = doc.owner_id
    row.update(
        kind=doc.kind,
        folded=fold_for_match(doc.text),
        happened_on=doc.happened_on,
        fiscal_year=doc.fiscal_year,
        body_id=doc.body_id,
        person_id=doc.person_id,
        status=doc.status,
    )
    return row


def refresh(
    conn: Connection, kind: str, ids: Iterable[int] | None = None, *, new: Set[int] = frozenset()
) -> int:
    """Rewrite the entries of one kind (all of them when ``ids`` is None).

    ``new``: those of ``ids`` whose records this transaction inserted. They have no entry
    to delete: an entry goes with its record (``ON DELETE CASCADE``).
    """
    owner = SearchEntry.__table__.c[sources()[kind].owner_column]
    wanted = None if ids is None else sorted(set(ids))
    if wanted == []:
        return 0
    if wanted is None:
        conn.execute(delete(SearchEntry).where(SearchEntry.kind == kind))
    else:
        stale = [owner_id for owner_id in wanted if owner_id not in new]
        for start in range(0, len(stale), 500):
            conn.execute(delete(SearchEntry).where(owner.in_(stale[start : start + 500])))
    written = 0
    batch: list[dict[str, object]] = []
    for doc in read(conn, kind, wanted):
        batch.append(_entry(doc))
        if len(batch) >= _BATCH:
            conn.execute(insert(SearchEntry), batch)
            written += len(batch)
            batch = []
    if batch:
        conn.execute(insert(SearchEntry), batch)
        written += len(batch)
    return written


def rebuild(db: Database) -> int:
    """Rebuild the whole index in one transaction; the number of entries written."""
    with db.engine.begin() as conn:
        return sum(refresh(conn, kind) for kind in sources())


def ensure_built(db: Database) -> None:
    """Fill an empty index when there are records (a database from before the index)."""
    with db.engine.connect() as conn:
        indexed = conn.execute(select(exists().where(SearchEntry.id.isnot(None)))).scalar()
        if indexed:
            return
        anything = any(
            conn.execute(select(exists().where(model.id.isnot(None)))).scalar()
            for model in _kind_of_model()
        )
    if anything:
        rebuild(db)


def entry_count(db: Database) -> int:
    with db.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(SearchEntry)).scalar_one())


def _changed(state: InstanceState[object], fields: Iterable[str]) -> bool:
    return any(state.attrs[field].history.has_changes() for field in fields)


def after_flush(session: Session, _context: UOWTransaction) -> None:
    """The session hook: rewrite the entries of what this flush touched."""
    touched: dict[str, set[int]] = defaultdict(set)
    inserted: dict[str, set[int]] = defaultdict(set)  # records this flush inserted
    parents: dict[tuple[str, Follows], set[int]] = defaultdict(set)  # fields others copy
    kind_of_model = _kind_of_model()
    followers = _followers()
    new = session.new
    for entity in (*new, *session.dirty):
        state = inspect(entity)
        if state.deleted or state.was_deleted:
            continue
        model = type(entity)
        kind = kind_of_model.get(model)
        if kind is not None:
            touched[kind].add(entity.id)
            if entity in new:
                inserted[kind].add(entity.id)
        for follower, follows in followers.get(model, ()):
            if _changed(state, follows.fields):
                parents[(follower, follows)].add(entity.id)
    if not (touched or parents):
        return
    conn = session.connection()
    for (follower, follows), parent_ids in parents.items():
        touched[follower].update(follows.ids(conn, parent_ids))
    for kind, ids in touched.items():
        refresh(conn, kind, ids, new=inserted[kind])
