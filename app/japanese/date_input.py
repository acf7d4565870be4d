"""Dates and times as people type them: 2024-04-01, 2024/4/1, 2024年4月1日, 19:00, 19時00分."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, time

from app.japanese.wareki import EARLIEST, DateOutOfRange

_DATE = re.compile(r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$")
_TIME = re.compile(r"^(\d{1,2})[:時](\d{2})分?$")


def parse_date(text: str) -> date:
    """The date in ``text``; ValueError if it is not one, DateOutOfRange before 1873."""
    match = _DATE.match(unicodedata.normalize("NFKC", text.strip()))
    if not match:
        raise ValueError(f"not a date: {text!r}")
    value = date(int(match[1]), int(match[2]), int(match[3]))  # ValueError for 2月30日
    if value < EARLIEST:
        raise DateOutOfRange(f"{value.isoformat()} is before 1873-01-01")
    return value


def parse_time(text: str) -> time:
    """The time of day in ``text`` (24-hour); ValueError if it is not one."""
    match = _TIME.match(unicodedata.normalize("NFKC", text.strip()))
    if not match:
        raise ValueError(f"not a time: {text!r}")
    return time(int(match[1]), int(match[2]))  # ValueError for 25:00
