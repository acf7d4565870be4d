"""Frozen rows of the correspondence register (never ORM objects)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.models.enums import CorrespondenceDirection, CorrespondenceStatus


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
