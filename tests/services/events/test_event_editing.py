"""Creating and editing an event with its fees and timetable; bad input is refused by
field with nothing written; two people editing the same event never overwrite."""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.services.events import editing
from app.services.events.codes import EventKind, EventStatus, FeeTiming
from app.services.events.listing import list_events
from app.services.events.rows import EventForm, FeeInput, TimetableInput
from app.services.problems import EditConflict, Invalid, Problem, Record
from app.storage.database import Database
from tests.two_users import Users

SEMINAR = EventForm(
    title="ものづくりDXセミナー",
    kind=EventKind.SEMINAR,
    held_on="2025-10-24",
    theme="中小製造業のデジタル活用",
    organiser="綾瀬イノベーション推進委員会",
    open_time="13:00",
    start_time="13:30",
    end_time="16:00",
    venue_name="綾瀬市役所",
    venue_address="綾瀬市早川550",
    venue_room="大会議室",
    venue_access="綾瀬市役所前バス停すぐ",
    capacity="40",
    application_deadline="2025-10-17",
    contact_person="商工振興課 山田",
    contact_phone="0467-70-0000",
    contact_fax="0467-70-0001",
    contact_email="sangyo@example.jp",
    fees=(FeeInput("会員", "0"), FeeInput("一般", "1,000"), FeeInput("懇親会", "3000")),
    timetable=(
        TimetableInput("13:30〜14:30", "基調講演 工場のDX", "佐藤 花子", "綾瀬工業大学"),
        TimetableInput("14:40〜16:00", "事例紹介", "鈴木 一郎", "株式会社綾瀬精機"),
    ),
)


def test_a_seminar_is_saved_with_its_fees_and_timetable(db: Database) -> None:
    saved = editing.save(db, SEMINAR)
    assert saved.id is not None and saved.version == 1
    loaded = editing.load_form(db, saved.id)
    assert loaded == replace(
        SEMINAR,
        fees=(FeeInput("会員", "0"), FeeInput("一般", "1000"), FeeInput("懇親会", "3000")),
        id=saved.id,
        version=saved.version,
    )
    (row,) = list_events(db)
    assert (row.title, row.fiscal_year, row.capacity, row.status) == (
        "ものづくりDXセミナー",
        2025,
        40,
        EventStatus.PLANNING,
    )


def test_an_edit_replaces_the_fees_and_timetable_and_checks_the_version(db: Database) -> None:
    saved = editing.save(db, SEMINAR)
    edited = editing.save(
        db,
        replace(
            saved,
            status=EventStatus.RECRUITING,
            fees=(FeeInput("一般", "1000", FeeTiming.IN_ADVANCE), FeeInput("会員", "")),
            timetable=(TimetableInput("13:30", "講演", "佐藤 花子"),),
        ),
    )
    assert edited.version == 2
    loaded = editing.load_form(db, saved.id or 0)
    assert loaded.status is EventStatus.RECRUITING
    assert loaded.fees == (FeeInput("一般", "1000", FeeTiming.IN_ADVANCE), FeeInput("会員", "0"))
    assert [t.title for t in loaded.timetable] == ["講演"]
    with pytest.raises(EditConflict) as conflict:
        editing.save(db, replace(saved, title="古い版からの保存"))
    assert conflict.value.record is Record.EVENT
    assert conflict.value.theirs.status is EventStatus.RECRUITING
    assert editing.load_form(db, saved.id or 0).title == SEMINAR.title


def test_an_event_has_no_limit_without_a_capacity_and_no_times_at_all(db: Database) -> None:
    saved = editing.save(db, EventForm(title="交流サロン", held_on="令和7年11月5日"))
    loaded = editing.load_form(db, saved.id or 0)
    assert (loaded.capacity, loaded.start_time, loaded.held_on) == ("", "", "2025-11-05")


@pytest.mark.parametrize(
    ("change", "field", "problem"),
    [
        ({"title": " "}, "title", Problem.MISSING),
        ({"held_on": ""}, "held_on", Problem.MISSING),
        ({"held_on": "2025-02-30"}, "held_on", Problem.BAD_DATE),
        ({"held_on": "1850-01-01"}, "held_on", Problem.DATE_TOO_EARLY),
        ({"start_time": "25:00"}, "start_time", Problem.BAD_TIME),
        ({"end_time": "12:00"}, "end_time", Problem.ENDS_BEFORE_START),
        ({"capacity": "0"}, "capacity", Problem.NOT_POSITIVE),
        ({"capacity": "四十"}, "capacity", Problem.NOT_A_NUMBER),
        ({"capacity": "99999999999"}, "capacity", Problem.NUMBER_TOO_LARGE),
        ({"application_deadline": "来週"}, "application_deadline", Problem.BAD_DATE),
        ({"contact_email": "sangyo@"}, "contact_email", Problem.BAD_EMAIL),
        ({"contact_fax": "FAXなし"}, "contact_fax", Problem.BAD_PHONE),
        ({"title": "長" * 201}, "title", Problem.TOO_LONG),
        (
            {"fees": (FeeInput("会員", "0"), FeeInput("会員", "500"))},
            "fees",
            Problem.DUPLICATE_CATEGORY,
        ),
        ({"fees": (FeeInput("一般", "-1"),)}, "fees", Problem.NEGATIVE),
        ({"fees": (FeeInput("", "1000"),)}, "fees", Problem.MISSING),
        ({"fees": (FeeInput("一般", "千円"),)}, "fees", Problem.NOT_A_NUMBER),
        ({"timetable": (TimetableInput(title="題" * 201),)}, "timetable", Problem.TOO_LONG),
    ],
)
def test_bad_input_is_refused_by_field_and_nothing_is_written(
    db: Database, change: dict[str, object], field: str, problem: Problem
) -> None:
    with pytest.raises(Invalid) as invalid:
        editing.save(db, replace(SEMINAR, **change))  # type: ignore[arg-type]
    assert invalid.value.problems[field] is problem
    assert list_events(db) == []


def test_two_people_editing_one_event_never_overwrite(users: Users) -> None:
    a_sees = editing.save(users.a, SEMINAR)
    b_sees = editing.load_form(users.b, a_sees.id or 0)
    editing.save(users.b, replace(b_sees, venue_room="第2会議室"))
    with pytest.raises(EditConflict) as conflict:
        editing.save(users.a, replace(a_sees, capacity="60"))
    assert conflict.value.theirs.venue_room == "第2会議室"
    now = editing.load_form(users.a, a_sees.id or 0)
    assert (now.venue_room, now.capacity) == ("第2会議室", "40")
