"""One member as the roster's detail pane shows it: contact, term, the meetings they
attended, their remarks and the 宿題 they own (one short read, only for the selected row)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select

from app.models import ActionItem, AgendaItem, Attendance, Meeting, Member, Remark, Visit
from app.models.enums import ActionStatus, AttendanceStatus, CouncilRole, RemarkKind
from app.storage.database import Database

RECENT_MEETINGS = 8
RECENT_REMARKS = 5
REMARK_CHARACTERS = 120  # "a few lines" of a remark in a narrow pane


@dataclass(frozen=True, slots=True)
class AttendedMeeting:
    meeting_id: int
    held_on: date
    title: str
    status: AttendanceStatus


@dataclass(frozen=True, slots=True)
class MemberRemark:
    captured_at: datetime
    kind: RemarkKind
    text: str  # shortened to REMARK_CHARACTERS, with 「…」 when cut
    where: str  # the meeting's title and the agenda item, or the visit's title


@dataclass(frozen=True, slots=True)
class OwnedAction:
    text: str
    due_on: date | None
    status: ActionStatus


@dataclass(frozen=True, slots=True)
class MemberDetail:
    id: int
    full_name: str
    reading: str
    organization: str
    position_title: str
    council_role: CouncilRole
    term_start: date | None
    term_end: date | None
    email: str
    phone: str
    postal_code: str
    address: str
    notes: str
    archived: bool
    meetings: tuple[AttendedMeeting, ...]  # recent first, at most RECENT_MEETINGS
    meetings_total: int
    remarks: tuple[MemberRemark, ...]  # recent first, at most RECENT_REMARKS
    remarks_total: int
    actions: tuple[OwnedAction, ...]  # not yet done, the earliest due first


def shorten(text: str, limit: int = REMARK_CHARACTERS) -> str:
    """``text`` on one line, cut to ``limit`` characters with 「…」."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def member_detail(db: Database, member_id: int) -> MemberDetail | None:
    """The member's details, or None when the member no longer exists."""
    with db.session() as session:
        member = session.get(Member, member_id)
        if member is None:
            return None
        attended = (
            select(Meeting.id, Meeting.held_on, Meeting.title, Attendance.status)
            .join(Attendance, Attendance.meeting_id == Meeting.id)
            .where(Attendance.member_id == member_id, Attendance.status != AttendanceStatus.ABSENT)
        )
        meetings = session.execute(
            attended.order_by(Meeting.held_on.desc(), Meeting.id.desc()).limit(RECENT_MEETINGS)
        ).all()
        meetings_total = session.scalar(select(func.count()).select_from(attended.subquery()))
        remarks = session.execute(
            select(Remark.captured_at, Remark.kind, Remark.text, Meeting.title, AgendaItem.title)
            .add_columns(Visit.title)
            .outerjoin(AgendaItem, Remark.agenda_item_id == AgendaItem.id)
            .outerjoin(Meeting, AgendaItem.meeting_id == Meeting.id)
            .outerjoin(Visit, Remark.visit_id == Visit.id)
            .where(Remark.speaker_member_id == member_id)
            .order_by(Remark.captured_at.desc(), Remark.id.desc())
            .limit(RECENT_REMARKS)
        ).all()
        remarks_total = session.scalar(
            select(func.count(Remark.id)).where(Remark.speaker_member_id == member_id)
        )
        actions = session.execute(
            select(ActionItem.text, ActionItem.due_on, ActionItem.status)
            .where(ActionItem.owner_member_id == member_id, ActionItem.status != ActionStatus.DONE)
            .order_by(ActionItem.due_on.is_(None), ActionItem.due_on, ActionItem.id)
        ).all()
        organization = member.organization.name if member.organization else ""
        return MemberDetail(
            id=member.id,
            full_name=member.full_name,
            reading=member.full_reading,
            organization=organization,
            position_title=member.position_title,
            council_role=member.council_role,
            term_start=member.term_start,
            term_end=member.term_end,
            email=member.email,
            phone=member.phone,
            postal_code=member.postal_code,
            address=member.address,
            notes=member.notes,
            archived=member.archived_at is not None,
            meetings=tuple(AttendedMeeting(*row) for row in meetings),
            meetings_total=meetings_total or 0,
            remarks=tuple(
                MemberRemark(
                    captured_at=at,
                    kind=kind,
                    text=shorten(text),
                    where=visit_title or "　".join(part for part in (meeting, item) if part),
                )
                for at, kind, text, meeting, item, visit_title in remarks
            ),
            remarks_total=remarks_total or 0,
            actions=tuple(OwnedAction(*row) for row in actions),
        )
