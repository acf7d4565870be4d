"""The home tab's events (行事): those ahead, with their applications, waitlist and the
people who moved up and must still be told."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, time
from typing import Any

from sqlalchemy import ColumnElement, case, func, select

from app.models import Event, EventParticipant
from app.models.event_enums import EventStatus, ParticipationState
from app.services.desk.reading import read_section
from app.services.desk.rows import SECTION_LIMIT, Section
from app.storage.database import Database


@dataclass(frozen=True, slots=True)
class UpcomingEvent:
    id: int
    title: str
    held_on: date
    start_time: time | None
    capacity: int | None
    attending: int  # with a place
    waitlisted: int
    must_notify: int  # moved up from the waitlist, not told yet (要連絡)


def upcoming_events(
    db: Database, today: date, *, limit: int = SECTION_LIMIT
) -> Section[UpcomingEvent]:
    """Events from today on that are not held yet, the nearest first."""

    def counted(condition: ColumnElement[bool]) -> ColumnElement[int]:
        return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)

    totals = (
        select(
            EventParticipant.event_id,
            counted(EventParticipant.state == ParticipationState.ATTENDING).label("attending"),
            counted(EventParticipant.state == ParticipationState.WAITLISTED).label("waitlisted"),
            counted(EventParticipant.must_notify.is_(True)).label("must_notify"),
        )
        .group_by(EventParticipant.event_id)
        .subquery()
    )
    query = (
        select(
            Event.id,
            Event.title,
            Event.held_on,
            Event.start_time,
            Event.capacity,
            func.coalesce(totals.c.attending, 0),
            func.coalesce(totals.c.waitlisted, 0),
            func.coalesce(totals.c.must_notify, 0),
        )
        .outerjoin(totals, totals.c.event_id == Event.id)
        .where(
            Event.held_on >= today,
            Event.status.not_in((EventStatus.HELD, EventStatus.REPORTED)),
        )
        .order_by(Event.held_on, Event.start_time, Event.id)
    )

    def make(row: Sequence[Any]) -> UpcomingEvent:
        return UpcomingEvent(*row)

    return read_section(db, query, make, limit)
