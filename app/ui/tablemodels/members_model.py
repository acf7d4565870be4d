"""The member roster table (委員)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject

from app.services.members.rows import MemberRow
from app.texts.labels import label
from app.ui.formatting import short_date
from app.ui.tablemodels.row_model import Column, RowTableModel

COL_NAME, COL_READING, COL_ORGANIZATION, COL_POSITION, COL_ROLE, COL_TERM_END = range(6)


def _columns() -> list[Column]:
    return [
        Column(
            QT_TRANSLATE_NOOP("columns", "Name"), lambda r: r.full_name, lambda r: r.reading_key
        ),
        Column(
            QT_TRANSLATE_NOOP("columns", "Reading"), lambda r: r.reading, lambda r: r.reading_key
        ),
        Column(
            QT_TRANSLATE_NOOP("columns", "Organization"),
            lambda r: r.organization_name,
            stretch=True,
        ),
        Column(QT_TRANSLATE_NOOP("columns", "Position"), lambda r: r.position_title),
        Column(QT_TRANSLATE_NOOP("columns", "Role"), lambda r: label(r.council_role)),
        Column(
            QT_TRANSLATE_NOOP("columns", "Term ends"),
            lambda r: short_date(r.term_end),
            lambda r: r.term_end.isoformat() if r.term_end else "",
        ),
    ]


class MembersTableModel(RowTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(_columns(), parent)
        self.dimmed = lambda row: isinstance(row, MemberRow) and row.archived
