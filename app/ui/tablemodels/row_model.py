"""One table model for every list: rows are frozen dataclasses, columns are declared.

Rows arrive in batches through ``canFetchMore``/``fetchMore`` so a ten-year list
opens at once; ``SortRole`` gives the proxy a key that sorts Japanese correctly
(by reading, by date) and ``RowRole`` hands back the row's dataclass.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor

SortRole = Qt.ItemDataRole.UserRole + 1
RowRole = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | Any  # Qt passes QModelIndex or QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class Column:
    """A column: its English title (translated in context ``columns``) and accessors."""

    title: object  # QT_TRANSLATE_NOOP(...) result: the English source text
    display: Callable[[Any], str]
    # Must return a str, int or float: Qt cannot compare Python tuples.
    sort_key: Callable[[Any], str | int | float] | None = None
    align_right: bool = False
    stretch: bool = False  # takes the spare width (one text column per table)


class RowTableModel(QAbstractTableModel):
    BATCH_SIZE = 500

    def __init__(self, columns: Sequence[Column], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)
        self._rows: list[Any] = []
        self._loaded = 0
        self.dimmed: Callable[[Any], bool] = lambda _row: False
        self.foreground: Callable[[Any], QBrush | None] = lambda _row: None

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._loaded = min(self.BATCH_SIZE, len(self._rows))
        self.endResetModel()

    def stretch_columns(self) -> list[int]:
        return [number for number, column in enumerate(self._columns) if column.stretch]

    def total_rows(self) -> int:
        return len(self._rows)

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def load_row_of(self, record_id: int) -> int | None:
        """The row of the record with this id, fetched into the view if needed."""
        for number, row in enumerate(self._rows):
            if getattr(row, "id", None) == record_id:
                while self._loaded <= number:
                    self.fetchMore(QModelIndex())
                return number
        return None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._loaded

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def canFetchMore(self, parent: _Index) -> bool:
        return not parent.isValid() and self._loaded < len(self._rows)

    def fetchMore(self, parent: _Index) -> None:
        if parent.isValid():
            return
        more = min(self.BATCH_SIZE, len(self._rows) - self._loaded)
        if more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._loaded, self._loaded + more - 1)
        self._loaded += more
        self.endInsertRows()

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self._loaded:
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(row)
        if role == SortRole:
            return column.sort_key(row) if column.sort_key else column.display(row)
        if role == RowRole:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = (
                Qt.AlignmentFlag.AlignRight if column.align_right else Qt.AlignmentFlag.AlignLeft
            )
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#8a8a8a")) if self.dimmed(row) else self.foreground(row)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("columns", str(self._columns[section].title))
        return None
