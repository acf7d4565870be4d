"""Reception on the day (受付): check a participant in, take the fee at the door, undo a
check-in, let a walk-in (当日参加) in, and the counts the door shows.

Each call is one short transaction. A check-in names the version of the participant it
was shown, yet checking in twice is harmless: someone already checked in (here, or on
another laptop) keeps the first time, and nothing is written but a fee still due. The
fee is recorded only while it is 未収, so that it can never be taken twice.

**Walk-ins beyond the capacity are let in.** A walk-in is recorded through
:func:`participants.add_participant` like any application, so a full event puts them on
the waitlist; the check-in then admits them. The person is standing at the door and the
staff decide to let them in: reception may over-fill an event (the counts then show
more attending than places), but it never takes a place from anyone who has one. The
same holds for someone on the waitlist or cancelled who comes anyway: the window asks
first, then admits them.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.japanese.timezone import japan_time
from app.models import Event, EventParticipant
from app.models.base import utcnow
from app.models.event_enums import ApplicationSource, ParticipationState, PaymentState
from app.services.events import places
from app.services.events.dues import due_of, fee_table
from app.services.events.listing import event_counts
from app.services.events.participants import add_participant, participant_conflict
from app.services.events.reception_rows import (
    CheckedIn,
    DoorEvent,
    DoorPayment,
    ReceptionCounts,
    ReceptionEntry,
    UndoCheckIn,
)
from app.services.events.reception_search import entry_of, organisation_reading
from app.services.events.rows import ParticipantForm
from app.services.problems import EditConflict
from app.services.versions import expect, guarded_write
from app.storage.database import Database

CASH = "現金"  # the payment method of a fee taken at the door


class NotAttending(Exception):
    """The participant is on the waitlist or cancelled: a check-in must admit them."""

    def __init__(self, state: ParticipationState) -> None:
        super().__init__(f"participant is {state}")
        self.state = state


def japan_today() -> date:
    return japan_time(utcnow()).date()


def _entry(session: Session, p: EventParticipant) -> ReceptionEntry:
    return entry_of(p, fee_table(p.event), organisation_reading(session, p))


def _conflict(db: Database, participant_id: int) -> EditConflict:
    return participant_conflict(db, participant_id, None)


def check_in(
    db: Database,
    participant_id: int,
    version: int,
    *,
    payment: DoorPayment = DoorPayment.LATER,
    admit: bool = False,
    today: date | None = None,
) -> CheckedIn:
    """Check the participant in now, and record the fee as ``payment`` says if it is
    still 未収 (受領: what they owe, :func:`dues.due_of`, in cash, ``today``; 免除). A
    waitlisted or cancelled participant is let in (参加, over the capacity if need be) only with
    ``admit``; otherwise :class:`NotAttending`. Raises :class:`EditConflict` if the
    participant changed since ``version`` (unless there is nothing left to do)."""
    with guarded_write(db, lambda: _conflict(db, participant_id)) as session:
        found = session.get(EventParticipant, participant_id)
        p = found if found is not None else expect(found, version)  # deleted: a conflict
        event = session.get(Event, p.event_id, with_for_update=True)
        assert event is not None
        fee = due_of(event, p) or 0  # the category's fee, and the reception's if joined
        # only a fee still due is taken or waived: never twice, never a fee of 0円
        takes_fee = payment is not DoorPayment.LATER and p.payment is PaymentState.UNPAID
        takes_fee = takes_fee and fee > 0
        needs_admission = p.state is not ParticipationState.ATTENDING
        if needs_admission and not admit:
            raise NotAttending(p.state)
        already = p.checked_in_at is not None
        if already and not takes_fee and not needs_admission:
            return CheckedIn(_entry(session, p), True, 0, False, False, None)
        expect(p, version)
        undo = UndoCheckIn(
            participant_id=p.id,
            state=p.state,
            waitlist_number=p.waitlist_number,
            cancelled_at=p.cancelled_at,
            must_notify=p.must_notify,
            payment_recorded=takes_fee,
        )
        if needs_admission:
            p.state = ParticipationState.ATTENDING
            p.waitlist_number = None
            p.cancelled_at = None
            p.must_notify = False
            places.fill_places(event)  # the waitlist behind them closes up
        if not already:
            p.checked_in_at = utcnow()
        received = 0
        if takes_fee and payment is DoorPayment.RECEIVED:
            p.payment = PaymentState.RECEIVED
            p.paid_amount = received = fee
            p.paid_on = today or japan_today()
            p.payment_method = CASH
        elif takes_fee:
            p.payment = PaymentState.WAIVED
            p.paid_amount = None
            p.paid_on = None
            p.payment_method = ""
        session.flush()
        return CheckedIn(
            _entry(session, p),
            already,
            received,
            takes_fee and payment is DoorPayment.WAIVED,
            needs_admission,
            None if already else undo,
        )


def undo_check_in(db: Database, undo: UndoCheckIn, version: int) -> ReceptionEntry:
    """Put the participant back as before the check-in ``undo`` describes: not checked
    in, their fee 未収 again if that check-in recorded it (unless a receipt has been
    issued for it since), and back on the waitlist or cancelled if it admitted them.
    Raises :class:`EditConflict` if the participant changed since ``version``."""
    with guarded_write(db, lambda: _conflict(db, undo.participant_id)) as session:
        p = expect(session.get(EventParticipant, undo.participant_id), version)
        event = session.get(Event, p.event_id, with_for_update=True)
        assert event is not None
        p.checked_in_at = None
        if undo.payment_recorded and p.receipt_number is None:
            p.payment = PaymentState.UNPAID
            p.paid_amount = None
            p.paid_on = None
            p.payment_method = ""
        if undo.state is not ParticipationState.ATTENDING:
            p.state = undo.state
            p.cancelled_at = undo.cancelled_at
            p.must_notify = undo.must_notify
            if undo.state is ParticipationState.WAITLISTED:
                places.queue(p)  # fill_places numbers it again in application order
            places.fill_places(event, newcomers=(p,))
        session.flush()
        return _entry(session, p)


def walk_in(
    db: Database,
    event_id: int,
    form: ParticipantForm,
    payment: DoorPayment = DoorPayment.RECEIVED,
    *,
    today: date | None = None,
) -> CheckedIn:
    """Record a walk-in (当日参加, source 当日) and check them in at once, letting them
    in beyond the capacity (see the module's note). Raises :class:`Invalid` from the
    form, with nothing written."""
    row = add_participant(
        db,
        event_id,
        ParticipantForm(
            name=form.name,
            reading=form.reading,
            organization_name=form.organization_name,
            title=form.title,
            role=form.role,
            fee_category=form.fee_category,
            joins_reception=form.joins_reception,
            source=ApplicationSource.WALK_IN,
            notes=form.notes,
        ),
    )
    return check_in(db, row.id, row.version, payment=payment, admit=True, today=today)


def reception_counts(db: Database, event_id: int, *, today: date | None = None) -> ReceptionCounts:
    """受付済 / 申込 (those with a place) / 定員, and the yen received ``today`` (Japan's
    date by default) for this event."""
    counts = event_counts(db, event_id)
    with db.session() as session:
        received = session.scalar(
            select(func.coalesce(func.sum(EventParticipant.paid_amount), 0)).where(
                EventParticipant.event_id == event_id,
                EventParticipant.payment == PaymentState.RECEIVED,
                EventParticipant.paid_on == (today or japan_today()),
            )
        )
    return ReceptionCounts(
        checked_in=counts.checked_in,
        attending=counts.attending,
        capacity=counts.capacity,
        waitlisted=counts.waitlisted,
        received_today=int(received or 0),
    )


def door_event(db: Database, event_id: int) -> DoorEvent:
    """The event as the door shows it. Raises LookupError if there is none."""
    with db.session() as session:
        event = session.get(Event, event_id)
        if event is None:
            raise LookupError(f"no event {event_id}")
        return DoorEvent(
            id=event.id,
            title=event.title,
            held_on=event.held_on,
            start_time=event.start_time,
            venue_name=event.venue_name,
            fees=tuple((fee.category, fee.amount) for fee in event.fees),
        )
