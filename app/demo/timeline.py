"""Moves the sample's dates (written for fiscal year 2025) to the year of the day it is loaded.

Every date moves by whole years, so 4月1日 stays 4月1日 and the texts' 「11月8日」 stay true.
A meeting or a visit is anchored: it stays on its weekday of the month (第3火曜日 stays
the third Tuesday, a few days off its written date), and a date that was its day (a due
date 「次回の定例会まで」, a closing date) follows it. Texts follow too: 令和7年 becomes the
shifted 令和 year, 「…2025」 the shifted year, an anchored day (「6月26日に第1回人材育成部会
を開催」, 「7月24日〜25日の視察」) the day it now falls on, and a date given with its weekday
(令和8年1月20日（火）, 11月20日（木）) the weekday it now falls on.
"""

from __future__ import annotations

import datetime as dt
import re

FISCAL_YEAR_START_MONTH = 4
_REIWA_OFFSET = 2018  # 令和1年 = 2019
_WEEKDAYS = "月火水木金土日"
_DATED = re.compile(
    r"令和(?P<full_era>\d+|元)年(?P<month>\d{1,2})月(?P<day>\d{1,2})日"
    r"(?:（(?P<weekday>[月火水木金土日])）)?"
    r"|(?<![\d年])(?P<plain_month>\d{1,2})月(?P<plain_day>\d{1,2})日"
    r"(?:（(?P<plain_weekday>[月火水木金土日])）)?"
    r"(?:〜(?P<to_day>\d{1,2})日(?:（(?P<to_weekday>[月火水木金土日])）)?)?"
    r"|令和(?P<era>\d+|元)年"
    r"|(?<![0-9A-Za-z_.\-])(?P<western>20[1-3]\d)(?!\d)"
)


def shift_years(day: dt.date, years: int) -> dt.date:
    """The same month and day ``years`` later (29 February becomes the 28th)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def same_weekday_of_month(day: dt.date, years: int) -> dt.date:
    """The same weekday of the same month ``years`` later, counted the same way: the third
    Tuesday of April stays the third Tuesday of April (the last, if there is no fifth)."""
    first = dt.date(day.year + years, day.month, 1)
    nth = (day.day - 1) // 7
    moved = first + dt.timedelta(days=(day.weekday() - first.weekday()) % 7 + 7 * nth)
    return moved if moved.month == day.month else moved - dt.timedelta(days=7)


def reiwa(year: int) -> str:
    """令和7 for 2025, 令和元 for 2019 (平成30 for 2018, should a sample reach back so far)."""
    number = year - _REIWA_OFFSET
    if number < 1:
        return f"平成{year - 1988}" if year > 1989 else "平成元"
    return "令和元" if number == 1 else f"令和{number}"


class Timeline:
    """The sample's dates and texts moved by ``years``; anchored days (meetings, visits)
    keep their weekday of the month, and what was dated on them follows them."""

    def __init__(self, years: int, fiscal_year: int) -> None:
        self.years = years
        self._fiscal_year = fiscal_year  # the one the sample is written for (April to March)
        self._anchored: dict[dt.date, dt.date] = {}

    def anchor(self, written: dt.date, day: dt.date) -> None:
        """Put what was written for ``written`` (a meeting, a visit's day) on ``day``."""
        self._anchored[written] = day

    def date(self, day: dt.date) -> dt.date:
        """Where ``day`` of the written sample falls in the loaded one."""
        return self._anchored.get(day) or shift_years(day, self.years)

    def text(self, text: str) -> str:
        """``text`` with its years, dates and weekdays moved (see the module docstring)."""
        if self.years == 0 and all(w == d for w, d in self._anchored.items()):
            return text
        return _DATED.sub(self._replace, text)

    def _replace(self, match: re.Match[str]) -> str:
        if match["full_era"]:
            era = 1 if match["full_era"] == "元" else int(match["full_era"])
            written = dt.date(era + _REIWA_OFFSET, int(match["month"]), int(match["day"]))
            day = self.date(written)
            weekday = f"（{_WEEKDAYS[day.weekday()]}）" if match["weekday"] else ""
            return f"{reiwa(day.year)}年{day.month}月{day.day}日{weekday}"
        if match["plain_month"]:
            month = int(match["plain_month"])
            text = self._month_day(month, int(match["plain_day"]), match["plain_weekday"])
            if match["to_day"]:
                to = self._month_day(month, int(match["to_day"]), match["to_weekday"])
                text += "〜" + to.split("月", 1)[1]  # 7月24日〜25日: the month is said once
            return text
        if match["era"]:
            era = 1 if match["era"] == "元" else int(match["era"])
            return f"{reiwa(era + _REIWA_OFFSET + self.years)}年"
        return str(int(match["western"]) + self.years)

    def _month_day(self, month: int, day: int, weekday: str | None) -> str:
        """M月D日 without a year: an anchored day follows its anchor; with a weekday, the
        weekday follows the date (the year is the written fiscal year's); else as written."""
        anchored = {(w.month, w.day): moved for w, moved in self._anchored.items()}
        if (month, day) in anchored:
            moved = anchored[month, day]
        elif weekday:
            year = self._fiscal_year + (month < FISCAL_YEAR_START_MONTH)
            moved = shift_years(dt.date(year, month, day), self.years)
        else:
            return f"{month}月{day}日"
        said = f"（{_WEEKDAYS[moved.weekday()]}）" if weekday else ""
        return f"{moved.month}月{moved.day}日{said}"
