"""Pieces the documents of an event share: 日時 and 場所 lines, yen amounts."""

from __future__ import annotations

from datetime import time

from app.documents.event_inputs import EventHeader
from app.japanese.wareki import format_date


def clock(moment: time) -> str:
    """18:00, as the seeds' notices print times."""
    return f"{moment.hour}:{moment.minute:02d}"


def when(header: EventHeader) -> str:
    """令和8年2月25日(水) 18:00～20:30(開場 17:30)."""
    text = format_date(header.held_on)
    if header.start_time is not None:
        text += f" {clock(header.start_time)}～"
        if header.end_time is not None:
            text += clock(header.end_time)
    if header.open_time is not None:
        text += f"(開場 {clock(header.open_time)})"
    return text


def place(header: EventHeader) -> str:
    """The venue and its room: 「かながわサイエンスパーク 西棟3階310会議室」."""
    return " ".join(part for part in (header.venue_name, header.venue_room) if part)


def yen(amount: int) -> str:
    """1,000円."""
    return f"{amount:,}円"
