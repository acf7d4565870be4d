"""A window on a database opened read-only: it says so, and nothing in it can write.

The storage refuses every write of such a database anyway (``WriteRefused``); these
switches make sure the user is never offered one: no button, key or drag that would
save is live, while every list still scrolls, selects and can be read.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)


def title_suffix() -> str:
    """What a window's title ends with: `` — 読み取り専用``."""
    return " — " + QCoreApplication.translate("ReadOnly", "Read-only")


def status_text() -> str:
    return QCoreApplication.translate(
        "ReadOnly", "Read-only: changes cannot be made or saved in this window."
    )


def freeze(widget: QWidget) -> None:
    """Make an editor (the agenda, the attendance grid) read-only in place: its fields
    keep their text but take no typing, its buttons, shortcuts and drags are off, and the
    keys it handles itself (a number for attendance, Alt+↑ to move an item) are ignored."""
    for child in widget.findChildren(QObject):
        child.removeEventFilter(widget)  # the editor's own key handling on its lists
    for shortcut in widget.findChildren(QShortcut):
        shortcut.setEnabled(False)
    for action in widget.findChildren(QAction):  # its keys (Ctrl+S, Ctrl+G …)
        action.setEnabled(False)
    for button in widget.findChildren(QAbstractButton):
        button.setEnabled(False)
    for combo in widget.findChildren(QComboBox):
        combo.setEnabled(False)
    for line in widget.findChildren(QLineEdit):
        line.setReadOnly(True)
    for plain in widget.findChildren(QPlainTextEdit):
        plain.setReadOnly(True)
    for rich in widget.findChildren(QTextEdit):
        rich.setReadOnly(True)
    for view in widget.findChildren(QAbstractItemView):
        view.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
