"""The big search field at the door: it keeps the keyboard while the list moves.

Up/Down (and Page Up/Down) move the choice in the list below, Enter (with Shift or
Ctrl) asks for a check-in, Esc clears; what the input method is still composing
counts as typed (:meth:`SearchField.query`); Ctrl+Z is left to the window (undo of the last
check-in), not to the field's own undo of typing.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QInputMethodEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QWidget

_STEPS = {
    Qt.Key.Key_Up: -1,
    Qt.Key.Key_Down: 1,
    Qt.Key.Key_PageUp: -10,
    Qt.Key.Key_PageDown: 10,
}


class SearchField(QLineEdit):
    moveRequested = Signal(int)  # rows to move the choice by
    enterPressed = Signal(Qt.KeyboardModifier)  # with the modifiers held
    queryEdited = Signal(str)  # the text with what the input method is composing

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setClearButtonEnabled(True)
        self._composing = ""
        self.textChanged.connect(lambda _text: self.queryEdited.emit(self.query()))

    def query(self) -> str:
        """What is typed, including the kana the input method has not committed yet:
        the list narrows while やまだ is still underlined."""
        text, at = self.text(), self.cursorPosition()
        return text[:at] + self._composing + text[at:]

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:
        super().inputMethodEvent(event)
        composing = event.preeditString()
        if composing != self._composing:
            self._composing = composing
            self.queryEdited.emit(self.query())

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Undo)
        ):
            event.ignore()  # the window's undo (of the last check-in) takes it
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if key in _STEPS:
            self.moveRequested.emit(_STEPS[key])
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            self.enterPressed.emit(modifiers)
        elif key == Qt.Key.Key_Escape:
            self.clear()
        else:
            super().keyPressEvent(event)
            return
        event.accept()
