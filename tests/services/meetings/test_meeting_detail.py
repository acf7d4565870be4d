"""The meeting detail pane's read: the agenda in order and attendance counts."""

from __future__ import annotations

from datetime import date

from app.models import (
    MeetingGuest,
)
from app.models.enums import (
    AttendanceStatus,
    CorrespondenceDirection,
)
from app.services.correspondence import register
from app.services.correspondence.register import LetterInput
from app.services.meetings.detail import meeting_detail
from app.storage.database import Database
from tests.meeting_room import Room, attend


def test_a_meeting_shows_its_agenda_in_order_and_attendance_counts(
    db: Database, room: Room
) -> None:
    assert meeting_detail(db, room.meeting_id).attendance == ()  # type: ignore[union-attr]
    attend(db, room.meeting_id, room.members["斉藤"], AttendanceStatus.PRESENT)
    attend(db, room.meeting_id, room.members["髙橋"], AttendanceStatus.PRESENT)
    attend(db, room.meeting_id, room.members["今"], AttendanceStatus.ABSENT)
    with db.transaction() as session:
        session.add(MeetingGuest(meeting_id=room.meeting_id, name="来賓 一郎"))
    register.record(
        db,
        CorrespondenceDirection.OUTGOING,
        LetterInput(date(2022, 6, 20), "委員各位", "開催通知", meeting_id=room.meeting_id),
    )

    detail = meeting_detail(db, room.meeting_id)

    assert detail is not None
    assert [(item.label, item.title) for item in detail.agenda] == [
        ("①", "他地域企業団体との連携について"),
        ("②", "スマートナビについて"),
        ("③", "その他"),
    ]
    assert detail.attendance == ((AttendanceStatus.PRESENT, 2), (AttendanceStatus.ABSENT, 1))
    assert detail.guests == 1
    assert [letter.subject for letter in detail.letters] == ["開催通知"]
    assert meeting_detail(db, 999_999) is None
