"""The keys at the door, as the shortcut sheet lists them under the reception window
(受付): its actions (Ctrl+M, Ctrl+N, Ctrl+Z, F5), and the keys the search field and the
admission question handle themselves (Enter, Shift+Enter, ↑↓, Esc, Y)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from app.ui.key_guide import KeyGuide, keys_text


def make_keys(
    window: QWidget,
    *,
    waive: Callable[[], None],
    walk_in: Callable[[], None],
    undo: Callable[[], None],
    reload: Callable[[], None],
) -> KeyGuide:
    """The window's key actions, each calling its slot, listed with the field's keys."""
    guide = KeyGuide(window, QCoreApplication.translate("ReceptionWindow", "Check-in"))

    def add(name: str, key: str, slot: Callable[[], None]) -> None:
        action = QAction(name, window)
        action.setShortcut(QKeySequence(key))
        action.triggered.connect(slot)
        window.addAction(action)
        guide.add_action(action)

    guide.add_keys(
        QCoreApplication.translate("ReceptionWindow", "Check In, Receiving the Fee Shown"),
        *keys_text("Enter"),
    )
    guide.add_keys(
        QCoreApplication.translate("ReceptionWindow", "Check In, Pay Later"),
        *keys_text("Shift+Enter"),
    )
    add(QCoreApplication.translate("ReceptionWindow", "Check In, Fee Waived"), "Ctrl+M", waive)
    guide.add_keys(
        QCoreApplication.translate("ReceptionWindow", "Choose Another in the List"),
        *keys_text("Down", "Up", "PgDown", "PgUp"),
    )
    guide.add_keys(
        QCoreApplication.translate("ReceptionWindow", "Clear the Search Field"),
        *keys_text("Esc"),
    )
    guide.add_keys(
        QCoreApplication.translate(
            "ReceptionWindow", "Let In Someone Waitlisted or Cancelled (When Asked)"
        ),
        *keys_text("Y"),
    )
    add(QCoreApplication.translate("ReceptionWindow", "Walk-in"), "Ctrl+N", walk_in)
    add(QCoreApplication.translate("ReceptionWindow", "Undo the Last Check-in"), "Ctrl+Z", undo)
    add(QCoreApplication.translate("ReceptionWindow", "Read the List Again"), "F5", reload)
    return guide
