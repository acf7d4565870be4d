"""Frozen values of the activities area (実施事業): one as entered, one as listed."""

from __future__ import annotations

from dataclasses import dataclass

from app.models.enums import ActivityState


@dataclass(frozen=True, slots=True)
class ActivityInput:
    organization: str | None  # None: the council as a whole (協議会全体)
    fiscal_year: int
    pillar_code: str | None  # 【1】
    state: ActivityState
    title: str
    description: str = ""


@dataclass(frozen=True, slots=True)
class ActivityRow:
    id: int
    organization: str  # "" for the council as a whole
    fiscal_year: int
    pillar_code: str
    state: ActivityState
    title: str
    description: str
