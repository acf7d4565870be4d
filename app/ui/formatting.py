"""Dates and numbers for the screen, in the UI language (documents use app.japanese)."""

from __future__ import annotations

from datetime import date, time
from functools import lru_cache

from babel.dates import format_date

from app.i18n import current_language


def short_date(value: date | None) -> str:
    """``2025/07/04(金)`` in Japanese, ``Fri 04 Jul 2025`` in English; empty for None."""
    if value is None:
        return ""
    return _short_date(value, current_language())


@lru_cache(maxsize=8192)  # ten years of days; lists ask again for every paint and sort
def _short_date(value: date, language: str) -> str:
    if language == "ja":
        return format_date(value, "yyyy/MM/dd(EEE)", locale="ja_JP")
    return format_date(value, "EEE dd MMM yyyy", locale="en_GB")


def time_range(start: time | None, end: time | None) -> str:
    if start is None:
        return ""
    text = start.strftime("%H:%M")
    return f"{text}〜{end.strftime('%H:%M')}" if end is not None else f"{text}〜"
