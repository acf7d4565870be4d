"""The session hooks (approval lock and audit trail, search index) belong to the
databases that ``workspace.open_database`` opens: not to SQLAlchemy's ``Session``
class, and each database signs the audit trail with its own actor."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import event, func, select
from sqlalchemy.orm import Session

from app.models import AgendaItem, AuditEntry, Meeting, SearchEntry
from app.models.enums import MeetingStatus
from app.services import workspace
from app.services.audit import trail as audit_trail
from app.services.capture import remarks as capture
from app.services.capture.rows import RemarkInput
from app.services.problems import MeetingLocked
from app.services.search import index as search_index
from app.services.search.folding import fold_for_match
from app.storage.database import Database
from app.storage.database import open_database as open_without_hooks
from tests.meeting_room import Room, advance, make_room, reopen


def _approve(db: Database, meeting_id: int) -> None:
    while advance(db, meeting_id) is not MeetingStatus.APPROVED:
        pass


def _audit(db: Database) -> list[tuple[str, str, str, str, str]]:
    with db.session() as session:
        return [
            (e.action.value, e.entity, e.field, e.before, e.after)
            for e in session.scalars(select(AuditEntry).order_by(AuditEntry.id))
        ]


def _actors(db: Database) -> set[str]:
    with db.session() as session:
        return set(session.scalars(select(AuditEntry.actor)))


def _count(session: Session, model: type[object]) -> int:
    return session.scalar(select(func.count()).select_from(model)) or 0


def test_a_database_opened_through_workspace_locks_audits_and_indexes(
    db: Database, room: Room
) -> None:
    remark = capture.add_remark(db, room.item_ids[0], RemarkInput("原文", room.members["今"]))
    _approve(db, room.meeting_id)
    with pytest.raises(MeetingLocked):
        capture.update_remark(db, remark, RemarkInput("改変", room.members["今"]))
    reopen(db, room.meeting_id, "誤字の訂正")
    capture.update_remark(db, remark, RemarkInput("訂正後", room.members["今"]))
    assert ("update", "remark", "text", "原文", "訂正後") in _audit(db)
    owner = SearchEntry.__table__.c.remark_id
    with db.session() as session:
        folded = session.scalars(select(SearchEntry.folded).where(owner == remark.id)).all()
    assert folded == [fold_for_match("訂正後")]


def test_no_hook_is_installed_on_the_session_class(db: Database) -> None:
    assert db.session() is not None  # a hooked database is open in this process
    assert not event.contains(Session, "before_flush", audit_trail.before_flush)
    assert not event.contains(Session, "after_flush", search_index.after_flush)


def test_a_plain_session_on_another_engine_runs_no_hook(
    db: Database, room: Room, tmp_path: Path
) -> None:
    _approve(db, room.meeting_id)  # the hooked database, open beside the other one
    other = open_without_hooks(tmp_path / "other.sqlite3", daily_backup=False)
    try:
        other_room = make_room(other)
        with Session(other.engine) as session, session.begin():
            meeting = session.get(Meeting, other_room.meeting_id)
            assert meeting is not None
            meeting.status = MeetingStatus.APPROVED
            meeting.approved_at = datetime(2022, 7, 20, 1, 0, tzinfo=UTC)
        with Session(other.engine) as session, session.begin():  # no MeetingLocked
            item = session.get(AgendaItem, other_room.item_ids[0])
            assert item is not None
            item.title = "承認後の変更"
            session.delete(session.get(AgendaItem, other_room.item_ids[1]))
        with Session(other.engine) as session:
            assert _count(session, AuditEntry) == 0  # no audit hook
            assert _count(session, SearchEntry) == 0  # no search-index hook
    finally:
        other.close()
    with pytest.raises(MeetingLocked):  # the workspace database still has its hooks
        capture.add_remark(db, room.item_ids[0], RemarkInput("後から", room.members["今"]))


def test_two_databases_sign_with_their_own_actor(
    db: Database, room: Room, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = workspace.open_database(tmp_path / "other.sqlite3", daily_backup=False)
    try:
        other_room = make_room(other)
        audit_trail.set_actor(db, "事務局 松村")
        audit_trail.set_actor(other, " 出張先 今 ")
        added = []
        for database, r in ((db, room), (other, other_room)):
            said = RemarkInput("消す", r.members["今"])
            added.append((database, capture.add_remark(database, r.item_ids[0], said)))
        for database, remark in reversed(added):
            capture.delete_remark(database, remark)
        assert _actors(db) == {"事務局 松村"}
        assert _actors(other) == {"出張先 今"}
        with db.session() as mine, other.session() as theirs:
            assert audit_trail.current_actor(mine) == "事務局 松村"
            assert audit_trail.current_actor(theirs) == "出張先 今"
        monkeypatch.setattr("getpass.getuser", lambda: "os-user")
        audit_trail.set_actor(other, "  ")  # no staff name: the OS user
        with other.session() as session:
            assert audit_trail.current_actor(session) == "os-user"
    finally:
        other.close()
