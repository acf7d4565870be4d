"""The sample as it stands on the day it is loaded (:func:`sample_as_of`).

:mod:`app.demo.data` is written as one fiscal year (2025) of a council. Loaded on another
day, the sample is moved to the fiscal year around that day (:mod:`app.demo.timeline`)
and then shows what the secretariat would see that morning:

* meetings before today are held, with their minutes, and approved once the next
  meeting of the same body is past too; meetings from today on are 予定, with their
  agenda only (no attendance, remarks or decisions yet);
* a meeting falls in next week (Monday to Sunday) and its 開催通知 has not gone out yet
  (the first meeting after next week comes forward, unless it opens the next fiscal
  year or there is none);
* terms run: everyone's 2-year term covers today (a new term once the old one ended);
* a member who joins later is not on the roster yet, one who leaves later has not left;
* a response or an action item closed after today is still open, and a few action
  items are due this week and one is overdue (:mod:`app.demo.action_items`);
* letters dated after today are not written yet, a reply due after today is awaited,
  and some reply is always awaited (the standing enquiry comes in three days before);
* a visit that has not ended is planned: no findings, impressions or follow-up yet.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import Enum
from typing import Any, TypeVar

from app.demo import data
from app.demo.action_items import stage_action_items
from app.demo.timeline import (
    FISCAL_YEAR_START_MONTH,
    Timeline,
    same_weekday_of_month,
    shift_years,
)
from app.models.enums import ActionStatus, CorrespondenceStatus, MeetingStatus

NOTICE_SUBJECT_END = "の開催について（通知）"  # the 開催通知 letters of the sample
_T = TypeVar("_T")


@dataclass(frozen=True, slots=True)
class Sample:
    """The sample's records as of ``today`` (all dates moved, statuses as of that day)."""

    today: dt.date
    timeline: Timeline
    council: data.CouncilSpec
    members: tuple[data.MemberSpec, ...]
    meetings: tuple[data.MeetingSpec, ...]
    visits: tuple[data.VisitSpec, ...]
    correspondence: tuple[data.CorrespondenceSpec, ...]
    activities: tuple[data.ActivitySpec, ...]


def fiscal_year_of(day: dt.date) -> int:
    """The Western year in which the April–March fiscal year containing ``day`` starts."""
    return day.year if day.month >= FISCAL_YEAR_START_MONTH else day.year - 1


def sample_as_of(today: dt.date) -> Sample:
    """The whole sample as it stands on ``today`` (deterministic for a given day)."""
    timeline = _anchored_timeline(_years_for(today))
    _bring_a_meeting_into_next_week(timeline, today)
    members = _members(timeline, today)
    keys = {member.key for member in members}
    meetings = tuple(_meeting(spec, timeline, today, keys) for spec in data.MEETINGS)
    meetings = tuple(_approval(spec, meetings, today) for spec in meetings)
    visits = tuple(_visit(spec, timeline, today, keys) for spec in data.VISITS)
    meetings, visits = stage_action_items(meetings, visits, today)
    return Sample(
        today=today,
        timeline=timeline,
        council=_moved(data.COUNCIL, timeline),
        members=members,
        meetings=meetings,
        visits=visits,
        correspondence=_letters(timeline, today, meetings),
        activities=tuple(
            _moved(spec, timeline)._replace(fiscal_year=spec.fiscal_year + timeline.years)
            for spec in data.ACTIVITIES
        ),
    )


# --------------------------------------------------------------------------- the calendar


def _first_meeting_day(years: int) -> dt.date:
    return same_weekday_of_month(min(spec.held_on for spec in data.MEETINGS), years)


def _years_for(today: dt.date) -> int:
    """The fiscal year around today: its first meeting is past (else the year before)."""
    years = fiscal_year_of(today) - data.FISCAL_YEAR
    return years if _first_meeting_day(years) < today else years - 1


def _anchored_timeline(years: int) -> Timeline:
    """Meetings and visits keep their weekday of the month (a visit keeps its length)."""
    timeline = Timeline(years, data.FISCAL_YEAR)
    for meeting in data.MEETINGS:
        timeline.anchor(meeting.held_on, same_weekday_of_month(meeting.held_on, years))
    for visit in data.VISITS:
        start = same_weekday_of_month(visit.start_on, years)
        for offset in range((visit.end_on - visit.start_on).days + 1):
            day = dt.timedelta(days=offset)
            timeline.anchor(visit.start_on + day, start + day)
    return timeline


def _bring_a_meeting_into_next_week(timeline: Timeline, today: dt.date) -> None:
    """The first meeting after next week comes forward into it (same weekday, same fiscal
    year), unless a meeting is already there."""
    next_monday = today + dt.timedelta(days=7 - today.weekday())
    next_sunday = next_monday + dt.timedelta(days=6)
    written = (spec.held_on for spec in data.MEETINGS)
    days = sorted(((day, timeline.date(day)) for day in written), key=lambda pair: pair[1])
    if any(next_monday <= day <= next_sunday for _, day in days):
        return
    later = [(original, day) for original, day in days if day > next_sunday]
    if not later:
        return
    original, day = later[0]
    new_day = next_monday + dt.timedelta(days=day.weekday())
    if fiscal_year_of(new_day) == fiscal_year_of(day):
        timeline.anchor(original, new_day)


def next_week_meetings(sample: Sample) -> list[data.MeetingSpec]:
    """The meetings of the week after ``sample.today``'s (Monday to Sunday)."""
    next_monday = sample.today + dt.timedelta(days=7 - sample.today.weekday())
    next_sunday = next_monday + dt.timedelta(days=6)
    return [spec for spec in sample.meetings if next_monday <= spec.held_on <= next_sunday]


def _moved(value: _T, timeline: Timeline) -> _T:
    """``value`` (a spec, tuple, date or text) with every date and text moved."""
    moved: _T = _move(value, timeline)
    return moved


def _move(value: Any, timeline: Timeline) -> Any:
    if isinstance(value, Enum):
        return value
    if isinstance(value, dt.date):
        return timeline.date(value)
    if isinstance(value, str):
        return timeline.text(value)
    if isinstance(value, tuple):
        items = [_move(item, timeline) for item in value]
        return type(value)(*items) if hasattr(value, "_fields") else tuple(items)
    return value


# --------------------------------------------------------------------------- people


def _current_term(timeline: Timeline, today: dt.date) -> tuple[dt.date, dt.date]:
    start, end = timeline.date(data.TERM_START), timeline.date(data.TERM_END)
    while end < today:
        start, end = shift_years(start, 2), shift_years(end, 2)
    return start, end


def _members(timeline: Timeline, today: dt.date) -> tuple[data.MemberSpec, ...]:
    term_start, term_end = _current_term(timeline, today)
    new_term = term_start != timeline.date(data.TERM_START)
    members = []
    for written in data.MEMBERS:
        spec = _moved(written, timeline)
        if spec.joined_on > today:
            continue  # not on the council yet
        if spec.left_on is not None and spec.left_on >= today:
            spec = spec._replace(left_on=None, archived_on=None)  # still in office today
        if new_term and written.term_end == data.TERM_END and spec.left_on is None:
            spec = spec._replace(term_start=term_start, term_end=term_end)  # reappointed
        members.append(spec)
    return tuple(members)


# --------------------------------------------------------------------------- meetings


def _meeting(
    written: data.MeetingSpec, timeline: Timeline, today: dt.date, members: set[str]
) -> data.MeetingSpec:
    spec = _moved(written, timeline)._replace(fiscal_year=written.fiscal_year + timeline.years)
    if spec.held_on < today:
        agenda = tuple(
            item._replace(
                remarks=tuple(_remark_as_of(remark, today) for remark in item.remarks),
                actions=tuple(_action_as_of(action, today) for action in item.actions),
            )
            for item in spec.agenda
        )
        return spec._replace(status=MeetingStatus.HELD, agenda=agenda)
    planned_agenda = tuple(
        item._replace(
            presenter=item.presenter if item.presenter in members else "",
            result="",
            resolution="",
            remarks=(),
            actions=(),
        )
        for item in spec.agenda
    )
    return spec._replace(
        status=MeetingStatus.PLANNED, agenda=planned_agenda, attendance=(), signers=()
    )


def _approval(
    spec: data.MeetingSpec, meetings: tuple[data.MeetingSpec, ...], today: dt.date
) -> data.MeetingSpec:
    """Minutes are approved at the next meeting of the same body, once it is past."""
    if spec.status is not MeetingStatus.HELD:
        return spec
    approved = any(
        other.body == spec.body and spec.held_on < other.held_on < today for other in meetings
    )
    return spec._replace(status=MeetingStatus.APPROVED) if approved else spec


def _remark_as_of(remark: data.RemarkSpec, today: dt.date) -> data.RemarkSpec:
    response = remark.response
    if response is None or response.responded_on is None or response.responded_on <= today:
        return remark
    return remark._replace(response=data.pending())  # done later: not yet


def _action_as_of(action: data.ActionSpec, today: dt.date) -> data.ActionSpec:
    if action.closed_on is None or action.closed_on <= today:
        return action
    return action._replace(status=ActionStatus.IN_PROGRESS, closed_on=None)  # closed later


# --------------------------------------------------------------------------- visits


def _visit(
    written: data.VisitSpec, timeline: Timeline, today: dt.date, members: set[str]
) -> data.VisitSpec:
    spec = _moved(written, timeline)
    if spec.end_on < today:
        return spec._replace(
            impressions=tuple(_remark_as_of(remark, today) for remark in spec.impressions),
            actions=tuple(_action_as_of(action, today) for action in spec.actions),
        )
    return spec._replace(  # not over yet: nothing found, felt or decided so far
        findings="",
        outcomes="",
        figures=(),
        impressions=(),
        actions=(),
        participants=tuple(key for key in spec.participants if key in members),
    )


# --------------------------------------------------------------------------- letters


def _letters(
    timeline: Timeline, today: dt.date, meetings: tuple[data.MeetingSpec, ...]
) -> tuple[data.CorrespondenceSpec, ...]:
    """Letters written by today; the coming week's meeting has no 開催通知 yet."""
    next_monday = today + dt.timedelta(days=7 - today.weekday())
    next_sunday = next_monday + dt.timedelta(days=6)
    next_week = {spec.key for spec in meetings if next_monday <= spec.held_on <= next_sunday}
    letters = []
    for written in data.CORRESPONDENCE:
        spec = _moved(written, timeline)
        if spec.dated_on > today:
            continue
        if spec.meeting in next_week and spec.subject.endswith(NOTICE_SUBJECT_END):
            continue  # still to issue
        awaited = spec.reply_due is not None and spec.reply_due > today
        if spec.status is CorrespondenceStatus.REPLIED and awaited:
            spec = spec._replace(status=CorrespondenceStatus.OPEN)  # the reply is still awaited
        letters.append(spec)
    if not any(_awaits_reply(spec) for spec in letters):
        letters = _with_a_reply_awaited(letters, timeline, today)
    return tuple(letters)


def _awaits_reply(spec: data.CorrespondenceSpec) -> bool:
    return spec.reply_needed and spec.status is CorrespondenceStatus.OPEN


def _with_a_reply_awaited(
    letters: list[data.CorrespondenceSpec], timeline: Timeline, today: dt.date
) -> list[data.CorrespondenceSpec]:
    """The sample's standing enquiry (a reply-needed letter tied to no meeting or visit)
    arrives three days ago, so that the register always has a reply to chase."""
    enquiries = [
        spec
        for spec in data.CORRESPONDENCE
        if _awaits_reply(spec) and not spec.meeting and not spec.visit and spec.reply_due
    ]
    if not enquiries:
        return letters
    written = enquiries[-1]
    assert written.reply_due is not None  # for mypy: filtered above
    dated_on = today - dt.timedelta(days=3)
    moved = _moved(written, timeline)._replace(
        dated_on=dated_on, reply_due=dated_on + (written.reply_due - written.dated_on)
    )
    return [spec for spec in letters if spec.subject != moved.subject] + [moved]
