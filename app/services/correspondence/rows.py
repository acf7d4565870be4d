"""Frozen rows of the correspondence register (never ORM objects)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.models.enums import CorrespondenceDirection, CorrespondenceStatus, Medium


@dataclass(frozen=True, slots=True)
class CorrespondenceRow:
    id: int
    uuid: str
    direction: CorrespondenceDirection
    fiscal_year: int
    serial_number: int
    document_number: str
    their_number: str
    dated_on: date
    counterparty: str
    subject: str
    status: CorrespondenceStatus
    reply_due: date | None
    related: str = ""  # the meeting or visit the letter belongs to
    version: int = 0  # as read: what a status change or 欠番 checks


@dataclass(frozen=True, slots=True)
class LetterRecord:
    """One registered letter as saved (the letter dialog, and both sides of a conflict)."""

    id: int
    direction: CorrespondenceDirection
    document_number: str
    dated_on: date
    counterparty: str
    subject: str
    medium: Medium
    summary: str
    their_number: str
    reply_due: date | None
    status: CorrespondenceStatus
    meeting_id: int | None
    visit_id: int | None
    version: int
