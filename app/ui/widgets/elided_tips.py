"""The whole text of a cell that is too narrow for it, as a tooltip (a long title beside
the detail pane ends in "…"); a cell that shows all its text has no tooltip."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QAbstractItemView, QToolTip


def elided_text(view: QAbstractItemView, index: QModelIndex) -> str:
    """The text of ``index`` if its cell is too narrow to show all of it, else ""."""
    text = index.data(Qt.ItemDataRole.DisplayRole)
    if not isinstance(text, str) or not text:
        return ""
    # What the cell needs is what the view asks the delegate when it sizes columns.
    needed = view.sizeHintForIndex(index).width()
    return text if needed > view.visualRect(index).width() else ""


class ElidedTips(QObject):
    """Shows :func:`elided_text` over the cells of ``view`` (installed on its viewport)."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._view = view
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ToolTip or not isinstance(event, QHelpEvent):
            return super().eventFilter(watched, event)
        index = self._view.indexAt(event.pos())
        if index.isValid() and index.data(Qt.ItemDataRole.ToolTipRole):
            return super().eventFilter(watched, event)  # the model's own tooltip
        text = elided_text(self._view, index) if index.isValid() else ""
        if text:
            rect = self._view.visualRect(index)
            QToolTip.showText(event.globalPos(), text, self._view.viewport(), rect)
        else:
            QToolTip.hideText()
            event.ignore()
        return True
