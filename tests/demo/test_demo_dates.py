"""The sample is dated around the day it is loaded: whatever the day, held meetings lie
behind and planned ones ahead, terms run, and the desk has something to do."""

from __future__ import annotations

import datetime as dt
import re
import tempfile
from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from app.demo import data
from app.demo.loader import load_demo
from app.demo.staging import NOTICE_SUBJECT_END, fiscal_year_of, next_week_meetings, sample_as_of
from app.models import Meeting
from app.models.enums import ActionStatus, CorrespondenceStatus, MeetingStatus
from app.services.members.listing import list_members
from app.services.workspace import open_database
from app.ui.tabs.members_tab import TERM_ENDING_WITHIN

DAYS = st.dates(min_value=dt.date(2020, 1, 1), max_value=dt.date(2040, 12, 31))
WEEK = dt.timedelta(days=6)


@settings(max_examples=8, deadline=None)
@given(DAYS)
@example(dt.date(2027, 4, 1))
@example(dt.date(2027, 3, 31))
@example(dt.date(2028, 2, 29))
@example(dt.date(2029, 1, 1))
@example(dt.date(2026, 12, 31))
@example(dt.date(2028, 4, 18))  # the third Tuesday of April: a first meeting tonight
def test_loaded_on_any_day_meetings_terms_and_statuses_fit_that_day(today: dt.date) -> None:
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "sample.sqlite3", daily_backup=False)
        try:
            load_demo(db, today=today)
            with db.session() as session:
                meetings = session.scalars(select(Meeting)).all()
            members = list_members(db)
        finally:
            db.close()
    assert any(m.held_on < today for m in meetings)
    # a meeting after today, even on the evening of the new fiscal year's first meeting
    # (the sample's year then ends with it tonight, and its 第2回 is in May)
    assert any(m.held_on > today for m in meetings)
    for meeting in meetings:
        if meeting.status is MeetingStatus.PLANNED:
            assert meeting.held_on >= today, meeting.title  # a meeting tonight is still 予定
        else:
            assert meeting.held_on < today, meeting.title
    running = [row for row in members if not row.archived and row.term_end is not None]
    assert running
    assert all(row.term_end is not None and row.term_end >= today for row in running)
    ending_soon = [row for row in running if row.term_end <= today + TERM_ENDING_WITHIN]
    assert all(today <= row.term_end <= today + TERM_ENDING_WITHIN for row in ending_soon)


@settings(max_examples=300, deadline=None)
@given(DAYS)
@example(dt.date(2027, 4, 1))
@example(dt.date(2027, 3, 31))
@example(dt.date(2028, 2, 29))
@example(dt.date(2029, 1, 1))
def test_the_desk_has_a_meeting_to_announce_items_to_chase_and_replies_to_await(
    today: dt.date,
) -> None:
    sample = sample_as_of(today)
    upcoming = sorted((m for m in sample.meetings if m.held_on > today), key=lambda m: m.held_on)
    coming_week = next_week_meetings(sample)
    next_monday = today + dt.timedelta(days=7 - today.weekday())
    after = [m for m in upcoming if m.held_on > next_monday + WEEK]
    if not coming_week and after:  # only when next week lies in another fiscal year
        same_weekday = next_monday + dt.timedelta(days=after[0].held_on.weekday())
        assert fiscal_year_of(same_weekday) != fiscal_year_of(after[0].held_on)
    announced = {
        letter.meeting
        for letter in sample.correspondence
        if letter.subject.endswith(NOTICE_SUBJECT_END)
    }
    assert all(meeting.key not in announced for meeting in coming_week)
    assert all(meeting.status is MeetingStatus.PLANNED for meeting in coming_week)

    open_items = [
        (meeting.held_on, action.due_on)
        for meeting in sample.meetings
        for item in meeting.agenda
        for action in item.actions
        if action.status is not ActionStatus.DONE and action.due_on is not None
    ] + [
        (visit.end_on, action.due_on)
        for visit in sample.visits
        for action in visit.actions
        if action.status is not ActionStatus.DONE and action.due_on is not None
    ]
    assert open_items
    due_this_week = [due for _, due in open_items if today <= due <= today + WEEK]
    assert len(due_this_week) >= min(2, len(open_items) - 1)
    if any(decided < today - dt.timedelta(days=1) for decided, _ in open_items):
        assert any(due < today for _, due in open_items)

    assert all(letter.dated_on <= today for letter in sample.correspondence)
    assert any(
        letter.reply_needed and letter.status is CorrespondenceStatus.OPEN
        for letter in sample.correspondence
    )
    for visit in sample.visits:
        assert (visit.end_on < today) == bool(visit.findings), visit.key


@given(DAYS)
def test_running_terms_are_two_years_from_the_first_of_april(today: dt.date) -> None:
    sample = sample_as_of(today)
    for member in sample.members:
        if member.left_on is None and member.term_end is not None:
            assert member.term_start is not None and member.term_start <= today
            assert member.term_end >= today
            assert (member.term_end.month, member.term_end.day) == (3, 31)
            assert member.term_end.year - fiscal_year_of(member.term_start) in (1, 2)


_DATED = re.compile(r"令和(\d+)年(\d+)月(\d+)日（(.)）")
_UNDATED = re.compile(r"(?<![\d年])(\d+)月(\d+)日（(.)）")


def _texts(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, tuple):
        return [text for item in value for text in _texts(item)]
    return []


@given(DAYS)
@example(dt.date(2028, 2, 29))
def test_meetings_keep_their_weekday_and_fiscal_year_and_texts_their_weekdays(
    today: dt.date,
) -> None:
    sample = sample_as_of(today)
    written = {spec.key: spec for spec in data.MEETINGS}
    brought_forward = {meeting.key for meeting in next_week_meetings(sample)}
    for meeting in sample.meetings:
        day, written_day = meeting.held_on, written[meeting.key].held_on
        assert day.weekday() == written_day.weekday()
        assert meeting.fiscal_year == fiscal_year_of(day), meeting.key
        if meeting.key not in brought_forward:  # 第3火曜日 stays the third Tuesday
            assert (day.month, (day.day - 1) // 7) == (
                written_day.month,
                (written_day.day - 1) // 7,
            )
    everything = (sample.meetings, sample.visits, sample.correspondence, sample.members)
    for text in _texts(everything):
        for era, month, day, weekday in _DATED.findall(text):
            on = dt.date(int(era) + 2018, int(month), int(day))
            assert "月火水木金土日"[on.weekday()] == weekday, text
        for month, day, weekday in _UNDATED.findall(text):  # in the year of the sample
            assert any(
                "月火水木金土日"[dt.date(year, int(month), int(day)).weekday()] == weekday
                for year in (
                    fiscal_year_of(today) - 1,
                    fiscal_year_of(today),
                    fiscal_year_of(today) + 1,
                )
            ), text
