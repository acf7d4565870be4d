"""Typing like a person: key events to the focused widget, Japanese included.

``QTest.keyClicks`` cannot produce kanji (it maps characters to key codes), so text is
sent as key events carrying the text, which is what an IME commit looks like to a
line edit or text box.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot


def focused() -> QWidget:
    """The focused widget. Offscreen, closing a dialog activates no window: give the
    activation back to the window underneath, as a desktop would."""
    widget = QApplication.focusWidget()
    if widget is None:
        windows = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w.focusWidget()]
        assert windows, "nothing has the keyboard focus"
        windows[-1].activateWindow()
        widget = windows[-1].focusWidget()
        widget.setFocus()
    return widget


def type_text(text: str) -> None:
    for character in text:
        widget = focused()
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget,
                QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, character),
            )


def press(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    widget = focused()
    if QApplication.activeWindow() is not widget.window():  # shortcuts need it active
        widget.window().activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is widget.window())
    qtbot.keyClick(widget, key, modifier)
    if modifier != Qt.KeyboardModifier.NoModifier:
        # QTest lets go of Ctrl with Shift still down and leaves the application's
        # modifiers at Shift: a later selectRow() would extend a selection, not make one.
        target = QApplication.focusWidget()
        if target is not None:
            qtbot.keyRelease(target, Qt.Key.Key_Shift, Qt.KeyboardModifier.NoModifier)


def in_next_dialog(steps: Callable[[], None]) -> None:
    """Run ``steps`` once the modal dialog about to open has the keyboard focus."""

    def run() -> None:
        modal = QApplication.activeModalWidget()
        focus = QApplication.focusWidget()
        ready = modal is not None and QApplication.activeWindow() is modal
        if not ready or focus is None or modal is None or not modal.isAncestorOf(focus):
            if modal is not None:
                modal.activateWindow()
            QTimer.singleShot(10, run)
            return
        steps()

    QTimer.singleShot(0, run)


def show_active(qtbot: QtBot, widget: QWidget) -> None:
    """Show ``widget`` as the active window (its shortcuts need that)."""
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)
