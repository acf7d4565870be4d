"""ヘルプ › キーボード ショートカット (F1): every shortcut of the window, read from its
actions, grouped by menu and by tab."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui.shortcut_sheet import ShortcutGroup


class ShortcutsDialog(QDialog):
    def __init__(
        self, parent: QWidget, groups: list[ShortcutGroup], current_tab: str, in_window: str = ""
    ) -> None:
        """``parent``: the window the user pressed F1 in (``in_window``: its title, when
        it is not the main window); ``current_tab``: the main window's tab shown. The
        keys of where the user is are scrolled into sight."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.groups = groups

        self.tree = QTreeWidget(self)
        self.tree.setObjectName("shortcuts")
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        # The keys of what the user is in, in sight: their window's, or the tab shown.
        current = current_tab
        self._current_group: QTreeWidgetItem | None = None
        for group in self.groups:
            heading = QTreeWidgetItem(self.tree, [group.title])
            heading.setFirstColumnSpanned(True)
            font = heading.font(0)
            font.setBold(True)
            heading.setFont(0, font)
            for entry in group.entries:
                QTreeWidgetItem(heading, [entry.name, ", ".join(entry.keys)])
            if self._current_group is None and (
                group.title.startswith(f"{in_window} › ") if in_window else group.tab == current
            ):
                self._current_group = heading
        self.tree.expandAll()
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)

        note = QLabel(
            self.tr(
                "A tab's keys work while that tab is shown. Alt and the underlined letter "
                "press a toolbar button or open a menu."
            ),
            self,
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(620, 600)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._current_group is not None:  # the keys of the tab in use, in sight
            self.tree.scrollToItem(self._current_group, QTreeWidget.ScrollHint.PositionAtTop)

    def listed_keys(self) -> set[str]:
        """Every key listed, in the platform's words."""
        return {key for group in self.groups for entry in group.entries for key in entry.keys}

    @classmethod
    def run(
        cls, parent: QWidget, groups: list[ShortcutGroup], current_tab: str, in_window: str = ""
    ) -> None:
        """Show ``groups`` over ``parent`` (the window the user pressed F1 in)."""
        cls(parent, groups, current_tab, in_window).exec()
