"""Where the user is in a table, kept while its rows are read again: the rows read so
far, the selected records, the current one, the scroll position and the column widths.

Rows are told apart by a key of their dataclass (``row.id``, ``entry.member_id``), not by
their number: a record renamed elsewhere may sort to another place.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QSortFilterProxyModel,
)
from PySide6.QtWidgets import QAbstractItemView, QTableView

from app.ui.tablemodels.row_model import RowRole

Key = Callable[[Any], Hashable]  # a row's dataclass → what identifies it


def _source(view: QTableView) -> QAbstractItemModel:
    model = view.model()
    return model.sourceModel() if isinstance(model, QSortFilterProxyModel) else model


def _key_at(index: QModelIndex, key: Key) -> Hashable | None:
    row = index.siblingAtColumn(0).data(RowRole) if index.isValid() else None
    return None if row is None else key(row)


@dataclass(frozen=True, slots=True)
class TablePlace:
    rows_read: int
    selected: frozenset[Hashable]
    current: Hashable | None
    top: Hashable | None  # the record in the first visible row
    top_offset: int  # pixels of that row scrolled out of sight
    scroll: tuple[int, int]  # vertical, horizontal
    widths: tuple[int, ...]

    @classmethod
    def of(cls, view: QTableView, key: Key) -> TablePlace:
        """The place the user is at in ``view`` now."""
        header = view.horizontalHeader()
        top_row = view.rowAt(0)
        top = view.model().index(top_row, 0)
        return cls(
            rows_read=_source(view).rowCount(),
            selected=frozenset(
                found
                for index in view.selectionModel().selectedRows()
                if (found := _key_at(index, key)) is not None
            ),
            current=_key_at(view.currentIndex(), key),
            top=_key_at(top, key),
            top_offset=-view.rowViewportPosition(top_row) if top_row >= 0 else 0,
            scroll=(view.verticalScrollBar().value(), view.horizontalScrollBar().value()),
            widths=tuple(header.sectionSize(section) for section in range(header.count())),
        )

    def restore(self, view: QTableView, key: Key) -> None:
        """Put ``view``, whose rows were just read again, back at this place (records
        that are gone, or hidden by a filter, are simply not selected)."""
        header = view.horizontalHeader()
        for section, width in enumerate(self.widths[: header.count()]):
            header.resizeSection(section, width)  # (a stretched column keeps stretching)
        source, root = _source(view), QModelIndex()
        while source.rowCount() < self.rows_read and source.canFetchMore(root):
            source.fetchMore(root)  # as far down the list as the user had read
        found = self._find(view, key)
        selection = QItemSelection()
        for record in self.selected:
            if (index := found.get(record)) is not None:
                selection.select(index, index)
        select = view.selectionModel()
        current = found.get(self.current)
        if current is not None:
            select.setCurrentIndex(current, QItemSelectionModel.SelectionFlag.NoUpdate)
        select.select(
            selection,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        view.doItemsLayout()  # the scroll bars' ranges must cover the rows read again
        vertical = view.verticalScrollBar()
        top = found.get(self.top)
        if top is not None:
            view.scrollTo(top, QAbstractItemView.ScrollHint.PositionAtTop)
            vertical.setValue(vertical.value() + self.top_offset)
        else:
            vertical.setValue(self.scroll[0])
        view.horizontalScrollBar().setValue(self.scroll[1])

    def _find(self, view: QTableView, key: Key) -> dict[Hashable, QModelIndex]:
        wanted = self.selected | {self.current, self.top}
        if wanted == {None}:
            return {}
        model = view.model()
        found = {}
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            record = _key_at(index, key)
            if record is not None and record in wanted:
                found[record] = index
        return found
