from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar

from app.demo import loader as demo
from app.demo.data import DEMO_AS_OF
from app.services.calendar import export as calendar_export
from app.services.events import listing as event_listing
from app.services.meetings import listing as meetings
from app.services.visits import listing as visits
from app.storage.database import Database

TOKYO = ZoneInfo("Asia/Tokyo")


def _events(path: Path) -> list:
    return list(Calendar.from_ical(path.read_bytes()).walk("VEVENT"))


def test_every_meeting_has_its_local_time_and_a_stable_uid(db: Database, tmp_path: Path) -> None:
    demo.load_demo(db, today=DEMO_AS_OF)
    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    count = calendar_export.export(db, first)
    rows = meetings.list_meetings(db)
    assert count == len(rows) + len(visits.list_visits(db)) + len(event_listing.list_events(db))
    events = {str(e["SUMMARY"]): e for e in _events(first)}
    for row in rows:
        event = events[row.title]
        start = event.decoded("DTSTART")
        assert isinstance(start, datetime)
        local = start.astimezone(TOKYO)
        assert (local.date(), local.time()) == (row.held_on, row.start_time)
        end = event.decoded("DTEND").astimezone(TOKYO)
        assert end.time() == row.end_time
    calendar_export.export(db, second)
    assert [str(e["UID"]) for e in _events(first)] == [str(e["UID"]) for e in _events(second)]


def test_visits_are_all_day_and_the_fiscal_year_filters(db: Database, tmp_path: Path) -> None:
    demo.load_demo(db, today=DEMO_AS_OF)
    path = tmp_path / "fy.ics"
    count = calendar_export.export(db, path, fiscal_year=2026)
    assert count == len([r for r in meetings.list_meetings(db) if r.fiscal_year == 2026]) + len(
        event_listing.list_events(db, fiscal_year=2026)
    )
    calendar_export.export(db, path)
    visit = visits.list_visits(db)[-1]
    event = next(e for e in _events(path) if str(e["SUMMARY"]) == visit.title)
    assert event.decoded("DTSTART") == visit.start_on and isinstance(visit.start_on, date)


def test_the_file_carries_its_time_zone(db: Database, tmp_path: Path) -> None:
    demo.load_demo(db, today=DEMO_AS_OF)
    path = tmp_path / "tz.ics"
    calendar_export.export(db, path)
    zones = list(Calendar.from_ical(path.read_bytes()).walk("VTIMEZONE"))
    assert [str(zone["TZID"]) for zone in zones] == ["Asia/Tokyo"]
