"""The event list (行事): date, kind, title, venue, places taken of the capacity, the
waitlist and the status."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject

from app.services.events.rows import EventRow
from app.texts.labels import label
from app.ui.formatting import short_date
from app.ui.tablemodels.row_model import Column, RowTableModel

COL_DATE, COL_KIND, COL_TITLE, COL_VENUE, COL_APPLIED, COL_WAITLIST, COL_STATUS = range(7)


def _date_key(row: EventRow) -> str:
    # Unique, and the order listing.list_events reads them in (newest first).
    return f"{row.held_on.isoformat()} {row.id:010d}"


def places_text(attending: int, capacity: int | None) -> str:
    """申込/定員: 38/40, or 38/— for an event with no limit."""
    return f"{attending}/{capacity if capacity is not None else '—'}"


def _columns() -> list[Column]:
    return [
        Column(QT_TRANSLATE_NOOP("columns", "Date"), lambda r: short_date(r.held_on), _date_key),
        Column(QT_TRANSLATE_NOOP("columns", "Kind"), lambda r: label(r.kind)),
        Column(QT_TRANSLATE_NOOP("columns", "Event"), lambda r: r.title, stretch=True),
        Column(QT_TRANSLATE_NOOP("columns", "Venue"), lambda r: r.venue_name),
        Column(
            QT_TRANSLATE_NOOP("columns", "Applied/Capacity"),
            lambda r: places_text(r.attending, r.capacity),
            lambda r: r.attending,
            True,
        ),
        Column(
            QT_TRANSLATE_NOOP("columns", "Waitlist"),
            lambda r: str(r.waitlisted) if r.waitlisted else "",
            lambda r: r.waitlisted,
            True,
        ),
        Column(QT_TRANSLATE_NOOP("columns", "Status"), lambda r: label(r.status)),
    ]


class EventsTableModel(RowTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(_columns(), parent)
