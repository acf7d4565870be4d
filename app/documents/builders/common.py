"""Pieces several meeting documents share: the date line and the meeting header."""

from __future__ import annotations

from app.documents.inputs import DateStyle, MeetingHeader
from app.documents.model import Block, Heading, Paragraph
from app.japanese.wareki import format_date_time_range


def when(header: MeetingHeader, dates: DateStyle) -> str:
    return format_date_time_range(
        header.held_on,
        header.start,
        header.end,
        twelve_hour=dates.twelve_hour,
        full_width=dates.full_width,
        western=dates.western,
    )


def date_and_place(header: MeetingHeader, dates: DateStyle) -> list[Block]:
    """日時 and 場所; an unknown place is left out, never printed as a fact."""
    blocks: list[Block] = [Heading("日時"), Paragraph(when(header, dates), indent=1)]
    if header.place:
        blocks += [Heading("場所"), Paragraph(header.place, indent=1)]
    return blocks
