"""The member detail pane's read: meetings attended, remarks, open 宿題."""

from __future__ import annotations

from datetime import UTC, date, datetime

from app.models import (
    ActionItem,
    Remark,
)
from app.models.enums import (
    ActionStatus,
    AttendanceStatus,
    RemarkKind,
)
from app.services.members.detail import member_detail, shorten
from app.storage.database import Database
from tests.meeting_room import Room, attend, make_meeting


def test_a_member_shows_the_meetings_attended_and_remarks_recent_first(
    db: Database, room: Room
) -> None:
    saito = room.members["斉藤"]
    later = make_meeting(db, room.body_id, "2022-09-05", ["予算について"])
    missed = make_meeting(db, room.body_id, "2022-10-03", [])
    attend(db, room.meeting_id, saito, AttendanceStatus.PRESENT)
    attend(db, later.id, saito, AttendanceStatus.ONLINE)
    attend(db, missed.id, saito, AttendanceStatus.ABSENT)
    with db.transaction() as session:
        session.add_all(
            [
                Remark(
                    agenda_item_id=room.item_ids[0],
                    speaker_member_id=saito,
                    text="古い意見",
                    captured_at=datetime(2022, 7, 4, 10, tzinfo=UTC),
                ),
                Remark(
                    agenda_item_id=later.agenda_items[0].id,
                    speaker_member_id=saito,
                    kind=RemarkKind.QUESTION,
                    text="新しい質問 " * 40,
                    captured_at=datetime(2022, 9, 5, 10, tzinfo=UTC),
                ),
                ActionItem(
                    agenda_item_id=room.item_ids[0],
                    text="資料を送る",
                    owner_member_id=saito,
                    due_on=date(2022, 8, 1),
                ),
                ActionItem(
                    agenda_item_id=room.item_ids[0],
                    text="済んだ宿題",
                    owner_member_id=saito,
                    status=ActionStatus.DONE,
                ),
            ]
        )

    detail = member_detail(db, saito)

    assert detail is not None
    assert detail.organization == "綾瀬精工株式会社"
    assert [m.held_on for m in detail.meetings] == [date(2022, 9, 5), date(2022, 7, 4)]
    assert detail.meetings[0].status is AttendanceStatus.ONLINE
    assert detail.meetings_total == 2  # the absence is not an attendance
    assert [r.kind for r in detail.remarks] == [RemarkKind.QUESTION, RemarkKind.OPINION]
    assert detail.remarks[0].text.endswith("…") and len(detail.remarks[0].text) == 120
    assert detail.remarks[0].where == "第1回 定例会 2022-09-05　予算について"
    assert [a.text for a in detail.actions] == ["資料を送る"]
    assert member_detail(db, 999_999) is None


def test_shorten_keeps_a_short_remark_and_folds_its_lines() -> None:
    assert shorten("一行目\n二行目") == "一行目 二行目"
