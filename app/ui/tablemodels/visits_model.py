"""The visit list (視察・訪問)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject

from app.services.visits.rows import VisitRow
from app.texts.labels import label
from app.ui.formatting import short_date
from app.ui.tablemodels.row_model import Column, RowTableModel

COL_START, COL_END, COL_DIRECTION, COL_TITLE, COL_REGION, COL_PARTICIPANTS = range(6)


def _end(row: VisitRow) -> str:
    return short_date(row.end_on) if row.end_on and row.end_on != row.start_on else ""


def _columns() -> list[Column]:
    return [
        Column(
            QT_TRANSLATE_NOOP("columns", "From"),
            lambda r: short_date(r.start_on),
            lambda r: r.start_on.isoformat(),
        ),
        Column(
            QT_TRANSLATE_NOOP("columns", "To"),
            _end,
            lambda r: r.end_on.isoformat() if r.end_on else "",
        ),
        Column(QT_TRANSLATE_NOOP("columns", "Kind"), lambda r: label(r.direction)),
        Column(QT_TRANSLATE_NOOP("columns", "Title"), lambda r: r.title, stretch=True),
        Column(QT_TRANSLATE_NOOP("columns", "Region"), lambda r: r.region),
        Column(
            QT_TRANSLATE_NOOP("columns", "Participants"),
            lambda r: str(r.participant_count),
            lambda r: r.participant_count,
            True,
        ),
    ]


class VisitsTableModel(RowTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(_columns(), parent)
