"""Frozen values of the search: the filters asked for and the hits found, by kind."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True, slots=True)
class SearchFilters:
    kinds: frozenset[str] = frozenset()  # empty: every kind
    date_from: date | None = None
    date_to: date | None = None
    fiscal_year: int | None = None
    body_id: int | None = None
    person_id: int | None = None  # speaker, owner, presenter, or the member themself
    status: str | None = None


@dataclass(frozen=True, slots=True)
class Hit:
    kind: str
    record_id: int
    happened_on: date | None
    context: str
    person: str
    status: str
    snippet: str
    highlights: tuple[tuple[int, int], ...]  # (start, end) in ``snippet``
    meeting_id: int | None
    visit_id: int | None
    event_id: int | None = None  # a participant's hit opens their event


@dataclass(frozen=True, slots=True)
class HitGroup:
    kind: str
    total: int
    hits: tuple[Hit, ...]


@dataclass(frozen=True, slots=True)
class SearchResult:
    query: str
    terms: tuple[str, ...]
    groups: tuple[HitGroup, ...] = field(default=())

    @property
    def total(self) -> int:
        return sum(group.total for group in self.groups)
