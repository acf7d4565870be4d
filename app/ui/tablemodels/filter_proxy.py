"""The sort/filter proxy of every list: folded text match (カナ = かな, full = half width)
plus an optional predicate on the row's dataclass (role, archived, term ending …)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt

from app.services.search.folding import fold_for_match
from app.ui.tablemodels.row_model import RowRole, SortRole


class RowFilterProxy(QSortFilterProxyModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SortRole)
        self._needle = ""
        self._predicate: Callable[[Any], bool] | None = None
        self._arrival: tuple[int, Qt.SortOrder] | None = None

    def set_arrival_order(self, column: int, order: Qt.SortOrder) -> None:
        """The sort the source rows already come in (the list service's order).

        Sorted so, the proxy keeps the source order instead of comparing rows: each
        comparison is two Python calls, and every batch fetched while scrolling would be
        sorted into place. Only for a column whose sort key orders the rows exactly as
        they come (ties in the order they come, as Qt's stable sort keeps them).
        """
        self._arrival = (column, order)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if (column, order) == self._arrival:
            column, order = -1, Qt.SortOrder.AscendingOrder  # the source order, unsorted
        super().sort(column, order)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._needle = fold_for_match(text.strip())
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_predicate(self, predicate: Callable[[Any], bool] | None) -> None:
        self.beginFilterChange()
        self._predicate = predicate
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        model = self.sourceModel()
        if self._predicate is not None:
            row = model.index(source_row, 0, source_parent).data(RowRole)
            if not self._predicate(row):
                return False
        if not self._needle:
            return True
        texts = (
            str(model.index(source_row, column, source_parent).data(Qt.ItemDataRole.DisplayRole))
            for column in range(model.columnCount(source_parent))
        )
        return any(self._needle in fold_for_match(text) for text in texts)
