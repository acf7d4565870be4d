"""A new meeting's usual time and place, and its generated 件名."""

from __future__ import annotations

from datetime import date, time

from app.models import Body
from app.services.meetings import defaults
from app.services.meetings import editing as meeting_editing
from app.services.meetings.editing import MeetingForm
from app.storage.database import Database
from tests.meeting_room import Room


def _meeting(db: Database, body_id: int, held_on: str, start: str, end: str, place: str) -> None:
    form = MeetingForm(
        body_id=body_id, held_on=held_on, start_time=start, end_time=end, place=place
    )
    meeting_editing.save(db, form)


def test_the_usual_time_and_place_are_those_of_the_latest_meeting(db: Database, room: Room) -> None:
    _meeting(db, room.body_id, "2026-05-20", "19:00", "20:30", "市役所 第1会議室")
    _meeting(db, room.body_id, "2026-04-15", "18:00", "19:00", "商工会館")  # typed later
    assert defaults.usual(db, room.body_id) == defaults.Usual(
        time(19, 0), time(20, 30), "市役所 第1会議室"
    )
    with db.transaction() as session:
        session.add(body := Body(name="役員会"))
    assert defaults.usual(db, body.id) == defaults.Usual(None, None, "")


def test_the_title_names_the_fiscal_year_number_and_body(db: Database, room: Room) -> None:
    _meeting(db, room.body_id, "2026-05-20", "", "", "")
    title = defaults.suggested_title
    assert title(db, room.body_id, date(2026, 6, 1)) == "令和8年度 第2回定例会"
    assert title(db, room.body_id, date(2027, 3, 31)) == "令和8年度 第2回定例会"
    assert title(db, room.body_id, date(2027, 4, 1)) == "令和9年度 第1回定例会"
    assert title(db, room.body_id, date(2019, 4, 1)) == "令和元年度 第1回定例会"
    assert title(db, room.body_id, date(2026, 6, 1), 5) == "令和8年度 第5回定例会"
