"""Fill the documents' plain inputs from the database (the documents layer never queries)."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import select

from app.documents.builders import agenda as agenda_builder
from app.documents.builders import attendance as attendance_builder
from app.documents.builders import minutes as minutes_builder
from app.documents.inputs import (
    ActionLine,
    AgendaInput,
    AgendaSection,
    AttendanceInput,
    Attendee,
    CarriedAction,
    MeetingHeader,
    MinutesInput,
    PendingRemark,
    RemarkLine,
    SheetRow,
)
from app.documents.model import Document
from app.japanese.kana import reading_sort_key
from app.models import ActionItem, AgendaItem, Council, Meeting, Member, Remark
from app.models.enums import (
    AttendanceStatus,
    CouncilRole,
    GuestCategory,
    RemarkKind,
    ResponseStatus,
)
from app.services.documents.request import DocumentRequest
from app.services.meetings.agenda import carried_over
from app.services.meetings.attendance import IN_THE_ROOM, grid
from app.storage.database import Database

KIND_LABELS_JA = {
    RemarkKind.OPINION: "意見",
    RemarkKind.QUESTION: "質問",
    RemarkKind.ANSWER: "回答",
    RemarkKind.PROPOSAL: "提案",
    RemarkKind.REPORT: "報告",
    RemarkKind.IMPRESSION: "感想",
}
_NOT_COMMITTEE = frozenset({CouncilRole.SECRETARIAT, CouncilRole.OBSERVER})


def _printed_names(members: list[Member]) -> dict[int, str]:
    """敬称略 lists print the family name; the full name where two share one."""
    shared = Counter(m.family_name for m in members)
    return {m.id: m.family_name if shared[m.family_name] == 1 else m.full_name for m in members}


def _note(status: AttendanceStatus, time_note: str) -> str:
    if status is AttendanceStatus.ONLINE:
        return "オンライン"
    if status is AttendanceStatus.LATE and time_note:
        return f"{time_note}から"
    if status is AttendanceStatus.LEFT_EARLY and time_note:
        return f"{time_note}まで"
    return ""


def minutes_input(db: Database, meeting_id: int) -> MinutesInput:
    entries = grid(db, meeting_id)
    with db.session() as session:
        meeting = session.get_one(Meeting, meeting_id)
        council = session.scalars(select(Council).order_by(Council.id).limit(1)).first()
        everyone = list(session.scalars(select(Member)))
        names = _printed_names(everyone)
        roles = {m.id: m.council_role for m in everyone}
        members, secretariat, others, absent = [], [], [], []
        for entry in entries:
            if entry.status is None:
                continue
            person = Attendee(
                names[entry.member_id],
                proxy=entry.proxy_name if entry.status is AttendanceStatus.PROXY else "",
                note=_note(entry.status, entry.time_note),
            )
            role = roles[entry.member_id]
            if entry.status not in IN_THE_ROOM:
                if role is not CouncilRole.SECRETARIAT:
                    absent.append(person)
            elif role is CouncilRole.SECRETARIAT:
                secretariat.append(person)
            elif role in _NOT_COMMITTEE:
                others.append(person)
            else:
                members.append(person)
        listed = {p.name for p in secretariat}
        for guest in meeting.guests:
            person = Attendee(guest.name, note=guest.affiliation)
            if guest.category is GuestCategory.SECRETARIAT:
                if guest.name.split()[0] not in listed and guest.name not in listed:
                    secretariat.append(Attendee(guest.name))
            else:
                others.append(person)
        items = []
        for item in meeting.agenda_items:
            remarks = session.scalars(
                select(Remark).where(Remark.agenda_item_id == item.id).order_by(Remark.position)
            )
            actions = session.scalars(
                select(ActionItem)
                .where(ActionItem.agenda_item_id == item.id)
                .order_by(ActionItem.position)
            )
            items.append(
                AgendaSection(
                    label=item.label,
                    title=item.title,
                    proposal=item.description,
                    presenter=names.get(item.presenter_id or 0, item.presenter_name),
                    result=item.result,
                    decisions=tuple(line for line in item.resolution.splitlines() if line.strip()),
                    remarks=tuple(
                        RemarkLine(
                            names.get(r.speaker_member_id or 0, r.speaker_name),
                            KIND_LABELS_JA[r.kind],
                            r.text,
                        )
                        for r in remarks
                    ),
                    actions=tuple(
                        ActionLine(
                            a.text, names.get(a.owner_member_id or 0, a.owner_name), a.due_on
                        )
                        for a in actions
                    ),
                )
            )
        return MinutesInput(
            council_name=council.name if council else "",
            title=meeting.title,
            held_on=meeting.held_on,
            start=meeting.start_time,
            end=meeting.end_time,
            place=meeting.place,
            members=tuple(members),
            secretariat=tuple(secretariat),
            others=tuple(others),
            absent=tuple(absent),
            materials=tuple(f"{m.label} {m.title}".strip() for m in meeting.materials),
            items=tuple(items),
            next_meeting=meeting.next_meeting_note,
            recorder=meeting.recorder_name,
            signers=tuple(s.member.full_name for s in meeting.signers),
        )


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
        names = _printed_names(everyone)
        items = tuple(
            (item.label, item.title, names.get(item.presenter_id or 0, item.presenter_name))
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
    AttendanceStatus.ONLINE: "出席(オンライン)",
    AttendanceStatus.LATE: "遅刻",
    AttendanceStatus.LEFT_EARLY: "早退",
}


def attendance_input(db: Database, meeting_id: int, *, recorded: bool) -> AttendanceInput:
    """Every active member in 五十音順 (secretariat staff are not on the sheet)."""
    entries = [e for e in grid(db, meeting_id) if e.role is not CouncilRole.SECRETARIAT]
    with db.session() as session:
        positions = {m.id: m.position_title for m in session.scalars(select(Member))}
    rows = []
    for entry in sorted(entries, key=lambda e: reading_sort_key(e.reading)):
        status = _STATUS_JA.get(entry.status, "") if entry.status else ""
        if entry.status is AttendanceStatus.PROXY:
            status = f"代理({entry.proxy_name})"
        elif entry.status in (AttendanceStatus.LATE, AttendanceStatus.LEFT_EARLY):
            status = f"{status} {entry.time_note}".strip()
        elif entry.absence_notified:
            status = "欠席(連絡あり)"
        rows.append(
            SheetRow(
                entry.name, entry.reading, entry.organization, positions[entry.member_id], status
            )
        )
    return AttendanceInput(meeting_header(db, meeting_id), tuple(rows), recorded)


# The meeting's documents, as its area declares them (``area.py``).


def minutes(db: Database, request: DocumentRequest) -> Document:
    """議事録."""
    data = minutes_input(db, request.require_meeting())
    return minutes_builder.build(data, request.options)


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
