"""The sample's meetings: agenda and materials, and for held ones the guests, signers,
attendance, minutes (remarks with their capture times) and decisions (action items).

A planned meeting (予定) has its agenda only. The attendance follows the roster of the
body on the day, every member present unless the sample lists an exception; an absent
member who speaks in the sample is a mistake in the data and stops the load.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from app.demo import data
from app.demo.records import DemoRecords, at
from app.demo.timeline import reiwa
from app.japanese.timezone import TOKYO
from app.models import (
    AgendaItem,
    Attendance,
    Meeting,
    MeetingGuest,
    MeetingMaterial,
    MinuteSigner,
    Remark,
)
from app.models.enums import AttendanceStatus, CouncilRole, MeetingStatus

_COMMITTEE_ROLES = frozenset(
    {CouncilRole.CHAIR, CouncilRole.VICE_CHAIR, CouncilRole.MEMBER, CouncilRole.ADVISOR}
)
_NOT_IN_ROOM = frozenset({AttendanceStatus.ABSENT, AttendanceStatus.PROXY})
_WEEKDAYS = "月火水木金土日"
_REMARK_MARGIN = dt.timedelta(minutes=5)  # opening and closing of a meeting: no remarks


def add_meeting(records: DemoRecords, spec: data.MeetingSpec) -> None:
    """One meeting; once held, with everything recorded at it."""
    body = records.bodies[spec.body]
    meeting = Meeting(
        body=body,
        sequence_number=spec.sequence,
        fiscal_year=spec.fiscal_year,
        title=f"{reiwa(spec.fiscal_year)}年度 第{spec.sequence}回{body.name}",
        held_on=spec.held_on,
        start_time=spec.start,
        end_time=spec.end,
        place=spec.place,
        chair=records.members[spec.chair],
        recorder_name=spec.recorder,
        status=spec.status,
        approved_at=_approved_at(spec),
        next_meeting_note=_next_meeting_note(records, spec),
        notes=spec.notes,
    )
    meeting.materials = [
        MeetingMaterial(label=f"資料{number}", title=title)
        for number, title in enumerate(spec.materials, start=1)
    ]
    meeting.agenda_items = [
        _agenda_item(records, number, item) for number, item in enumerate(spec.agenda, start=1)
    ]
    records.session.add(meeting)
    records.meetings[spec.key] = meeting
    if spec.status is MeetingStatus.PLANNED:
        return  # nothing recorded yet: no attendance, remarks or decisions
    meeting.guests = [
        MeetingGuest(name=guest.name, affiliation=guest.affiliation, category=guest.category)
        for guest in _guests(spec)
    ]
    meeting.signers = [MinuteSigner(member=records.members[key]) for key in spec.signers]
    attendance = _attendance_plan(records, spec)
    meeting.attendances = [_attendance_row(records, row) for row in attendance.values()]
    _add_minutes(records, spec, meeting, attendance)


# --------------------------------------------------------------------------- the meeting row


def _approved_at(spec: data.MeetingSpec) -> dt.datetime | None:
    """Minutes are approved about two weeks after the meeting, at 10:00 JST."""
    if spec.status is not MeetingStatus.APPROVED:
        return None
    day = spec.held_on + dt.timedelta(days=14)
    return dt.datetime.combine(day, dt.time(10, 0), tzinfo=TOKYO)


def _japanese_date(day: dt.date) -> str:
    """令和7年5月20日（火）."""
    return f"{reiwa(day.year)}年{day.month}月{day.day}日（{_WEEKDAYS[day.weekday()]}）"


def _next_meeting_note(records: DemoRecords, spec: data.MeetingSpec) -> str:
    """次回開催予定, from the next meeting of the same body in the sample."""
    if spec.next_note is not None:
        return spec.next_note
    later = [
        other
        for other in records.sample.meetings
        if other.body == spec.body and other.held_on > spec.held_on
    ]
    if not later:
        return ""
    following = min(later, key=lambda other: other.held_on)
    body_name = records.bodies[following.body].name
    return (
        f"第{following.sequence}回{body_name} {_japanese_date(following.held_on)}"
        f"{following.start:%H:%M}〜 {following.place}"
    )


def _circled(number: int) -> str:
    """①, ②, ③ … (agenda labels as in the minutes)."""
    return chr(0x2460 + number - 1)


def _agenda_item(records: DemoRecords, number: int, spec: data.AgendaSpec) -> AgendaItem:
    return AgendaItem(
        label=_circled(number),
        title=spec.title,
        description=spec.description,
        presenter=records.members[spec.presenter] if spec.presenter else None,
        presenter_name=spec.presenter_name,
        kind=spec.kind,
        result=spec.result,
        resolution=spec.resolution,
    )


def _guests(spec: data.MeetingSpec) -> tuple[data.GuestSpec, ...]:
    base = data.SUBCOMMITTEE_GUESTS if spec.body == "subcommittee" else data.SECRETARIAT_GUESTS
    return base + spec.extra_guests


# --------------------------------------------------------------------------- attendance


def _in_office(member: data.MemberSpec, day: dt.date) -> bool:
    return member.joined_on <= day and (member.left_on is None or day <= member.left_on)


def _roster(records: DemoRecords, spec: data.MeetingSpec) -> list[str]:
    """Members expected at the meeting: the body's members in office on the day."""
    if spec.body == "subcommittee":
        keys: Sequence[str] = data.SUBCOMMITTEE_MEMBERS
    else:
        keys = [member.key for member in records.sample.members if member.role in _COMMITTEE_ROLES]
    return [
        key
        for key in keys
        if key in records.member_specs and _in_office(records.member_specs[key], spec.held_on)
    ]


def _attendance_plan(
    records: DemoRecords, spec: data.MeetingSpec
) -> dict[str, data.AttendanceSpec]:
    """Every member on the roster: present unless the meeting lists an exception."""
    plan = {
        key: data.AttendanceSpec(key, AttendanceStatus.PRESENT) for key in _roster(records, spec)
    }
    for exception in spec.attendance:
        if exception.member not in plan:
            raise ValueError(f"demo data: {exception.member} is not on the roster of {spec.key}")
        plan[exception.member] = exception
    return plan


def _attendance_row(records: DemoRecords, spec: data.AttendanceSpec) -> Attendance:
    return Attendance(
        member=records.members[spec.member],
        status=spec.status,
        proxy_name=spec.proxy_name,
        absence_notified=spec.absence_notified,
        arrived_at=spec.arrived_at,
        left_at=spec.left_at,
        note=spec.note,
    )


def _was_in_room(attendance: data.AttendanceSpec, when: dt.time) -> bool:
    if attendance.status in _NOT_IN_ROOM:
        return False
    if attendance.arrived_at is not None and when < attendance.arrived_at:
        return False
    return attendance.left_at is None or when < attendance.left_at


# --------------------------------------------------------------------------- minutes


def _remark_times(spec: data.MeetingSpec) -> list[dt.datetime]:
    """Capture times spread evenly over the meeting, in agenda order."""
    count = sum(len(item.remarks) for item in spec.agenda)
    if count == 0:
        return []
    first = at(spec.held_on, spec.start) + _REMARK_MARGIN
    last = at(spec.held_on, spec.end) - _REMARK_MARGIN
    step = dt.timedelta(seconds=(last - first).total_seconds() // count)
    return [first + step * index + step / 2 for index in range(count)]


def _add_minutes(
    records: DemoRecords,
    spec: data.MeetingSpec,
    meeting: Meeting,
    attendance: dict[str, data.AttendanceSpec],
) -> None:
    """Remarks with their capture times, then the decisions (action items)."""
    times = iter(_remark_times(spec))
    remarks_by_item: list[list[Remark]] = []
    for item, item_spec in zip(meeting.agenda_items, spec.agenda, strict=True):
        remarks = []
        for position, remark_spec in enumerate(item_spec.remarks):
            captured_at = next(times)
            _check_speaker_present(records, spec, remark_spec, attendance, captured_at)
            remark = records.remark(remark_spec, position, captured_at)
            remark.agenda_item = item
            remarks.append(remark)
        records.session.add_all(remarks)
        remarks_by_item.append(remarks)
    records.session.flush()  # action items refer to agenda items and remarks by id
    for item, item_spec, remarks in zip(
        meeting.agenda_items, spec.agenda, remarks_by_item, strict=True
    ):
        for position, action_spec in enumerate(item_spec.actions):
            action = records.action(action_spec, position, remarks)
            action.agenda_item_id = item.id
            records.session.add(action)


def _check_speaker_present(
    records: DemoRecords,
    spec: data.MeetingSpec,
    remark: data.RemarkSpec,
    attendance: dict[str, data.AttendanceSpec],
    captured_at: dt.datetime,
) -> None:
    """Catch mistakes in the sample: an absent member must not speak."""
    if not remark.speaker:
        return  # a guest, named in speaker_name
    if records.member_specs[remark.speaker].role is CouncilRole.SECRETARIAT:
        return  # the secretariat attends as guests (MeetingGuest), not on the roster
    planned = attendance.get(remark.speaker)
    if planned is None or not _was_in_room(planned, captured_at.astimezone(TOKYO).time()):
        raise ValueError(f"demo data: {remark.speaker} speaks at {spec.key} but is not there")
