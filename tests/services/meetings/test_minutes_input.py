"""What the minutes are made of: each remark placed and credited as it was spoken."""

from __future__ import annotations

from datetime import UTC, date, datetime

from app.documents.inputs import MinutesStyle, RemarkPart
from app.models import Attendance, Body, Council, MeetingGuest, Remark
from app.models.enums import AttendanceStatus, AttendeeOrder, GuestCategory, RemarkKind
from app.models.enums import MinutesStyle as BodyMinutesStyle
from app.services.capture import remarks as capture
from app.services.capture.rows import RemarkInput
from app.services.meetings.minutes import minutes_input
from app.storage.database import Database
from tests.meeting_room import Room
from tests.shared_prefixes import EXPECTED_NAMES, add_shared_prefix_members

NOON = datetime(2022, 7, 4, 3, 0, tzinfo=UTC)


def _say(db: Database, room: Room, who: str | None, kind: RemarkKind, text: str) -> int:
    """``who``: a member's family name, or None for the guest 山田 一郎."""
    remark = RemarkInput(text, room.members[who] if who else None, "" if who else "山田 一郎", kind)
    return capture.add_remark(db, room.item_ids[0], remark).id


def test_remarks_are_placed_and_credited_as_spoken(db: Database, room: Room) -> None:
    with db.transaction() as session:
        session.add(
            Attendance(
                meeting_id=room.meeting_id,
                member_id=room.members["野口"],
                status=AttendanceStatus.PROXY,
                proxy_name="野口 次郎",
            )
        )
        session.add(
            MeetingGuest(meeting_id=room.meeting_id, name="山田 一郎", category=GuestCategory.GUEST)
        )
    _say(db, room, "斉藤", RemarkKind.PROCEDURE, "それでは説明をお願いします。")
    _say(db, room, "松村", RemarkKind.EXPLANATION, "連携の概要を説明する。")
    first = _say(db, room, "髙橋", RemarkKind.QUESTION, "訪問はいつか。")
    _say(db, room, "野口", RemarkKind.QUESTION, "費用は誰が持つか。")
    late = _say(db, room, "松村", RemarkKind.ANSWER, "7月末の予定。")
    _say(db, room, None, RemarkKind.OPINION, "歓迎したい。")
    with db.transaction() as session:  # re-paired by the clerk: it answers the first question
        session.get_one(Remark, late).answers_remark_id = first
    lines = minutes_input(db, room.meeting_id).items[0].remarks
    assert [(line.speaker, line.side, line.part, line.answers) for line in lines] == [
        ("斉藤委員長", "委員長", RemarkPart.PROCEDURE, None),
        ("事務局（松村）", "事務局", RemarkPart.EXPLANATION, None),
        ("髙橋委員", "委員", RemarkPart.QUESTION, None),
        ("野口 次郎（野口委員代理）", "委員", RemarkPart.QUESTION, None),
        ("事務局（松村）", "事務局", RemarkPart.ANSWER, 2),
        ("来賓 山田 一郎", "来賓", RemarkPart.OPINION, None),
    ]


def test_an_answer_pairs_with_the_nearest_question_before_it(db: Database, room: Room) -> None:
    _say(db, room, "髙橋", RemarkKind.QUESTION, "一つ目の質問か。")
    _say(db, room, "野口", RemarkKind.QUESTION, "二つ目の質問か。")
    _say(db, room, "松村", RemarkKind.ANSWER, "二つ目への回答。")
    lines = minutes_input(db, room.meeting_id).items[0].remarks
    assert lines[2].answers == 1


def test_a_remark_without_a_speaker_is_a_point(db: Database, room: Room) -> None:
    with db.transaction() as session:
        session.add(
            Remark(
                agenda_item_id=room.item_ids[1],
                position=0,
                kind=RemarkKind.REPORT,
                text="委員会アカウントを作成する",
                speaker_name="",
                captured_at=NOON,
            )
        )
    lines = minutes_input(db, room.meeting_id).items[1].remarks
    assert [(line.speaker, line.part) for line in lines] == [("", RemarkPart.POINT)]


def test_nothing_unknown_is_a_fact(db: Database, room: Room) -> None:
    data = minutes_input(db, room.meeting_id)
    assert not data.attendance_taken and data.absent == () and data.place == ""


def test_the_councils_order_and_the_bodys_style_come_with_the_input(
    db: Database, room: Room
) -> None:
    with db.transaction() as session:
        for name in ("髙橋", "斉藤", "今"):  # recorded in this order
            session.add(Attendance(meeting_id=room.meeting_id, member_id=room.members[name]))
    by_role = minutes_input(db, room.meeting_id)
    assert [p.name for p in by_role.members] == ["斉藤", "今", "髙橋"]  # 委員長, 副委員長, 委員
    with db.transaction() as session:
        session.get_one(Council, 1).attendee_order = AttendeeOrder.AS_ENTERED
        session.get_one(Body, room.body_id).minutes_style = BodyMinutesStyle.VERBATIM
    as_entered = minutes_input(db, room.meeting_id)
    assert [p.name for p in as_entered.members] == ["髙橋", "斉藤", "今"]
    assert as_entered.style is MinutesStyle.VERBATIM and by_role.attendance_taken
    assert as_entered.title_format == "{date} {council} {meeting} 議事録"
    assert date(2022, 7, 4) == as_entered.held_on


def test_minutes_list_attendees_of_shared_family_name_prefixes_family_reading_first(
    db: Database, room: Room
) -> None:
    ids = add_shared_prefix_members(db)
    with db.transaction() as session:
        for member_id in ids.values():  # recorded in shuffled order
            session.add(Attendance(meeting_id=room.meeting_id, member_id=member_id))
    families = [p.name.split()[0] for p in minutes_input(db, room.meeting_id).members]
    assert families == [name.split()[0] for name in EXPECTED_NAMES]
