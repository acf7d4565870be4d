"""Field checks the events forms share: contact details, numbers, yen, dates and times.

Each returns the :class:`Problem` of a typed text, or None when it can be used; the
forms collect them by field and raise one :class:`Invalid`.
"""

from __future__ import annotations

import unicodedata
from datetime import date, time

from app.japanese.kana import is_kana
from app.services.dates import date_problem, parse_date, parse_time, time_problem
from app.services.members.roster_import import EMAIL, PHONE
from app.services.problems import Problem

LARGEST_NUMBER = 2**31 - 1  # an INTEGER column on PostgreSQL


def whole_number(text: str) -> int:
    """A number as typed, 1,000 and full-width digits included; ValueError otherwise."""
    return int(unicodedata.normalize("NFKC", text).strip().replace(",", ""))


def number_problem(text: str, *, least: int) -> Problem | None:
    """Why ``text`` is not a whole number of at least ``least`` (None when it is one)."""
    try:
        value = whole_number(text)
    except ValueError:
        return Problem.NOT_A_NUMBER
    if value > LARGEST_NUMBER:
        return Problem.NUMBER_TOO_LARGE
    if value < least:
        return Problem.NOT_POSITIVE if least > 0 else Problem.NEGATIVE
    return None


def email_problem(text: str) -> Problem | None:
    return Problem.BAD_EMAIL if text.strip() and not EMAIL.match(text.strip()) else None


def phone_problem(text: str) -> Problem | None:
    phone = unicodedata.normalize("NFKC", text).strip()
    return Problem.BAD_PHONE if phone and not PHONE.match(phone) else None


def reading_problem(text: str) -> Problem | None:
    reading = text.strip()
    return Problem.READING_NOT_KANA if reading and not is_kana(reading) else None


def optional_date_problem(text: str) -> Problem | None:
    return date_problem(text) if text.strip() else None


def optional_time_problem(text: str) -> Problem | None:
    return time_problem(text) if text.strip() else None


def optional_date(text: str) -> date | None:
    """The date typed, or None for an empty field (the form has refused any other)."""
    return parse_date(text) if text.strip() else None


def optional_time(text: str) -> time | None:
    return parse_time(text) if text.strip() else None
