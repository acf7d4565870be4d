"""Frozen rows of the events area, in and out (never ORM objects)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from app.models.event_enums import (
    ApplicationSource,
    EventKind,
    EventStatus,
    FeeTiming,
    ParticipantRole,
    ParticipationState,
    PaymentState,
)

# A participant's own details, as typed on an application (the text fields of
# :class:`ParticipantForm` that describe the person)
PERSON_TEXTS = (
    "name",
    "reading",
    "organization_name",
    "organization_reading",
    "title",
    "email",
    "phone",
    "postal_code",
    "address",
)


@dataclass(frozen=True, slots=True)
class FeeInput:
    """A fee as typed: 会員 0, 一般 1,000 (yen), paid on the day or in advance."""

    category: str
    amount: str
    timing: FeeTiming = FeeTiming.ON_THE_DAY


@dataclass(frozen=True, slots=True)
class TimetableInput:
    time_text: str = ""  # 13:30〜14:30
    title: str = ""
    speaker: str = ""
    speaker_affiliation: str = ""


@dataclass(frozen=True, slots=True)
class EventForm:
    """An event as typed (dates and times as text; :func:`editing.validate` reads them)."""

    title: str = ""
    kind: EventKind = EventKind.SEMINAR
    held_on: str = ""
    theme: str = ""
    organiser: str = ""
    body_id: int | None = None
    open_time: str = ""
    start_time: str = ""
    end_time: str = ""
    venue_name: str = ""
    venue_address: str = ""
    venue_room: str = ""
    venue_access: str = ""
    capacity: str = ""  # empty: no limit
    application_deadline: str = ""
    contact_person: str = ""
    contact_phone: str = ""
    contact_fax: str = ""
    contact_email: str = ""
    status: EventStatus = EventStatus.PLANNING
    meeting_id: int | None = None
    visit_id: int | None = None
    activity_id: int | None = None  # 実施事業: reported under the activity's pillar
    pillar_id: int | None = None  # or under this pillar
    notes: str = ""
    fees: tuple[FeeInput, ...] = ()
    timetable: tuple[TimetableInput, ...] = ()
    id: int | None = None
    version: int | None = None


@dataclass(frozen=True, slots=True)
class EventRow:
    """One event of the list, with its numbers of places taken and waiting."""

    id: int
    uuid: str
    kind: EventKind
    title: str
    held_on: date
    start_time: time | None
    venue_name: str
    capacity: int | None
    status: EventStatus
    fiscal_year: int
    attending: int
    waitlisted: int


@dataclass(frozen=True, slots=True)
class ParticipantForm:
    """A participant as typed on an application (or at the door)."""

    name: str = ""
    reading: str = ""
    organization_name: str = ""
    organization_reading: str = ""  # 所属のよみ, without the legal form
    title: str = ""
    email: str = ""
    phone: str = ""
    postal_code: str = ""
    address: str = ""
    member_id: int | None = None
    role: ParticipantRole = ParticipantRole.PARTICIPANT
    fee_category: str = ""
    payment: PaymentState = PaymentState.UNPAID
    paid_on: str = ""
    paid_amount: str = ""
    payment_method: str = ""
    source: ApplicationSource = ApplicationSource.EMAIL
    joins_reception: bool = False
    notes: str = ""
    applied_at: datetime | None = None  # None: now
    id: int | None = None
    version: int | None = None


@dataclass(frozen=True, slots=True)
class ParticipantRow:
    id: int
    uuid: str
    version: int
    number: int | None  # 受付番号
    name: str
    reading: str
    organization_name: str
    title: str
    member_id: int | None
    role: ParticipantRole
    fee_category: str
    payment: PaymentState
    source: ApplicationSource
    joins_reception: bool
    applied_at: datetime
    state: ParticipationState
    waitlist_number: int | None
    must_notify: bool
    checked_in_at: datetime | None


@dataclass(frozen=True, slots=True)
class EventCounts:
    """The numbers of an event: applications, places, waitlist and check-ins."""

    capacity: int | None
    applied: int  # every application not cancelled (attending or waiting)
    attending: int
    seats_taken: int  # attending participants who take a place (not speakers, guests, staff)
    waitlisted: int
    cancelled: int
    checked_in: int
    by_role: tuple[tuple[ParticipantRole, int], ...]  # attending, in the order of the roles
    by_fee_category: tuple[tuple[str, int], ...]  # attending, in the order of the fees
