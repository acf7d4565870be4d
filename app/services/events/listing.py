"""Events (行事): the list with its filters, and an event's counts."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import ColumnElement, case, func, select

from app.models import Event, EventFee, EventParticipant
from app.models.event_enums import EventKind, EventStatus, ParticipantRole, ParticipationState
from app.services.events import places
from app.services.events.rows import EventCounts, EventRow
from app.storage.database import Database


def list_events(
    db: Database,
    *,
    fiscal_year: int | None = None,
    kind: EventKind | None = None,
    status: EventStatus | None = None,
) -> list[EventRow]:
    """Events, the latest first, with their places taken and waiting; each filter given
    narrows the list."""

    def counted(state: ParticipationState) -> ColumnElement[int]:
        return func.coalesce(func.sum(case((EventParticipant.state == state, 1), else_=0)), 0)

    totals = (
        select(
            EventParticipant.event_id,
            counted(ParticipationState.ATTENDING).label("attending"),
            counted(ParticipationState.WAITLISTED).label("waitlisted"),
        )
        .group_by(EventParticipant.event_id)
        .subquery()
    )
    query = (
        select(
            Event.id,
            Event.uuid,
            Event.kind,
            Event.title,
            Event.held_on,
            Event.start_time,
            Event.venue_name,
            Event.capacity,
            Event.status,
            Event.fiscal_year,
            func.coalesce(totals.c.attending, 0).label("attending"),
            func.coalesce(totals.c.waitlisted, 0).label("waitlisted"),
        )
        .outerjoin(totals, totals.c.event_id == Event.id)
        .order_by(Event.held_on.desc(), Event.id.desc())
    )
    if fiscal_year is not None:
        query = query.where(Event.fiscal_year == fiscal_year)
    if kind is not None:
        query = query.where(Event.kind == kind)
    if status is not None:
        query = query.where(Event.status == status)
    with db.session() as session:  # columns straight into the rows, no ORM objects
        return [EventRow(**row) for row in session.execute(query).mappings()]


def event_counts(db: Database, event_id: int) -> EventCounts:
    """Applications, places, waitlist and check-ins of an event; the counts by role and by
    fee category are of those attending (a category no fee names comes last)."""
    with db.session() as session:
        event = session.get(Event, event_id)
        if event is None:
            raise LookupError(f"no event {event_id}")
        people = session.scalars(
            select(EventParticipant).where(EventParticipant.event_id == event_id)
        ).all()
        fee_order = list(
            session.scalars(
                select(EventFee.category)
                .where(EventFee.event_id == event_id)
                .order_by(EventFee.position)
            )
        )
        capacity = event.capacity
    states = Counter(p.state for p in people)
    attending = [p for p in people if p.state is ParticipationState.ATTENDING]
    roles = Counter(p.role for p in attending)
    categories = Counter(p.fee_category for p in attending if p.fee_category)
    extra = sorted(set(categories) - set(fee_order))
    return EventCounts(
        capacity=capacity,
        applied=states[ParticipationState.ATTENDING] + states[ParticipationState.WAITLISTED],
        attending=len(attending),
        seats_taken=sum(1 for p in attending if places.takes_a_place(p.role)),
        waitlisted=states[ParticipationState.WAITLISTED],
        cancelled=states[ParticipationState.CANCELLED],
        checked_in=sum(1 for p in attending if p.checked_in_at is not None),
        by_role=tuple((role, roles[role]) for role in ParticipantRole if roles[role]),
        by_fee_category=tuple(
            (category, categories[category])
            for category in [*fee_order, *extra]
            if categories[category]
        ),
    )
