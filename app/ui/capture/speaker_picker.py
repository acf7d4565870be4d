"""Pick who is speaking by typing: a number from the attendee list, or a few characters
of the name, its reading (ひらがな or カタカナ) or the organization. A name that matches
nobody is taken as a non-member speaker (来賓, 説明員 …). 0 (or Alt+0) records a remark
with no speaker: the minutes print it as a plain point."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QWidget

from app.services.capture.speaker_match import candidates
from app.services.meetings.rows import Speaker
from app.services.search.folding import fold_for_match
from app.ui.capture.speaker_popup import SpeakerPopup


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
    found = candidates(typed, speakers)
    return Pick(found[0]) if found else Pick(None, typed)


def choices(text: str, speakers: list[Speaker]) -> list[Speaker]:
    """Whom the popup offers for ``text``: the attendee of a number typed, or everyone
    the characters may stand for, the one Enter picks first."""
    pick = resolve(text, speakers)
    if pick is None or pick.speaker is None:
        return []
    if fold_for_match(text.strip()).isdigit():
        return [pick.speaker]
    return candidates(text, speakers)


class SpeakerPicker(QLineEdit):
    """Enter accepts the match (and moves on); the match is announced as you type, and a
    popup lists who the characters may stand for (name, reading, role): ↓/↑ choose
    another, whose name then stands in the box."""

    matched = Signal(object)  # Pick | None, on every edit
    accepted = Signal(object)  # Pick, on Enter
    undoRequested = Signal()  # Ctrl+Z here undoes the last capture, not the name typed
    redoRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.speakers: list[Speaker] = []
        self.popup = SpeakerPopup(self)
        self.setCompleter(self.popup.completer)
        self.textEdited.connect(self._on_text_edited)
        # typed, or a name the popup put in: announce who it stands for
        self.textChanged.connect(lambda text: self.matched.emit(resolve(text, self.speakers)))

    def _on_text_edited(self, text: str) -> None:
        self.popup.offer(choices(text, self.speakers))  # before the line edit opens it

    def current(self) -> Pick | None:
        return resolve(self.text(), self.speakers)

    def show_pick(self, pick: Pick | None) -> None:
        self.setText(pick.name if pick is not None else "")
        self.matched.emit(pick)  # the same text may stand for someone else now

    def focusOutEvent(self, event: QFocusEvent) -> None:
        if event.reason() is not Qt.FocusReason.PopupFocusReason:
            self.popup.close()  # Tab, a click elsewhere: the choice is what the box says
        super().focusOutEvent(event)

    def event(self, event: QEvent) -> bool:
        # Tab moves on before keyPressEvent, and no focus-out comes while the popup is open
        if isinstance(event, QKeyEvent) and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            self.popup.close()
        return super().event(event)

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
            self.popup.close()
            self.show_pick(pick)
            self.accepted.emit(pick)
            return
        super().keyPressEvent(event)
