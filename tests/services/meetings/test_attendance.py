from datetime import time

import pytest

from app.models.enums import AttendanceStatus, GuestCategory
from app.services.meetings import attendance
from app.services.problems import Invalid, Problem
from app.storage.database import Database
from tests.meeting_room import Room
from tests.shared_prefixes import EXPECTED_NAMES, add_shared_prefix_members, in_list_order


def test_grid_lists_every_active_member_chair_first(db: Database, room: Room) -> None:
    entries = attendance.grid(db, room.meeting_id)
    assert [e.name.split()[0] for e in entries] == ["斉藤", "今", "髙橋", "野口", "松村"]
    assert all(e.status is None for e in entries)


def test_statuses_proxy_times_and_counts(db: Database, room: Room) -> None:
    m = room.members
    present = attendance.set_status(
        db, room.meeting_id, m["斉藤"], AttendanceStatus.PRESENT, version=0
    )
    assert (present.status, present.version) == (AttendanceStatus.PRESENT, 1)
    attendance.set_status(
        db, room.meeting_id, m["髙橋"], AttendanceStatus.PROXY, version=0, proxy_name="髙橋 花子"
    )
    attendance.set_status(
        db,
        room.meeting_id,
        m["今"],
        AttendanceStatus.LATE,
        version=0,
        at=time(19, 20),
        proxy_name="x",
    )
    absent = attendance.set_status(
        db, room.meeting_id, m["野口"], AttendanceStatus.ABSENT, version=0, absence_notified=True
    )
    by_name = {e.name.split()[0]: e for e in attendance.grid(db, room.meeting_id)}
    assert by_name["髙橋"].proxy_name == "髙橋 花子"
    assert (by_name["今"].time_note, by_name["今"].proxy_name) == ("19:20", "")
    assert by_name["野口"].absence_notified
    assert attendance.counts(list(by_name.values())) == (3, 1)
    attendance.set_status(db, room.meeting_id, m["野口"], None, version=absent.version)
    assert attendance.counts(attendance.grid(db, room.meeting_id)) == (3, 0)


def test_speakers_are_the_members_in_the_room_then_the_guests(db: Database, room: Room) -> None:
    names = [s.name for s in attendance.speakers(db, room.meeting_id)]
    assert names == [
        "斉藤 太郎",
        "今 太郎",
        "髙橋 太郎",
        "野口 太郎",
    ]  # 事務局 is not a member speaker
    members = room.members
    attendance.set_status(db, room.meeting_id, members["今"], AttendanceStatus.ONLINE, version=0)
    attendance.set_status(db, room.meeting_id, members["野口"], AttendanceStatus.ABSENT, version=0)
    attendance.add_guest(db, room.meeting_id, "山田 一郎", "綾瀬市", GuestCategory.GUEST)
    speakers = attendance.speakers(db, room.meeting_id)
    assert [s.name for s in speakers] == ["今 太郎", "山田 一郎"]
    assert speakers[1].member_id is None and speakers[1].role is GuestCategory.GUEST
    attendance.remove_guest(db, attendance.guests(db, room.meeting_id)[0])
    assert attendance.guests(db, room.meeting_id) == []


def test_a_guest_without_a_name_is_refused(db: Database, room: Room) -> None:
    with pytest.raises(Invalid) as refused:
        attendance.add_guest(db, room.meeting_id, " ", "綾瀬市", GuestCategory.GUEST)
    assert refused.value.problems == {"name": Problem.MISSING_NAME}
    assert attendance.guests(db, room.meeting_id) == []


def test_a_past_meetings_lists_omit_a_member_who_joined_later(db: Database, room: Room) -> None:
    from datetime import date

    from app.models import Member

    with db.transaction() as session:
        session.add(
            Member(
                family_name="新人",
                given_name="花子",
                family_name_reading="しんじん",
                given_name_reading="はなこ",
                joined_on=date(2023, 4, 1),  # the meeting was on 2022-07-04
            )
        )
        session.get_one(Member, room.members["野口"]).left_on = date(2022, 6, 30)
    names = [entry.name for entry in attendance.grid(db, room.meeting_id)]
    assert "新人 花子" not in names and "野口 太郎" not in names
    assert "斉藤 太郎" in names


def test_grid_lists_shared_family_name_prefixes_family_reading_first(
    db: Database, room: Room
) -> None:
    add_shared_prefix_members(db)
    names = [e.name for e in attendance.grid(db, room.meeting_id)]
    assert in_list_order(names) == EXPECTED_NAMES
