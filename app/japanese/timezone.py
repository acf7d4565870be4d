"""Japan time (JST): remarks are stamped in UTC and shown in the time of the meeting room."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


def _japan_time_zone() -> dt.tzinfo:
    try:
        return ZoneInfo("Asia/Tokyo")
    except ZoneInfoNotFoundError:  # Windows without the tzdata package; Japan has no DST
        return dt.timezone(dt.timedelta(hours=9), "JST")


TOKYO = _japan_time_zone()


def japan_time(moment: dt.datetime) -> dt.datetime:
    return moment.astimezone(TOKYO)
