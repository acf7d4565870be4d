"""Dates and times as people type them: 2024-04-01, 2024/4/1, 2024年4月1日, the era forms
令和6年4月1日, R6.4.1 and 令和元年5月1日; 19:00, 19時00分. A due date may leave out the
year (12/21, 12月21日, 12-21): it is the next such day from a reference day."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, time

from app.japanese.wareki import EARLIEST, ERAS, DateOutOfRange

_DATE = re.compile(r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$")
_ERA_DATE = re.compile(
    r"^(明治|大正|昭和|平成|令和|[MTSHR])\s*(元|\d{1,2})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$"
)
_ERA_LETTERS = {"M": "明治", "T": "大正", "S": "昭和", "H": "平成", "R": "令和"}
_MONTH_DAY = re.compile(r"^(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")
_LATEST_LEAP_GAP = 8  # 2/29 comes back within 8 years (2096 → 2104)
_TIME = re.compile(r"^(\d{1,2})[:時](\d{2})分?$")


def _era_date(era: str, year_text: str, month: int, day: int) -> date:
    """平成31年4月30日 → 2019-04-30; a day outside its era (平成32年, 令和元年4月1日) is
    no date at all, not silently another era's."""
    name = _ERA_LETTERS.get(era, era)
    starts = [start for start, era_name in ERAS if era_name == name]
    start = starts[0]
    later = [s for s, _ in ERAS if s > start]
    end = min(later) if later else None
    year = 1 if year_text == "元" else int(year_text)
    if year < 1:
        raise ValueError(f"not a year of {name}: {year_text}")
    value = date(start.year + year - 1, month, day)  # ValueError for 2月30日
    if value < start or (end is not None and value >= end):
        raise ValueError(f"{name}{year_text}年{month}月{day}日 is outside {name}")
    return value


def parse_date(text: str) -> date:
    """The date in ``text``; ValueError if it is not one, DateOutOfRange before 1873."""
    normal = unicodedata.normalize("NFKC", text.strip()).upper()
    match = _DATE.match(normal)
    if match:
        value = date(int(match[1]), int(match[2]), int(match[3]))  # ValueError for 2月30日
    else:
        era = _ERA_DATE.match(normal)
        if not era:
            raise ValueError(f"not a date: {text!r}")
        value = _era_date(era[1], era[2], int(era[3]), int(era[4]))
    if value < EARLIEST:
        raise DateOutOfRange(f"{value.isoformat()} is before 1873-01-01")
    return value


def parse_due_date(text: str, reference: date) -> date:
    """A due date as typed: a full date (western or 和暦, as :func:`parse_date`) or a
    month and day alone (12/21, 12月21日, 12-21, full-width too), which is the next such
    day on or after ``reference`` (the meeting's day): on 12月31日, 1/5 is next year's.
    ValueError if ``text`` is no date (13/1, 2/30), DateOutOfRange before 1873."""
    match = _MONTH_DAY.match(unicodedata.normalize("NFKC", text.strip()))
    if match is None:
        return parse_date(text)
    month, day = int(match[1]), int(match[2])
    date(2000, month, day)  # ValueError for 13/1 or 2/30 (2000 had a 2/29)
    for year in range(reference.year, reference.year + _LATEST_LEAP_GAP + 1):
        try:
            candidate = date(year, month, day)
        except ValueError:  # 2/29 of a common year, or past the year 9999
            continue
        if candidate >= reference:
            return candidate
    raise ValueError(f"no {month}/{day} after {reference.isoformat()}")


def parse_time(text: str) -> time:
    """The time of day in ``text`` (24-hour); ValueError if it is not one."""
    match = _TIME.match(unicodedata.normalize("NFKC", text.strip()))
    if not match:
        raise ValueError(f"not a time: {text!r}")
    return time(int(match[1]), int(match[2]))  # ValueError for 25:00
