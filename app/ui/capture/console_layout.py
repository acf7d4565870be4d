"""How the capture console looks: big readable text, the current item on top."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from app.ui.capture.capture_console import CaptureConsole


def style(console: CaptureConsole) -> None:
    console.hint.setText(
        QCoreApplication.translate(
            "CaptureConsole",
            "Enter: record · Shift+Enter: new line · F2: speaker · Alt+number: speaker by "
            "number · Ctrl+1…5: kind · Ctrl+D: decision · Ctrl+T: action item · "
            "Ctrl+PgUp/PgDn: agenda item · F6: remark list (Enter edit, Del delete, "
            "Alt+↑↓ move) · Ctrl+Z/Ctrl+Y: undo/redo",
        )
    )
    big = QFont(console.font())
    big.setPointSizeF(console.font().pointSizeF() * 1.6)
    big.setBold(True)
    console.item_caption.setFont(big)
    console.item_caption.setWordWrap(True)
    readable = QFont(console.font())
    readable.setPointSizeF(console.font().pointSizeF() * 1.3)
    for widget in (console.editor, console.remark_list, console.speaker, console.attendees):
        widget.setFont(readable)
    console.speaker_match.setStyleSheet("color: #1a5fb4;")
    console.resolution.setStyleSheet("color: #26562b;")
    console.mode.setStyleSheet("color: #9a4d00; font-weight: bold;")
    console.hint.setStyleSheet("color: palette(mid);")
    lines = console.editor.fontMetrics().lineSpacing()
    console.editor.setFixedHeight(int(lines * 4.6))
    console.mode.hide()


def lay_out(console: CaptureConsole) -> None:
    header = QHBoxLayout()
    header.addWidget(console.item_caption, 1)
    header.addWidget(console.item_position, 0, Qt.AlignmentFlag.AlignTop)
    input_row = QHBoxLayout()
    speaker_caption = QLabel(QCoreApplication.translate("CaptureConsole", "Speaker (F2)"), console)
    speaker_caption.setBuddy(console.speaker)
    input_row.addWidget(speaker_caption)
    input_row.addWidget(console.speaker, 2)
    input_row.addWidget(console.speaker_match, 3)
    input_row.addWidget(console.kind)
    centre = QWidget(console)
    column = QVBoxLayout(centre)
    column.setContentsMargins(0, 0, 0, 0)
    column.addWidget(console.remark_list, 1)
    column.addLayout(input_row)
    column.addWidget(console.mode)
    column.addWidget(console.editor)
    splitter = QSplitter(console)
    splitter.addWidget(console.attendees)
    splitter.addWidget(centre)
    splitter.setStretchFactor(1, 1)
    splitter.setSizes([220, 700])
    layout = QVBoxLayout(console)
    layout.addLayout(header)
    layout.addWidget(console.resolution)
    layout.addWidget(splitter, 1)
    layout.addWidget(console.hint)
