"""A small meeting to capture into: a council, a body, members, a meeting with an agenda."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from app.models import AgendaItem, Attendance, Body, Council, Meeting, Member, Organization
from app.models.enums import AttendanceStatus, CouncilRole, MeetingStatus
from app.services.meetings import editing as meeting_editing
from app.storage.database import Database


@dataclass(frozen=True)
class Room:
    body_id: int
    meeting_id: int
    item_ids: list[int]
    members: dict[str, int]  # family name → id


MEMBERS = [
    ("斉藤", "さいとう", CouncilRole.CHAIR),
    ("髙橋", "たかはし", CouncilRole.MEMBER),
    ("今", "こん", CouncilRole.VICE_CHAIR),
    ("野口", "のぐち", CouncilRole.MEMBER),
    ("松村", "まつむら", CouncilRole.SECRETARIAT),
]


def make_meeting(db: Database, body_id: int, held_on: str, titles: list[str]) -> Meeting:
    from datetime import date

    with db.transaction() as session:
        meeting = Meeting(
            body_id=body_id,
            sequence_number=1,
            fiscal_year=2022,
            title=f"第1回 定例会 {held_on}",
            held_on=date.fromisoformat(held_on),
        )
        meeting.agenda_items = [
            AgendaItem(label="①②③"[n], title=title) for n, title in enumerate(titles)
        ]
        session.add(meeting)
    return meeting


@pytest.fixture
def room(db: Database) -> Room:
    return make_room(db)


def make_room(db: Database) -> Room:
    """The room in any database (the fixture builds it in the test's database)."""
    with db.transaction() as session:
        session.add(Council(name="綾瀬イノベーション推進委員会", short_name="綾イノ"))
        body = Body(name="定例会")
        organization = Organization(name="綾瀬精工株式会社", reading="あやせせいこう")
        members = [
            Member(
                family_name=name,
                given_name="太郎",
                family_name_reading=reading,
                given_name_reading="たろう",
                council_role=role,
                organization=organization,
            )
            for name, reading, role in MEMBERS
        ]
        session.add_all([body, *members])
    meeting = make_meeting(
        db,
        body.id,
        "2022-07-04",
        ["他地域企業団体との連携について", "スマートナビについて", "その他"],
    )
    return Room(
        body_id=body.id,
        meeting_id=meeting.id,
        item_ids=[item.id for item in meeting.agenda_items],
        members={member.family_name: member.id for member in members},
    )


def advance(db: Database, meeting_id: int) -> MeetingStatus:
    """One status step, as a user who sees the meeting as it is now."""
    version = meeting_editing.load_form(db, meeting_id).version or 0
    return meeting_editing.advance_status(db, meeting_id, version=version)


def approve(db: Database, meeting_id: int) -> None:
    """Advance the meeting's status until it is approved (承認済: locked)."""
    while advance(db, meeting_id) is not MeetingStatus.APPROVED:
        pass


def reopen(db: Database, meeting_id: int, reason: str) -> None:
    """Unlock the approved meeting, as a user who sees it as it is now."""
    version = meeting_editing.load_form(db, meeting_id).version or 0
    meeting_editing.reopen(db, meeting_id, reason, version=version)


def attend(db: Database, meeting_id: int, member_id: int, status: AttendanceStatus) -> None:
    """Record ``status`` for the member directly (the detail reads' fixtures)."""
    with db.transaction() as session:
        session.add(Attendance(meeting_id=meeting_id, member_id=member_id, status=status))
