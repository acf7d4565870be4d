"""The list of events and its filters: fiscal year, kind and status."""

from __future__ import annotations

from app.services.events import editing
from app.services.events.codes import EventKind, EventStatus
from app.services.events.listing import list_events
from app.services.events.rows import EventForm
from app.storage.database import Database


def test_events_are_listed_latest_first_and_filtered(db: Database) -> None:
    def add(title: str, held_on: str, kind: EventKind, status: EventStatus) -> None:
        editing.save(db, EventForm(title=title, held_on=held_on, kind=kind, status=status))

    add("DXセミナー", "2025-10-24", EventKind.SEMINAR, EventStatus.HELD)
    add("交流サロン", "2026-03-31", EventKind.NETWORKING, EventStatus.RECRUITING)  # 令和7年度
    add("商談会", "2026-04-01", EventKind.BUSINESS_MATCHING, EventStatus.PLANNING)  # 令和8年度

    def titles(**filters: object) -> list[str]:
        return [row.title for row in list_events(db, **filters)]  # type: ignore[arg-type]

    assert titles() == ["商談会", "交流サロン", "DXセミナー"]
    assert titles(fiscal_year=2025) == ["交流サロン", "DXセミナー"]
    assert titles(fiscal_year=2026) == ["商談会"]
    assert titles(kind=EventKind.NETWORKING) == ["交流サロン"]
    assert titles(status=EventStatus.HELD) == ["DXセミナー"]
    assert titles(fiscal_year=2025, kind=EventKind.BUSINESS_MATCHING) == []
