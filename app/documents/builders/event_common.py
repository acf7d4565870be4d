"""Pieces the documents of an event share: 日時 and 場所 lines, yen amounts."""

from __future__ import annotations

from datetime import date, time

from app.documents.event_inputs import EventHeader
from app.documents.inputs import DateStyle
from app.japanese.wareki import format_date, to_full_width


def clock(moment: time, dates: DateStyle) -> str:
    """18:00, as the seeds' notices print times."""
    text = f"{moment.hour}:{moment.minute:02d}"
    return to_full_width(text) if dates.full_width else text


def day(on: date, dates: DateStyle, *, weekday: bool = True) -> str:
    """令和8年2月25日(水), or 2026年2月25日(水), as the document's dates are chosen."""
    return format_date(on, weekday=weekday, western=dates.western, full_width=dates.full_width)


def when(header: EventHeader) -> str:
    """令和8年2月25日(水) 18:00～20:30(開場 17:30)."""
    dates = header.dates
    text = day(header.held_on, dates)
    if header.start_time is not None:
        text += f" {clock(header.start_time, dates)}～"
        if header.end_time is not None:
            text += clock(header.end_time, dates)
    if header.open_time is not None:
        text += f"(開場 {clock(header.open_time, dates)})"
    return text


def place(header: EventHeader) -> str:
    """The venue and its room: 「かながわサイエンスパーク 西棟3階310会議室」."""
    return " ".join(part for part in (header.venue_name, header.venue_room) if part)


def yen(amount: int) -> str:
    """1,000円."""
    return f"{amount:,}円"
