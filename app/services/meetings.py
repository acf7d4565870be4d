"""Meetings: listing (the meeting editor and capture come with the meetings work)."""

from __future__ import annotations

from sqlalchemy import func, select

from app.japanese.wareki import format_fiscal_year
from app.models import Attendance, Body, Meeting
from app.models.enums import AttendanceStatus
from app.services.rows import MeetingRow
from app.storage.database import Database

ATTENDING = (
    AttendanceStatus.PRESENT,
    AttendanceStatus.PROXY,
    AttendanceStatus.ONLINE,
    AttendanceStatus.LATE,
    AttendanceStatus.LEFT_EARLY,
)


def list_meetings(db: Database) -> list[MeetingRow]:
    """All meetings, newest first, with the number of members who attended."""
    present = (
        select(Attendance.meeting_id, func.count().label("present"))
        .where(Attendance.status.in_(ATTENDING))
        .group_by(Attendance.meeting_id)
        .subquery()
    )
    query = (
        select(Meeting, Body.name, func.coalesce(present.c.present, 0))
        .join(Body, Meeting.body_id == Body.id)
        .outerjoin(present, present.c.meeting_id == Meeting.id)
        .order_by(Meeting.held_on.desc(), Meeting.start_time.desc(), Meeting.id.desc())
    )
    with db.session() as session:
        return [
            MeetingRow(
                id=meeting.id,
                uuid=meeting.uuid,
                body_name=body_name,
                sequence_number=meeting.sequence_number,
                title=meeting.title,
                held_on=meeting.held_on,
                start_time=meeting.start_time,
                end_time=meeting.end_time,
                place=meeting.place,
                status=meeting.status,
                fiscal_year=meeting.fiscal_year,
                fiscal_year_label=format_fiscal_year(meeting.fiscal_year),
                present_count=int(count),
            )
            for meeting, body_name, count in session.execute(query)
        ]
