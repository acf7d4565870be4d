"""The sample's events (行事), put around the day the sample is loaded: an exchange salon
held three weeks ago (開催済, with check-ins, a walk-in and the fees received), a 商談会
held seven weeks ago (both sides from member companies and outside firms) and a seminar
taking applications for a day four weeks ahead (募集中).

Each day stays in the fiscal year of the day the sample is loaded when it has room
(loaded on 20 April, the salon falls between 1 April and today, not in March), and on a
weekday. The data is :mod:`app.demo.event_data`; here is only the logic.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from app.demo import event_data
from app.demo.event_data import EventSpec, Outsider
from app.demo.timeline import FISCAL_YEAR_START_MONTH
from app.japanese.timezone import TOKYO
from app.models import Event, EventFee, EventParticipant, Member, Pillar, TimetableEntry
from app.models.event_enums import (
    ApplicationSource,
    ParticipantRole,
    ParticipationState,
    PaymentState,
)

_SOURCES = (
    ApplicationSource.FAX,
    ApplicationSource.EMAIL,
    ApplicationSource.WEB_FORM,
    ApplicationSource.EMAIL,
    ApplicationSource.PHONE,
)
_CONTACT = ("事務局 佐野", "046-555-0101", "046-555-0109", "sangyo@city.minato.example.jp")


def _fiscal_year(day: dt.date) -> int:
    return day.year if day.month >= FISCAL_YEAR_START_MONTH else day.year - 1


def _working(day: dt.date) -> bool:
    """Not a Saturday or Sunday, nor 年末年始 (29 December to 3 January: offices close)."""
    new_year = (day.month, day.day) >= (12, 29) or (day.month, day.day) <= (1, 3)
    return day.weekday() < 5 and not new_year


def _weekday(day: dt.date, step: int) -> dt.date:
    while not _working(day):
        day += dt.timedelta(days=step)
    return day


def event_day(today: dt.date, days: int) -> dt.date:
    """``days`` from today (before it when negative) on a weekday, kept in today's fiscal
    year when that year has a day on the same side of today (then the weekday nearest
    the middle of that stretch)."""
    year = _fiscal_year(today)
    first = dt.date(year, FISCAL_YEAR_START_MONTH, 1)
    last = dt.date(year + 1, FISCAL_YEAR_START_MONTH, 1) - dt.timedelta(days=1)
    day = _weekday(today + dt.timedelta(days=days), -1 if days < 0 else 1)
    if days < 0 and day < first < today:
        stretch = (first, today - dt.timedelta(days=1))
    elif days > 0 and day > last > today:
        stretch = (today + dt.timedelta(days=1), last)
    else:
        return day
    middle = stretch[0] + (stretch[1] - stretch[0]) / 2
    inside = [stretch[0] + dt.timedelta(days=n) for n in range((stretch[1] - stretch[0]).days + 1)]
    weekdays = [d for d in inside if _working(d)] or inside
    return min(weekdays, key=lambda d: (abs(d - middle), d))


def _at(day: dt.date, clock: dt.time, minutes: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, clock, tzinfo=TOKYO) + dt.timedelta(minutes=minutes)


class _Applicant:
    """One person on an event's list, before numbering."""

    def __init__(
        self, name: str, reading: str, company: str, title: str, role: ParticipantRole
    ) -> None:
        self.name, self.reading, self.company, self.title, self.role = (
            name,
            reading,
            company,
            title,
            role,
        )
        self.member: Member | None = None
        self.came = True
        self.cancelled = False
        self.walk_in = False


def _outsider(person: Outsider, role: ParticipantRole) -> _Applicant:
    return _Applicant(
        f"{person.family} {person.given}", person.reading, person.company, person.title, role
    )


def _applicants(spec: EventSpec, members: dict[str, Member]) -> list[_Applicant]:
    people: list[_Applicant] = []
    for event_key, member_key, role, came in event_data.MEMBERS_AT:
        member = members.get(member_key)
        if event_key != spec.key or member is None:
            continue  # not on the roster on the day the sample is loaded
        organization = member.organization.name if member.organization else ""
        applicant = _Applicant(
            member.full_name,
            f"{member.family_name_reading} {member.given_name_reading}".strip(),
            organization,
            member.position_title,
            ParticipantRole(role),
        )
        applicant.member, applicant.came = member, came
        people.append(applicant)
    side = ParticipantRole.SUPPLIER if spec.key == "fair" else ParticipantRole.PARTICIPANT
    outsiders = [
        _outsider(person, side)
        for person in event_data.OUTSIDERS[: event_data.OUTSIDE_APPLICANTS[spec.key]]
    ]
    for applicant in outsiders[: event_data.CANCELLED[spec.key]]:
        applicant.cancelled, applicant.came = True, False
    for applicant in outsiders[len(outsiders) - event_data.NO_SHOWS[spec.key] :]:
        applicant.came = False
    people += outsiders
    if spec.key == "fair":
        people += [_outsider(person, ParticipantRole.BUYER) for person in event_data.BUYERS]
    for person in event_data.OUTSIDERS[len(event_data.OUTSIDERS) - event_data.WALK_INS[spec.key] :]:
        walk_in = _outsider(person, side)
        walk_in.walk_in = True
        people.append(walk_in)
    return people


def _participant(
    spec: EventSpec, held_on: dt.date, today: dt.date, number: int, person: _Applicant
) -> EventParticipant:
    held = held_on < today
    fees = dict(spec.fees)
    category = ""
    if fees and person.role in (ParticipantRole.PARTICIPANT, ParticipantRole.SUPPLIER):
        category = "会員" if person.member is not None else "一般"
    # Applications came in over the three weeks before the deadline (or before today).
    last = min(held_on - dt.timedelta(days=7), today - dt.timedelta(days=1))
    applied = _at(last - dt.timedelta(days=21 - number * 21 // 40), dt.time(9, 0), number * 7)
    source = _SOURCES[number % len(_SOURCES)]
    if person.walk_in:
        applied, source = _at(held_on, spec.start, -5), ApplicationSource.WALK_IN
    participant = EventParticipant(
        number=number,
        member=person.member,
        name=person.name,
        reading=person.reading,
        organization_name=person.company,
        organization_reading=""
        if person.member
        else event_data.COMPANY_READINGS.get(person.company, ""),
        title=person.title,
        email="" if person.member else f"entry{number:02d}.{spec.key}@example.jp",
        role=person.role,
        fee_category=category,
        source=source,
        applied_at=applied,
        joins_reception=spec.key == "salon",
        state=ParticipationState.CANCELLED if person.cancelled else ParticipationState.ATTENDING,
        cancelled_at=applied + dt.timedelta(days=3) if person.cancelled else None,
    )
    if held and person.came:
        participant.checked_in_at = _at(held_on, spec.open_time or spec.start, number % 25)
        if category and fees[category] > 0:  # at 0円 nothing is due: left as it was
            participant.payment = PaymentState.RECEIVED
            participant.paid_on, participant.paid_amount = held_on, fees[category]
            participant.payment_method = "現金"
    return participant


def add_events(
    session: Session, today: dt.date, members: dict[str, Member], pillars: dict[str, Pillar]
) -> None:
    """Write the three events with their fees, timetable and participants (the pillars
    are flushed: an event names its pillar by id)."""
    for spec in event_data.EVENTS:
        held_on = event_day(today, spec.days_from_today)
        deadline = max(held_on - dt.timedelta(days=7), min(today + dt.timedelta(days=1), held_on))
        event = Event(
            kind=spec.kind,
            title=spec.title.format(year=_fiscal_year(held_on)),
            theme=spec.theme,
            organiser=spec.organiser,
            fiscal_year=_fiscal_year(held_on),
            held_on=held_on,
            open_time=spec.open_time,
            start_time=spec.start,
            end_time=spec.end,
            venue_name=spec.venue,
            venue_room=spec.room,
            venue_address=spec.address,
            venue_access=spec.access,
            capacity=spec.capacity,
            application_deadline=deadline,
            contact_person=_CONTACT[0],
            contact_phone=_CONTACT[1],
            contact_fax=_CONTACT[2],
            contact_email=_CONTACT[3],
            status=spec.status,  # held before today, taking applications after it
            pillar_id=pillars[spec.pillar].id,
            notes=spec.notes,
            fees=[EventFee(category=c, amount=a, timing=spec.fee_timing) for c, a in spec.fees],
            timetable=[
                TimetableEntry(time_text=t, title=title, speaker=s, speaker_affiliation=a)
                for t, title, s, a in spec.timetable
            ],
        )
        people = _applicants(spec, members)
        event.participants = [
            _participant(spec, held_on, today, number, person)
            for number, person in enumerate(people, start=1)
        ]
        session.add(event)
