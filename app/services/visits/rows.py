"""Frozen rows of the visits area (never ORM objects)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.models.enums import VisitDirection


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
