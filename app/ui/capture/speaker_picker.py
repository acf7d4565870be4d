"""Pick who is speaking by typing: a number from the attendee list, or a few characters
of the name, its reading (ひらがな or カタカナ) or the organization. A name that matches
nobody is taken as a non-member speaker (来賓, 説明員 …). 0 (or Alt+0) records a remark
with no speaker: the minutes print it as a plain point."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QWidget

from app.services.meetings.rows import Speaker
from app.services.search.folding import fold_for_match


@dataclass(frozen=True, slots=True)
class Pick:
    """The speaker a text stands for: a listed attendee, or a free name (non-member)."""

    speaker: Speaker | None
    free_name: str = ""

    @property
    def member_id(self) -> int | None:
        return self.speaker.member_id if self.speaker is not None else None

    @property
    def non_member_name(self) -> str:
        """The name to store for a speaker who is not a member (a guest or a free name)."""
        if self.member_id is not None:
            return ""
        return self.speaker.name if self.speaker is not None else self.free_name

    @property
    def anonymous(self) -> bool:
        """No speaker: a point noted without saying who made it."""
        return self.speaker is None and not self.free_name

    @property
    def name(self) -> str:
        if self.anonymous:
            return no_speaker_text()
        return self.speaker.name if self.speaker is not None else self.free_name


NO_SPEAKER = Pick(None)


def no_speaker_text() -> str:
    """How the speaker box shows a remark with no speaker (typing it back picks that)."""
    return QCoreApplication.translate("CaptureConsole", "(no speaker)")


def resolve(text: str, speakers: list[Speaker]) -> Pick | None:
    typed = text.strip()
    if not typed:
        return None
    if typed in (no_speaker_text(), "(no speaker)"):
        return NO_SPEAKER
    digits = fold_for_match(typed)
    if digits.isdigit():
        number = int(digits)
        if number == 0:
            return NO_SPEAKER
        return Pick(speakers[number - 1]) if 1 <= number <= len(speakers) else None
    for speaker in speakers:  # the exact name first: 今 must not pick 今井
        if typed in (speaker.name, speaker.name.replace(" ", "")):
            return Pick(speaker)
    needle = fold_for_match(typed).replace(" ", "")
    for fields in (("name", "reading"), ("organization",)):
        for speaker in speakers:
            for field in fields:
                if fold_for_match(getattr(speaker, field)).replace(" ", "").startswith(needle):
                    return Pick(speaker)
    return Pick(None, typed)


class SpeakerPicker(QLineEdit):
    """Enter accepts the match (and moves on); the match is announced as you type."""

    matched = Signal(object)  # Pick | None, on every edit
    accepted = Signal(object)  # Pick, on Enter
    undoRequested = Signal()  # Ctrl+Z here undoes the last capture, not the name typed
    redoRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.speakers: list[Speaker] = []
        self.textEdited.connect(lambda text: self.matched.emit(resolve(text, self.speakers)))

    def current(self) -> Pick | None:
        return resolve(self.text(), self.speakers)

    def show_pick(self, pick: Pick | None) -> None:
        self.setText(pick.name if pick is not None else "")
        self.matched.emit(pick)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undoRequested.emit()
            return
        if event.matches(QKeySequence.StandardKey.Redo) or (
            event.key() == Qt.Key.Key_Y and event.modifiers() == Qt.KeyboardModifier.ControlModifier
        ):
            self.redoRequested.emit()
            return
        pick = self.current()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and pick is not None:
            self.show_pick(pick)
            self.accepted.emit(pick)
            return
        super().keyPressEvent(event)
