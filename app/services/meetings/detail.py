"""One meeting as the meetings list's detail pane shows it: the agenda in order, the
attendance counts and the documents issued for it (one short read, for the selected row)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from sqlalchemy import func, select

from app.models import AgendaItem, Attendance, Body, Meeting, MeetingGuest, Member
from app.models.enums import AgendaKind, AttendanceStatus, MeetingStatus
from app.services.correspondence.detail import LinkedLetter, linked_letters
from app.storage.database import Database


@dataclass(frozen=True, slots=True)
class AgendaLine:
    label: str
    title: str
    kind: AgendaKind
    result: str


@dataclass(frozen=True, slots=True)
class MeetingDetail:
    id: int
    body_name: str
    sequence_number: int
    title: str
    held_on: date
    start_time: time | None
    end_time: time | None
    place: str
    status: MeetingStatus
    chair: str
    recorder: str
    agenda: tuple[AgendaLine, ...]  # in order
    attendance: tuple[tuple[AttendanceStatus, int], ...]  # in the codes' order; none: 未記入
    guests: int  # non-member attendees (事務局, 来賓 …)
    letters: tuple[LinkedLetter, ...]


def meeting_detail(db: Database, meeting_id: int) -> MeetingDetail | None:
    """The meeting's details, or None when it no longer exists."""
    with db.session() as session:
        found = session.execute(
            select(Meeting, Body.name)
            .join(Body, Meeting.body_id == Body.id)
            .where(Meeting.id == meeting_id)
        ).first()
        if found is None:
            return None
        meeting, body_name = found
        chair = session.get(Member, meeting.chair_id) if meeting.chair_id is not None else None
        agenda = session.execute(
            select(AgendaItem.label, AgendaItem.title, AgendaItem.kind, AgendaItem.result)
            .where(AgendaItem.meeting_id == meeting_id)
            .order_by(AgendaItem.position, AgendaItem.id)
        ).all()
        counts = dict(
            session.execute(
                select(Attendance.status, func.count())
                .where(Attendance.meeting_id == meeting_id)
                .group_by(Attendance.status)
            ).all()
        )
        guests = session.scalar(
            select(func.count(MeetingGuest.id)).where(MeetingGuest.meeting_id == meeting_id)
        )
        return MeetingDetail(
            id=meeting.id,
            body_name=body_name,
            sequence_number=meeting.sequence_number,
            title=meeting.title,
            held_on=meeting.held_on,
            start_time=meeting.start_time,
            end_time=meeting.end_time,
            place=meeting.place,
            status=meeting.status,
            chair=chair.full_name if chair else "",
            recorder=meeting.recorder_name,
            agenda=tuple(AgendaLine(*row) for row in agenda),
            attendance=tuple(
                (status, counts[status]) for status in AttendanceStatus if counts.get(status)
            ),
            guests=guests or 0,
            letters=linked_letters(session, meeting_id=meeting_id),
        )
