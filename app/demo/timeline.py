"""Moves the sample's dates (written for fiscal year 2025) to the year of the day it is loaded.

Every date moves by whole years, so 4月1日 stays 4月1日 and the texts' 「11月8日」 stay true;
a meeting keeps its weekday (a Tuesday evening meeting stays on a Tuesday, moved by at
most three days), and a date that was a meeting's day (a due date 「次回の定例会まで」, a
closing date) follows that meeting. Texts follow too: 令和7年 becomes the shifted 令和
year, 「…2025」 the shifted year, and a full date with its weekday
(令和8年1月20日（火）) the date and weekday it now falls on.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping

_REIWA_OFFSET = 2018  # 令和1年 = 2019
_WEEKDAYS = "月火水木金土日"
_DATED = re.compile(
    r"令和(?P<full_era>\d+|元)年(?P<month>\d{1,2})月(?P<day>\d{1,2})日"
    r"(?:（(?P<weekday>[月火水木金土日])）)?"
    r"|令和(?P<era>\d+|元)年"
    r"|(?<![0-9A-Za-z_.\-])(?P<western>20[1-3]\d)(?!\d)"
)


def shift_years(day: dt.date, years: int) -> dt.date:
    """The same month and day ``years`` later (29 February becomes the 28th)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def same_weekday_near(day: dt.date, weekday: int) -> dt.date:
    """The day within three days of ``day`` that falls on ``weekday`` (0 = Monday)."""
    difference = (weekday - day.weekday()) % 7
    return day + dt.timedelta(days=difference if difference <= 3 else difference - 7)


def reiwa(year: int) -> str:
    """令和7 for 2025, 令和元 for 2019 (平成30 for 2018, should a sample reach back so far)."""
    number = year - _REIWA_OFFSET
    if number < 1:
        return f"平成{year - 1988}" if year > 1989 else "平成元"
    return "令和元" if number == 1 else f"令和{number}"


class Timeline:
    """The sample's dates and texts moved by ``years``, meetings kept on their weekday."""

    def __init__(self, years: int, meeting_days: Iterable[dt.date]) -> None:
        self.years = years
        self._moved: dict[dt.date, dt.date] = {
            day: same_weekday_near(shift_years(day, years), day.weekday()) for day in meeting_days
        }

    def move_meeting(self, original: dt.date, new_day: dt.date) -> None:
        """Put the meeting written for ``original`` on ``new_day`` (and what follows it)."""
        self._moved[original] = new_day

    @property
    def meeting_days(self) -> Mapping[dt.date, dt.date]:
        return self._moved

    def date(self, day: dt.date) -> dt.date:
        """Where ``day`` of the written sample falls in the loaded one."""
        return self._moved.get(day) or shift_years(day, self.years)

    def text(self, text: str) -> str:
        """``text`` with its years, and its full dates with their weekdays, moved."""
        if self.years == 0 and not self._moved_any():
            return text
        return _DATED.sub(self._replace, text)

    def _moved_any(self) -> bool:
        return any(original != moved for original, moved in self._moved.items())

    def _replace(self, match: re.Match[str]) -> str:
        if match["full_era"]:
            era = 1 if match["full_era"] == "元" else int(match["full_era"])
            written = dt.date(era + _REIWA_OFFSET, int(match["month"]), int(match["day"]))
            day = self.date(written)
            weekday = f"（{_WEEKDAYS[day.weekday()]}）" if match["weekday"] else ""
            return f"{reiwa(day.year)}年{day.month}月{day.day}日{weekday}"
        if match["era"]:
            era = 1 if match["era"] == "元" else int(match["era"])
            return f"{reiwa(era + _REIWA_OFFSET + self.years)}年"
        return str(int(match["western"]) + self.years)
