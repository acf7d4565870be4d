"""Due dates (期限) of action items as the clerk types them in the capture flow: a full
date, or a month and day alone, taken as the next such day from the meeting's day."""

from __future__ import annotations

from datetime import date

from app.japanese.date_input import parse_due_date
from app.japanese.wareki import DateOutOfRange
from app.services.problems import Problem

__all__ = ["due_problem", "parse_due_date"]


def due_problem(text: str, reference: date) -> Problem | None:
    """Why ``text`` is not a due date (None when it is one); ``reference``: the day a
    month and day alone counts from."""
    try:
        parse_due_date(text, reference)
    except DateOutOfRange:
        return Problem.DATE_TOO_EARLY
    except ValueError:  # also a day that does not exist, such as 2月30日
        return Problem.BAD_DATE
    return None
