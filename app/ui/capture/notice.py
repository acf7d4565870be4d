"""The console's message line, right under the text box where the clerk's eyes are (the
status bar is off-screen on a small laptop): what was recorded, why a key did nothing,
what could not be saved. The clerk's next keystroke clears it; a plain report also goes
by itself after a while. It keeps its line when empty, so the box never jumps."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QWidget

DONE_SHOWN_MS = 8000  # a report (記録しました) goes by itself; a refusal waits for a key


class Tone(Enum):
    DONE = "done"  # 記録しました
    REFUSED = "refused"  # 本文が空です: nothing was done, and why
    FAILED = "failed"  # a write failed: nothing changed

    @property
    def style(self) -> str:
        return {
            Tone.DONE: "color: #26562b;",
            Tone.REFUSED: "color: #9a4d00; font-weight: bold;",
            Tone.FAILED: "color: #c01c28; font-weight: bold;",
        }[self]

    @property
    def mark(self) -> str:  # never a colour alone: the mark says it too
        return {Tone.DONE: "✓ ", Tone.REFUSED: "⚠ ", Tone.FAILED: "✕ "}[self]


class Notice(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notice")
        self.setWordWrap(True)
        self.setMinimumHeight(self.fontMetrics().lineSpacing())
        self.tone: Tone | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DONE_SHOWN_MS)
        self._timer.timeout.connect(self.clear_notice)

    def say(self, text: str, tone: Tone = Tone.DONE) -> None:
        """Show ``text`` (in the UI language) in ``tone``; "" clears the line."""
        self._timer.stop()
        if not text:
            self.clear_notice()
            return
        self.tone = tone
        self.setStyleSheet(tone.style)
        self.setText(tone.mark + text)
        if tone is Tone.DONE:
            self._timer.start()

    def message(self) -> str:
        """What is said now, without its mark ("" when nothing)."""
        text = self.text()
        return text[len(self.tone.mark) :] if self.tone is not None else text

    def clear_notice(self) -> None:
        self._timer.stop()
        self.tone = None
        self.setText("")
