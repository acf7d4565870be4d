"""An editable table of text rows: add (Ctrl+Enter / button), delete (Ctrl+Delete), and
move with Alt+↑/↓ or the buttons. Used for itineraries, host attendees, figures …"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


class RowsEditor(QWidget):
    def __init__(self, headers: list[str], stretch: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, len(headers), self)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        self.table.installEventFilter(self)
        buttons = QHBoxLayout()
        for text, slot in (
            (self.tr("Add Row"), self.add_row),
            (self.tr("Delete Row"), self.delete_row),
            ("↑", lambda: self.move_row(-1)),
            ("↓", lambda: self.move_row(1)),
        ):
            button = QPushButton(text, self)
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def set_rows(self, rows: tuple[tuple[str, ...], ...]) -> None:
        self.table.setRowCount(0)
        for row in rows:
            self.add_row(row)

    def rows(self) -> list[tuple[str, ...]]:
        result = []
        for row in range(self.table.rowCount()):
            cells = tuple(self._text(row, column) for column in range(self.table.columnCount()))
            if any(cell.strip() for cell in cells):
                result.append(cells)
        return result

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

    def add_row(self, values: tuple[str, ...] = ()) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column in range(self.table.columnCount()):
            text = values[column] if column < len(values) else ""
            self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.setCurrentCell(row, 0)

    def delete_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def move_row(self, step: int) -> None:
        row = self.table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        values = [self.table.takeItem(row, c) for c in range(self.table.columnCount())]
        others = [self.table.takeItem(target, c) for c in range(self.table.columnCount())]
        for column, (mine, theirs) in enumerate(zip(values, others, strict=True)):
            self.table.setItem(target, column, mine)
            self.table.setItem(row, column, theirs)
        self.table.setCurrentCell(target, self.table.currentColumn())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not (watched is self.table and isinstance(event, QKeyEvent)):
            return False
        if event.type() != QEvent.Type.KeyPress:
            return False
        alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if alt and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_row(-1 if event.key() == Qt.Key.Key_Up else 1)
            return True
        if ctrl and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.add_row()
            return True
        if ctrl and event.key() == Qt.Key.Key_Delete:
            self.delete_row()
            return True
        return False
