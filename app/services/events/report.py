"""The 実施報告 of an event (行事): what was held, who came and what was received.

The counts are of the records: 申込 are the applications that had a place (neither
cancelled nor left on the waitlist), 当日参加 the walk-ins, and 出席 those checked in at
the reception. When the reception recorded no check-in at all, 出席 is everyone with a
place, and the report says so rather than print a column of zeros.
"""

from __future__ import annotations

from collections import Counter

from sqlalchemy import select

from app.documents.builders import event_report as builder
from app.documents.inputs import DateStyle, EventReportInput, FeeCount, RoleCount
from app.documents.model import Document
from app.japanese.wareki import format_date_time_range
from app.models import Body, Council, Event, EventParticipant
from app.models.event_enums import (
    ApplicationSource,
    EventKind,
    ParticipantRole,
    ParticipationState,
    PaymentState,
)
from app.services.documents.request import DocumentRequest
from app.services.events.dues import due_of
from app.storage.database import Database

# The domain's own words, as the 実施報告 prints them (the documents are in Japanese).
KIND_WORDS: dict[EventKind, str] = {
    EventKind.SEMINAR: "セミナー",
    EventKind.STUDY_GROUP: "勉強会",
    EventKind.NETWORKING: "交流会",
    EventKind.BUSINESS_MATCHING: "商談会",
    EventKind.SITE_TOUR: "見学会",
    EventKind.TRAINING: "研修",
    EventKind.BRIEFING: "説明会",
}
ROLE_WORDS: dict[ParticipantRole, str] = {
    ParticipantRole.PARTICIPANT: "参加者",
    ParticipantRole.SPEAKER: "講師",
    ParticipantRole.GUEST: "来賓",
    ParticipantRole.STAFF: "スタッフ",
    ParticipantRole.BUYER: "発注側",
    ParticipantRole.SUPPLIER: "受注側",
}
# Those who come as a company (or as themselves): staff and speakers are not 参加企業.
_COUNTED_AS_ORGANIZATIONS = frozenset(
    {ParticipantRole.PARTICIPANT, ParticipantRole.BUYER, ParticipantRole.SUPPLIER}
)


# The order of the report's lines: those who came for the event, then those who ran it.
_ROLE_ORDER = (
    ParticipantRole.PARTICIPANT,
    ParticipantRole.BUYER,
    ParticipantRole.SUPPLIER,
    ParticipantRole.SPEAKER,
    ParticipantRole.GUEST,
    ParticipantRole.STAFF,
)


def companies(people: list[EventParticipant]) -> int:
    """How many organizations these people came from (企業数)."""
    return len(
        {organization_key(p.organization_name) for p in people if p.organization_name.strip()}
    )


def venue_of(event: Event) -> str:
    """「みなと市産業振興センター 第1会議室(みなと市港町1-2-3)」."""
    place = " ".join(part for part in (event.venue_name, event.venue_room) if part)
    if event.venue_address:
        return f"{place}({event.venue_address})" if place else event.venue_address
    return place


def organization_key(name: str) -> str:
    """Two spellings of one company count once: spaces and 株式会社/(株) do not matter."""
    folded = "".join(name.split())
    for form in ("株式会社", "(株)", "（株）", "㈱", "有限会社", "(有)", "（有）", "㈲"):
        folded = folded.replace(form, "")
    return folded


def attended(people: list[EventParticipant]) -> tuple[list[EventParticipant], bool]:
    """Who attended, and whether the reception recorded it (else: everyone with a place)."""
    seated = [p for p in people if p.state is ParticipationState.ATTENDING]
    present = [p for p in seated if p.checked_in_at is not None]
    return (present, True) if present else (seated, False)


def _fees(event: Event, seated: list[EventParticipant]) -> tuple[FeeCount, ...]:
    amounts = {fee.category: fee.amount for fee in event.fees}
    categories = list(amounts) + sorted({p.fee_category for p in seated} - set(amounts))
    lines = []
    for category in categories:
        people = [p for p in seated if p.fee_category == category]
        payments = Counter(p.payment for p in people)
        if not people or (not category and not payments[PaymentState.RECEIVED]):
            continue  # nobody, or only those with no fee to pay (speakers, guests)
        collected = sum(
            p.paid_amount if p.paid_amount is not None else due_of(event, p) or 0
            for p in people
            if p.payment is PaymentState.RECEIVED
        )
        lines.append(
            FeeCount(
                category=category or "(区分なし)",
                amount=amounts.get(category),
                people=len(people),
                received=payments[PaymentState.RECEIVED],
                waived=payments[PaymentState.WAIVED],
                # only a fee due is owed: at 0円 (or with no category) nobody is 未収,
                # unless they joined a get-together the event charges apart
                unpaid=sum(
                    1 for p in people if p.payment is PaymentState.UNPAID and due_of(event, p)
                ),
                collected=collected,
            )
        )
    return tuple(lines)


def report_input(db: Database, event_id: int, dates: DateStyle | None = None) -> EventReportInput:
    """The facts of the 実施報告, read in one session; the date as the dialog chose
    (和暦 or 西暦, 12- or 24-hour, digit width)."""
    dates = dates or DateStyle()
    with db.session() as session:
        event = session.get(Event, event_id)
        if event is None:
            raise LookupError(f"no event {event_id}")
        council = session.scalars(select(Council).order_by(Council.id).limit(1)).first()
        body = session.get(Body, event.body_id) if event.body_id is not None else None
        people = list(
            session.scalars(
                select(EventParticipant)
                .where(EventParticipant.event_id == event_id)
                .order_by(EventParticipant.number, EventParticipant.id)
            )
        )
        council_name = council.name if council else ""
        seated = [p for p in people if p.state is ParticipationState.ATTENDING]
        present, checked_in = attended(people)
        walk_in = [p for p in seated if p.source is ApplicationSource.WALK_IN]
        roles = tuple(
            RoleCount(
                role=ROLE_WORDS[role],
                applied=sum(
                    1
                    for p in seated
                    if p.role is role and p.source is not ApplicationSource.WALK_IN
                ),
                walk_ins=sum(1 for p in walk_in if p.role is role),
                attended=sum(1 for p in present if p.role is role),
            )
            for role in _ROLE_ORDER
            if any(p.role is role for p in seated)
        )
        return EventReportInput(
            council_name=council_name,
            title=event.title,
            kind=KIND_WORDS[event.kind],
            when=format_date_time_range(
                event.held_on,
                event.start_time,
                event.end_time,
                twelve_hour=dates.twelve_hour,
                full_width=dates.full_width,
                western=dates.western,
            ),
            venue=venue_of(event),
            organiser=event.organiser or (body.name if body else council_name),
            theme=event.theme,
            checked_in=checked_in,
            roles=roles,
            applied=len(seated) - len(walk_in),
            walk_ins=len(walk_in),
            attended=len(present),
            cancelled=sum(1 for p in people if p.state is ParticipationState.CANCELLED),
            left_waiting=sum(1 for p in people if p.state is ParticipationState.WAITLISTED),
            organizations=companies([p for p in present if p.role in _COUNTED_AS_ORGANIZATIONS]),
            buyer_companies=companies([p for p in present if p.role is ParticipantRole.BUYER]),
            supplier_companies=companies(
                [p for p in present if p.role is ParticipantRole.SUPPLIER]
            ),
            fees=_fees(event, seated),
            timetable=tuple(
                (entry.time_text, entry.title, entry.speaker, entry.speaker_affiliation)
                for entry in event.timetable
            ),
            notes=event.notes,
        )


def event_report(db: Database, request: DocumentRequest) -> Document:
    """実施報告."""
    return builder.build(report_input(db, request.require_event(), request.dates))
