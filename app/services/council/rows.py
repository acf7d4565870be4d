"""Frozen values of the council area."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class CouncilInfo:
    name: str
    short_name: str
    secretariat_name: str
