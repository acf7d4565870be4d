"""The meeting list (会議)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from app.services.meetings.rows import MeetingRow
from app.texts.labels import label
from app.ui.formatting import short_date, time_range
from app.ui.tablemodels.row_model import Column, RowTableModel

COL_DATE, COL_BODY, COL_NUMBER, COL_TITLE, COL_TIME, COL_PLACE, COL_STATUS, COL_PRESENT = range(8)


def _sequence(row: MeetingRow) -> str:
    return QCoreApplication.translate("MeetingsTableModel", "No. %1").replace(
        "%1", str(row.sequence_number)
    )


def _date_key(row: MeetingRow) -> str:
    # Unique (no ties for Qt to order), and the order meetings.list_meetings reads the
    # meetings in: the tab keeps that order without sorting (arrival order).
    start = row.start_time.isoformat() if row.start_time else ""
    return f"{row.held_on.isoformat()} {start} {row.id:010d}"


def _columns() -> list[Column]:
    return [
        Column(
            QT_TRANSLATE_NOOP("columns", "Date"),
            lambda r: short_date(r.held_on),
            _date_key,
        ),
        Column(QT_TRANSLATE_NOOP("columns", "Body"), lambda r: r.body_name),
        Column(QT_TRANSLATE_NOOP("columns", "No."), _sequence, lambda r: r.sequence_number, True),
        Column(QT_TRANSLATE_NOOP("columns", "Title"), lambda r: r.title, stretch=True),
        Column(
            QT_TRANSLATE_NOOP("columns", "Time"), lambda r: time_range(r.start_time, r.end_time)
        ),
        Column(QT_TRANSLATE_NOOP("columns", "Place"), lambda r: r.place),
        Column(QT_TRANSLATE_NOOP("columns", "Status"), lambda r: label(r.status)),
        Column(
            QT_TRANSLATE_NOOP("columns", "Present"),
            lambda r: str(r.present_count),
            lambda r: r.present_count,
            True,
        ),
    ]


class MeetingsTableModel(RowTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(_columns(), parent)
