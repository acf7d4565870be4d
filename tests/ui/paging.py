"""Helpers for tests of lists that read their rows a page and a batch at a time."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from pytestqt.qtbot import QtBot

from app.services.workspace import Database
from app.ui.app import make_application
from app.ui.signal_hub import SignalHub
from app.ui.tablemodels.filter_proxy import RowFilterProxy
from app.ui.widgets.list_tab import ListTab

TabT = TypeVar("TabT", bound=ListTab)


def small_batches(qtbot: QtBot, tab_class: type[TabT], db: Database, batch: int) -> TabT:
    """The tab, loaded with batches of ``batch`` rows."""
    make_application()
    tab = tab_class(db, SignalHub())
    qtbot.addWidget(tab)
    tab.model.BATCH_SIZE = batch
    tab.reload()
    return tab


def fetch_all(model: QAbstractItemModel) -> None:
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())


def sorted_by_qt(model: QAbstractItemModel, column: int, shown: int, order: Qt.SortOrder) -> list:  # type: ignore[type-arg]
    """What a plain Qt sort of ``model`` by ``column`` shows in column ``shown``."""
    proxy = RowFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(column, order)
    return [proxy.index(row, shown).data() for row in range(proxy.rowCount())]
