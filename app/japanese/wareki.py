"""和暦 (Japanese era) dates, times and 年度 (fiscal years), written the way councils write them.

babel has no Japanese era calendar and the small era packages zero-pad or skip 元年,
so the era table is ours. Dates before 1873-01-01 (the lunisolar calendar) are refused.
"""

from __future__ import annotations

from datetime import date, time

ERAS: tuple[tuple[date, str], ...] = (
    (date(2019, 5, 1), "令和"),
    (date(1989, 1, 8), "平成"),
    (date(1926, 12, 25), "昭和"),
    (date(1912, 7, 30), "大正"),
    (date(1868, 10, 23), "明治"),
)
EARLIEST = date(1873, 1, 1)
WEEKDAYS = "月火水木金土日"
_FULL_WIDTH_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")
# 年度 takes the era of its first day, except that FY2019 is 令和元年度 throughout
# (the era change was known in advance and government documents used it from April).
_FISCAL_YEAR_EXCEPTIONS = {(2019, 4): ("令和", 1)}


class DateOutOfRange(ValueError):
    """Before 1873-01-01: the lunisolar calendar, which this app does not convert."""


def to_full_width(text: str) -> str:
    """Digits as ０…９ (a document uses one digit width throughout)."""
    return text.translate(_FULL_WIDTH_DIGITS)


def _digits(text: str, full_width: bool) -> str:
    return to_full_width(text) if full_width else text


def era_year(day: date) -> tuple[str, int]:
    """(era name, year of the era) of ``day``: 2019-05-01 → ("令和", 1)."""
    if day < EARLIEST:
        raise DateOutOfRange(f"{day.isoformat()} is before 1873-01-01")
    for start, name in ERAS:
        if day >= start:
            return name, day.year - start.year + 1
    raise DateOutOfRange(day.isoformat())  # unreachable: EARLIEST is inside 明治


def year_text(era: str, year: int, *, full_width: bool = False) -> str:
    """令和元年, 令和4年 (the first year of an era is 元年)."""
    return f"{era}元年" if year == 1 else f"{era}{_digits(str(year), full_width)}年"


def format_date(
    day: date, *, weekday: bool = True, full_width: bool = False, western: bool = False
) -> str:
    """令和4年7月4日(月); with ``western``: 2022年7月4日(月)."""
    if day < EARLIEST:
        raise DateOutOfRange(f"{day.isoformat()} is before 1873-01-01")
    if western:
        head = f"{_digits(str(day.year), full_width)}年"
    else:
        head = year_text(*era_year(day), full_width=full_width)
    text = head + _digits(f"{day.month}月{day.day}日", full_width)
    return text + f"({WEEKDAYS[day.weekday()]})" if weekday else text


def format_time(moment: time, *, twelve_hour: bool = True, full_width: bool = False) -> str:
    """午後7時00分 (or 19時00分)."""
    if twelve_hour:
        period = "午前" if moment.hour < 12 else "午後"
        text = f"{period}{moment.hour % 12}時{moment.minute:02d}分"
    else:
        text = f"{moment.hour}時{moment.minute:02d}分"
    return _digits(text, full_width)


def format_date_time_range(
    day: date,
    start: time | None,
    end: time | None,
    *,
    twelve_hour: bool = True,
    full_width: bool = False,
    western: bool = False,
) -> str:
    """令和4年7月4日(月) 午後7時00分～午後8時30分."""
    text = format_date(day, full_width=full_width, western=western)
    if start is None:
        return text
    text += " " + format_time(start, twelve_hour=twelve_hour, full_width=full_width) + "～"
    if end is not None:
        text += format_time(end, twelve_hour=twelve_hour, full_width=full_width)
    return text


def fiscal_year_of(day: date, start_month: int = 4) -> int:
    """The fiscal year as the Western year in which it starts: 2020-03-31 → 2019."""
    return day.year if day.month >= start_month else day.year - 1


def format_fiscal_year(fiscal_year: int, start_month: int = 4, *, full_width: bool = False) -> str:
    """令和元年度 for FY2019 (April 2019 – March 2020), 令和7年度 for FY2025."""
    era, year = _FISCAL_YEAR_EXCEPTIONS.get(
        (fiscal_year, start_month), era_year(date(fiscal_year, start_month, 1))
    )
    return year_text(era, year, full_width=full_width) + "度"
