"""The capture console's answer to an edit conflict: someone else changed a remark (or the
decisions, or an action item) that a step of this console was about to change.

Nothing was written and the step has left the undo stack. Once the stack has finished
(the conflict may be found inside an undo), the conflict dialog shows both versions:
keeping theirs shows the item again as saved; saving mine over theirs pushes the same
step against theirs, checked again, so that a third change in between is a new conflict.
Closing the dialog keeps theirs too. Either way, words the user had just typed for the
step (a correction, a decision) go back into the console's input: they are never lost.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from app.services.problems import EditConflict
from app.ui.capture.undo_commands import (
    REFUSALS,
    CaptureCommand,
    Overwrite,
    Refusal,
    UndoRunner,
)
from app.ui.dialogs.conflict_dialog import ConflictChoice, ConflictDialog

# Given the record as saved now (None: deleted), put the words typed back in the input.
GiveBack = Callable[[Any | None], None]


class ConflictSettler(QObject):
    settled = Signal(str)  # what became of it, for the status line
    failed = Signal(object)  # NotSaved | MeetingLocked: saving mine over theirs was refused

    def __init__(
        self, runner: UndoRunner, show_again: Callable[[], None], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.show_again = show_again
        self._give_back: GiveBack | None = None  # while a step of words typed is pushed

    def push_typed(self, step: CaptureCommand, give_back: GiveBack) -> Refusal | None:
        """Do a step made of words just typed (see :meth:`UndoRunner.push`): should it
        meet a conflict and the user not save theirs over, ``give_back`` returns the
        words to the input."""
        with self._typed(give_back):
            return self.runner.push(step)

    @contextmanager
    def _typed(self, give_back: GiveBack | None) -> Iterator[None]:
        before, self._give_back = self._give_back, give_back
        try:
            yield
        finally:
            self._give_back = before

    def settle(self, conflict: EditConflict, overwrite: Overwrite) -> None:
        """Ask the user once the undo stack has finished the step that found the conflict."""
        give_back = self._give_back
        QTimer.singleShot(0, self, lambda: self._ask(conflict, overwrite, give_back))

    def _dialog_parent(self) -> QWidget | None:
        owner = self.parent()
        while owner is not None and not isinstance(owner, QWidget):
            owner = owner.parent()
        return owner

    def _ask(
        self, conflict: EditConflict, overwrite: Overwrite, give_back: GiveBack | None
    ) -> None:
        choice = ConflictDialog.run(self._dialog_parent(), conflict)
        if choice is ConflictChoice.SAVE_MINE and conflict.theirs is not None:
            try:
                step = overwrite(conflict.theirs)
                with self._typed(give_back):  # its own conflict comes back to settle()
                    refusal = self.runner.push(step) if isinstance(step, CaptureCommand) else None
            except EditConflict as again:  # a third change, between the dialog and now
                self._ask(again, overwrite, give_back)
                return
            except REFUSALS as error:  # the disk, or the minutes approved meanwhile
                refusal = error
            if refusal is not None and not isinstance(refusal, EditConflict):
                self.failed.emit(refusal)
                self.show_again()
                if give_back is not None:
                    give_back(conflict.theirs)
                return
            if refusal is None:
                self.settled.emit(
                    QCoreApplication.translate("CaptureConsole", "Saved yours over theirs.")
                )
            self.show_again()
            return
        self.settled.emit(
            QCoreApplication.translate(
                "CaptureConsole",
                "Kept the version someone else saved: nothing of yours was saved.",
            )
        )
        self.show_again()
        if give_back is not None:
            give_back(conflict.theirs)
