"""The keyboard shortcut sheet's content, read from the actions themselves (menus, the
window's own keys, each tab's toolbar, open windows such as a meeting or the reception
at the door), so it never goes stale. Keys that are not actions are listed where a pane
declares them (:class:`~app.ui.key_guide.KeyGuide`)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QWidget

from app.ui.action_text import plain_name
from app.ui.key_guide import KeyGuide, ShortcutEntry, action_entry


@dataclass(frozen=True, slots=True)
class ShortcutGroup:
    title: str  # a menu, "Anywhere in the window", or a tab's title
    entries: tuple[ShortcutEntry, ...]
    tab: str = ""  # the tab's key: its keys work while that tab is shown


def shortcut_groups(
    window: QMainWindow, tabs: Sequence[tuple[str, str, QWidget]]
) -> list[ShortcutGroup]:
    """Every action with a shortcut, grouped: the menus, the window's own keys, each tab
    (``tabs``: key, title and page, in the order the tabs stand), then each open window
    of the main window (a meeting, a reception), its groups titled 「window › group」."""
    anywhere = QCoreApplication.translate("ShortcutSheet", "Anywhere in the Window")
    groups = _menu_groups(window, "")
    in_menus = {action for group_actions in _menus(window) for action in group_actions[1]}
    rest = [action for action in window.actions() if action not in in_menus]
    groups.append(ShortcutGroup(anywhere, _entries(rest)))
    for key, title, page in tabs:
        groups.append(ShortcutGroup(title, _entries(page.actions()), tab=key))
    for child in _open_windows(window):
        groups.extend(_child_window_groups(child))
    return [group for group in groups if group.entries]


def _open_windows(window: QWidget) -> list[QWidget]:
    """The windows of the main window shown now (not its dialogs, menus or popups)."""
    return [
        child
        for child in window.findChildren(QWidget)
        if child.isWindow() and child.windowType() == Qt.WindowType.Window and child.isVisible()
    ]


def _child_window_groups(window: QWidget) -> list[ShortcutGroup]:
    """A window's menus, one group each; each pane's guide; then its other named keys
    (a key with no name has nothing to be listed by)."""
    prefix = window.windowTitle()
    groups = _menu_groups(window, prefix)
    listed = {action for _title, actions in _menus(window) for action in actions}
    # (Qt's order of children changes as a pane is raised: the panes' own order)
    for guide in sorted(window.findChildren(KeyGuide), key=lambda guide: guide.order):
        pane = guide.parent()
        if isinstance(pane, QWidget) and pane.window() is window:
            groups.append(ShortcutGroup(_titled(prefix, guide.title), guide.entries()))
            listed.update(guide.actions())
    rest = [
        action
        for action in window.findChildren(QAction)
        if action.text() and action not in listed and _owner_window(action) is window
    ]
    other = QCoreApplication.translate("ShortcutSheet", "Other Keys")
    groups.append(ShortcutGroup(_titled(prefix, other), _entries(rest)))
    return groups


def _owner_window(action: QAction) -> QWidget | None:
    """The window of the widget that owns ``action`` (a context menu is its own)."""
    owner = action.parent()
    return owner.window() if isinstance(owner, QWidget) else None


def _menus(window: QWidget) -> list[tuple[str, list[QAction]]]:
    """The window's menus (none if it is no QMainWindow): title and every action."""
    if not isinstance(window, QMainWindow):
        return []
    menus: list[tuple[str, list[QAction]]] = []
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if isinstance(menu, QWidget):
            menus.append((plain_name(menu_action.text()), list(_menu_actions(menu))))
    return menus


def _menu_groups(window: QWidget, prefix: str) -> list[ShortcutGroup]:
    return [
        ShortcutGroup(_titled(prefix, title), _entries(items)) for title, items in _menus(window)
    ]


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
    return tuple(entry for action in actions if (entry := action_entry(action)) is not None)
