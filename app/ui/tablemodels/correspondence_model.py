"""The correspondence register (文書収受・発送)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject

from app.services.codes import CorrespondenceStatus
from app.services.correspondence.rows import CorrespondenceRow
from app.texts.labels import label
from app.ui.formatting import short_date
from app.ui.tablemodels.row_model import Column, RowTableModel

(
    COL_DATE,
    COL_DIRECTION,
    COL_NUMBER,
    COL_COUNTERPARTY,
    COL_SUBJECT,
    COL_STATUS,
    COL_REPLY_DUE,
    COL_RELATED,
) = range(8)


def _number(row: CorrespondenceRow) -> str:
    return row.document_number or row.their_number


def _columns() -> list[Column]:
    return [
        Column(
            QT_TRANSLATE_NOOP("columns", "Date"),
            lambda r: short_date(r.dated_on),
            # Unique (no ties for Qt to order), and the order correspondence_page reads
            # the letters in: the tab keeps that order without sorting (arrival order).
            lambda r: f"{r.dated_on.isoformat()} {r.serial_number:06d} {r.id:010d}",
        ),
        Column(QT_TRANSLATE_NOOP("columns", "In/Out"), lambda r: label(r.direction)),
        Column(
            QT_TRANSLATE_NOOP("columns", "Document no."),
            _number,
            lambda r: f"{r.fiscal_year} {r.direction.value} {r.serial_number:06d}",
        ),
        Column(QT_TRANSLATE_NOOP("columns", "Counterparty"), lambda r: r.counterparty),
        Column(QT_TRANSLATE_NOOP("columns", "Subject"), lambda r: r.subject, stretch=True),
        Column(QT_TRANSLATE_NOOP("columns", "Status"), lambda r: label(r.status)),
        Column(
            QT_TRANSLATE_NOOP("columns", "Reply due"),
            lambda r: short_date(r.reply_due),
            lambda r: r.reply_due.isoformat() if r.reply_due else "",
        ),
        Column(QT_TRANSLATE_NOOP("columns", "Belongs to"), lambda r: r.related),
    ]


class CorrespondenceTableModel(RowTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(_columns(), parent)
        self.dimmed = lambda row: (
            isinstance(row, CorrespondenceRow) and row.status == CorrespondenceStatus.VOID
        )
