"""The people at the door (受付): number, name, reading, organisation, fee and state.

The list comes already narrowed and ordered by the search (likeliest first), so it is
shown as given, not sorted by a proxy."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject
from PySide6.QtGui import QBrush, QColor

from app.services.events.codes import ParticipationState
from app.services.events.reception_rows import ReceptionEntry
from app.ui.events.reception_texts import fee_text, state_text
from app.ui.tablemodels.row_model import Column, RowTableModel

COL_NUMBER, COL_NAME, COL_READING, COL_ORGANIZATION, COL_FEE, COL_STATE = range(6)

_CHECKED_IN = QBrush(QColor("#1b6e3a"))
_NOT_ATTENDING = QBrush(QColor("#9a3b00"))


def _columns() -> list[Column]:
    return [
        Column(
            QT_TRANSLATE_NOOP("columns", "Rec. No."),
            lambda r: str(r.number or ""),
            lambda r: r.number or 0,
            align_right=True,
        ),
        Column(QT_TRANSLATE_NOOP("columns", "Name"), lambda r: r.name),
        Column(QT_TRANSLATE_NOOP("columns", "Reading"), lambda r: r.reading),
        Column(
            QT_TRANSLATE_NOOP("columns", "Organization"),
            lambda r: r.organization_name,
            stretch=True,
        ),
        Column(QT_TRANSLATE_NOOP("columns", "Fee"), fee_text),
        Column(QT_TRANSLATE_NOOP("columns", "Reception"), state_text),
    ]


def _foreground(entry: ReceptionEntry) -> QBrush | None:
    if entry.state is not ParticipationState.ATTENDING:
        return _NOT_ATTENDING
    return _CHECKED_IN if entry.checked_in else None


class ReceptionTableModel(RowTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(_columns(), parent)
        self.foreground = _foreground
