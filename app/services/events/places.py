"""Places and the waitlist (キャンセル待ち) of an event.

Participants (and, at a 商談会, both sides) take a place; speakers, guests and staff
never do and are never waitlisted. Beyond the capacity an application waits, numbered
from 1 in the order of application (``applied_at``). Whenever places are free, the
first waiting move up and are marked ``must_notify`` (someone must tell them). Lowering
the capacity never takes a place away from anyone who has one.
"""

from __future__ import annotations

import sys
from collections.abc import Collection
from datetime import datetime

from app.models import Event, EventParticipant
from app.models.event_enums import ParticipantRole, ParticipationState

SEATED_ROLES = frozenset(
    {ParticipantRole.PARTICIPANT, ParticipantRole.BUYER, ParticipantRole.SUPPLIER}
)


def takes_a_place(role: ParticipantRole) -> bool:
    return role in SEATED_ROLES


def application_order(participant: EventParticipant) -> tuple[datetime, int]:
    """Earlier applications first; on the same second, the one recorded first."""
    return participant.applied_at, participant.id or sys.maxsize


def next_number(event: Event) -> int:
    """The 受付番号 for the next participant recorded: one more than the highest."""
    return max((p.number or 0 for p in event.participants), default=0) + 1


def seats_taken(event: Event) -> int:
    return sum(
        1
        for p in event.participants
        if p.state is ParticipationState.ATTENDING and takes_a_place(p.role)
    )


def queue(participant: EventParticipant) -> None:
    """Put a new seated application at the end of the waitlist; :func:`fill_places`
    then gives it a place if one is free and numbers the list."""
    participant.state = ParticipationState.WAITLISTED
    participant.waitlist_number = sys.maxsize >> 33  # numbered by fill_places


def fill_places(
    event: Event, newcomers: Collection[EventParticipant] = ()
) -> list[EventParticipant]:
    """Give free places to the first waiting, in application order, and number the rest
    1, 2, 3 …; returns those who moved up (``newcomers`` get a place without a notice:
    they are being told now)."""
    waiting = sorted(
        (p for p in event.participants if p.state is ParticipationState.WAITLISTED),
        key=application_order,
    )
    free = len(waiting) if event.capacity is None else event.capacity - seats_taken(event)
    moved_up: list[EventParticipant] = []
    still_waiting: list[EventParticipant] = []
    for participant in waiting:
        if free > 0 or not takes_a_place(participant.role):
            free -= takes_a_place(participant.role)
            participant.state = ParticipationState.ATTENDING
            participant.waitlist_number = None
            if participant not in newcomers:
                participant.must_notify = True
                moved_up.append(participant)
        else:
            still_waiting.append(participant)
    for number, participant in enumerate(still_waiting, start=1):
        if participant.waitlist_number != number:  # unchanged rows keep their version
            participant.waitlist_number = number
    return moved_up
