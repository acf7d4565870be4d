"""The keys of the recorded-remark list (F6 reaches it): Enter edits, Delete deletes,
Alt+↑/↓ moves, Alt+Q pairs a 回答 with the question it answers (F2 stays the console's
key to the speaker box, here too). The context menu offers the same, with its keys
shown. They become requests naming the row; the controller does the work."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QListWidget, QMenu


class RemarkListKeys(QObject):
    """An event filter on the list: the keys it handles never reach the list itself."""

    editRequested = Signal(int)  # row
    deleteRequested = Signal(int)  # row
    moveRequested = Signal(int, int)  # row, step (-1 up, 1 down)
    pairRequested = Signal(int)  # row of a 回答: choose the question it answers

    def __init__(self, remark_list: QListWidget) -> None:
        super().__init__(remark_list)
        self._list = remark_list
        remark_list.installEventFilter(self)
        remark_list.itemActivated.connect(
            lambda _item: self.editRequested.emit(remark_list.currentRow())
        )
        remark_list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        remark_list.customContextMenuRequested.connect(self._show_menu)

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
        if alt and event.key() == Qt.Key.Key_Q:
            self.pairRequested.emit(row)
            return True
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.editRequested.emit(row)
            return True
        return False

    def menu(self, row: int) -> QMenu:
        """What can be done to the remark at ``row``, each with its key."""
        menu = QMenu(self._list)
        entries = (
            (
                QCoreApplication.translate("RemarkListKeys", "Edit"),
                "Enter",
                lambda: self.editRequested.emit(row),
            ),
            (
                QCoreApplication.translate("RemarkListKeys", "Move up"),
                "Alt+Up",
                lambda: self.moveRequested.emit(row, -1),
            ),
            (
                QCoreApplication.translate("RemarkListKeys", "Move down"),
                "Alt+Down",
                lambda: self.moveRequested.emit(row, 1),
            ),
            (
                QCoreApplication.translate("RemarkListKeys", "Answers which question…"),
                "Alt+Q",
                lambda: self.pairRequested.emit(row),
            ),
            (
                QCoreApplication.translate("RemarkListKeys", "Delete"),
                "Del",
                lambda: self.deleteRequested.emit(row),
            ),
        )
        for text, key, slot in entries:
            action = menu.addAction(text)
            action.setShortcut(QKeySequence(key))
            action.triggered.connect(slot)
        return menu

    def _show_menu(self, at: QPoint) -> None:
        row = self._list.indexAt(at).row()
        if row >= 0:
            self._list.setCurrentRow(row)
            menu = self.menu(row)
            menu.exec(self._list.viewport().mapToGlobal(at))
            menu.deleteLater()  # not kept: each right-click makes its own
