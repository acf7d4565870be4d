"""The sample's 宿題 (action items) as the desk should find them on the day it is loaded:
a few due within the coming seven days and one overdue, so there is something to chase.

The items keep their texts, owners and meetings; only due dates move (and, when too few
are still open, the most recently closed ones are reopened: the work came back)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.demo import data
from app.models.enums import ActionStatus

DUE_THIS_WEEK = 2  # open items that fall due within the coming seven days
_WANTED_OPEN = DUE_THIS_WEEK + 1  # and one overdue

_Ref = tuple[str, int, int]  # (meeting or visit key, agenda item number or -1, item number)


@dataclass(frozen=True, slots=True)
class _Item:
    ref: _Ref
    decided_on: dt.date  # the day of the meeting or visit
    action: data.ActionSpec


def stage_action_items(
    meetings: tuple[data.MeetingSpec, ...], visits: tuple[data.VisitSpec, ...], today: dt.date
) -> tuple[tuple[data.MeetingSpec, ...], tuple[data.VisitSpec, ...]]:
    """``meetings`` and ``visits`` (held and past ones carry action items) with due dates
    staged around ``today``."""
    items = [
        _Item((spec.key, item_number, number), spec.held_on, action)
        for spec in meetings
        for item_number, item in enumerate(spec.agenda)
        for number, action in enumerate(item.actions)
        if action.due_on is not None
    ] + [
        _Item((spec.key, -1, number), spec.end_on, action)
        for spec in visits
        for number, action in enumerate(spec.actions)
        if action.due_on is not None
    ]
    open_items = [item for item in items if item.action.status is not ActionStatus.DONE]
    closed = sorted(
        (item for item in items if item.action.status is ActionStatus.DONE),
        key=lambda item: item.action.closed_on or item.decided_on,
        reverse=True,
    )
    reopened = {item.ref for item in closed[: max(0, _WANTED_OPEN - len(open_items))]}
    open_items += [item for item in closed if item.ref in reopened]
    due = _staged_due_dates(open_items, today)
    if not due and not reopened:
        return meetings, visits

    def restaged(ref: _Ref, action: data.ActionSpec) -> data.ActionSpec:
        if ref in reopened:
            action = action._replace(status=ActionStatus.IN_PROGRESS, closed_on=None)
        return action._replace(due_on=due.get(ref, action.due_on))

    return (
        tuple(
            spec._replace(
                agenda=tuple(
                    item._replace(
                        actions=tuple(
                            restaged((spec.key, i, n), action)
                            for n, action in enumerate(item.actions)
                        )
                    )
                    for i, item in enumerate(spec.agenda)
                )
            )
            for spec in meetings
        ),
        tuple(
            spec._replace(
                actions=tuple(
                    restaged((spec.key, -1, n), action) for n, action in enumerate(spec.actions)
                )
            )
            for spec in visits
        ),
    )


def _staged_due_dates(items: list[_Item], today: dt.date) -> dict[_Ref, dt.date]:
    """New due dates: the most overdue item stays overdue (or the one decided longest ago
    becomes so), then the nearest ones after this week, else the latest overdue ones,
    fall due this week."""
    week_end = today + dt.timedelta(days=6)
    by_due = sorted(items, key=lambda item: item.action.due_on or today)
    due_on = {item.ref: item.action.due_on or today for item in items}
    overdue = [item for item in by_due if due_on[item.ref] < today]
    this_week = [item for item in by_due if today <= due_on[item.ref] <= week_end]
    later = [item for item in by_due if due_on[item.ref] > week_end]
    staged: dict[_Ref, dt.date] = {}
    if not overdue:
        old_enough = [
            item for item in later + this_week if item.decided_on < today - dt.timedelta(days=1)
        ]
        if old_enough:
            chosen = min(old_enough, key=lambda item: item.decided_on)
            staged[chosen.ref] = max(
                chosen.decided_on + dt.timedelta(days=1), today - dt.timedelta(days=3)
            )
            (later if chosen in later else this_week).remove(chosen)
    candidates = later + overdue[:0:-1]  # overdue[0] stays overdue
    wanted = max(0, DUE_THIS_WEEK - len(this_week))
    for offset, item in zip((2, 4, 6), candidates[:wanted], strict=False):
        staged[item.ref] = today + dt.timedelta(days=offset)
    return staged
