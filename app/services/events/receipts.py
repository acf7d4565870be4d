"""領収書 of an event: one per participant who paid (受領, an amount above 0), numbered
within the fiscal year of the payment without gaps, across all events.

A receipt is numbered once: the first time it is made it takes the next number of its
fiscal year and keeps it (its number, fiscal year and date of issue are stored on the
participant); made again, it prints the same number. New numbers are taken in one
transaction, as a numbered letter takes its number (``app.services.correspondence``):
committed when the document is laid out, before the file is written, so that a second
clerk printing at the same time cannot take the same numbers. A file that then fails to
write leaves the numbers taken, and printing again reprints those same numbers: no gap.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.documents.builders import event_receipts
from app.documents.event_inputs import ReceiptLine, ReceiptsInput
from app.documents.inputs import DateStyle
from app.documents.model import Document
from app.japanese.wareki import fiscal_year_of, format_fiscal_year
from app.models import Council
from app.models.event import Event, EventParticipant
from app.models.event_enums import ParticipationState, PaymentState
from app.services.documents.request import DocumentRequest
from app.services.events.documents import header_of
from app.services.events.dues import due_of, receipt_purpose
from app.storage.database import Database


def amount_of(event: Event, participant: EventParticipant) -> int:
    """What was paid: the amount recorded, else what the participant owed (their
    category's fee, and the reception's if they joined it)."""
    if participant.paid_amount is not None:
        return participant.paid_amount
    return due_of(event, participant) or 0


def receipted(event: Event) -> list[EventParticipant]:
    """Who gets a receipt, by 受付番号: paid, an amount above 0, not cancelled."""
    paid = [
        p
        for p in event.participants
        if p.payment is PaymentState.RECEIVED
        and p.state is not ParticipationState.CANCELLED
        and amount_of(event, p) > 0
    ]
    return sorted(paid, key=lambda p: (p.number or 0, p.id))


def _next_number(session: Session, fiscal_year: int) -> int:
    session.flush()  # the numbers this transaction gave already count
    last = session.scalar(
        select(func.max(EventParticipant.receipt_number)).where(
            EventParticipant.receipt_fiscal_year == fiscal_year
        )
    )
    return (last or 0) + 1


def _number_text(fiscal_year: int, number: int, start_month: int) -> str:
    """「令和7年度 第12号」."""
    return f"{format_fiscal_year(fiscal_year, start_month)} 第{number}号"


def issue_receipts(
    db: Database, event_id: int, today: date, dates: DateStyle | None = None
) -> ReceiptsInput:
    """The event's receipts, numbering those made for the first time (see the module)."""
    with db.transaction() as session:
        # the council row locked (PostgreSQL), as the register locks it to number letters:
        # two clerks printing receipts at once take their numbers one after the other
        council = session.scalars(
            select(Council).order_by(Council.id).limit(1).with_for_update()
        ).first()
        event = session.get_one(Event, event_id)
        start_month = council.fiscal_year_start_month if council else 4
        lines = []
        for participant in receipted(event):
            if participant.receipt_number is None:
                paid_on = participant.paid_on or today
                fiscal_year = fiscal_year_of(paid_on, start_month)
                participant.receipt_number = _next_number(session, fiscal_year)
                participant.receipt_fiscal_year = fiscal_year
                participant.receipt_issued_on = today
            assert participant.receipt_fiscal_year is not None  # numbered together
            lines.append(
                ReceiptLine(
                    number=_number_text(
                        participant.receipt_fiscal_year, participant.receipt_number, start_month
                    ),
                    addressee=participant.organization_name or participant.name,
                    amount=amount_of(event, participant),
                    purpose=receipt_purpose(event, participant),
                    dated_on=participant.paid_on or participant.receipt_issued_on or today,
                )
            )
        issuer = _issuer(council)
        return ReceiptsInput(header_of(session, event, dates), tuple(lines), issuer)


def _issuer(council: Council | None) -> tuple[str, ...]:
    """The council, its secretariat, address and phone, as far as they are known."""
    if council is None:
        return ()
    lines = [council.name, council.secretariat_name, council.secretariat_address]
    if council.secretariat_phone:
        lines.append(f"TEL {council.secretariat_phone}")
    return tuple(line for line in lines if line)


def receipts(db: Database, request: DocumentRequest) -> Document:
    """領収書, two to an A4 page with a cut line between them."""
    receipts = issue_receipts(db, request.require_event(), request.today, request.dates)
    return event_receipts.build(receipts)
