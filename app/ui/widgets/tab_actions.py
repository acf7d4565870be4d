"""A list tab's actions: its toolbar, the list's right-click menu, the shortcuts active
while the tab is shown, read-only switching, and Ctrl+L to the filter box."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QWidget

from app.ui.action_text import key_text
from app.ui.widgets.action_toolbar import ActionToolBar

FILTER_SHORTCUT = "Ctrl+L"  # as in a browser's address bar: "type where to go"

# Strings here use the context "ListTab", with the rest of the list tab's own.


class TabActions:
    def __init__(self, tab: QWidget, view: QAbstractItemView, filter_edit: QLineEdit) -> None:
        self._tab = tab
        self._view = view
        self._filter_edit = filter_edit
        self._writing: list[QAction] = []  # off when the database is read-only
        self.tool_bar = ActionToolBar(tab)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)  # make()'s

        self.filter_action = QAction(QCoreApplication.translate("ListTab", "Filter the List"), tab)
        self.filter_action.setShortcut(QKeySequence(FILTER_SHORTCUT))
        self.filter_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.filter_action.triggered.connect(self._on_filter_action_triggered)
        tab.addAction(self.filter_action)
        self.set_filter_hint(QCoreApplication.translate("ListTab", "Filter"))

    def make(
        self,
        text: str,
        shortcut: str | Sequence[str],
        slot: Callable[[], object],
        *,
        icon: str,
        tip: str,
        writes: bool = True,
    ) -> QAction:
        """An action with shortcuts active in the tab, shown as a toolbar button and in
        the list's right-click menu: ``text`` with its mnemonic (``"&New Member…"``), the
        Phosphor ``icon``, and ``tip`` saying what it does (the tooltip adds the keys).

        ``writes=False`` only for an action that changes nothing in the database (open,
        print, export): the others are off while the database is open read-only."""
        action = QAction(text, self._tab)
        if writes:
            self._writing.append(action)
        keys = [shortcut] if isinstance(shortcut, str) else list(shortcut)
        action.setShortcuts([QKeySequence(key) for key in keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setShortcutVisibleInContextMenu(True)
        action.triggered.connect(slot)
        self._tab.addAction(action)
        self.tool_bar.add(action, icon, tip)
        self._view.addAction(action)
        return action

    def set_read_only(self, read_only: bool) -> None:
        """Turn off (or on again) every action that would write to the database."""
        for action in self._writing:
            action.setEnabled(not read_only)

    def set_filter_hint(self, hint: str) -> None:
        """What the filter box matches in this list, shown in the empty box with the key
        that jumps to it: 「氏名・よみ・所属で絞り込み (Ctrl+L)」."""
        text = f"{hint} ({key_text(QKeySequence(FILTER_SHORTCUT))})"
        self._filter_edit.setPlaceholderText(text)
        self._filter_edit.setToolTip(text)

    def _on_filter_action_triggered(self) -> None:
        self._filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._filter_edit.selectAll()
