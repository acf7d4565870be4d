"""The notice on the home tab that a remark was being typed when the app stopped, with
the button that goes back to it (記録途中の会議を開く)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from app.services.desk.rows import CaptureInProgress

PREVIEW_CHARACTERS = 40


class DraftBanner(QFrame):
    openRequested = Signal(int)  # the meeting whose record to open

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draft_banner")
        self.setStyleSheet(
            "#draft_banner { background: #fff4ce; border: 1px solid #e5a50a; border-radius: 4px; }"
        )
        self.text = QLabel(self)
        self.text.setObjectName("draft_text")
        self.text.setWordWrap(True)
        self.button = QPushButton(
            QCoreApplication.translate("HomeTab", "Open the Meeting Being Recorded"), self
        )
        self.button.setObjectName("resume_capture")
        self.button.clicked.connect(self._on_button_clicked)
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button)
        self.meeting_id: int | None = None
        self.hide()

    def show_captures(self, captures: Sequence[CaptureInProgress]) -> None:
        """The latest unfinished remark (and how many meetings have one), or nothing."""
        if not captures:
            self.meeting_id = None
            self.hide()
            return
        latest = captures[0]
        self.meeting_id = latest.meeting_id
        preview = latest.text.strip().replace("\n", " ")
        if len(preview) > PREVIEW_CHARACTERS:
            preview = preview[:PREVIEW_CHARACTERS] + "…"
        speaker = ""
        if latest.speaker:
            speaker = QCoreApplication.translate("HomeTab", "%1: ").replace("%1", latest.speaker)
        text = (
            QCoreApplication.translate("HomeTab", "An unfinished remark of %1 is kept: %2「%3」")
            .replace("%1", latest.meeting_title)
            .replace("%2", speaker)
            .replace("%3", preview)
        )
        if len(captures) > 1:
            text += "\n" + QCoreApplication.translate(
                "HomeTab", "(%1 more meetings have an unfinished remark.)"
            ).replace("%1", str(len(captures) - 1))
        self.text.setText(text)
        self.show()

    def _on_button_clicked(self) -> None:
        if self.meeting_id is not None:
            self.openRequested.emit(self.meeting_id)
