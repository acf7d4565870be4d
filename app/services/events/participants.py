"""Adding, editing and cancelling an event's participants, with places and waitlist.

Every call is one transaction that locks the event row first (``FOR UPDATE`` on
PostgreSQL), so that two people registering at once never both take the last place.
An edit or a cancellation names the version of the participant it was shown.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Event, EventFee, EventParticipant, Member
from app.models.base import utcnow
from app.models.event_enums import ParticipationState
from app.services import lengths
from app.services.events import checks, places
from app.services.events.rows import PERSON_TEXTS, ParticipantForm, ParticipantRow
from app.services.problems import EditConflict, Invalid, Problem, Record
from app.services.versions import expect, guarded_write
from app.storage.database import Database

_TEXTS = (*PERSON_TEXTS, "fee_category", "payment_method")


@dataclass(frozen=True, slots=True)
class Cancelled:
    """A cancellation: the participant as now saved, and who moved up in their place."""

    participant: ParticipantRow
    moved_up: tuple[ParticipantRow, ...]


def participant_row(p: EventParticipant) -> ParticipantRow:
    return ParticipantRow(
        id=p.id,
        uuid=p.uuid,
        version=p.version,
        number=p.number,
        name=p.name,
        reading=p.reading,
        organization_name=p.organization_name,
        title=p.title,
        member_id=p.member_id,
        role=p.role,
        fee_category=p.fee_category,
        payment=p.payment,
        source=p.source,
        joins_reception=p.joins_reception,
        applied_at=p.applied_at,
        state=p.state,
        waitlist_number=p.waitlist_number,
        must_notify=p.must_notify,
        checked_in_at=p.checked_in_at,
    )


def form_problems(session: Session, event: Event, form: ParticipantForm) -> dict[str, Problem]:
    """What is wrong with ``form`` as a participant of ``event`` (field → problem)."""
    problems: dict[str, Problem] = {}
    if not form.name.strip():
        problems["name"] = Problem.MISSING_NAME
    checked = {
        "reading": checks.reading_problem(form.reading),
        "organization_reading": checks.reading_problem(form.organization_reading),
        "email": checks.email_problem(form.email),
        "phone": checks.phone_problem(form.phone),
        "paid_on": checks.optional_date_problem(form.paid_on),
        "paid_amount": checks.number_problem(form.paid_amount, least=0)
        if form.paid_amount.strip()
        else None,
    }
    problems.update({field: problem for field, problem in checked.items() if problem})
    categories = {fee.category for fee in event.fees}
    if form.fee_category.strip() and categories and form.fee_category.strip() not in categories:
        problems["fee_category"] = Problem.UNKNOWN_CATEGORY
    if form.member_id is not None and session.get(Member, form.member_id) is None:
        problems["member_id"] = Problem.NOT_CHOSEN
    texts = {field: getattr(form, field).strip() for field in _TEXTS}
    for field, problem in lengths.too_long(EventParticipant, texts).items():
        problems.setdefault(field, problem)
    return problems


def _fill(participant: EventParticipant, form: ParticipantForm) -> None:
    for field in _TEXTS:
        setattr(participant, field, getattr(form, field).strip())
    participant.member_id = form.member_id
    participant.role = form.role
    participant.payment = form.payment
    participant.paid_on = checks.optional_date(form.paid_on)
    participant.paid_amount = (
        checks.whole_number(form.paid_amount) if form.paid_amount.strip() else None
    )
    participant.source = form.source
    participant.joins_reception = form.joins_reception
    participant.notes = form.notes.strip()


def locked_event(session: Session, event_id: int) -> Event:
    """The event, locked for this transaction (``FOR UPDATE`` on PostgreSQL)."""
    event = session.get(Event, event_id, with_for_update=True)
    if event is None:
        raise LookupError(f"no event {event_id}")
    return event


def add_participant(db: Database, event_id: int, form: ParticipantForm) -> ParticipantRow:
    """Record an application: a place if one is free, else the next number on the
    waitlist (in the order of ``applied_at``). Raises :class:`Invalid`, nothing written."""
    with db.transaction() as session, session.no_autoflush:
        event = locked_event(session, event_id)
        if problems := form_problems(session, event, form):
            raise Invalid(problems)
        participant = add_to_event(event, form)
        session.flush()
        return participant_row(participant)


def add_to_event(event: Event, form: ParticipantForm) -> EventParticipant:
    """Within the caller's transaction (the event locked, the form checked): record the
    application with the next 受付番号, and a place if one is free, else the waitlist."""
    participant = EventParticipant(applied_at=form.applied_at or utcnow())
    _fill(participant, form)
    participant.state = ParticipationState.ATTENDING
    participant.number = places.next_number(event)
    event.participants.append(participant)
    if places.takes_a_place(form.role) and event.capacity is not None:
        places.queue(participant)
        places.fill_places(event, newcomers=(participant,))
    return participant


def load_participant(db: Database, participant_id: int) -> ParticipantForm:
    """The participant as saved now, as a form with the version its save will check."""
    saved = _saved_form(db, participant_id)
    if saved is None:
        raise LookupError(f"no participant {participant_id}")
    return saved


def _saved_form(db: Database, participant_id: int) -> ParticipantForm | None:
    with db.session() as session:
        p = session.get(EventParticipant, participant_id)
        if p is None:
            return None
        return ParticipantForm(
            **{field: getattr(p, field) for field in _TEXTS},
            member_id=p.member_id,
            role=p.role,
            payment=p.payment,
            paid_on=p.paid_on.isoformat() if p.paid_on else "",
            paid_amount="" if p.paid_amount is None else str(p.paid_amount),
            source=p.source,
            joins_reception=p.joins_reception,
            notes=p.notes,
            applied_at=p.applied_at,
            id=p.id,
            version=p.version,
        )


def participant_conflict(
    db: Database, participant_id: int, mine: ParticipantForm | None
) -> EditConflict:
    """The participant as saved now (None: deleted) beside ``mine`` (None: a change of no
    typed value, a check-in or a cancellation), with the roster member each links to."""
    theirs = _saved_form(db, participant_id)
    ids = {f.member_id for f in (theirs, mine) if f is not None and f.member_id is not None}
    names: dict[int, str] = {}
    if ids:
        with db.session() as session:
            found = session.scalars(select(Member).where(Member.id.in_(ids)))
            names = {member.id: member.full_name for member in found}
    return EditConflict(Record.PARTICIPANT, theirs, mine, {"member_id": names})


def update_participant(db: Database, form: ParticipantForm) -> ParticipantRow:
    """Save the edits of a participant. Their place is kept; a role that stops taking a
    place (講師, 来賓, スタッフ) frees it for the waitlist, and one that starts taking a place
    in a full event puts them on the waitlist in application order. Raises
    :class:`Invalid` or :class:`EditConflict`."""
    assert form.id is not None
    participant_id = form.id
    with (
        guarded_write(db, lambda: participant_conflict(db, participant_id, form)) as session,
        session.no_autoflush,
    ):
        participant = expect(session.get(EventParticipant, participant_id), form.version or 0)
        event = locked_event(session, participant.event_id)
        if problems := form_problems(session, event, form):
            raise Invalid(problems)
        took_a_place = places.takes_a_place(participant.role)
        _fill(participant, form)
        if form.applied_at is not None:
            participant.applied_at = form.applied_at
        if (
            participant.state is ParticipationState.ATTENDING
            and places.takes_a_place(participant.role)
            and not took_a_place
            and event.capacity is not None
            and places.seats_taken(event) > event.capacity
        ):  # a speaker who becomes a participant of a full event waits like any other
            places.queue(participant)
        places.fill_places(event, newcomers=(participant,))
        session.flush()
        return participant_row(participant)


def cancel_participant(db: Database, participant_id: int, version: int) -> Cancelled:
    """Cancel (取消) a participation; the first on the waitlist moves up into a freed
    place and is marked to be told. Raises :class:`EditConflict` if it changed."""
    with guarded_write(db, lambda: participant_conflict(db, participant_id, None)) as session:
        participant = expect(session.get(EventParticipant, participant_id), version)
        event = locked_event(session, participant.event_id)
        if participant.state is not ParticipationState.CANCELLED:
            participant.state = ParticipationState.CANCELLED
            participant.waitlist_number = None
            participant.must_notify = False
            participant.cancelled_at = utcnow()
        moved_up = places.fill_places(event)
        session.flush()
        return Cancelled(participant_row(participant), tuple(participant_row(p) for p in moved_up))


def mark_notified(db: Database, participant_id: int, version: int) -> ParticipantRow:
    """Someone has told the participant that they moved up: the mark goes."""
    with guarded_write(db, lambda: participant_conflict(db, participant_id, None)) as session:
        participant = expect(session.get(EventParticipant, participant_id), version)
        participant.must_notify = False
        session.flush()
        return participant_row(participant)


def list_participants(db: Database, event_id: int) -> list[ParticipantRow]:
    """Those with a place in application order, then the waitlist by number, then the
    cancelled."""
    rank = {
        ParticipationState.ATTENDING: 0,
        ParticipationState.WAITLISTED: 1,
        ParticipationState.CANCELLED: 2,
    }
    with db.session() as session:
        found = session.scalars(
            select(EventParticipant).where(EventParticipant.event_id == event_id)
        ).all()
        ordered = sorted(
            found,
            key=lambda p: (rank[p.state], p.waitlist_number or 0, places.application_order(p)),
        )
        return [participant_row(p) for p in ordered]


def fee_categories(db: Database, event_id: int) -> list[str]:
    """The event's fee categories, in their order."""
    with db.session() as session:
        return list(
            session.scalars(
                select(EventFee.category)
                .where(EventFee.event_id == event_id)
                .order_by(EventFee.position)
            )
        )
