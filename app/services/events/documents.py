"""What the documents of an event are made from, read in one short session each: the
開催案内, the lists of participants and the 名札 (the 領収書 take numbers:
:mod:`app.services.events.receipts`)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.documents.builders import event_badges, event_lists, event_notice
from app.documents.event_inputs import (
    EventHeader,
    EventNoticeInput,
    FeeLine,
    ParticipantLine,
    ParticipantListInput,
    ScheduleLine,
)
from app.documents.inputs import DateStyle
from app.documents.model import Document
from app.models import Council
from app.models.event import Event, EventParticipant
from app.models.event_enums import (
    FeeTiming,
    ParticipantRole,
    ParticipationState,
    PaymentState,
)
from app.services.documents.request import DocumentRequest
from app.services.events.dues import due_of, fee_label, fee_table, mentions_reception
from app.services.events.reception_search import organisation_readings
from app.storage.database import Database

# Documents are printed in Japanese whatever the window's language.
ROLE = {
    ParticipantRole.PARTICIPANT: "参加者",
    ParticipantRole.SPEAKER: "講師",
    ParticipantRole.GUEST: "来賓",
    ParticipantRole.STAFF: "スタッフ",
    ParticipantRole.BUYER: "発注側",
    ParticipantRole.SUPPLIER: "受注側",
}
PAYMENT = {PaymentState.UNPAID: "未収", PaymentState.RECEIVED: "受領", PaymentState.WAIVED: "免除"}
_ON_BADGE = (ParticipantRole.SPEAKER, ParticipantRole.GUEST)  # the role a badge shows


def council_name(session: Session) -> str:
    council = session.scalars(select(Council).order_by(Council.id).limit(1)).first()
    return council.name if council else ""


def header_of(session: Session, event: Event, dates: DateStyle | None = None) -> EventHeader:
    return EventHeader(
        council_name=council_name(session),
        title=event.title,
        held_on=event.held_on,
        open_time=event.open_time,
        start_time=event.start_time,
        end_time=event.end_time,
        venue_name=event.venue_name,
        venue_room=event.venue_room,
        dates=dates or DateStyle(),
    )


def _state(participant: EventParticipant) -> str:
    if participant.state is ParticipationState.WAITLISTED:
        return f"キャンセル待ち{participant.waitlist_number}"
    return "取消" if participant.state is ParticipationState.CANCELLED else "参加"


def participant_line(
    event: Event, participant: EventParticipant, organization_reading: str = ""
) -> ParticipantLine:
    return ParticipantLine(
        number=participant.number,
        name=participant.name,
        reading=participant.reading,
        organization=participant.organization_name,
        title=participant.title,
        role=ROLE[participant.role],
        special_role=ROLE[participant.role] if participant.role in _ON_BADGE else "",
        category=fee_label(fee_table(event), participant.fee_category, participant.joins_reception),
        fee=due_of(event, participant),
        payment=PAYMENT[participant.payment],
        paid=participant.payment is PaymentState.RECEIVED,
        waived=participant.payment is PaymentState.WAIVED,
        state=_state(participant),
        attending=participant.state is ParticipationState.ATTENDING,
        waitlist_number=participant.waitlist_number,
        email=participant.email,
        phone=participant.phone,
        organization_reading=organization_reading,
    )


def participants_input(db: Database, request: DocumentRequest) -> ParticipantListInput:
    """Every participant of the event, by 受付番号 (contacts only when asked for)."""
    with db.session() as session:
        event = session.get_one(Event, request.require_event())
        ordered = sorted(event.participants, key=lambda p: (p.number is None, p.number or 0, p.id))
        readings = organisation_readings(session, ordered)
        return ParticipantListInput(
            header=header_of(session, event, request.dates),
            participants=tuple(participant_line(event, p, readings[p.id]) for p in ordered),
            with_contact=request.with_contact,
        )


def notice_input(db: Database, request: DocumentRequest) -> EventNoticeInput:
    with db.session() as session:
        event = session.get_one(Event, request.require_event())
        header = header_of(session, event, request.dates)
        return EventNoticeInput(
            header=header,
            theme=event.theme,
            venue_address=event.venue_address,
            venue_access=event.venue_access,
            fees=tuple(
                FeeLine(fee.category, fee.amount, fee.timing is FeeTiming.ON_THE_DAY)
                for fee in event.fees
            ),
            schedule=tuple(
                ScheduleLine(row.time_text, row.title, row.speaker, row.speaker_affiliation)
                for row in event.timetable
            ),
            capacity=event.capacity,
            deadline=event.application_deadline,
            contact_person=event.contact_person,
            contact_phone=event.contact_phone,
            contact_fax=event.contact_fax,
            contact_email=event.contact_email,
            organiser=event.organiser or header.council_name,
            reception_fee=any(mentions_reception(fee.category) for fee in event.fees),
        )


def notice(db: Database, request: DocumentRequest) -> Document:
    """開催案内 with its FAX 申込書."""
    return event_notice.build(notice_input(db, request))


def reception_list(db: Database, request: DocumentRequest) -> Document:
    """受付名簿, by the reading of the names."""
    return event_lists.reception(participants_input(db, request))


def reception_list_by_organization(db: Database, request: DocumentRequest) -> Document:
    """受付名簿, by the reading of the organisations (then of the names)."""
    return event_lists.reception(participants_input(db, request), by_organization=True)


def participant_list(db: Database, request: DocumentRequest) -> Document:
    """参加者一覧."""
    return event_lists.participants(participants_input(db, request))


@dataclass(frozen=True, slots=True)
class LabelSheet:
    """A label sheet the badges can be printed on (the document dialog's choice)."""

    key: str  # DocumentRequest.badge_sheet
    count: int  # labels to a sheet
    width: float  # mm
    height: float  # mm


def label_sheets() -> tuple[LabelSheet, ...]:
    """The label sheets, the default first."""
    return tuple(
        LabelSheet(key, sheet.per_page, sheet.width, sheet.height)
        for key, sheet in event_badges.SHEETS.items()
    )


def badges(db: Database, request: DocumentRequest) -> Document:
    """名札 on the label sheet chosen."""
    data = participants_input(db, request)
    return event_badges.build(data, event_badges.sheet(request.badge_sheet))
