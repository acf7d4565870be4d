"""Events (行事) and their participants in the search.

An event is found by its title, theme, organiser, venue, timetable (titles and
speakers) and notes; a participant by name, reading, organisation (and its reading) and
title, never by e-mail, phone or address (personal information stays out of the index).
A participant's entry carries the event's date, fiscal year and title, and follows the
event when those change; its hit names the event (``event_id``), which the events tab
opens.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import cache
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, func, select

from app.models import Event, EventParticipant, TimetableEntry
from app.services.search.sources import Follows, SearchSource, SourceDoc, joined

if TYPE_CHECKING:
    from app.services.search.sources import AnySelect

_EVENT_FIELDS = ("title", "held_on", "fiscal_year")  # what a participant's entry copies


@cache
def _events() -> AnySelect:
    # group_concat on SQLite, string_agg on PostgreSQL
    line = (
        TimetableEntry.title
        + " "
        + TimetableEntry.speaker
        + " "
        + TimetableEntry.speaker_affiliation
    )
    # in the timetable's order, so that an entry reads the same in every database (SQLite
    # before 3.44 has no ORDER BY inside group_concat: the rows come ordered instead)
    lines = (
        select(line.label("line"))
        .where(TimetableEntry.event_id == Event.id)
        .order_by(TimetableEntry.position, TimetableEntry.id)
        .correlate(Event)
        .subquery()
    )
    timetable = select(func.aggregate_strings(lines.c.line, "\n")).scalar_subquery()
    return select(
        Event.id,
        Event.title,
        Event.theme,
        Event.organiser,
        Event.venue_name,
        Event.venue_room,
        timetable,
        Event.notes,
        Event.held_on,
        Event.fiscal_year,
        Event.status,
    )


def _event_doc(row: Sequence[Any]) -> SourceDoc:
    (event_id, title, theme, organiser, venue, room, timetable, notes) = row[:8]
    held_on, fiscal_year, status = row[8:11]
    return SourceDoc(
        kind="event",
        owner_id=event_id,
        text=joined(title, theme, organiser, venue, room, timetable, notes),
        happened_on=held_on,
        fiscal_year=fiscal_year,
        body_id=None,
        person_id=None,
        status=str(status),
        context=title,
        person=" ".join(part for part in (venue, room) if part),
        meeting_id=None,
        visit_id=None,
        event_id=event_id,
    )


@cache
def _participants() -> AnySelect:
    return select(
        EventParticipant.id,
        EventParticipant.name,
        EventParticipant.reading,
        EventParticipant.organization_name,
        EventParticipant.title,
        EventParticipant.member_id,
        EventParticipant.organization_reading,
        EventParticipant.state,
        EventParticipant.event_id,
        Event.title,
        Event.held_on,
        Event.fiscal_year,
    ).join(Event, Event.id == EventParticipant.event_id)


def _participant_doc(row: Sequence[Any]) -> SourceDoc:
    (participant_id, name, reading, organization, title, member_id, org_reading) = row[:7]
    state, event_id, event_title, held_on, fiscal_year = row[7:12]
    return SourceDoc(
        kind="participant",  # search_entry.kind holds 16 characters
        owner_id=participant_id,
        # no contact details; the organisation's reading after the title, so that the
        # entries made before it was recorded read the same
        text=joined(name, reading, organization, title, org_reading),
        happened_on=held_on,
        fiscal_year=fiscal_year,
        body_id=None,
        person_id=member_id,
        status=str(state),
        context=event_title,
        person=" ".join(part for part in (organization, name) if part),
        meeting_id=None,
        visit_id=None,
        event_id=event_id,
    )


def _participants_of_events(conn: Connection, event_ids: set[int]) -> Iterable[int]:
    return conn.scalars(select(EventParticipant.id).where(EventParticipant.event_id.in_(event_ids)))


def _events_of_timetable(conn: Connection, entry_ids: set[int]) -> Iterable[int]:
    return conn.scalars(
        select(TimetableEntry.event_id).where(TimetableEntry.id.in_(entry_ids)).distinct()
    )


EVENTS = SearchSource(
    model=Event,
    owner_column="event_id",
    query=_events,
    id_column=Event.id,
    document=_event_doc,
    # the timetable is part of the event's text: a row added or changed on its own (as a
    # data package brings them, after their event) rewrites the event's entry
    follows=(
        Follows(
            TimetableEntry,
            ("event_id", "title", "speaker", "speaker_affiliation"),
            _events_of_timetable,
        ),
    ),
)
PARTICIPANTS = SearchSource(
    model=EventParticipant,
    owner_column="event_participant_id",
    query=_participants,
    id_column=EventParticipant.id,
    document=_participant_doc,
    follows=(Follows(Event, _EVENT_FIELDS, _participants_of_events),),
)
