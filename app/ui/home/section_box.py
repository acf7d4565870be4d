"""One section of the home tab: a heading with its count, and its lines (or a friendly
word that there is nothing to do). The lines are a focusable list: the first line is
selected, Enter or a double-click opens the line's record."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

WARNING_COLOR = QColor("#a51d2d")  # overdue, ended, lacking: the same red as read-only
QUIET_SELECTION = QColor("#dde6f0")  # the selected line of a list without the focus
LINE_PADDING = 8  # pixels above and below a line's text, together
RowRole = Qt.ItemDataRole.UserRole


@dataclass(frozen=True, slots=True)
class Line:
    """How a row reads in its section."""

    text: str
    tooltip: str = ""
    warning: bool = False  # overdue, ended: shown in red


class SectionList(QListWidget):
    """The lines of a section; Enter or a double-click opens a line's record."""

    openRequested = Signal(object)  # the row (a frozen dataclass) of the line

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setUniformItemSizes(True)
        # Only the list that has the keys shows its line in the strong colour: six
        # sections each with a selected first line would all shout at once.
        palette = self.palette()
        palette.setColor(
            QPalette.ColorGroup.Inactive, QPalette.ColorRole.Highlight, QUIET_SELECTION
        )
        palette.setColor(
            QPalette.ColorGroup.Inactive,
            QPalette.ColorRole.HighlightedText,
            palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Text),
        )
        self.setPalette(palette)
        self.line_height = self.fontMetrics().height() + LINE_PADDING
        self.itemActivated.connect(self._on_item_activated)

    def _on_item_activated(self, item: QListWidgetItem) -> None:
        # Enter and a double-click (or a single click, where the platform's style says so)
        self.openRequested.emit(item.data(RowRole))

    def fit_height(self) -> None:
        """As tall as its lines: the page scrolls, not each section."""
        rows = self.count()
        height = self.line_height * rows
        self.setFixedHeight(height + 2 * self.frameWidth() + 2)


class SectionBox(QFrame):
    """A heading 「宿題（3件）」, its lines, and 「ほか 5 件」 when not all fit."""

    openRequested = Signal(object)

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"section_{key}")
        self.heading = QLabel(self)
        self.heading.setObjectName("heading")
        self.heading.setStyleSheet("font-weight: bold; font-size: 11pt;")
        self.lines = SectionList(self)
        self.lines.setObjectName(f"lines_{key}")
        self.lines.openRequested.connect(self.openRequested)
        self.empty = QLabel(self)
        self.empty.setObjectName("empty")
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #666;")
        self.more = QLabel(self)
        self.more.setObjectName("more")
        self.more.setStyleSheet("color: #666;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 8)
        layout.setSpacing(4)
        layout.addWidget(self.heading)
        layout.addWidget(self.lines)
        layout.addWidget(self.empty)
        layout.addWidget(self.more)

    def show_lines(
        self,
        title: str,
        rows: Sequence[Any],
        lines: Sequence[Line],
        total: int,
        empty: str,
    ) -> None:
        """Show ``rows`` as ``lines``, keeping the selected line's record selected."""
        kept = self.lines.currentItem().data(RowRole) if self.lines.currentItem() else None
        self.heading.setText(
            QCoreApplication.translate("HomeTab", "%1 (%2)")
            .replace("%1", title)
            .replace("%2", str(total))
        )
        self.lines.clear()
        current = 0
        for index, (row, line) in enumerate(zip(rows, lines, strict=True)):
            item = QListWidgetItem(line.text)
            item.setSizeHint(QSize(0, self.lines.line_height))
            item.setData(RowRole, row)
            item.setToolTip(line.tooltip or line.text)
            if line.warning:
                item.setForeground(QBrush(WARNING_COLOR))
            self.lines.addItem(item)
            if kept is not None and _same_record(row, kept):
                current = index
        if rows:
            self.lines.setCurrentRow(current)
        self.lines.fit_height()
        self.lines.setVisible(bool(rows))
        self.empty.setText(empty)
        self.empty.setVisible(not rows)
        hidden = total - len(rows)
        self.more.setText(
            QCoreApplication.translate("HomeTab", "… and %1 more").replace("%1", str(hidden))
        )
        self.more.setVisible(hidden > 0)


def _same_record(row: Any, other: Any) -> bool:
    return type(row) is type(other) and _identity(row) == _identity(other)


def _identity(row: Any) -> object:
    return getattr(row, "id", None) or getattr(row, "member_id", None)
