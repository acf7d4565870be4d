"""The door's counts, large: 受付済 n / 申込 m / 定員 c, and the yen received today."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.services.events.reception_rows import ReceptionCounts
from app.ui.events.reception_panel import sized
from app.ui.events.reception_texts import yen


class _Tile(QFrame):
    def __init__(self, name: str, caption: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName(f"tile_{name}")
        self.setStyleSheet(f"#tile_{name} {{ background: #f2f4f5; border-radius: 6px; }}")
        self.caption = QLabel(caption, self)
        sized(self.caption, 11)
        self.value = QLabel(self)
        self.value.setObjectName(name)
        self.value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        sized(self.value, 26, bold=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 4, 12, 4)
        layout.setSpacing(0)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)


class CountsBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.checked_in = _Tile("checked_in", self.tr("Checked in"), self)
        self.attending = _Tile("attending", self.tr("Applications"), self)
        self.capacity = _Tile("capacity", self.tr("Capacity"), self)
        self.received = _Tile("received_today", self.tr("Received today"), self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for tile, stretch in ((self.checked_in, 2), (self.attending, 2), (self.capacity, 2)):
            layout.addWidget(tile, stretch)
        layout.addWidget(self.received, 3)

    def show_counts(self, counts: ReceptionCounts) -> None:
        self.checked_in.value.setText(str(counts.checked_in))
        caption = self.tr("Applications")
        if counts.waitlisted:
            caption += self.tr(" (%1 waiting)").replace("%1", str(counts.waitlisted))
        self.attending.caption.setText(caption)
        self.attending.value.setText(str(counts.attending))
        self.capacity.value.setText("—" if counts.capacity is None else str(counts.capacity))
        self.received.value.setText(yen(counts.received_today))

    def text(self) -> str:
        """The counts as one line (for tests and the accessible name)."""
        return " / ".join(
            f"{tile.caption.text()} {tile.value.text()}"
            for tile in (self.checked_in, self.attending, self.capacity, self.received)
        )
