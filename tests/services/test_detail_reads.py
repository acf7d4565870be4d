"""The detail panes' reads: one record, with what the list does not show."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from app.models import (
    ActionItem,
    Attendance,
    ItineraryItem,
    MeetingGuest,
    Organization,
    Remark,
    Visit,
    VisitOrganization,
    VisitParticipant,
)
from app.models.enums import (
    ActionStatus,
    AttendanceStatus,
    CorrespondenceDirection,
    RemarkKind,
    VisitOrganizationRole,
)
from app.services.correspondence import attachments, register
from app.services.correspondence.detail import letter_detail
from app.services.correspondence.register import LetterInput
from app.services.meetings.detail import meeting_detail
from app.services.members.detail import member_detail, shorten
from app.services.visits.detail import visit_detail
from app.storage.database import Database
from tests.meeting_room import Room, make_meeting


def _attend(db: Database, meeting_id: int, member_id: int, status: AttendanceStatus) -> None:
    with db.transaction() as session:
        session.add(Attendance(meeting_id=meeting_id, member_id=member_id, status=status))


def test_a_member_shows_the_meetings_attended_and_remarks_recent_first(
    db: Database, room: Room
) -> None:
    saito = room.members["斉藤"]
    later = make_meeting(db, room.body_id, "2022-09-05", ["予算について"])
    missed = make_meeting(db, room.body_id, "2022-10-03", [])
    _attend(db, room.meeting_id, saito, AttendanceStatus.PRESENT)
    _attend(db, later.id, saito, AttendanceStatus.ONLINE)
    _attend(db, missed.id, saito, AttendanceStatus.ABSENT)
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


def test_a_meeting_shows_its_agenda_in_order_and_attendance_counts(
    db: Database, room: Room
) -> None:
    assert meeting_detail(db, room.meeting_id).attendance == ()  # type: ignore[union-attr]
    _attend(db, room.meeting_id, room.members["斉藤"], AttendanceStatus.PRESENT)
    _attend(db, room.meeting_id, room.members["髙橋"], AttendanceStatus.PRESENT)
    _attend(db, room.meeting_id, room.members["今"], AttendanceStatus.ABSENT)
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


def test_a_visit_shows_its_itinerary_participants_and_organizations(
    db: Database, room: Room
) -> None:
    with db.transaction() as session:
        host = Organization(name="北浜市", reading="きたはまし")
        visit = Visit(title="北浜視察", fiscal_year=2022, start_on=date(2022, 7, 24))
        visit.organizations = [
            VisitOrganization(organization=host, role=VisitOrganizationRole.DESTINATION)
        ]
        visit.itinerary = [
            ItineraryItem(time_text="10:00", place="工場", content="見学"),
            ItineraryItem(time_text="13:00", place="市役所", content="意見交換"),
        ]
        visit.participants = [
            VisitParticipant(member_id=room.members["野口"]),
            VisitParticipant(name="事務局 花子", affiliation="綾瀬市"),
        ]
        session.add(visit)
    detail = visit_detail(db, visit.id)
    assert detail is not None
    assert [line.content for line in detail.itinerary] == ["見学", "意見交換"]
    assert detail.participants == ("野口 太郎（綾瀬精工株式会社）", "事務局 花子（綾瀬市）")
    assert detail.destinations == ("北浜市",)
    assert visit_detail(db, 999_999) is None


def test_a_letter_shows_its_details_and_attachments(
    db: Database, room: Room, tmp_path: Path
) -> None:
    registered = register.record(
        db,
        CorrespondenceDirection.INCOMING,
        LetterInput(
            date(2022, 6, 1), "北浜市", "視察の依頼", summary="7月に", meeting_id=room.meeting_id
        ),
    )
    source = tmp_path / "依頼文.pdf"
    source.write_bytes(b"%PDF-1.4")
    attachments.add(db, registered.id, source)
    detail = letter_detail(db, registered.id)
    assert detail is not None
    assert (detail.counterparty, detail.summary) == ("北浜市", "7月に")
    assert detail.related == "第1回 定例会 2022-07-04"
    assert [a.original_name for a in detail.attachments] == ["依頼文.pdf"]
    assert letter_detail(db, 999_999) is None
