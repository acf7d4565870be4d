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
from app.services.events.dues import fee_parts, fee_table
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


_Share = tuple[EventParticipant, int, int]  # who, the fee due, the yen received for it


def _shares(amounts: dict[str, int], seated: list[EventParticipant]) -> dict[str, list[_Share]]:
    """Each fee's payers: a participant who joins a get-together charged apart pays two
    fees (一般 1,000円 and 懇親会 3,000円), and what they paid is split between them, their
    category's first; paid beyond what was due stays with their category."""
    shares: dict[str, list[_Share]] = {}
    for p in seated:
        parts = fee_parts(amounts, p.fee_category, p.joins_reception)
        paid = 0
        if p.payment is PaymentState.RECEIVED:
            paid = p.paid_amount if p.paid_amount is not None else sum(due for _, due in parts)
        got = []
        for _, due in parts:
            got.append(min(paid, due))
            paid -= got[-1]
        got[0] += paid
        for (category, due), amount in zip(parts, got, strict=True):
            shares.setdefault(category, []).append((p, due, amount))
    return shares


def _count(category: str, amount: int | None, shares: list[_Share]) -> FeeCount:
    """A line of the fees: the people of ``shares`` (each once) and what they paid."""
    people: dict[int, tuple[EventParticipant, int, int]] = {}
    for p, due, paid in shares:
        _, owed, got = people.get(p.id, (p, 0, 0))
        people[p.id] = (p, owed + due, got + paid)
    # paid for this fee: a member who paid only the 懇親会 paid nothing as a member
    payments = Counter(
        p.payment
        for p, due, paid in people.values()
        if p.payment is not PaymentState.RECEIVED or due or paid
    )
    return FeeCount(
        category=category,
        amount=amount,
        people=len(people),
        received=payments[PaymentState.RECEIVED],
        waived=payments[PaymentState.WAIVED],
        # only a fee due is owed: at 0円 (or with no category) nobody is 未収
        unpaid=sum(1 for p, due, _ in people.values() if p.payment is PaymentState.UNPAID and due),
        collected=sum(paid for _, _, paid in people.values()),
    )


def _fees(event: Event, seated: list[EventParticipant]) -> tuple[tuple[FeeCount, ...], FeeCount]:
    """The line of each fee, and their 計 (each person once, whatever they paid)."""
    amounts = fee_table(event)
    shares = _shares(amounts, seated)
    categories = list(amounts) + sorted(set(shares) - set(amounts))
    lines = []
    listed: list[_Share] = []
    for category in categories:
        payers = shares.get(category, [])
        line = _count(category or "(区分なし)", amounts.get(category), payers)
        if not payers or (not category and not line.received):
            continue  # nobody, or only those with no fee to pay (speakers, guests)
        lines.append(line)
        listed += payers
    return tuple(lines), _count("計", None, listed)


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
        fees, fees_total = _fees(event, seated)
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
            fees=fees,
            fees_total=fees_total,
            timetable=tuple(
                (entry.time_text, entry.title, entry.speaker, entry.speaker_affiliation)
                for entry in event.timetable
            ),
            notes=event.notes,
        )


def event_report(db: Database, request: DocumentRequest) -> Document:
    """実施報告."""
    return builder.build(report_input(db, request.require_event(), request.dates))
