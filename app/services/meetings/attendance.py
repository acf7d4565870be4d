"""出欠: attendance of every active member, non-member attendees, and who can speak."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import date, time

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from app.japanese.kana import reading_sort_key
from app.models import Attendance, Meeting, MeetingGuest, Member
from app.models.enums import AttendanceStatus, CouncilRole, GuestCategory
from app.services.meetings.ordering import remove_and_renumber
from app.services.meetings.rows import AttendanceEntry, GuestEntry, Speaker
from app.services.problems import EditConflict, Invalid, Problem, Record
from app.services.versions import expect, guarded_write, stale
from app.storage.database import Database

IN_THE_ROOM = frozenset(
    {
        AttendanceStatus.PRESENT,
        AttendanceStatus.PROXY,
        AttendanceStatus.ONLINE,
        AttendanceStatus.LATE,
        AttendanceStatus.LEFT_EARLY,
    }
)
_ROLE_ORDER = {
    CouncilRole.CHAIR: 0,
    CouncilRole.VICE_CHAIR: 1,
    CouncilRole.MEMBER: 2,
    CouncilRole.ADVISOR: 3,
    CouncilRole.OBSERVER: 4,
    CouncilRole.SECRETARIAT: 5,
}


def _member_order(member: Member) -> tuple[int, str]:
    return _ROLE_ORDER[member.council_role], reading_sort_key(member.full_reading)


def _hhmm(value: time | None) -> str:
    return value.strftime("%H:%M") if value else ""


def _member_on(member: Member, day: date) -> bool:
    """Whether ``member`` belonged to the council on ``day`` (joined and not yet left)."""
    joined = member.joined_on is None or member.joined_on <= day
    return joined and (member.left_on is None or member.left_on >= day)


def _attendance_entry(member: Member, record: Attendance | None) -> AttendanceEntry:
    time_note = ""
    if record is not None:
        time_note = _hhmm(record.arrived_at) or _hhmm(record.left_at)
    return AttendanceEntry(
        member_id=member.id,
        name=member.full_name,
        reading=member.full_reading,
        organization=member.organization.name if member.organization else "",
        role=member.council_role,
        status=record.status if record else None,
        proxy_name=record.proxy_name if record else "",
        absence_notified=record.absence_notified if record else False,
        time_note=time_note,
        version=record.version if record else 0,
    )


def grid(db: Database, meeting_id: int) -> list[AttendanceEntry]:
    """Every member as of the meeting's date (and anyone with a record here), chair
    first, then 五十音順, with the recorded status or None: a member who joined after a
    past meeting is not on its lists."""
    with db.session() as session:
        records = {
            a.member_id: a
            for a in session.scalars(select(Attendance).where(Attendance.meeting_id == meeting_id))
        }
        held_on = session.get_one(Meeting, meeting_id).held_on
        members = [
            m
            for m in session.scalars(select(Member).where(Member.archived_at.is_(None)))
            if _member_on(m, held_on)
        ]
        members += [
            session.get_one(Member, mid) for mid in records if mid not in {m.id for m in members}
        ]
        return [
            _attendance_entry(member, records.get(member.id))
            for member in sorted(members, key=_member_order)
        ]


def set_status(
    db: Database,
    meeting_id: int,
    member_id: int,
    status: AttendanceStatus | None,
    *,
    version: int,
    proxy_name: str = "",
    absence_notified: bool = False,
    at: time | None = None,
) -> AttendanceEntry:
    """Record one member's attendance (None clears it); one transaction per change.

    ``version`` is that of the record shown (0: none was recorded): :class:`EditConflict`
    if someone else has recorded or changed it since. Returns the member's row as saved.
    """

    def conflict() -> EditConflict:
        theirs = _entry_of(db, meeting_id, member_id)
        mine = replace(
            theirs,
            status=status,
            proxy_name=proxy_name.strip() if status is AttendanceStatus.PROXY else "",
            absence_notified=absence_notified and status is AttendanceStatus.ABSENT,
            time_note=at.strftime("%H:%M") if at and status in _TIMED else "",
            version=version,
        )
        return EditConflict(Record.ATTENDANCE, theirs, mine)

    try:
        with guarded_write(db, conflict) as session:
            record = session.scalars(
                select(Attendance).where(
                    Attendance.meeting_id == meeting_id, Attendance.member_id == member_id
                )
            ).first()
            if record is None and version:
                raise stale("the attendance record was cleared by someone else")
            if record is not None:
                expect(record, version)
            if status is None:
                if record is not None:
                    session.delete(record)
            else:
                if record is None:
                    record = Attendance(meeting_id=meeting_id, member_id=member_id)
                    session.add(record)
                record.status = status
                record.proxy_name = proxy_name.strip() if status is AttendanceStatus.PROXY else ""
                record.absence_notified = absence_notified and status is AttendanceStatus.ABSENT
                record.arrived_at = at if status is AttendanceStatus.LATE else None
                record.left_at = at if status is AttendanceStatus.LEFT_EARLY else None
    except IntegrityError as clash:
        # Both recorded a member who had no record: theirs was first (unique per meeting).
        raise conflict() from clash
    return _entry_of(db, meeting_id, member_id)


_TIMED = (AttendanceStatus.LATE, AttendanceStatus.LEFT_EARLY)


def _entry_of(db: Database, meeting_id: int, member_id: int) -> AttendanceEntry:
    """One member's row of :func:`grid`, as saved now."""
    with db.session() as session:
        record = session.scalars(
            select(Attendance).where(
                Attendance.meeting_id == meeting_id, Attendance.member_id == member_id
            )
        ).first()
        return _attendance_entry(session.get_one(Member, member_id), record)


def counts(entries: list[AttendanceEntry]) -> tuple[int, int]:
    """(出席, 欠席): everyone in the room or online counts as present."""
    tally = Counter(entry.status for entry in entries)
    present = sum(tally[status] for status in IN_THE_ROOM)
    return present, tally[AttendanceStatus.ABSENT]


def _guest_entry(guest: MeetingGuest) -> GuestEntry:
    return GuestEntry(guest.id, guest.name, guest.affiliation, guest.category, guest.version)


def guests(db: Database, meeting_id: int) -> list[GuestEntry]:
    with db.session() as session:
        return [_guest_entry(g) for g in session.get_one(Meeting, meeting_id).guests]


def add_guest(
    db: Database, meeting_id: int, name: str, affiliation: str, category: GuestCategory
) -> int:
    if not name.strip():
        raise Invalid({"name": Problem.MISSING_NAME})
    with db.transaction() as session:
        guest = MeetingGuest(name=name.strip(), affiliation=affiliation.strip(), category=category)
        meeting = session.get_one(Meeting, meeting_id)
        meeting.guests.append(guest)
        session.flush()
        return guest.id


def remove_guest(db: Database, shown: GuestEntry) -> None:
    """Remove the attendee shown (:class:`EditConflict` if changed or removed since)."""

    def conflict() -> EditConflict:
        with db.session() as session:
            guest = session.get(MeetingGuest, shown.id)
            theirs = _guest_entry(guest) if guest is not None else None
        return EditConflict(Record.GUEST, theirs, None)

    with guarded_write(db, conflict) as session:
        guest = expect(session.get(MeetingGuest, shown.id), shown.version)
        meeting = guest.meeting
        remove_and_renumber(session, meeting.guests, guest)


def speakers(db: Database, meeting_id: int) -> list[Speaker]:
    """Who can speak, numbered in this order: the members in the room (chair first, then
    五十音順; every active member while attendance is not yet taken), then the guests."""
    entries = grid(db, meeting_id)
    taken = any(entry.status is not None for entry in entries)
    result = [
        Speaker(e.member_id, e.name, e.reading, e.organization, e.role)
        for e in entries
        if (e.status in IN_THE_ROOM if taken else e.role is not CouncilRole.SECRETARIAT)
    ]
    result += [Speaker(None, g.name, "", g.affiliation, g.category) for g in guests(db, meeting_id)]
    return result
