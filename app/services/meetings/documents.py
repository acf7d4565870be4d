"""Fill the documents' plain inputs from the database (the documents layer never queries)."""

from __future__ import annotations

from sqlalchemy import select

from app.documents.builders import agenda as agenda_builder
from app.documents.builders import attendance as attendance_builder
from app.documents.inputs import (
    AgendaInput,
    AttendanceInput,
    CarriedAction,
    MeetingHeader,
    PendingRemark,
    SheetRow,
)
from app.documents.model import Document
from app.japanese.kana import reading_sort_key
from app.models import AgendaItem, Council, Meeting, Member, Remark
from app.models.enums import (
    AttendanceStatus,
    CouncilRole,
    ResponseStatus,
)
from app.services.documents.request import DocumentRequest
from app.services.meetings.agenda import carried_over
from app.services.meetings.attendance import grid
from app.services.meetings.minutes import SpeakerCredits
from app.storage.database import Database

_NOT_COMMITTEE = frozenset({CouncilRole.SECRETARIAT, CouncilRole.OBSERVER})


def meeting_header(db: Database, meeting_id: int) -> MeetingHeader:
    with db.session() as session:
        meeting = session.get_one(Meeting, meeting_id)
        council = session.scalars(select(Council).order_by(Council.id).limit(1)).first()
        return MeetingHeader(
            council_name=council.name if council else "",
            title=meeting.title,
            held_on=meeting.held_on,
            start=meeting.start_time,
            end=meeting.end_time,
            place=meeting.place,
        )


_RESPONSE_LABELS_JA = {ResponseStatus.PENDING: "未対応", ResponseStatus.IN_PROGRESS: "対応中"}


def agenda_input(db: Database, meeting_id: int) -> AgendaInput:
    carried = carried_over(db, meeting_id)
    with db.session() as session:
        meeting = session.get_one(Meeting, meeting_id)
        everyone = list(session.scalars(select(Member)))
        council = session.scalars(select(Council).order_by(Council.id).limit(1)).first()
        credits = SpeakerCredits(council, meeting, everyone)
        names = credits.names
        items = tuple(
            (
                item.label,
                item.title,
                credits.member(item.presenter_id)[0] if item.presenter_id else item.presenter_name,
            )
            for item in meeting.agenda_items
        )
        materials = tuple(f"{m.label} {m.title}".strip() for m in meeting.materials)
        uuids = [remark.uuid for remark in carried.pending_remarks]
        sources = dict(
            session.execute(
                select(Remark.uuid, Meeting.title)
                .join(AgendaItem, Remark.agenda_item_id == AgendaItem.id)
                .join(Meeting, AgendaItem.meeting_id == Meeting.id)
                .where(Remark.uuid.in_(uuids))
            ).all()
        )
        pending = tuple(
            PendingRemark(
                names.get(r.speaker_member_id or 0, r.speaker_name),
                r.text,
                _RESPONSE_LABELS_JA.get(r.response_status, ""),
                r.response_text,
                sources[r.uuid],
            )
            for r in carried.pending_remarks
        )
    actions = tuple(
        CarriedAction(a.text, a.owner, a.due_on, a.meeting_title) for a in carried.actions
    )
    return AgendaInput(meeting_header(db, meeting_id), items, materials, actions, pending)


_STATUS_JA = {
    AttendanceStatus.PRESENT: "出席",
    AttendanceStatus.ABSENT: "欠席",
    AttendanceStatus.PROXY: "代理",
    AttendanceStatus.ONLINE: "出席\n(オンライン)",
    AttendanceStatus.LATE: "遅刻",
    AttendanceStatus.LEFT_EARLY: "早退",
}


def attendance_input(db: Database, meeting_id: int, *, recorded: bool) -> AttendanceInput:
    """Every active member in 五十音順 (secretariat staff are not on the sheet). The 出欠
    cell gives the status, and its detail on a line of its own (「欠席」 / 「(連絡あり)」):
    the column stays narrow and never breaks inside a word."""
    entries = [e for e in grid(db, meeting_id) if e.role is not CouncilRole.SECRETARIAT]
    with db.session() as session:
        positions = {m.id: m.position_title for m in session.scalars(select(Member))}
    rows = []
    for entry in sorted(entries, key=lambda e: reading_sort_key(e.reading)):
        status = _STATUS_JA.get(entry.status, "") if entry.status else ""
        if entry.status is AttendanceStatus.PROXY:
            status = f"代理\n({entry.proxy_name})"
        elif entry.status in (AttendanceStatus.LATE, AttendanceStatus.LEFT_EARLY):
            status = f"{status}\n{entry.time_note}".strip()
        elif entry.absence_notified:
            status = "欠席\n(連絡あり)"
        rows.append(
            SheetRow(
                entry.name, entry.reading, entry.organization, positions[entry.member_id], status
            )
        )
    return AttendanceInput(meeting_header(db, meeting_id), tuple(rows), recorded)


# The meeting's documents, as its area declares them (``area.py``).


def agenda(db: Database, request: DocumentRequest) -> Document:
    """会議次第, with what carries over from earlier meetings."""
    return agenda_builder.build(agenda_input(db, request.require_meeting()), request.dates)


def attendance(db: Database, request: DocumentRequest) -> Document:
    """出欠表: attendance as recorded."""
    data = attendance_input(db, request.require_meeting(), recorded=True)
    return attendance_builder.build(data, request.dates)


def attendance_sheet(db: Database, request: DocumentRequest) -> Document:
    """出席者名簿 for the reception desk, with a column to sign."""
    data = attendance_input(db, request.require_meeting(), recorded=False)
    return attendance_builder.build(data, request.dates)
