"""The keys of the recorded-remark list (F6 reaches it): Enter or F2 edits, Delete deletes,
Alt+↑/↓ moves. They become requests naming the row; the controller does the work."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QListWidget


class RemarkListKeys(QObject):
    """An event filter on the list: the keys it handles never reach the list itself."""

    editRequested = Signal(int)  # row
    deleteRequested = Signal(int)  # row
    moveRequested = Signal(int, int)  # row, step (-1 up, 1 down)

    def __init__(self, remark_list: QListWidget) -> None:
        super().__init__(remark_list)
        self._list = remark_list
        remark_list.installEventFilter(self)
        remark_list.itemActivated.connect(
            lambda _item: self.editRequested.emit(remark_list.currentRow())
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is not self._list
            or not isinstance(event, QKeyEvent)
            or event.type() != QEvent.Type.KeyPress
        ):
            return False
        row = self._list.currentRow()
        alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
        if event.key() == Qt.Key.Key_Delete:
            self.deleteRequested.emit(row)
            return True
        if alt and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.moveRequested.emit(row, -1 if event.key() == Qt.Key.Key_Up else 1)
            return True
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
            self.editRequested.emit(row)
            return True
        return False
