"""Dates and numbers for the screen, in the UI language (documents use app.japanese)."""

from __future__ import annotations

from datetime import date, time

from app.texts.i18n import current_language

# The CLDR names babel gives for ja_JP and en_GB: a list formats a date per cell, and
# babel.dates costs about 25 µs a call (and 30 ms to load a locale on first use).
_JA_WEEKDAYS = "月火水木金土日"
_EN_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_EN_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec")


def short_date(value: date | None) -> str:
    """``2025/07/04(金)`` in Japanese, ``Fri 04 Jul 2025`` in English; empty for None."""
    if value is None:
        return ""
    weekday = value.weekday()
    if current_language() == "ja":
        return f"{value.year:04d}/{value.month:02d}/{value.day:02d}({_JA_WEEKDAYS[weekday]})"
    month = _EN_MONTHS[value.month - 1]
    return f"{_EN_WEEKDAYS[weekday]} {value.day:02d} {month} {value.year:04d}"


def time_range(start: time | None, end: time | None) -> str:
    if start is None:
        return ""
    text = start.strftime("%H:%M")
    return f"{text}〜{end.strftime('%H:%M')}" if end is not None else f"{text}〜"
