"""Events (行事) in the calendar file: title, venue and hours, under a UID that stays the
same when the event is edited, so importing the file again updates it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from icalendar import Calendar

from app.services.calendar import export as calendar_export
from app.services.events import editing
from app.services.events.rows import EventForm
from app.storage.database import Database

TOKYO = ZoneInfo("Asia/Tokyo")

SEMINAR = EventForm(
    title="ものづくりDXセミナー",
    held_on="2025-10-24",
    theme="中小製造業のデジタル活用",
    start_time="13:30",
    end_time="16:00",
    venue_name="綾瀬市役所",
    venue_room="大会議室",
    venue_address="綾瀬市早川550",
)


def _entries(path: Path) -> dict[str, Any]:
    return {str(e["SUMMARY"]): e for e in Calendar.from_ical(path.read_bytes()).walk("VEVENT")}


def test_an_event_has_its_venue_hours_and_a_uid_that_survives_an_edit(
    db: Database, tmp_path: Path
) -> None:
    saved = editing.save(db, SEMINAR)
    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    assert calendar_export.export(db, first) == 1
    entry = _entries(first)["ものづくりDXセミナー"]
    start = entry.decoded("DTSTART").astimezone(TOKYO)
    end = entry.decoded("DTEND").astimezone(TOKYO)
    assert start == datetime(2025, 10, 24, 13, 30, tzinfo=TOKYO)
    assert end == datetime(2025, 10, 24, 16, 0, tzinfo=TOKYO)
    assert str(entry["LOCATION"]) == "綾瀬市役所 大会議室、綾瀬市早川550"
    assert str(entry["DESCRIPTION"]) == "中小製造業のデジタル活用"

    editing.save(db, replace(saved, title="ものづくりDXセミナー(会場変更)", venue_room="第1会議室"))
    calendar_export.export(db, second)
    (moved,) = _entries(second).values()
    assert str(moved["UID"]) == str(entry["UID"])
    assert int(moved["SEQUENCE"]) > int(entry["SEQUENCE"])
    assert str(moved["LOCATION"]).startswith("綾瀬市役所 第1会議室")


def test_an_event_without_hours_is_all_day_and_the_fiscal_year_filters(
    db: Database, tmp_path: Path
) -> None:
    editing.save(db, replace(SEMINAR, start_time="", end_time="", venue_room=""))
    editing.save(db, replace(SEMINAR, title="翌年度の交流会", held_on="2026-05-20"))
    path = tmp_path / "fy.ics"
    assert calendar_export.export(db, path, fiscal_year=2025) == 1
    (entry,) = _entries(path).values()
    assert entry.decoded("DTSTART") == date(2025, 10, 24)
    assert entry.decoded("DTEND") == date(2025, 10, 25)
    assert str(entry["LOCATION"]) == "綾瀬市役所、綾瀬市早川550"
