"""Two people take the roll call, or edit the other attendees, of the same meeting: the
second change to the same member (or attendee) is refused with both versions."""

from __future__ import annotations

import pytest
from sqlalchemy import event
from sqlalchemy.orm import Session

from app.models.enums import AttendanceStatus, GuestCategory
from app.services.meetings import attendance
from app.services.problems import EditConflict, Record
from tests.meeting_room import Room
from tests.two_users import Users, b_saves_inside_a_write, postgres_only


def _status(users: Users, room: Room, name: str) -> AttendanceStatus | None:
    grid = attendance.grid(users.b, room.meeting_id)
    return next(e.status for e in grid if e.member_id == room.members[name])


def _shown(users: Users, room: Room, name: str) -> attendance.AttendanceEntry:
    grid = attendance.grid(users.a, room.meeting_id)
    return next(e for e in grid if e.member_id == room.members[name])


def test_two_roll_calls_of_the_same_member_are_a_conflict(users: Users, room: Room) -> None:
    a_sees = _shown(users, room, "今")  # nothing recorded yet: version 0
    attendance.set_status(
        users.b, room.meeting_id, a_sees.member_id, AttendanceStatus.ABSENT, version=0
    )
    with pytest.raises(EditConflict) as conflict:
        attendance.set_status(
            users.a, room.meeting_id, a_sees.member_id, AttendanceStatus.PRESENT, version=0
        )
    assert conflict.value.record is Record.ATTENDANCE
    assert conflict.value.theirs.status is AttendanceStatus.ABSENT
    assert conflict.value.mine.status is AttendanceStatus.PRESENT
    assert _status(users, room, "今") is AttendanceStatus.ABSENT
    attendance.set_status(
        users.a,
        room.meeting_id,
        a_sees.member_id,
        AttendanceStatus.PRESENT,
        version=conflict.value.theirs.version,
    )
    assert _status(users, room, "今") is AttendanceStatus.PRESENT


def test_changing_or_clearing_a_record_changed_since_is_a_conflict(
    users: Users, room: Room
) -> None:
    member = room.members["野口"]
    recorded = attendance.set_status(
        users.a, room.meeting_id, member, AttendanceStatus.PRESENT, version=0
    )
    attendance.set_status(
        users.b, room.meeting_id, member, None, version=recorded.version
    )  # B clears it
    with pytest.raises(EditConflict) as cleared:
        attendance.set_status(
            users.a, room.meeting_id, member, AttendanceStatus.LATE, version=recorded.version
        )
    assert cleared.value.theirs.status is None and cleared.value.theirs.version == 0
    assert _status(users, room, "野口") is None


def test_removing_an_attendee_removed_since_is_a_conflict(users: Users, room: Room) -> None:
    attendance.add_guest(users.a, room.meeting_id, "山田 一郎", "綾瀬市", GuestCategory.GUEST)
    [a_sees] = attendance.guests(users.a, room.meeting_id)
    attendance.remove_guest(users.b, a_sees)
    with pytest.raises(EditConflict) as conflict:
        attendance.remove_guest(users.a, a_sees)
    assert conflict.value.record is Record.GUEST and conflict.value.theirs is None
    assert attendance.guests(users.a, room.meeting_id) == []


@postgres_only
def test_roll_calls_at_the_same_moment_give_a_conflict(
    users: Users, room: Room, monkeypatch: pytest.MonkeyPatch
) -> None:
    member = room.members["髙橋"]
    recorded = attendance.set_status(
        users.a, room.meeting_id, member, AttendanceStatus.PRESENT, version=0
    )
    b_saves_inside_a_write(
        monkeypatch,
        attendance,
        lambda: attendance.set_status(
            users.b, room.meeting_id, member, AttendanceStatus.ONLINE, version=recorded.version
        ),
    )
    with pytest.raises(EditConflict):
        attendance.set_status(
            users.a, room.meeting_id, member, AttendanceStatus.LATE, version=recorded.version
        )
    assert _status(users, room, "髙橋") is AttendanceStatus.ONLINE


@postgres_only
def test_first_records_at_the_same_moment_give_a_conflict(users: Users, room: Room) -> None:
    """Neither saw a record: B's insert lands just before A's (at A's flush), and the
    unique (meeting, member) refuses A's."""
    member = room.members["斉藤"]
    started: list[bool] = []

    def b_records_first(_session: Session, _context: object, _instances: object) -> None:
        if not started:
            started.append(True)
            attendance.set_status(
                users.b, room.meeting_id, member, AttendanceStatus.ABSENT, version=0
            )

    event.listen(Session, "before_flush", b_records_first)
    try:
        with pytest.raises(EditConflict) as conflict:
            attendance.set_status(
                users.a, room.meeting_id, member, AttendanceStatus.PRESENT, version=0
            )
    finally:
        event.remove(Session, "before_flush", b_records_first)
    assert started and conflict.value.theirs.status is AttendanceStatus.ABSENT
    assert _status(users, room, "斉藤") is AttendanceStatus.ABSENT
