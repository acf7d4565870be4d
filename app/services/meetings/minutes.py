"""The 議事録's input: who attended (as the council orders them), and every item with its
remarks placed where 要点筆記 minutes put them, each credited as its speaker spoke: a
member by name and role, a proxy as the member's 代理, a guest as 来賓 …"""

from __future__ import annotations

from collections import Counter

from sqlalchemy import select

from app.documents.builders import minutes as minutes_builder
from app.documents.inputs import (
    ActionLine,
    AgendaSection,
    Attendee,
    MinutesInput,
    MinutesStyle,
    RemarkLine,
    RemarkPart,
)
from app.documents.model import Document
from app.japanese.kana import reading_sort_key
from app.models import ActionItem, Attendance, Council, Meeting, Member, Remark
from app.models.enums import (
    AttendanceStatus,
    AttendeeOrder,
    CouncilRole,
    GuestCategory,
    RemarkKind,
)
from app.services.documents.request import DocumentRequest
from app.services.meetings.attendance import IN_THE_ROOM
from app.storage.database import Database

_ROLE_ORDER = {
    CouncilRole.CHAIR: 0,
    CouncilRole.VICE_CHAIR: 1,
    CouncilRole.MEMBER: 2,
    CouncilRole.ADVISOR: 3,
    CouncilRole.OBSERVER: 4,
    CouncilRole.SECRETARIAT: 5,
}
_GUEST_SIDE = {
    GuestCategory.GUEST: "来賓",
    GuestCategory.OBSERVER: "オブザーバー",
    GuestCategory.SECRETARIAT: "事務局",
    GuestCategory.OTHER: "",
}
_EXPLAINED = frozenset({RemarkKind.EXPLANATION, RemarkKind.REPORT})
_NOT_COMMITTEE = frozenset({CouncilRole.SECRETARIAT, CouncilRole.OBSERVER})


def printed_names(members: list[Member]) -> dict[int, str]:
    """敬称略 lists print the family name; the full name where two share one."""
    shared = Counter(m.family_name for m in members)
    return {m.id: m.family_name if shared[m.family_name] == 1 else m.full_name for m in members}


def _note(record: Attendance) -> str:
    if record.status is AttendanceStatus.ONLINE:
        return "オンライン"
    if record.status is AttendanceStatus.LATE and record.arrived_at:
        return f"{record.arrived_at.strftime('%H:%M')}から"
    if record.status is AttendanceStatus.LEFT_EARLY and record.left_at:
        return f"{record.left_at.strftime('%H:%M')}まで"
    return ""


class SpeakerCredits:
    """How each speaker of one meeting is credited in its minutes."""

    def __init__(self, council: Council | None, meeting: Meeting, members: list[Member]) -> None:
        chair = council.chair_title if council and council.chair_title else "委員長"
        self._titles = {
            CouncilRole.CHAIR: chair,
            CouncilRole.VICE_CHAIR: f"副{chair}",
            CouncilRole.MEMBER: "委員",
            CouncilRole.ADVISOR: "顧問",
            CouncilRole.OBSERVER: "オブザーバー",
        }
        self.names = printed_names(members)
        self.members = {m.id: m for m in members}
        self.proxies = {
            a.member_id: a.proxy_name
            for a in meeting.attendances
            if a.status is AttendanceStatus.PROXY and a.proxy_name
        }
        self.guests = {g.name: g.category for g in meeting.guests}

    def member(self, member_id: int) -> tuple[str, str]:
        """(credit, side) of a member: 「浜田委員長」 / 「委員長」; a proxy is credited as
        「三浦 健（三浦委員代理）」."""
        member = self.members[member_id]
        name = self.names[member_id]
        if member.council_role is CouncilRole.SECRETARIAT:
            return f"事務局（{name}）", "事務局"
        title = self._titles[member.council_role]
        side = title if member.council_role is not CouncilRole.MEMBER else "委員"
        proxy = self.proxies.get(member_id)
        if proxy:
            return f"{proxy}（{member.family_name}{title}代理）", side
        return f"{name}{title}", side

    def other(self, name: str) -> tuple[str, str]:
        """A non-member: a guest by their category (「来賓 山田 一郎」), else the name."""
        category = self.guests.get(name)
        side = _GUEST_SIDE.get(category, "") if category is not None else ""
        if side == "事務局":
            return f"事務局（{name}）", side
        return (f"{side} {name}" if side else name), side


def _part(remark: Remark, credit: str) -> RemarkPart:
    if remark.kind is RemarkKind.PROCEDURE:
        return RemarkPart.PROCEDURE
    if not credit:
        return RemarkPart.POINT
    if remark.kind in _EXPLAINED:
        return RemarkPart.EXPLANATION
    if remark.kind is RemarkKind.QUESTION:
        return RemarkPart.QUESTION
    if remark.kind is RemarkKind.ANSWER:
        return RemarkPart.ANSWER
    return RemarkPart.OPINION


def _remark_lines(remarks: list[Remark], credits: SpeakerCredits) -> tuple[RemarkLine, ...]:
    """Each remark where the minutes put it; an answer is paired with the question it
    names, else with the nearest question before it."""
    index_of = {remark.id: index for index, remark in enumerate(remarks)}
    lines: list[RemarkLine] = []
    last_question: int | None = None
    for index, remark in enumerate(remarks):
        if remark.speaker_member_id is not None:
            credit, side = credits.member(remark.speaker_member_id)
        elif remark.speaker_name.strip():
            credit, side = credits.other(remark.speaker_name.strip())
        else:
            credit, side = "", ""
        part = _part(remark, credit)
        answers = None
        if part is RemarkPart.ANSWER:
            named = remark.answers_remark_id
            answers = index_of.get(named, last_question) if named is not None else last_question
        elif part is RemarkPart.QUESTION:
            last_question = index
        lines.append(RemarkLine(credit, side, part, remark.text, answers))
    return tuple(lines)


def _attendees(
    meeting: Meeting, council: Council | None, names: dict[int, str]
) -> tuple[list[Attendee], list[Attendee], list[Attendee], list[Attendee]]:
    """(members, secretariat, others, absent), in the council's order."""
    records = list(meeting.attendances)
    if council is None or council.attendee_order is AttendeeOrder.BY_ROLE:
        records.sort(
            key=lambda a: (
                _ROLE_ORDER[a.member.council_role],
                reading_sort_key(a.member.full_reading),
            )
        )
    else:
        records.sort(key=lambda a: a.id)  # as the attendance was recorded
    members, secretariat, others, absent = [], [], [], []
    for record in records:
        role = record.member.council_role
        person = Attendee(
            names[record.member_id],
            proxy=record.proxy_name if record.status is AttendanceStatus.PROXY else "",
            note=_note(record),
        )
        if record.status not in IN_THE_ROOM:
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
        if guest.category is GuestCategory.SECRETARIAT:
            if guest.name.split()[0] not in listed and guest.name not in listed:
                secretariat.append(Attendee(guest.name))
        else:
            others.append(Attendee(guest.name, note=guest.affiliation))
    return members, secretariat, others, absent


def minutes_input(db: Database, meeting_id: int) -> MinutesInput:
    """What the 議事録 of a meeting says, read in one short session."""
    with db.session() as session:
        meeting = session.get_one(Meeting, meeting_id)
        council = session.scalars(select(Council).order_by(Council.id).limit(1)).first()
        everyone = list(session.scalars(select(Member)))
        credits = SpeakerCredits(council, meeting, everyone)
        members, secretariat, others, absent = _attendees(meeting, council, credits.names)
        items = []
        for item in meeting.agenda_items:
            remarks = list(
                session.scalars(
                    select(Remark).where(Remark.agenda_item_id == item.id).order_by(Remark.position)
                )
            )
            actions = session.scalars(
                select(ActionItem)
                .where(ActionItem.agenda_item_id == item.id)
                .order_by(ActionItem.position)
            )
            presenter = (
                credits.member(item.presenter_id)[0] if item.presenter_id else item.presenter_name
            )
            items.append(
                AgendaSection(
                    label=item.label,
                    title=item.title,
                    proposal=item.description,
                    presenter=presenter,
                    result=item.result,
                    decisions=tuple(line for line in item.resolution.splitlines() if line.strip()),
                    remarks=_remark_lines(remarks, credits),
                    actions=tuple(
                        ActionLine(
                            a.text,
                            credits.names.get(a.owner_member_id or 0, a.owner_name),
                            a.due_on,
                        )
                        for a in actions
                    ),
                )
            )
        return MinutesInput(
            council_name=council.name if council else "",
            # A meeting re-entered without a title is called by its body (定例会).
            title=meeting.title.strip() or meeting.body.name,
            held_on=meeting.held_on,
            start=meeting.start_time,
            end=meeting.end_time,
            place=meeting.place.strip(),
            members=tuple(members),
            secretariat=tuple(secretariat),
            others=tuple(others),
            absent=tuple(absent),
            materials=tuple(f"{m.label} {m.title}".strip() for m in meeting.materials),
            items=tuple(items),
            next_meeting=meeting.next_meeting_note,
            recorder=meeting.recorder_name,
            signers=tuple(s.member.full_name for s in meeting.signers),
            attendance_taken=bool(meeting.attendances),
            title_format=council.minutes_title if council else "{date} {meeting} 議事録",
            style=MinutesStyle(meeting.body.minutes_style.value),
        )


def minutes(db: Database, request: DocumentRequest) -> Document:
    """議事録, in the body's style unless the document dialog chose another."""
    data = minutes_input(db, request.require_meeting())
    return minutes_builder.build(data, request.options)
