"""Dates and times as the screens read and show them, for callers outside the data layer
(the UI reads typed dates through here, so it never reaches into ``app.japanese``)."""

from __future__ import annotations

from datetime import date as date_type
from datetime import datetime

from app.japanese.date_input import parse_date, parse_time
from app.japanese.timezone import TOKYO, japan_time
from app.japanese.wareki import DateOutOfRange, format_date
from app.services.problems import Problem

__all__ = [
    "date_problem",
    "era_date",
    "japan_time",
    "now_in_japan",
    "parse_date",
    "parse_time",
    "time_problem",
]


def now_in_japan() -> datetime:
    """The time in the meeting room (Japan time), whatever the machine's zone."""
    return datetime.now(TOKYO)


def date_problem(text: str) -> Problem | None:
    """Why ``text`` is not a date the records can hold (None when it is one)."""
    try:
        parse_date(text)
    except DateOutOfRange:
        return Problem.DATE_TOO_EARLY
    except ValueError:  # also a day that does not exist, such as 2月30日
        return Problem.BAD_DATE
    return None


def time_problem(text: str) -> Problem | None:
    """Why ``text`` is not a time of day (None when it is one)."""
    try:
        parse_time(text)
    except ValueError:
        return Problem.BAD_TIME
    return None


def era_date(day: datetime | date_type) -> str:
    """令和7年7月1日: how a letter's date is shown for editing (:func:`parse_date` reads it)."""
    return format_date(day, weekday=False)
