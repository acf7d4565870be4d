"""Frozen rows of the members area (never ORM objects)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.models.enums import CouncilRole


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
    version: int = 0  # as read: what removing the member checks
