"""The home tab's events: those ahead, nearest first, with their counts."""

from __future__ import annotations

from app.services.desk.events import UpcomingEvent, upcoming_events
from app.services.events import editing
from app.services.events.codes import EventStatus
from app.services.events.rows import EventForm
from app.storage.database import Database
from tests.desk_day import TODAY, Desk


def test_events_ahead_nearest_first_with_applications_waitlist_and_those_to_tell(
    db: Database, desk: Desk
) -> None:
    later = editing.save(db, EventForm(title="交流サロン", held_on="2025-09-01"))
    held = editing.save(
        db, EventForm(title="今日の説明会", held_on="2025-06-10", status=EventStatus.HELD)
    )
    section = upcoming_events(db, TODAY)
    assert [row.id for row in section.rows] == [desk.event, later.id]  # held: done with
    assert held.id not in [row.id for row in section.rows] and section.total == 2
    first = section.rows[0]
    assert isinstance(first, UpcomingEvent)
    assert (first.capacity, first.attending, first.waitlisted, first.must_notify) == (2, 2, 1, 1)
    assert (section.rows[1].capacity, section.rows[1].attending) == (None, 0)


def test_an_event_today_is_still_ahead(db: Database, desk: Desk) -> None:
    today = editing.save(db, EventForm(title="本日のセミナー", held_on="2025-06-10"))
    assert upcoming_events(db, TODAY).rows[0].id == today.id
