"""Meetings: listing (the meeting editor and capture come with the meetings work)."""

from __future__ import annotations

from sqlalchemy import func, select

from app.japanese.wareki import format_fiscal_year
from app.models import Attendance, Body, Meeting
from app.models.enums import AttendanceStatus
from app.services.meetings.rows import MeetingRow
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
        select(
            Meeting.id,
            Meeting.uuid,
            Body.name.label("body_name"),
            Meeting.sequence_number,
            Meeting.title,
            Meeting.held_on,
            Meeting.start_time,
            Meeting.end_time,
            Meeting.place,
            Meeting.status,
            Meeting.fiscal_year,
            func.coalesce(present.c.present, 0).label("present_count"),
            Meeting.version,
        )
        .join(Body, Meeting.body_id == Body.id)
        .outerjoin(present, present.c.meeting_id == Meeting.id)
        .order_by(  # as the list's date column sorts (the tab keeps this order)
            Meeting.held_on.desc(), Meeting.start_time.desc().nulls_last(), Meeting.id.desc()
        )
    )
    with db.session() as session:  # columns straight into the rows, no ORM objects
        rows = session.execute(query).mappings().all()
    labels = {year: format_fiscal_year(year) for year in {row["fiscal_year"] for row in rows}}
    return [MeetingRow(**row, fiscal_year_label=labels[row["fiscal_year"]]) for row in rows]
