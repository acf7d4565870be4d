"""One table model for every list: rows are frozen dataclasses, columns are declared.

Rows arrive in batches through ``canFetchMore``/``fetchMore`` so a ten-year list
opens at once; given :class:`Pages`, the rows themselves are read from the database
a page at a time as the view asks for more. ``SortRole`` gives the proxy a key that
sorts Japanese correctly (by reading, by date) and ``RowRole`` hands back the row's
dataclass.
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

# Plain ints: data() is called for a dozen roles per cell on every paint.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_ROLES = frozenset({_DISPLAY, _ALIGNMENT, _FOREGROUND, int(SortRole), int(RowRole)})
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_DIMMED = QBrush(QColor("#8a8a8a"))


@dataclass(frozen=True, slots=True)
class Column:
    """A column: its English title (translated in context ``columns``) and accessors."""

    title: object  # QT_TRANSLATE_NOOP(...) result: the English source text
    display: Callable[[Any], str]
    # Must return a str, int or float: Qt cannot compare Python tuples.
    sort_key: Callable[[Any], str | int | float] | None = None
    align_right: bool = False
    stretch: bool = False  # takes the spare width (one text column per table)


@dataclass(frozen=True, slots=True)
class Pages:
    """Rows read a page at a time: the first page, how many rows there are in all (or
    how to count them, asked only when :meth:`RowTableModel.total_rows` needs it), and
    how to read the page that follows a row (empty after the last)."""

    first: Sequence[Any]
    total: int | Callable[[], int]
    after: Callable[[Any], Sequence[Any]]


def pages_by_id(
    ids: Sequence[int], read: Callable[[Sequence[int]], Sequence[Any]], size: int
) -> Pages:
    """Rows read ``size`` at a time: ``ids`` in the list's order, ``read`` gives the rows
    of some ids (in that order; rows have an ``id``)."""

    def after(last: Any) -> Sequence[Any]:
        start = ids.index(last.id) + 1
        return read(ids[start : start + size])

    return Pages(read(ids[:size]), len(ids), after)


class RowTableModel(QAbstractTableModel):
    BATCH_SIZE = 500

    def __init__(self, columns: Sequence[Column], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)
        self._rows: list[Any] = []
        self._total: int | None = 0  # None: not counted yet
        self._count: Callable[[], int] = lambda: 0
        self._next_page: Callable[[Any], Sequence[Any]] | None = None
        self._loaded = 0
        self._sort_keys: list[dict[int, str | int | float]] = [{} for _ in self._columns]
        self.dimmed: Callable[[Any], bool] = lambda _row: False
        self.foreground: Callable[[Any], QBrush | None] = lambda _row: None

    def set_rows(self, rows: Sequence[Any] | Pages) -> None:
        self.beginResetModel()
        if isinstance(rows, Pages):
            self._rows = list(rows.first)
            self._next_page = rows.after
            if callable(rows.total):
                self._total, self._count = None, rows.total
            else:
                self._total = rows.total
            counted = self._total is not None and len(self._rows) >= self._total
            self._at_end_if(not self._rows or counted)
        else:
            self._rows = list(rows)
            self._next_page = None
            self._total = len(self._rows)
        self._sort_keys = [{} for _ in self._columns]
        self._read_until(self.BATCH_SIZE)
        self._loaded = min(self.BATCH_SIZE, len(self._rows))
        self.endResetModel()

    def _read_until(self, count: int) -> None:
        """Read pages until ``count`` rows are in memory or every row is."""
        while len(self._rows) < count and self._next_page is not None:
            page = self._next_page(self._rows[-1])
            self._rows.extend(page)
            counted = self._total is not None and len(self._rows) >= self._total
            self._at_end_if(not page or counted)

    def _at_end_if(self, every_row_read: bool) -> None:
        if every_row_read:  # (if rows changed since they were counted, what was read is all)
            self._next_page = None
            self._total = len(self._rows)

    def stretch_columns(self) -> list[int]:
        return [number for number, column in enumerate(self._columns) if column.stretch]

    def total_rows(self) -> int:
        if self._total is None:
            self._total = max(self._count(), len(self._rows))
        return self._total

    def row_at(self, row: int) -> Any:
        self._read_until(row + 1)
        return self._rows[row]

    def load_row_of(self, record_id: int) -> int | None:
        """The row of the record with this id, fetched into the view if needed."""
        return self.load_row_where(lambda row: getattr(row, "id", None) == record_id)

    def load_row_where(
        self, wanted: Callable[[Any], bool], within: int | None = None
    ) -> int | None:
        """The first row (of the first ``within``) that is ``wanted``, fetched into the view."""
        number = 0
        while within is None or number < within:
            self._read_until(number + 1)
            if number >= len(self._rows):
                return None
            if wanted(self._rows[number]):
                while self._loaded <= number:
                    self.fetchMore(QModelIndex())
                return number
            number += 1
        return None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._loaded

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def canFetchMore(self, parent: _Index) -> bool:
        more = self._loaded < len(self._rows) or self._next_page is not None
        return more and not parent.isValid()

    def fetchMore(self, parent: _Index) -> None:
        if parent.isValid():
            return
        self._read_until(self._loaded + self.BATCH_SIZE)
        more = min(self.BATCH_SIZE, len(self._rows) - self._loaded)
        if more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._loaded, self._loaded + more - 1)
        self._loaded += more
        self.endInsertRows()

    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        # One Python call instead of Qt's hasIndex() calling rowCount() and columnCount():
        # a sorted proxy asks for two indexes per comparison.
        if 0 <= row < self._loaded and 0 <= column < len(self._columns) and not parent.isValid():
            return self.createIndex(row, column)
        return QModelIndex()

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        if role not in _ROLES:
            return None
        number = index.row()
        if not index.isValid() or number >= self._loaded:
            return None
        if role == SortRole:  # asked twice per comparison while the proxy sorts: cached
            keys = self._sort_keys[index.column()]
            key = keys.get(number)
            if key is None:
                key = keys[number] = self._sort_key(self._rows[number], index.column())
            return key
        row = self._rows[number]
        column = self._columns[index.column()]
        if role == _DISPLAY:
            return column.display(row)
        if role == RowRole:
            return row
        if role == _ALIGNMENT:
            return _RIGHT if column.align_right else _LEFT
        return _DIMMED if self.dimmed(row) else self.foreground(row)  # _FOREGROUND

    def _sort_key(self, row: Any, number: int) -> str | int | float:
        column = self._columns[number]
        return column.sort_key(row) if column.sort_key else column.display(row)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("columns", str(self._columns[section].title))
        return None
