"""Meetings, visits and events (行事) as an iCalendar file, for Outlook or Google Calendar.

Each event's UID is the record's uuid, and SEQUENCE its version, so importing the file
again updates the events instead of doubling them. Times are Japan time (Asia/Tokyo).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from icalendar import Calendar
from icalendar import Event as CalendarEvent
from sqlalchemy import select

from app.japanese.timezone import TOKYO
from app.models import Council, Event, Meeting, Visit
from app.storage import atomic
from app.storage.database import Database

UID_DOMAIN = "jimukyoku.invalid"
MEETING_LENGTH = timedelta(hours=2)  # when no end time is recorded


def _meeting_event(meeting: Meeting) -> CalendarEvent:
    event = CalendarEvent()
    event.add("uid", f"meeting-{meeting.uuid}@{UID_DOMAIN}")
    event.add("summary", meeting.title)
    if meeting.start_time is not None:
        start = datetime.combine(meeting.held_on, meeting.start_time, tzinfo=TOKYO)
        end = (
            datetime.combine(meeting.held_on, meeting.end_time, tzinfo=TOKYO)
            if meeting.end_time is not None
            else start + MEETING_LENGTH
        )
        event.add("dtstart", start)
        event.add("dtend", end)
    else:
        event.add("dtstart", meeting.held_on)
        event.add("dtend", meeting.held_on + timedelta(days=1))
    if meeting.place:
        event.add("location", meeting.place)
    agenda = "\n".join(f"{item.label}{item.title}" for item in meeting.agenda_items)
    if agenda:
        event.add("description", agenda)
    return event


def _visit_event(visit: Visit) -> CalendarEvent:
    event = CalendarEvent()
    event.add("uid", f"visit-{visit.uuid}@{UID_DOMAIN}")
    event.add("summary", visit.title)
    event.add("dtstart", visit.start_on)  # all-day: a visit spans whole days
    event.add("dtend", (visit.end_on or visit.start_on) + timedelta(days=1))
    if visit.region:
        event.add("location", visit.region)
    if visit.purpose:
        event.add("description", visit.purpose)
    return event


def _event_entry(record: Event) -> CalendarEvent:
    """A セミナー or 交流会: its title, venue (with room and address) and hours; a day
    with no start time recorded is an all-day entry."""
    event = CalendarEvent()
    event.add("uid", f"event-{record.uuid}@{UID_DOMAIN}")
    event.add("summary", record.title)
    if record.start_time is not None:
        start = datetime.combine(record.held_on, record.start_time, tzinfo=TOKYO)
        end = (
            datetime.combine(record.held_on, record.end_time, tzinfo=TOKYO)
            if record.end_time is not None
            else start + MEETING_LENGTH
        )
        event.add("dtstart", start)
        event.add("dtend", end)
    else:
        event.add("dtstart", record.held_on)
        event.add("dtend", record.held_on + timedelta(days=1))
    venue = " ".join(part for part in (record.venue_name, record.venue_room) if part)
    location = "、".join(part for part in (venue, record.venue_address) if part)
    if location:
        event.add("location", location)
    if record.theme:
        event.add("description", record.theme)
    return event


def _stamp(event: CalendarEvent, updated: datetime, version: int) -> None:
    event.add("dtstamp", updated.astimezone(UTC))
    event.add("last-modified", updated.astimezone(UTC))
    event.add("sequence", version)


def export(db: Database, path: Path, *, fiscal_year: int | None = None) -> int:
    """Write the .ics file (whole or not at all, owner-only); returns the number of events.

    A failed write raises ``atomic.FileNotWritten`` and leaves ``path`` as it was.
    """
    calendar = Calendar()
    calendar.add("prodid", "-//Jimukyoku Desk//jimukyoku//JA")
    calendar.add("version", "2.0")
    with db.session() as session:
        council = session.scalars(select(Council).order_by(Council.id).limit(1)).first()
        if council is not None:
            calendar.add("x-wr-calname", council.name)
        calendar.add("x-wr-timezone", "Asia/Tokyo")
        meetings = select(Meeting).order_by(Meeting.held_on)
        visits = select(Visit).order_by(Visit.start_on)
        events = select(Event).order_by(Event.held_on, Event.id)
        if fiscal_year is not None:
            meetings = meetings.where(Meeting.fiscal_year == fiscal_year)
            visits = visits.where(Visit.fiscal_year == fiscal_year)
            events = events.where(Event.fiscal_year == fiscal_year)
        count = 0
        for meeting in session.scalars(meetings):
            event = _meeting_event(meeting)
            _stamp(event, meeting.updated_at, meeting.version)
            calendar.add_component(event)
            count += 1
        for visit in session.scalars(visits):
            event = _visit_event(visit)
            _stamp(event, visit.updated_at, visit.version)
            calendar.add_component(event)
            count += 1
        for record in session.scalars(events):
            event = _event_entry(record)
            _stamp(event, record.updated_at, record.version)
            calendar.add_component(event)
            count += 1
    calendar.add_missing_timezones()  # a VTIMEZONE for Asia/Tokyo: Outlook needs it
    atomic.write_bytes(path, calendar.to_ical())
    return count
