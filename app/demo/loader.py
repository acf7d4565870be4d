"""Load the sample council (見本データ) into an empty database.

The sample is a fictional city committee of second-generation manufacturers
(みなと市ものづくりイノベーション推進委員会) with a year of meetings, two visits,
a correspondence register and three years of activities; the data itself lives in
:mod:`app.demo.data`. Loading is all or nothing (one transaction) and is
refused on a database that already holds records, so sample data can never mix
with real minutes.

The sample is dated relative to the day it is loaded (``today``, by default the
clock's): :mod:`app.demo.staging` moves it to the fiscal year around that day, with
held meetings behind and planned ones ahead, running terms and open action items.
Otherwise the output is deterministic: no randomness, so two databases loaded on the
same day hold the same names, texts and times.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.demo import data
from app.demo.events import add_events
from app.demo.staging import (
    FISCAL_YEAR_START_MONTH,
    NOTICE_SUBJECT_END,
    Sample,
    fiscal_year_of,
    sample_as_of,
)
from app.demo.timeline import reiwa
from app.japanese.timezone import TOKYO
from app.models import (
    ActionItem,
    Activity,
    AgendaItem,
    Attendance,
    Body,
    Correspondence,
    Council,
    Event,
    ItineraryItem,
    Meeting,
    MeetingGuest,
    MeetingMaterial,
    Member,
    MinuteSigner,
    Organization,
    Pillar,
    Remark,
    Visit,
    VisitHostAttendee,
    VisitOrganization,
    VisitOutcomeFigure,
    VisitParticipant,
)
from app.models.base import Base, Entity
from app.models.enums import AttendanceStatus, CorrespondenceDirection, CouncilRole, MeetingStatus
from app.services.audit import trail as audit_trail
from app.storage.database import Database

# Any row in one of these tables means the database is in use.
_CONTENT_MODELS: tuple[type[Entity], ...] = (
    Council,
    Member,
    Meeting,
    Organization,
    Visit,
    Correspondence,
    Event,
)
_COMMITTEE_ROLES = frozenset(
    {CouncilRole.CHAIR, CouncilRole.VICE_CHAIR, CouncilRole.MEMBER, CouncilRole.ADVISOR}
)
_NOT_IN_ROOM = frozenset({AttendanceStatus.ABSENT, AttendanceStatus.PROXY})
_WEEKDAYS = "月火水木金土日"
_REMARK_MARGIN = dt.timedelta(minutes=5)  # opening and closing of a meeting: no remarks
_IMPRESSION_INTERVAL = dt.timedelta(minutes=4)
_END_OF_DAY = dt.time(17, 0)  # when a response or action is recorded as done
_ARCHIVED_AT = dt.time(9, 0)


class DatabaseNotEmpty(Exception):
    """The database already holds records: the sample is only loaded into an empty one."""


@dataclass(frozen=True, slots=True)
class DemoSummary:
    """How many rows :func:`load_demo` wrote, for the confirmation message."""

    members: int
    organizations: int
    meetings: int
    agenda_items: int
    remarks: int
    attendances: int
    action_items: int
    visits: int
    letters: int
    activities: int
    events: int


def is_empty(db: Database) -> bool:
    """True when no council, member, meeting, organization, visit or letter is stored."""
    with db.session() as session:
        return _is_empty(session)


def load_demo(db: Database, *, today: dt.date | None = None) -> DemoSummary:
    """Fill an empty database with the sample council, in one transaction.

    Raises :class:`DatabaseNotEmpty` (and writes nothing) if the database holds any
    records. The sample is dated around ``today`` (default: the clock's day).
    """
    sample = sample_as_of(today or dt.date.today())
    with db.transaction() as session:
        session.info[audit_trail.SEEDING] = True  # history as it stands: approved is approved
        if not _is_empty(session):
            raise DatabaseNotEmpty("the database already holds records; the sample was not loaded")
        _DemoLoader(session, sample).load()
        return _summarize(session)


def _approved_at(spec: data.MeetingSpec) -> dt.datetime | None:
    """Minutes are approved about two weeks after the meeting, at 10:00 JST."""
    if spec.status is not MeetingStatus.APPROVED:
        return None
    day = spec.held_on + dt.timedelta(days=14)
    return dt.datetime.combine(day, dt.time(10, 0), tzinfo=TOKYO)


def _is_empty(session: Session) -> bool:
    return all(session.scalar(select(model.id).limit(1)) is None for model in _CONTENT_MODELS)


def _summarize(session: Session) -> DemoSummary:
    def count(model: type[Base]) -> int:
        return session.scalar(select(func.count()).select_from(model)) or 0

    return DemoSummary(
        members=count(Member),
        organizations=count(Organization),
        meetings=count(Meeting),
        agenda_items=count(AgendaItem),
        remarks=count(Remark),
        attendances=count(Attendance),
        action_items=count(ActionItem),
        visits=count(Visit),
        letters=count(Correspondence),
        activities=count(Activity),
        events=count(Event),
    )


# --------------------------------------------------------------------------- small helpers


def _japanese_date(day: dt.date) -> str:
    """令和7年5月20日（火）."""
    return f"{reiwa(day.year)}年{day.month}月{day.day}日（{_WEEKDAYS[day.weekday()]}）"


def _circled(number: int) -> str:
    """①, ②, ③ … (agenda labels as in the minutes)."""
    return chr(0x2460 + number - 1)


def _at(day: dt.date, clock: dt.time) -> dt.datetime:
    return dt.datetime.combine(day, clock, tzinfo=TOKYO)


def _at_end_of(day: dt.date | None) -> dt.datetime | None:
    return None if day is None else _at(day, _END_OF_DAY)


def _remark_times(spec: data.MeetingSpec) -> list[dt.datetime]:
    """Capture times spread evenly over the meeting, in agenda order."""
    count = sum(len(item.remarks) for item in spec.agenda)
    if count == 0:
        return []
    first = _at(spec.held_on, spec.start) + _REMARK_MARGIN
    last = _at(spec.held_on, spec.end) - _REMARK_MARGIN
    step = dt.timedelta(seconds=(last - first).total_seconds() // count)
    return [first + step * index + step / 2 for index in range(count)]


def _was_in_room(attendance: data.AttendanceSpec, when: dt.time) -> bool:
    if attendance.status in _NOT_IN_ROOM:
        return False
    if attendance.arrived_at is not None and when < attendance.arrived_at:
        return False
    return attendance.left_at is None or when < attendance.left_at


def _in_office(member: data.MemberSpec, day: dt.date) -> bool:
    return member.joined_on <= day and (member.left_on is None or day <= member.left_on)


class _DemoLoader:
    """Writes the sample into one session; keys from demo_data resolve to ORM objects."""

    def __init__(self, session: Session, sample: Sample) -> None:
        self.session = session
        self.sample = sample
        self.member_specs = {spec.key: spec for spec in sample.members}
        self.pillars: dict[str, Pillar] = {}
        self.bodies: dict[str, Body] = {}
        self.organizations: dict[str, Organization] = {}
        self.members: dict[str, Member] = {}
        self.meetings: dict[str, Meeting] = {}
        self.visits: dict[str, Visit] = {}

    def load(self) -> None:
        council = self._add_council()
        self._add_pillars()
        self._add_bodies()
        self._add_organizations()
        self._add_members()
        for meeting_spec in self.sample.meetings:
            self._add_meeting(meeting_spec)
        for visit_spec in self.sample.visits:
            self._add_visit(visit_spec)
        self._add_correspondence(council)
        self._add_activities()
        self.session.flush()
        add_events(self.session, self.sample.today, self.members, self.pillars)
        self.session.flush()

    # ----------------------------------------------------------------- council and people

    def _add_council(self) -> Council:
        spec = self.sample.council
        council = Council(
            name=spec.name,
            short_name=spec.short_name,
            secretariat_name=spec.secretariat_name,
            secretariat_phone=spec.secretariat_phone,
            secretariat_email=spec.secretariat_email,
            secretariat_person=spec.secretariat_person,
            seal_omitted=True,
            secretariat_address=spec.secretariat_address,
            founded_on=spec.founded_on,
            purposes=spec.purposes,
            fiscal_year_start_month=FISCAL_YEAR_START_MONTH,
            document_number_format=data.DOCUMENT_NUMBER_FORMAT,
        )
        self.session.add(council)
        return council

    def _add_pillars(self) -> None:
        # Pillars and bodies may exist without other records (set up beforehand): reuse them.
        existing = {pillar.code: pillar for pillar in self.session.scalars(select(Pillar))}
        for position, (code, name) in enumerate(data.PILLARS):
            self.pillars[code] = existing.get(code) or Pillar(
                code=code, name=name, position=position
            )
        self.session.add_all(self.pillars.values())

    def _add_bodies(self) -> None:
        existing = {body.name: body for body in self.session.scalars(select(Body))}
        for position, spec in enumerate(data.BODIES):
            self.bodies[spec.key] = existing.get(spec.name) or Body(
                name=spec.name, kind=spec.kind, position=position, description=spec.description
            )
        self.session.add_all(self.bodies.values())

    def _add_organizations(self) -> None:
        for spec in data.ORGANIZATIONS:
            self.organizations[spec.key] = Organization(
                name=spec.name,
                reading=spec.reading,
                kind=spec.kind,
                region=spec.region,
                postal_code=spec.postal_code,
                address=spec.address,
                phone=spec.phone,
                notes=self.sample.timeline.text(spec.notes),  # 「令和8年2月6日に…」
            )
        self.session.add_all(self.organizations.values())

    def _add_members(self) -> None:
        for spec in self.sample.members:
            self.members[spec.key] = Member(
                family_name=spec.family_name,
                given_name=spec.given_name,
                family_name_reading=spec.family_name_reading,
                given_name_reading=spec.given_name_reading,
                organization=self.organizations[spec.organization],
                position_title=spec.position_title,
                council_role=spec.role,
                term_start=spec.term_start,
                term_end=spec.term_end,
                email=spec.email,
                phone=spec.phone,
                joined_on=spec.joined_on,
                left_on=spec.left_on,
                archived_at=None
                if spec.archived_on is None
                else _at(spec.archived_on, _ARCHIVED_AT),
                notes=spec.notes,
            )
        self.session.add_all(self.members.values())

    # ----------------------------------------------------------------- meetings

    def _add_meeting(self, spec: data.MeetingSpec) -> None:
        body = self.bodies[spec.body]
        meeting = Meeting(
            body=body,
            sequence_number=spec.sequence,
            fiscal_year=spec.fiscal_year,
            title=f"{reiwa(spec.fiscal_year)}年度 第{spec.sequence}回{body.name}",
            held_on=spec.held_on,
            start_time=spec.start,
            end_time=spec.end,
            place=spec.place,
            chair=self.members[spec.chair],
            recorder_name=spec.recorder,
            status=spec.status,
            approved_at=_approved_at(spec),
            next_meeting_note=self._next_meeting_note(spec),
            notes=spec.notes,
        )
        meeting.materials = [
            MeetingMaterial(label=f"資料{number}", title=title)
            for number, title in enumerate(spec.materials, start=1)
        ]
        meeting.agenda_items = [
            self._agenda_item(number, item) for number, item in enumerate(spec.agenda, start=1)
        ]
        self.session.add(meeting)
        self.meetings[spec.key] = meeting
        if spec.status is MeetingStatus.PLANNED:
            return  # nothing recorded yet: no attendance, remarks or decisions
        meeting.guests = [
            MeetingGuest(name=guest.name, affiliation=guest.affiliation, category=guest.category)
            for guest in self._guests(spec)
        ]
        meeting.signers = [MinuteSigner(member=self.members[key]) for key in spec.signers]
        attendance = self._attendance_plan(spec)
        meeting.attendances = [self._attendance_row(row) for row in attendance.values()]
        self._add_minutes(spec, meeting, attendance)

    def _agenda_item(self, number: int, spec: data.AgendaSpec) -> AgendaItem:
        return AgendaItem(
            label=_circled(number),
            title=spec.title,
            description=spec.description,
            presenter=self.members[spec.presenter] if spec.presenter else None,
            presenter_name=spec.presenter_name,
            kind=spec.kind,
            result=spec.result,
            resolution=spec.resolution,
        )

    def _guests(self, spec: data.MeetingSpec) -> tuple[data.GuestSpec, ...]:
        base = data.SUBCOMMITTEE_GUESTS if spec.body == "subcommittee" else data.SECRETARIAT_GUESTS
        return base + spec.extra_guests

    def _roster(self, spec: data.MeetingSpec) -> list[str]:
        """Members expected at the meeting: the body's members in office on the day."""
        if spec.body == "subcommittee":
            keys: Sequence[str] = data.SUBCOMMITTEE_MEMBERS
        else:
            keys = [member.key for member in self.sample.members if member.role in _COMMITTEE_ROLES]
        return [
            key
            for key in keys
            if key in self.member_specs and _in_office(self.member_specs[key], spec.held_on)
        ]

    def _attendance_plan(self, spec: data.MeetingSpec) -> dict[str, data.AttendanceSpec]:
        """Every member on the roster: present unless the meeting lists an exception."""
        plan = {
            key: data.AttendanceSpec(key, AttendanceStatus.PRESENT) for key in self._roster(spec)
        }
        for exception in spec.attendance:
            if exception.member not in plan:
                raise ValueError(
                    f"demo data: {exception.member} is not on the roster of {spec.key}"
                )
            plan[exception.member] = exception
        return plan

    def _attendance_row(self, spec: data.AttendanceSpec) -> Attendance:
        return Attendance(
            member=self.members[spec.member],
            status=spec.status,
            proxy_name=spec.proxy_name,
            absence_notified=spec.absence_notified,
            arrived_at=spec.arrived_at,
            left_at=spec.left_at,
            note=spec.note,
        )

    def _add_minutes(
        self,
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
                self._check_speaker_present(spec, remark_spec, attendance, captured_at)
                remark = self._remark(remark_spec, position, captured_at)
                remark.agenda_item = item
                remarks.append(remark)
            self.session.add_all(remarks)
            remarks_by_item.append(remarks)
        self.session.flush()  # action items refer to agenda items and remarks by id
        for item, item_spec, remarks in zip(
            meeting.agenda_items, spec.agenda, remarks_by_item, strict=True
        ):
            for position, action_spec in enumerate(item_spec.actions):
                action = self._action(action_spec, position, remarks)
                action.agenda_item_id = item.id
                self.session.add(action)

    def _check_speaker_present(
        self,
        spec: data.MeetingSpec,
        remark: data.RemarkSpec,
        attendance: dict[str, data.AttendanceSpec],
        captured_at: dt.datetime,
    ) -> None:
        """Catch mistakes in the sample: an absent member must not speak."""
        if not remark.speaker:
            return  # a guest, named in speaker_name
        if self.member_specs[remark.speaker].role is CouncilRole.SECRETARIAT:
            return  # the secretariat attends as guests (MeetingGuest), not on the roster
        planned = attendance.get(remark.speaker)
        if planned is None or not _was_in_room(planned, captured_at.astimezone(TOKYO).time()):
            raise ValueError(f"demo data: {remark.speaker} speaks at {spec.key} but is not there")

    def _next_meeting_note(self, spec: data.MeetingSpec) -> str:
        """次回開催予定, from the next meeting of the same body in the sample."""
        if spec.next_note is not None:
            return spec.next_note
        later = [
            other
            for other in self.sample.meetings
            if other.body == spec.body and other.held_on > spec.held_on
        ]
        if not later:
            return ""
        following = min(later, key=lambda other: other.held_on)
        body_name = self.bodies[following.body].name
        return (
            f"第{following.sequence}回{body_name} {_japanese_date(following.held_on)}"
            f"{following.start:%H:%M}〜 {following.place}"
        )

    # ----------------------------------------------------------------- remarks and actions

    def _remark(self, spec: data.RemarkSpec, position: int, captured_at: dt.datetime) -> Remark:
        remark = Remark(
            position=position,
            speaker=self.members[spec.speaker] if spec.speaker else None,
            speaker_name=spec.speaker_name,
            kind=spec.kind,
            text=spec.text,
            captured_at=captured_at,
        )
        if spec.response is not None:
            remark.response_status = spec.response.status
            remark.response_text = spec.response.text
            remark.responded_at = _at_end_of(spec.response.responded_on)
        return remark

    def _action(
        self, spec: data.ActionSpec, position: int, source_remarks: Sequence[Remark]
    ) -> ActionItem:
        owned_by_member = spec.owner.isascii()  # member keys are ASCII, display names are not
        return ActionItem(
            position=position,
            text=spec.text,
            owner=self.members[spec.owner] if owned_by_member else None,
            owner_name="" if owned_by_member else spec.owner,
            due_on=spec.due_on,
            status=spec.status,
            closed_at=_at_end_of(spec.closed_on),
            remark_id=None if spec.remark_index is None else source_remarks[spec.remark_index].id,
        )

    # ----------------------------------------------------------------- visits

    def _add_visit(self, spec: data.VisitSpec) -> None:
        visit = Visit(
            direction=spec.direction,
            title=spec.title,
            region=spec.region,
            fiscal_year=fiscal_year_of(spec.start_on),
            start_on=spec.start_on,
            end_on=spec.end_on,
            purpose=spec.purpose,
            findings=spec.findings,
            outcomes=spec.outcomes,
            notes=spec.notes,
        )
        visit.organizations = [
            VisitOrganization(organization=self.organizations[key], role=role)
            for key, role in spec.organizations
        ]
        visit.participants = [
            VisitParticipant(member=self.members[key]) for key in spec.participants
        ] + [
            VisitParticipant(name=name, affiliation=affiliation)
            for name, affiliation in spec.staff_participants
        ]
        visit.host_attendees = [
            VisitHostAttendee(name=host.name, affiliation=host.affiliation, title=host.title)
            for host in spec.host_attendees
        ]
        visit.itinerary = [
            ItineraryItem(
                day=spec.start_on + dt.timedelta(days=row.day - 1),
                time_text=row.time_text,
                place=row.place,
                content=row.content,
            )
            for row in spec.itinerary
        ]
        visit.outcome_figures = [
            VisitOutcomeFigure(label=label, value=value, unit=unit)
            for label, value, unit in spec.figures
        ]
        self.session.add(visit)
        self.visits[spec.key] = visit
        self.session.flush()  # remarks and action items refer to the visit by id
        self._add_visit_notes(spec, visit)

    def _add_visit_notes(self, spec: data.VisitSpec, visit: Visit) -> None:
        """Participants' impressions (remarks on the visit) and the follow-up actions."""
        first = _at(spec.end_on, spec.impressions_from)
        impressions = []
        for position, remark_spec in enumerate(spec.impressions):
            if remark_spec.speaker not in spec.participants:
                raise ValueError(f"demo data: {remark_spec.speaker} was not on visit {spec.key}")
            remark = self._remark(remark_spec, position, first + _IMPRESSION_INTERVAL * position)
            remark.visit_id = visit.id
            impressions.append(remark)
        self.session.add_all(impressions)
        self.session.flush()
        for position, action_spec in enumerate(spec.actions):
            action = self._action(action_spec, position, impressions)
            action.visit_id = visit.id
            self.session.add(action)

    # ----------------------------------------------------------------- register and activities

    def _add_correspondence(self, council: Council) -> None:
        """Letters in date order; serial numbers run per direction and fiscal year."""
        self.session.flush()  # letters refer to meetings and visits by id
        serials: defaultdict[tuple[CorrespondenceDirection, int], int] = defaultdict(int)
        ordered = sorted(
            self.sample.correspondence, key=lambda spec: (spec.direction, spec.dated_on)
        )
        for spec in ordered:
            fiscal_year = fiscal_year_of(spec.dated_on)
            serials[spec.direction, fiscal_year] += 1
            serial = serials[spec.direction, fiscal_year]
            outgoing = spec.direction is CorrespondenceDirection.OUTGOING
            self.session.add(
                Correspondence(
                    direction=spec.direction,
                    fiscal_year=fiscal_year,
                    serial_number=serial,
                    document_number=council.document_number_format.format(
                        short=council.short_name, n=serial
                    )
                    if outgoing
                    else "",
                    their_number=spec.their_number,
                    dated_on=spec.dated_on,
                    counterparty_organization=self.organizations.get(spec.counterparty),
                    counterparty_name=spec.counterparty_name,
                    subject=spec.subject,
                    medium=spec.medium,
                    summary=spec.summary,
                    reply_needed=spec.reply_needed,
                    reply_due=spec.reply_due,
                    status=spec.status,
                    meeting_id=self.meetings[spec.meeting].id if spec.meeting else None,
                    document_kind="notice"
                    if spec.meeting and spec.subject.endswith(NOTICE_SUBJECT_END)
                    else "",
                    visit_id=self.visits[spec.visit].id if spec.visit else None,
                )
            )

    def _add_activities(self) -> None:
        positions: defaultdict[tuple[str, int], int] = defaultdict(int)
        for spec in self.sample.activities:
            group = (spec.organization, spec.fiscal_year)
            self.session.add(
                Activity(
                    organization=self.organizations[spec.organization]
                    if spec.organization
                    else None,
                    fiscal_year=spec.fiscal_year,
                    pillar=self.pillars[spec.pillar],
                    state=spec.state,
                    title=spec.title,
                    description=spec.description,
                    position=positions[group],
                )
            )
            positions[group] += 1
