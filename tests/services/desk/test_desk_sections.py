"""The home tab's reads, on a fixed day: what each section lists, in which order, and
what each meeting still lacks."""

from __future__ import annotations

from datetime import date, timedelta

from app.models.enums import CorrespondenceDirection, ResponseStatus
from app.services.capture import remarks
from app.services.capture.rows import Draft
from app.services.codes import AttendanceStatus, MeetingStatus
from app.services.desk import drafts, followups, meetings, records
from app.services.desk.rows import Lack
from app.services.meetings import attendance
from app.storage.database import Database
from tests.desk_day import TODAY, Desk
from tests.meeting_room import approve


def test_meetings_ahead_come_nearest_first_then_held_ones_not_approved(
    db: Database, desk: Desk
) -> None:
    section = meetings.meetings_to_prepare(db, TODAY)
    ids = [row.id for row in section.rows]
    # from today on, nearest first; then the held meeting of 2022 whose minutes wait
    assert ids == [desk.today_meeting, desk.next_meeting, desk.ready_meeting, desk.room.meeting_id]
    assert section.total == 4
    lacks = {row.id: row.lacks for row in section.rows}
    assert lacks[desk.today_meeting] == (Lack.NOTICE, Lack.ATTENDANCE)
    assert lacks[desk.next_meeting] == (Lack.AGENDA,)  # its notice was issued
    assert lacks[desk.ready_meeting] == ()
    assert lacks[desk.room.meeting_id] == (Lack.ATTENDANCE, Lack.APPROVAL)


def test_attendance_taken_and_approval_take_a_meeting_off_its_lacks(
    db: Database, desk: Desk
) -> None:
    member = desk.room.members["髙橋"]
    attendance.set_status(db, desk.room.meeting_id, member, AttendanceStatus.PRESENT, version=0)
    row = meetings.meetings_to_prepare(db, TODAY).rows[-1]
    assert (row.id, row.lacks) == (desk.room.meeting_id, (Lack.APPROVAL,))
    approve(db, desk.room.meeting_id)
    ids = [row.id for row in meetings.meetings_to_prepare(db, TODAY).rows]
    assert desk.room.meeting_id not in ids and desk.approved_meeting not in ids


def test_a_section_shows_its_first_lines_and_counts_them_all(db: Database, desk: Desk) -> None:
    section = meetings.meetings_to_prepare(db, TODAY, limit=2)
    assert [row.id for row in section.rows] == [desk.today_meeting, desk.next_meeting]
    assert section.total == 4


def test_action_items_due_within_a_week_or_overdue_overdue_first(db: Database, desk: Desk) -> None:
    section = followups.actions_due(db, TODAY)
    assert [row.id for row in section.rows] == [desk.overdue_action, desk.soon_action]
    overdue, soon = section.rows
    assert (overdue.overdue, overdue.owner, overdue.due_on) == (True, "斉藤 太郎", date(2025, 6, 1))
    assert (soon.overdue, soon.owner) == (False, "事務局")
    assert overdue.meeting_id == desk.today_meeting and overdue.source_title == "第3回 定例会"
    assert section.total == 2  # the one due at the end of July is not due yet


def test_letters_awaiting_a_reply_earliest_reply_by_first(db: Database, desk: Desk) -> None:
    section = records.letters_awaiting_reply(db, TODAY)
    assert [row.id for row in section.rows] == [desk.incoming_letter, desk.outgoing_letter]
    incoming, outgoing = section.rows
    assert (incoming.direction, incoming.overdue) == (CorrespondenceDirection.INCOMING, True)
    assert incoming.counterparty == "北浜市工業会"
    assert (outgoing.direction, outgoing.overdue) == (CorrespondenceDirection.OUTGOING, False)


def test_remarks_awaiting_a_response_leave_out_answered_and_questions(
    db: Database, desk: Desk
) -> None:
    section = followups.remarks_awaiting_response(db)
    assert [row.uuid for row in section.rows] == [desk.pending_remark]
    row = section.rows[0]
    assert (row.speaker, row.meeting_id, row.status) == (
        "斉藤 太郎",
        desk.today_meeting,
        ResponseStatus.PENDING,
    )
    from app.services.meetings import responses

    shown = next(r.remark for r in responses.ledger(db) if r.remark.uuid == desk.pending_remark)
    responses.set_response(db, shown, ResponseStatus.DONE, "比較表を作成した。")
    assert followups.remarks_awaiting_response(db).total == 0


def test_terms_ending_within_three_months_or_ended(db: Database, desk: Desk) -> None:
    section = records.terms_ending(db, TODAY)
    assert [(row.member_id, row.ended) for row in section.rows] == [
        (desk.ended_member, True),
        (desk.ending_member, False),
    ]
    assert section.rows[0].organization == "北浜精機株式会社"


def test_visits_ahead_leave_out_the_past(db: Database, desk: Desk) -> None:
    section = records.upcoming_visits(db, TODAY)
    assert [row.id for row in section.rows] == [desk.visit]
    assert section.rows[0].region == "西ケ丘市"


def test_a_draft_with_text_is_a_capture_in_progress(db: Database, desk: Desk) -> None:
    assert drafts.captures_in_progress(db) == ()
    chair = desk.room.members["斉藤"]
    remarks.save_draft(db, desk.today_meeting, Draft("", desk.item, chair))
    assert drafts.captures_in_progress(db) == ()  # nothing typed yet
    remarks.save_draft(db, desk.today_meeting, Draft("会場は駅前の", desk.item, chair))
    (capture,) = drafts.captures_in_progress(db)
    assert (capture.meeting_id, capture.speaker, capture.text) == (
        desk.today_meeting,
        "斉藤 太郎",
        "会場は駅前の",
    )


def test_an_empty_database_has_nothing_to_do(db: Database) -> None:
    today = date(2025, 6, 10)
    for section in (
        meetings.meetings_to_prepare(db, today),
        followups.actions_due(db, today),
        followups.remarks_awaiting_response(db),
        records.letters_awaiting_reply(db, today),
        records.terms_ending(db, today),
        records.upcoming_visits(db, today),
    ):
        assert (section.rows, section.total) == ((), 0)
    assert drafts.captures_in_progress(db) == ()


def test_a_meeting_more_than_three_weeks_off_lacks_no_notice_or_agenda_yet() -> None:
    far = TODAY + meetings.PREPARE_WITHIN + timedelta(days=1)
    near = TODAY + meetings.PREPARE_WITHIN
    planned = MeetingStatus.PLANNED
    assert meetings.lacks(TODAY, far, planned, False, False, False) == ()
    assert meetings.lacks(TODAY, near, planned, False, False, False) == (Lack.NOTICE, Lack.AGENDA)
