"""Dates and times as the screens read and show them, for callers outside the data layer
(the UI reads typed dates through here, so it never reaches into ``app.japanese``)."""

from __future__ import annotations

from datetime import datetime

from app.japanese.date_input import parse_date, parse_time
from app.japanese.timezone import TOKYO, japan_time

__all__ = ["japan_time", "now_in_japan", "parse_date", "parse_time"]


def now_in_japan() -> datetime:
    """The time in the meeting room (Japan time), whatever the machine's zone."""
    return datetime.now(TOKYO)
