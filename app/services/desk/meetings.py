"""The next meetings, and the held ones whose minutes are not approved, each with what
it still lacks: 開催通知, 議題, 出欠, 議事録の承認."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from sqlalchemy import case, exists, or_, select

from app.models import AgendaItem, Attendance, Body, Correspondence, Meeting
from app.models.enums import CorrespondenceDirection, CorrespondenceStatus, MeetingStatus
from app.services.desk.reading import read_section
from app.services.desk.rows import SECTION_LIMIT, Lack, MeetingToPrepare, Section
from app.storage.database import Database

NOTICE_KIND = "notice"  # the document kind a 開催通知 is registered under
# A 開催通知 goes out about two weeks before the meeting, with its 議題: a meeting further
# off lacks nothing yet (home would otherwise flag every meeting of the year).
PREPARE_WITHIN = timedelta(days=21)


def meetings_to_prepare(
    db: Database, today: date, *, limit: int = SECTION_LIMIT
) -> Section[MeetingToPrepare]:
    """Meetings from today on (nearest first), then held meetings not yet approved
    (latest first), each with its lacks."""
    has_agenda = exists().where(AgendaItem.meeting_id == Meeting.id)
    has_attendance = exists().where(Attendance.meeting_id == Meeting.id)
    has_notice = exists().where(
        Correspondence.meeting_id == Meeting.id,
        Correspondence.direction == CorrespondenceDirection.OUTGOING,
        Correspondence.document_kind == NOTICE_KIND,
        Correspondence.status != CorrespondenceStatus.VOID,
    )
    upcoming = Meeting.held_on >= today
    query = (
        select(
            Meeting.id,
            Meeting.title,
            Body.name,
            Meeting.held_on,
            Meeting.start_time,
            Meeting.place,
            Meeting.status,
            has_agenda.label("has_agenda"),
            has_attendance.label("has_attendance"),
            has_notice.label("has_notice"),
        )
        .join(Body, Meeting.body_id == Body.id)
        .where(or_(upcoming, Meeting.status != MeetingStatus.APPROVED))
        .order_by(
            case((upcoming, 0), else_=1),
            case((upcoming, Meeting.held_on), else_=None),
            Meeting.held_on.desc(),
            Meeting.start_time,
            Meeting.id,
        )
    )

    def make(row: Sequence[Any]) -> MeetingToPrepare:
        (id_, title, body, held_on, start, place, status, agenda, attendance, notice) = row
        return MeetingToPrepare(
            id=id_,
            title=title,
            body_name=body,
            held_on=held_on,
            start_time=start,
            place=place,
            lacks=lacks(today, held_on, MeetingStatus(status), agenda, attendance, notice),
            ready=bool(agenda and notice),
        )

    return read_section(db, query, make, limit)


def lacks(
    today: date,
    held_on: date,
    status: MeetingStatus,
    has_agenda: bool,
    has_attendance: bool,
    has_notice: bool,
) -> tuple[Lack, ...]:
    """What the meeting still needs, in the order the work is done (the notice and the
    agenda only from :data:`PREPARE_WITHIN` before the day)."""
    found: list[Lack] = []
    due = held_on - today <= PREPARE_WITHIN
    if status is MeetingStatus.PLANNED and today <= held_on and due and not has_notice:
        found.append(Lack.NOTICE)
    if status is not MeetingStatus.APPROVED and due and not has_agenda:
        found.append(Lack.AGENDA)
    if held_on <= today and not has_attendance:
        found.append(Lack.ATTENDANCE)
    held = held_on < today or status is not MeetingStatus.PLANNED
    if held and status is not MeetingStatus.APPROVED:
        found.append(Lack.APPROVAL)
    return tuple(found)
