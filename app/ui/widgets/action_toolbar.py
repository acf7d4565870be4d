"""A tab's toolbar: its actions as buttons with an icon, a label whose mnemonic works
(追加(&N) answers Alt+N) and a tooltip naming the action and its shortcut."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QToolBar, QWidget

from app.ui.action_text import tool_tip, without_ellipsis
from app.ui.icons import action_icon

ICON_SIZE = 20  # Phosphor draws inside a margin: 20 px looks as large as the text


class ActionToolBar(QToolBar):
    """Buttons for actions. A button's text is the action's text with its ``&`` kept
    (QToolButton then takes Alt+letter as its shortcut); the icons are drawn in the
    palette's colours and drawn again when the palette changes (light or dark theme)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("actions")
        self.setMovable(False)
        self.setFloatable(False)
        self.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
        layout = self.layout()  # no margin: its first button lines up with the filter box
        if layout is not None:
            layout.setContentsMargins(0, 0, 0, 0)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self._icon_names: dict[QAction, str] = {}

    def add(self, action: QAction, icon_name: str, tip: str) -> None:
        """Show ``action`` as a button with the Phosphor icon ``icon_name``; ``tip`` says
        what it does (the tooltip adds the shortcut)."""
        # An explicit icon text keeps its "&": the button's mnemonic. Qt's derived one
        # drops it, which left 追加(N) on the button and Alt+N doing nothing.
        action.setIconText(without_ellipsis(action.text()))
        action.setToolTip(tool_tip(tip, action))
        self._icon_names[action] = icon_name
        action.setIcon(action_icon(icon_name, self.palette()))
        self.addAction(action)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            for action, name in self._icon_names.items():
                action.setIcon(action_icon(name, self.palette()))
