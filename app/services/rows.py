"""Frozen row dataclasses returned by the list services (never ORM objects)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from app.models.enums import (
    CorrespondenceDirection,
    CorrespondenceStatus,
    CouncilRole,
    MeetingStatus,
    VisitDirection,
)


@dataclass(frozen=True, slots=True)
class MemberRow:
    id: int
    uuid: str
    full_name: str
    reading: str
    reading_key: str
    organization_name: str
    position_title: str
    council_role: CouncilRole
    term_end: date | None
    archived: bool


@dataclass(frozen=True, slots=True)
class MeetingRow:
    id: int
    uuid: str
    body_name: str
    sequence_number: int
    title: str
    held_on: date
    start_time: time | None
    end_time: time | None
    place: str
    status: MeetingStatus
    fiscal_year: int
    fiscal_year_label: str  # 令和7年度
    present_count: int


@dataclass(frozen=True, slots=True)
class VisitRow:
    id: int
    uuid: str
    direction: VisitDirection
    title: str
    region: str
    start_on: date
    end_on: date | None
    fiscal_year: int
    participant_count: int


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
