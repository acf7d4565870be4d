"""The keyboard shortcut sheet's content, read from the actions themselves (menus, the
window's own keys, each tab's toolbar, open meeting windows), so it never goes stale."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QWidget

from app.ui.action_text import key_text, plain_name


@dataclass(frozen=True, slots=True)
class ShortcutEntry:
    name: str  # the action's text without mnemonic or ellipsis
    keys: tuple[str, ...]  # in the platform's words: "Ctrl+N"


@dataclass(frozen=True, slots=True)
class ShortcutGroup:
    title: str  # a menu, "Anywhere in the window", or a tab's title
    entries: tuple[ShortcutEntry, ...]
    tab: str = ""  # the tab's key: its keys work while that tab is shown


def shortcut_groups(
    window: QMainWindow, tabs: Sequence[tuple[str, str, QWidget]]
) -> list[ShortcutGroup]:
    """Every action with a shortcut, grouped: the menus, the window's own keys, each tab
    (``tabs``: key, title and page, in the order the tabs stand), then any open window of
    the main window (a meeting)."""
    anywhere = QCoreApplication.translate("ShortcutSheet", "Anywhere in the Window")
    groups = _window_groups(window, "", window.actions(), anywhere)
    for key, title, page in tabs:
        groups.append(ShortcutGroup(title, _entries(page.actions()), tab=key))
    other = QCoreApplication.translate("ShortcutSheet", "Other Keys")
    for child in window.findChildren(QMainWindow):
        if child.isWindow() and child.isVisible():
            # Its panes' keys too (a key with no name has nothing to be listed by).
            named = [action for action in child.findChildren(QAction) if action.text()]
            groups.extend(_window_groups(child, child.windowTitle(), named, other))
    return [group for group in groups if group.entries]


def _window_groups(
    window: QMainWindow, prefix: str, actions: Iterable[QAction], rest_title: str
) -> list[ShortcutGroup]:
    """The window's menus, one group each, then ``actions`` not in a menu."""
    groups: list[ShortcutGroup] = []
    in_menus: set[QAction] = set()
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if not isinstance(menu, QWidget):
            continue
        in_menu = list(_menu_actions(menu))
        in_menus.update(in_menu)
        title = _titled(prefix, plain_name(menu_action.text()))
        groups.append(ShortcutGroup(title, _entries(in_menu)))
    elsewhere = [action for action in actions if action not in in_menus]
    groups.append(ShortcutGroup(_titled(prefix, rest_title), _entries(elsewhere)))
    return groups


def _titled(prefix: str, title: str) -> str:
    return f"{prefix} › {title}" if prefix else title


def _menu_actions(menu: QWidget) -> Iterable[QAction]:
    for action in menu.actions():
        submenu = action.menu()
        if isinstance(submenu, QWidget):
            yield from _menu_actions(submenu)
        else:
            yield action


def _entries(actions: Iterable[QAction]) -> tuple[ShortcutEntry, ...]:
    return tuple(
        ShortcutEntry(plain_name(action.text()), keys)
        for action in actions
        if (keys := tuple(key_text(key) for key in action.shortcuts() if not key.isEmpty()))
    )
