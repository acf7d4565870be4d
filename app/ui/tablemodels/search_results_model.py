"""Search results as a two-level tree: one row per kind (発言 12件), its hits below."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from app.services.search.rows import Hit, HitGroup, SearchResult
from app.texts.areas import search_kind_title
from app.ui.formatting import short_date

COL_DATE, COL_WHERE, COL_WHO, COL_TEXT = range(4)
HitRole = Qt.ItemDataRole.UserRole + 1  # the Hit of a result row (None on a group row)
HighlightRole = Qt.ItemDataRole.UserRole + 2  # ((start, end), …) in the snippet

HEADERS = (
    QT_TRANSLATE_NOOP("search", "Date"),
    QT_TRANSLATE_NOOP("search", "Where"),
    QT_TRANSLATE_NOOP("search", "Who"),
    QT_TRANSLATE_NOOP("search", "Text"),
)
_GROUP = 0  # internal id of a group row; a hit's internal id is its group's row + 1

_Index = QModelIndex | QPersistentModelIndex


def group_title(group: HitGroup) -> str:
    if group.total > len(group.hits):
        text = QCoreApplication.translate("search", "%1 (%2 found, newest %3 shown)")
        text = text.replace("%3", str(len(group.hits)))
    else:
        text = QCoreApplication.translate("search", "%1 (%2 found)")
    return text.replace("%1", search_kind_title(group.kind)).replace("%2", str(group.total))


class SearchResultsModel(QAbstractItemModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._groups: tuple[HitGroup, ...] = ()

    def set_result(self, result: SearchResult | None) -> None:
        self.beginResetModel()
        self._groups = result.groups if result is not None else ()
        self.endResetModel()

    def first_hit_index(self) -> QModelIndex:
        return self.index(0, 0, self.index(0, 0)) if self._groups else QModelIndex()

    # ----- QAbstractItemModel -------------------------------------------
    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _GROUP)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == _GROUP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _GROUP)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == _GROUP and parent.column() == 0:
            return len(self._groups[parent.row()].hits)
        return 0

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("search", str(HEADERS[section]))
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == _GROUP:
            group = self._groups[index.row()]
            if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
                return group_title(group)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None
        hit = self._groups[index.internalId() - 1].hits[index.row()]
        if role == HitRole:
            return hit
        if role == HighlightRole and index.column() == COL_TEXT:
            return hit.highlights
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return _cell(hit, index.column())
        return None


def _cell(hit: Hit, column: int) -> str:
    if column == COL_DATE:
        return short_date(hit.happened_on)
    if column == COL_WHERE:
        return hit.context
    if column == COL_WHO:
        return hit.person
    return hit.snippet
