"""The approval lock and the audit trail (変更履歴), enforced for every write.

A ``before_flush`` hook looks at everything a transaction is about to write:

- a change to anything inside a locked meeting (承認済, not reopened) raises
  :class:`MeetingLocked`, whichever service or screen attempted it;
- every change inside a meeting that was approved once is written to
  ``audit_entry`` (who, when, field, before, after);
- every deletion of a record people wrote (remark, agenda item, action item,
  meeting, member …) is written there too, with what was deleted.

The hook is :func:`before_flush`; :func:`app.services.workspace.open_database` installs it
on the session factory of each database it opens (nothing is installed on import). Who
writes is the database's actor (:func:`set_actor`), which each session carries in its
``info``; without one, the OS user.
"""

from __future__ import annotations

import getpass
from collections.abc import Iterable
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import inspect
from sqlalchemy.orm import Session, UOWTransaction

from app.models import (
    ActionItem,
    AgendaItem,
    Attendance,
    AuditEntry,
    Correspondence,
    Entity,
    Meeting,
    MeetingGuest,
    MeetingMaterial,
    Member,
    MinuteSigner,
    Organization,
    Remark,
    Visit,
)
from app.models.base import new_uuid
from app.models.enums import AuditAction, MeetingStatus
from app.services.problems import MeetingLocked
from app.storage.database import ACTOR, Database

SEEDING = "seeding"  # session.info flag: building history (sample data), no lock or audit
# session.info key of a data import (持ち帰りデータ): the set of uuids the import adds. The
# lock is not enforced (the other side's records are taken as they were made there), but
# every change to a meeting that was approved here is still audited; what the import adds
# inside a meeting it also adds is history, not a change.
IMPORTING = "importing"
LOCK_FIELDS = frozenset({"status", "approved_at", "reopened_at", "reopen_reason"})
# Follow-up after the minutes are approved: answering a remark (意見 → 対応) or closing an
# action item does not change the minutes; allowed on a locked meeting, and audited.
_FOLLOW_UP = {
    "remark": frozenset({"response_status", "response_text", "responded_at"}),
    "action_item": frozenset({"status", "closed_at"}),
}
_BOOKKEEPING = frozenset({"id", "uuid", "created_at", "updated_at", "version"})
_DELETIONS_AUDITED = (
    Remark,
    AgendaItem,
    ActionItem,
    Meeting,
    Member,
    Organization,
    Correspondence,
    Visit,
)


def set_actor(db: Database, name: str) -> None:
    """The staff name this database's sessions write in the audit trail (settings);
    empty: the OS user."""
    db.actor = name.strip() or None


def current_actor(session: Session) -> str:
    """Who this session writes as: its database's actor, else the OS user."""
    actor: str | None = session.info.get(ACTOR)
    if actor:
        return actor
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name (e.g. a container)
        return "unknown"


def record(
    session: Session,
    action: AuditAction,
    entity: Entity,
    field: str = "",
    before: str = "",
    after: str = "",
) -> None:
    if entity.uuid is None:
        entity.uuid = new_uuid()
    session.add(
        AuditEntry(
            actor=current_actor(session),
            action=action,
            entity=entity.__tablename__,
            entity_uuid=entity.uuid,
            field=field,
            before=before,
            after=after,
        )
    )


def as_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, bool):
        return "1" if value else "0"
    return str(getattr(value, "value", value))


def describe(entity: Entity) -> str:
    """What a deleted or created record said, in a line."""
    for name in ("text", "title", "full_name", "name", "subject"):
        value = getattr(entity, name, None)
        if isinstance(value, str) and value:
            return value
    return ""


def _meeting_of(session: Session, entity: object) -> Meeting | None:
    if isinstance(entity, Meeting):
        return entity
    if isinstance(entity, AgendaItem | Attendance | MeetingGuest | MeetingMaterial | MinuteSigner):
        return session.get(Meeting, entity.meeting_id) if entity.meeting_id else None
    if isinstance(entity, Remark | ActionItem) and entity.agenda_item_id is not None:
        item = session.get(AgendaItem, entity.agenda_item_id)
        return session.get(Meeting, item.meeting_id) if item is not None else None
    return None


def _was(entity: Entity, field: str) -> Any:
    """The value of a field as it is in the database (before this flush)."""
    history = inspect(entity).attrs[field].history
    if history.deleted:
        return history.deleted[0]
    return getattr(entity, field)


def _changed_fields(entity: Entity) -> Iterable[tuple[str, Any, Any]]:
    state = inspect(entity)
    for attribute in state.mapper.column_attrs:
        key = attribute.key
        if key in _BOOKKEEPING:
            continue
        history = state.attrs[key].history
        if history.added or history.deleted:
            before = history.deleted[0] if history.deleted else None
            after = history.added[0] if history.added else None
            if as_text(before) != as_text(after):
                yield key, before, after


def _check_and_audit(
    session: Session, entity: Entity, action: AuditAction, importing: set[str] | None = None
) -> None:
    meeting = _meeting_of(session, entity)
    added_by_import = importing is not None and meeting is not None and meeting.uuid in importing
    if meeting is not None and meeting not in session.new and not added_by_import:
        locked_before = (
            _was(meeting, "status") == MeetingStatus.APPROVED
            and _was(meeting, "reopened_at") is None
        )
        allowed = LOCK_FIELDS if entity is meeting else _FOLLOW_UP.get(entity.__tablename__)
        permitted = (
            action is AuditAction.UPDATE
            and allowed is not None
            and all(key in allowed for key, _before, _after in _changed_fields(entity))
        )
        if locked_before and not permitted and importing is None:
            raise MeetingLocked(f"meeting {meeting.id} is approved (承認済)")
        if _was(meeting, "approved_at") is not None:
            if action is AuditAction.UPDATE:
                for key, before, after in _changed_fields(entity):
                    if key not in LOCK_FIELDS or entity is not meeting:
                        record(session, action, entity, key, as_text(before), as_text(after))
            elif action is AuditAction.CREATE:
                record(session, action, entity, after=describe(entity))
    if action is AuditAction.DELETE and isinstance(entity, _DELETIONS_AUDITED):
        record(session, action, entity, before=describe(entity))


def before_flush(session: Session, _context: UOWTransaction, _instances: object) -> None:
    """The session hook: refuse changes to locked meetings, audit the rest."""
    if session.info.get(SEEDING):
        return
    importing: set[str] | None = session.info.get(IMPORTING)
    for entity in list(session.new):
        if isinstance(entity, Entity) and not isinstance(entity, AuditEntry):
            _check_and_audit(session, entity, AuditAction.CREATE, importing)
    for entity in list(session.dirty):
        if isinstance(entity, Entity) and session.is_modified(entity):
            _check_and_audit(session, entity, AuditAction.UPDATE, importing)
    for entity in list(session.deleted):
        if isinstance(entity, Entity):
            _check_and_audit(session, entity, AuditAction.DELETE)
