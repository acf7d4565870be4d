"""The text box of the capture console: Enter commits, Shift+Enter starts a new line."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QPlainTextEdit, QWidget


class RemarkEditor(QPlainTextEdit):
    commitRequested = Signal()
    undoBeyondText = Signal()  # Ctrl+Z with nothing left to undo in the text: undo a capture
    redoBeyondText = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.textCursor().insertText("\n")
            return
        if enter and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.commitRequested.emit()
            return
        if event.matches(QKeySequence.StandardKey.Undo) and not self.document().isUndoAvailable():
            self.undoBeyondText.emit()
            return
        redo = event.matches(QKeySequence.StandardKey.Redo) or (
            event.key() == Qt.Key.Key_Y and event.modifiers() == Qt.KeyboardModifier.ControlModifier
        )
        if redo and not self.document().isRedoAvailable():
            self.redoBeyondText.emit()
            return
        super().keyPressEvent(event)
