"""A write the database does not take raises one ``NotSaved`` with a code, never a
SQLAlchemy exception: on a full disk, a read-only file, a busy or a lost database."""

from __future__ import annotations

import errno
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import exc as sa
from sqlalchemy import func, select

from app.models import Member, Remark
from app.models.enums import RemarkKind
from app.services.capture import remarks as capture
from app.services.capture.rows import RemarkInput
from app.services.failures import not_saved, save_problem_of
from app.services.members import editing as member_editing
from app.services.members.editing import MemberForm
from app.services.problems import Invalid, MeetingLocked, NotSaved, SaveProblem
from app.storage.database import Database
from app.storage.database import open_database as open_without_hooks
from tests.failing_writes import disk_full, full_words, read_only_twin
from tests.meeting_room import Room, approve


@dataclass
class _PostgresError(Exception):
    """What psycopg raises: an error with its SQLSTATE."""

    sqlstate: str


def _wrapped(orig: BaseException) -> sa.OperationalError:
    return sa.OperationalError("INSERT …", {}, orig)


@pytest.mark.parametrize(
    ("error", "problem"),
    [
        (sqlite3.OperationalError("database or disk is full"), SaveProblem.DISK_FULL),
        (sqlite3.OperationalError("attempt to write a readonly database"), SaveProblem.READ_ONLY),
        (sqlite3.OperationalError("database is locked"), SaveProblem.DATABASE_LOCKED),
        (sqlite3.OperationalError("disk I/O error"), SaveProblem.DISK_ERROR),
        (sqlite3.OperationalError("unable to open database file"), SaveProblem.DISK_ERROR),
        (sqlite3.DatabaseError("database disk image is malformed"), SaveProblem.DAMAGED),
        (sqlite3.OperationalError("no such savepoint"), SaveProblem.OTHER),
        (_wrapped(sqlite3.OperationalError("database or disk is full")), SaveProblem.DISK_FULL),
        (_wrapped(_PostgresError("53100")), SaveProblem.DISK_FULL),
        (_wrapped(_PostgresError("25006")), SaveProblem.READ_ONLY),
        (_wrapped(_PostgresError("55P03")), SaveProblem.DATABASE_LOCKED),
        (_wrapped(_PostgresError("08006")), SaveProblem.CONNECTION_LOST),
        (_wrapped(_PostgresError("57P01")), SaveProblem.CONNECTION_LOST),
        (OSError(errno.ENOSPC, "No space left on device"), SaveProblem.DISK_FULL),
        (OSError(errno.EROFS, "Read-only file system"), SaveProblem.READ_ONLY),
        (PermissionError(errno.EACCES, "Permission denied"), SaveProblem.READ_ONLY),
        (OSError(errno.EIO, "Input/output error"), SaveProblem.DISK_ERROR),
    ],
)
def test_each_failure_gets_its_code(error: BaseException, problem: SaveProblem) -> None:
    assert save_problem_of(error) is problem


def test_a_lost_connection_is_known_by_sqlalchemy_itself() -> None:
    error = sa.OperationalError("SELECT 1", {}, Exception("server closed the connection"))
    error.connection_invalidated = True
    assert save_problem_of(error) is SaveProblem.CONNECTION_LOST


@pytest.mark.parametrize(
    "error",
    [
        sa.IntegrityError("INSERT …", {}, sqlite3.IntegrityError("UNIQUE constraint failed")),
        sa.ProgrammingError("SELECT …", {}, sqlite3.ProgrammingError("closed")),
        ValueError("a bug"),
        Invalid({}),
    ],
)
def test_a_bug_or_a_refusal_is_not_taken_for_a_full_disk(error: BaseException) -> None:
    """They are not "not saved because of the disk": a refusal says its own words and a
    bug reaches the error report with its traceback."""
    assert not_saved(error) is None


def _member_count(db: Database) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(Member)) or 0


def test_a_full_disk_refuses_the_write_with_not_saved_and_writes_nothing(db: Database) -> None:
    before = _member_count(db)
    form = MemberForm(family_name="斉藤", reading="さいとう")
    with disk_full(db), pytest.raises(NotSaved) as raised:
        member_editing.save(db, form)
    assert raised.value.reason is SaveProblem.DISK_FULL
    assert full_words(db) in raised.value.detail  # the driver's words, for the log
    assert isinstance(raised.value.__cause__, sa.OperationalError)  # kept for the log
    assert _member_count(db) == before
    member_editing.save(db, form)  # the cause gone, the same call saves
    assert _member_count(db) == before + 1


def test_a_read_only_database_file_refuses_with_read_only(db: Database, room: Room) -> None:
    twin = read_only_twin(db)
    try:
        assert capture.remarks(twin, room.item_ids[0]) == []  # reading still works
        remark = RemarkInput("発言", room.members["斉藤"], "", RemarkKind.OPINION)
        with pytest.raises(NotSaved) as raised:
            capture.add_remark(twin, room.item_ids[0], remark)
        assert raised.value.reason is SaveProblem.READ_ONLY
    finally:
        twin.close()
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Remark)) == 0


def test_refusals_of_the_services_pass_as_they_are(db: Database, room: Room) -> None:
    with pytest.raises(Invalid):
        member_editing.save(db, MemberForm())
    approve(db, room.meeting_id)
    remark = RemarkInput("発言", room.members["斉藤"], "", RemarkKind.OPINION)
    with pytest.raises(MeetingLocked):
        capture.add_remark(db, room.item_ids[0], remark)


def test_a_database_opened_without_the_services_keeps_the_drivers_error(
    sqlite_file: Path,
) -> None:
    """Storage knows nothing of NotSaved: only databases opened through the workspace
    translate (their session hooks say how)."""
    database = open_without_hooks(sqlite_file, daily_backup=False)
    try:
        with (
            disk_full(database),
            pytest.raises(sa.OperationalError),
            database.transaction() as session,
        ):
            session.add(Member(family_name="今", family_name_reading="こん"))
    finally:
        database.close()
