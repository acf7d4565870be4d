"""The sample's events: a seminar taking applications, an exchange salon held with its
check-ins, walk-in and fees, and a 商談会 with both sides, all in the fiscal year of the
day the sample is loaded (when that year has room on the right side of the day)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.demo.data import DEMO_AS_OF
from app.demo.events import event_day
from app.demo.loader import load_demo
from app.demo.staging import fiscal_year_of
from app.services.events import participants
from app.services.events.codes import (
    ApplicationSource,
    EventKind,
    EventStatus,
    ParticipantRole,
    PaymentState,
)
from app.services.events.editing import load_form
from app.services.events.listing import event_counts, list_events
from app.storage.database import Database


def test_the_sample_has_a_seminar_a_salon_and_a_fair(db: Database) -> None:
    load_demo(db, today=DEMO_AS_OF)
    shown = {row.kind: row for row in list_events(db)}
    assert set(shown) == {EventKind.SEMINAR, EventKind.NETWORKING, EventKind.BUSINESS_MATCHING}
    assert {row.fiscal_year for row in shown.values()} == {fiscal_year_of(DEMO_AS_OF)}

    seminar = shown[EventKind.SEMINAR]
    assert seminar.status is EventStatus.RECRUITING and seminar.held_on > DEMO_AS_OF
    form = load_form(db, seminar.id)
    assert form.capacity == "40"
    assert [(fee.category, fee.amount) for fee in form.fees] == [("会員", "0"), ("一般", "1000")]
    assert len(form.timetable) == 3 and all(row.speaker for row in form.timetable)
    counts = event_counts(db, seminar.id)
    assert 25 <= counts.seats_taken <= 35 and counts.checked_in == 0

    salon = shown[EventKind.NETWORKING]
    assert salon.status is EventStatus.HELD and salon.held_on < DEMO_AS_OF
    assert load_form(db, salon.id).pillar_id is not None
    people = participants.list_participants(db, salon.id)
    walk_ins = [p for p in people if p.source is ApplicationSource.WALK_IN]
    assert len(walk_ins) == 1 and walk_ins[0].checked_in_at is not None
    assert walk_ins[0].payment is PaymentState.RECEIVED
    came = [p for p in people if p.checked_in_at is not None]
    assert 0 < len(came) < len(people)  # some did not come
    assert all(p.checked_in_at.date() == salon.held_on for p in came)  # type: ignore[union-attr]

    fair = shown[EventKind.BUSINESS_MATCHING]
    assert fair.status is EventStatus.HELD and fair.held_on < DEMO_AS_OF
    people = participants.list_participants(db, fair.id)
    buyers = [p for p in people if p.role is ParticipantRole.BUYER]
    suppliers = [p for p in people if p.role is ParticipantRole.SUPPLIER]
    assert len(buyers) >= 3 and all(p.member_id is None for p in buyers)
    assert any(p.member_id for p in suppliers) and any(p.member_id is None for p in suppliers)


@pytest.mark.parametrize(
    "today",
    [
        DEMO_AS_OF,
        dt.date(2027, 4, 1),  # the year's first day: nothing of it lies before today
        dt.date(2027, 4, 10),
        dt.date(2027, 3, 31),  # the year's last day: nothing of it lies after today
        dt.date(2027, 3, 20),
        dt.date(2028, 2, 29),
        dt.date(2026, 8, 15),
        dt.date(2026, 12, 5),  # 26 days ahead is 大晦日: the seminar moves past 年末年始
        dt.date(2026, 12, 29),
    ],
)
def test_event_days_fall_on_weekdays_on_their_side_of_today(today: dt.date) -> None:
    year = fiscal_year_of(today)
    first_day = (today.month, today.day) == (4, 1)
    last_day = (today.month, today.day) == (3, 31)
    for days in (-52, -23, 26):
        day = event_day(today, days)
        assert (day < today) if days < 0 else (day > today), (today, days, day)
        if not (days < 0 and first_day) and not (days > 0 and last_day):
            assert fiscal_year_of(day) == year, (today, days, day)
        assert day.weekday() < 5 or (day.month, day.day) in {(3, 31), (4, 1)}, (today, day)
        assert not ((day.month, day.day) >= (12, 29) or (day.month, day.day) <= (1, 3)), day


def test_the_fairs_title_names_the_fiscal_year_it_is_held_in(db: Database) -> None:
    from app.services.events import listing as events_listing

    load_demo(db, today=dt.date(2026, 12, 5))
    titles = {row.title for row in events_listing.list_events(db)}
    assert "ものづくり受発注商談会2026" in titles
