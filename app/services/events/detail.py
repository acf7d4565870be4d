"""One event as the events list's detail pane shows it: when and where, fees, timetable,
申込先, the counts by role and fee category, and the participants (one short read)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, time

from sqlalchemy import select

from app.models import Activity, Event, Meeting, Pillar, Visit
from app.models.event_enums import EventKind, EventStatus, FeeTiming
from app.services.events.links import meeting_text
from app.services.events.listing import event_counts
from app.services.events.participants import list_participants
from app.services.events.rows import EventCounts, ParticipantRow
from app.storage.database import Database


@dataclass(frozen=True, slots=True)
class FeeLine:
    category: str
    amount: int  # 円
    timing: FeeTiming


@dataclass(frozen=True, slots=True)
class TimetableLine:
    time_text: str
    title: str
    speaker: str
    speaker_affiliation: str


@dataclass(frozen=True, slots=True)
class EventDetail:
    id: int
    version: int
    kind: EventKind
    title: str
    theme: str
    organiser: str
    status: EventStatus
    held_on: date
    open_time: time | None
    start_time: time | None
    end_time: time | None
    venue_name: str
    venue_address: str
    venue_room: str
    venue_access: str
    application_deadline: date | None
    contact_person: str
    contact_phone: str
    contact_fax: str
    contact_email: str
    fees: tuple[FeeLine, ...]
    timetable: tuple[TimetableLine, ...]
    linked: tuple[str, ...]  # the meeting, visit, activity or pillar it belongs to
    counts: EventCounts
    participants: tuple[ParticipantRow, ...]  # attending, then waiting, then cancelled


EMPTY_COUNTS = EventCounts(None, 0, 0, 0, 0, 0, 0, (), ())


def event_detail(db: Database, event_id: int) -> EventDetail | None:
    """The event's details, or None when it no longer exists."""
    with db.session() as session:
        event = session.get(Event, event_id)
        if event is None:
            return None
        meeting = session.get(Meeting, event.meeting_id) if event.meeting_id else None
        linked = [
            meeting_text(meeting.body.name, meeting.title, meeting.held_on) if meeting else None,
            session.scalar(select(Visit.title).where(Visit.id == event.visit_id))
            if event.visit_id
            else None,
            session.scalar(select(Activity.title).where(Activity.id == event.activity_id))
            if event.activity_id
            else None,
            _pillar(session.get(Pillar, event.pillar_id)) if event.pillar_id else None,
        ]
        detail = EventDetail(
            id=event.id,
            version=event.version,
            kind=event.kind,
            title=event.title,
            theme=event.theme,
            organiser=event.organiser,
            status=event.status,
            held_on=event.held_on,
            open_time=event.open_time,
            start_time=event.start_time,
            end_time=event.end_time,
            venue_name=event.venue_name,
            venue_address=event.venue_address,
            venue_room=event.venue_room,
            venue_access=event.venue_access,
            application_deadline=event.application_deadline,
            contact_person=event.contact_person,
            contact_phone=event.contact_phone,
            contact_fax=event.contact_fax,
            contact_email=event.contact_email,
            fees=tuple(FeeLine(f.category, f.amount, f.timing) for f in event.fees),
            timetable=tuple(
                TimetableLine(t.time_text, t.title, t.speaker, t.speaker_affiliation)
                for t in event.timetable
            ),
            linked=tuple(text for text in linked if text),
            counts=EMPTY_COUNTS,
            participants=(),
        )
    # Read as the list of participants and the counts are read everywhere else.
    return replace(
        detail,
        counts=event_counts(db, event_id),
        participants=tuple(list_participants(db, event_id)),
    )


def _pillar(pillar: Pillar | None) -> str | None:
    return f"{pillar.code}{pillar.name}" if pillar is not None else None
