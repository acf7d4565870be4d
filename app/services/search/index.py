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

from sqlalchemy import Connection, delete, exists, func, insert, inspect, select
from sqlalchemy.orm import InstanceState, Session, UOWTransaction

from app.models import (
    ActionItem,
    AgendaItem,
    Correspondence,
    Meeting,
    Member,
    Organization,
    Remark,
    SearchEntry,
    Visit,
)
from app.models.search_entry import OWNER_COLUMNS
from app.services.search import sources as search_sources
from app.services.search.folding import fold_for_match
from app.services.search.sources import KINDS, SourceDoc
from app.storage.database import Database

_DIRECT = {
    Remark: "remark",
    AgendaItem: "agenda",
    ActionItem: "action",
    Visit: "visit",
    Correspondence: "letter",
    Member: "member",
}
# Parent fields that entries of other kinds copy (date, fiscal year, body).
_MEETING_FIELDS = ("held_on", "fiscal_year", "body_id")
_VISIT_FIELDS = ("start_on", "fiscal_year")
_BATCH = 2000


def _entry(doc: SourceDoc) -> dict[str, object]:
    row: dict[str, object] = dict.fromkeys(OWNER_COLUMNS.values())
    row[OWNER_COLUMNS[doc.kind]] = doc.owner_id
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
    owner = SearchEntry.__table__.c[OWNER_COLUMNS[kind]]
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
    for doc in search_sources.read(conn, kind, wanted):
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
        return sum(refresh(conn, kind) for kind in KINDS)


def ensure_built(db: Database) -> None:
    """Fill an empty index when there are records (a database from before the index)."""
    with db.engine.connect() as conn:
        indexed = conn.execute(select(exists().where(SearchEntry.id.isnot(None)))).scalar()
        if indexed:
            return
        anything = any(
            conn.execute(select(exists().where(table.id.isnot(None)))).scalar() for table in _DIRECT
        )
    if anything:
        rebuild(db)


def entry_count(db: Database) -> int:
    with db.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(SearchEntry)).scalar_one())


def _changed(state: InstanceState[object], fields: Iterable[str]) -> bool:
    return any(state.attrs[field].history.has_changes() for field in fields)


def _children(conn: Connection, meeting_ids: set[int], visit_ids: set[int]) -> dict[str, set[int]]:
    """Remarks, agenda items and actions whose date or body come from these parents."""
    found: dict[str, set[int]] = defaultdict(set)
    if meeting_ids:
        items = select(AgendaItem.id).where(AgendaItem.meeting_id.in_(meeting_ids))
        found["agenda"].update(conn.scalars(items))
        remarks = select(Remark.id).where(Remark.agenda_item_id.in_(items))
        found["remark"].update(conn.scalars(remarks))
        found["action"].update(
            conn.scalars(
                select(ActionItem.id).where(
                    ActionItem.agenda_item_id.in_(items) | ActionItem.remark_id.in_(remarks)
                )
            )
        )
    if visit_ids:
        found["remark"].update(
            conn.scalars(select(Remark.id).where(Remark.visit_id.in_(visit_ids)))
        )
        found["action"].update(
            conn.scalars(select(ActionItem.id).where(ActionItem.visit_id.in_(visit_ids)))
        )
    return found


def after_flush(session: Session, _context: UOWTransaction) -> None:
    """The session hook: rewrite the entries of what this flush touched."""
    touched: dict[str, set[int]] = defaultdict(set)
    inserted: dict[str, set[int]] = defaultdict(set)  # records this flush inserted
    meeting_ids: set[int] = set()
    visit_ids: set[int] = set()
    organization_ids: set[int] = set()
    new = session.new
    for entity in (*new, *session.dirty):
        state = inspect(entity)
        if state.deleted or state.was_deleted:
            continue
        kind = _DIRECT.get(type(entity))
        if kind is not None:
            touched[kind].add(entity.id)
            if entity in new:
                inserted[kind].add(entity.id)
        if isinstance(entity, Meeting) and _changed(state, _MEETING_FIELDS):
            meeting_ids.add(entity.id)
        elif isinstance(entity, Visit) and _changed(state, _VISIT_FIELDS):
            visit_ids.add(entity.id)
        elif isinstance(entity, Organization) and _changed(state, ("name",)):
            organization_ids.add(entity.id)
    if not (touched or meeting_ids or visit_ids or organization_ids):
        return
    conn = session.connection()
    for kind, ids in _children(conn, meeting_ids, visit_ids).items():
        touched[kind] |= ids
    if organization_ids:
        touched["member"].update(
            conn.scalars(select(Member.id).where(Member.organization_id.in_(organization_ids)))
        )
        touched["letter"].update(
            conn.scalars(
                select(Correspondence.id).where(
                    Correspondence.counterparty_organization_id.in_(organization_ids)
                )
            )
        )
    for kind, ids in touched.items():
        refresh(conn, kind, ids, new=inserted[kind])
