"""What a pane tells the keyboard shortcut sheet about its keys.

Most keys are named actions, and the sheet reads them itself. Some cannot be: Enter in a
text box, the digits of the attendance table, Up/Down in a search field are handled where
the key is pressed. A :class:`KeyGuide` made on the pane lists, in the order a user reads
them, the pane's actions and those other keys under one title; the sheet shows them as
one group of the pane's window."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import count

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from app.ui.action_text import key_text, plain_name


@dataclass(frozen=True, slots=True)
class ShortcutEntry:
    name: str  # the action's text without mnemonic or ellipsis
    keys: tuple[str, ...]  # in the platform's words: "Ctrl+N"


def action_entry(action: QAction) -> ShortcutEntry | None:
    """``action`` as the sheet lists it; None if it has no shortcut."""
    keys = tuple(key_text(key) for key in action.shortcuts() if not key.isEmpty())
    return ShortcutEntry(plain_name(action.text()), keys) if keys else None


def keys_text(*keys: str) -> tuple[str, ...]:
    """Keys given in Qt's portable words ("Shift+Enter"), in the platform's words."""
    return tuple(key_text(QKeySequence(key)) for key in keys)


def key_range(first: str, last: str) -> str:
    """Keys from ``first`` to ``last`` that do the same, each for its number, as one
    line: 「Alt+1 … Alt+9」."""
    return f"{key_text(QKeySequence(first))} … {key_text(QKeySequence(last))}"


_made = count()  # the order guides were made in: a window's panes, as they stand


class KeyGuide(QObject):
    """The keys of ``pane`` under ``title`` (the sheet finds it as the pane's child)."""

    def __init__(self, pane: QWidget, title: str) -> None:
        super().__init__(pane)
        self.setObjectName("key_guide")
        self.title = title
        self.order = next(_made)  # the sheet lists a window's guides in this order
        self._items: list[QAction | ShortcutEntry] = []

    def add_action(self, action: QAction) -> QAction:
        """List ``action`` here, with the keys it has when the sheet is shown."""
        self._items.append(action)
        return action

    def add_keys(self, name: str, *keys: str) -> None:
        """A key handled where it is pressed: ``keys`` as they are shown (see
        :func:`keys_text`, :func:`key_range`)."""
        self._items.append(ShortcutEntry(name, keys))

    def actions(self) -> list[QAction]:
        """The actions listed here (the sheet lists them nowhere else)."""
        return [item for item in self._items if isinstance(item, QAction)]

    def entries(self) -> tuple[ShortcutEntry, ...]:
        listed: list[ShortcutEntry] = []
        for item in self._items:
            entry = action_entry(item) if isinstance(item, QAction) else item
            if entry is not None:
                listed.append(entry)
        return tuple(listed)
