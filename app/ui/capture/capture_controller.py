"""What the capture console records, without its widgets: committing remarks, correcting,
moving and deleting them, decisions and action items, and their undo stack. A write that
fails is never passed over: the text it concerned stays in the box marked 未保存 and is
tried again; a step that cannot be written (undo and redo too) leaves the stack as it was
and says why. A step over something someone else changed meanwhile writes nothing: the
conflict dialog lets the user choose, and words typed that were not saved go back to the
input (``conflicts.py``, ``given_back.py``).

The input it records from (item, speaker, kind, text, draft) is :class:`CaptureInput`'s.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QObject

from app.services.capture.rows import RemarkEntry, RemarkInput
from app.services.capture.sources import CaptureSource
from app.services.codes import RemarkKind
from app.services.problems import EditConflict, MeetingLocked, NotSaved
from app.ui.capture import undo_commands as undo
from app.ui.capture.capture_input import DRAFT_DELAY_MS, CaptureInput
from app.ui.capture.capture_state import Typing
from app.ui.capture.conflicts import ConflictSettler
from app.ui.capture.given_back import give_back_correction, give_back_decision
from app.ui.capture.refusals import Request, why_not
from app.ui.capture.speaker_picker import Pick

__all__ = ["DRAFT_DELAY_MS", "CaptureController"]

T = TypeVar("T")


class CaptureController(CaptureInput):
    def __init__(self, source: CaptureSource, parent: QObject | None = None) -> None:
        """Nothing is read until ``reload``: connect to the signals first."""
        super().__init__(source, parent)
        self.conflicts = ConflictSettler(self.undo_runner, self._show_as_saved, self)
        self.conflicts.settled.connect(self.messageRequested)
        self.conflicts.failed.connect(self._on_conflicts_failed)

    # ------------------------------------------------------------------ recording

    def commit(self) -> None:
        """Enter: record the remark (or save the one being edited)."""
        item = self.current_item
        text = self.text.strip()
        pick = self.pick()
        refusal = why_not(self, Request.REMARK)
        if refusal is not None:
            self.refuse(refusal)
            return
        if item is None:  # an open input has an item: the refusal said so otherwise
            return
        if pick is None:
            self.refuse(
                QCoreApplication.translate(
                    "CaptureConsole", "Who is speaking? Type a name or number (F2)."
                )
            )
            self.speakerFocusRequested.emit()
            return
        paired = self.editing.answers if self.editing is not None else None
        remark = RemarkInput(text, pick.member_id, pick.non_member_name, self.kind, paired)
        if self.editing is not None:
            self._save_correction(remark)
            return
        self._draft_timer.stop()
        what = QCoreApplication.translate("CaptureConsole", "This remark is not recorded.")
        entry = self._written(
            lambda: self.source.add_remark(item.id, remark, self._started_at), what, self.commit
        )
        if entry is None:
            return
        self.draft_stored = False  # the same transaction cleared it
        self.unsaved.request_done()
        self.unsaved.draft_saved()
        self.undo_runner.pushed(undo.AddRemark(self.source, entry, self))
        self.show_item()
        self.finish_input()
        self.messageRequested.emit(
            QCoreApplication.translate("CaptureConsole", "Recorded: %1").replace(
                "%1", entry.speaker_name
            )
        )

    def _save_correction(self, remark: RemarkInput) -> None:
        """Enter while editing a recorded remark: save the correction, or keep it in the
        box marked 未保存 (still editing) to be tried again."""
        assert self.editing is not None
        typed = Typing(remark.text, self.kind, self.pick())
        refusal = self.conflicts.push_typed(
            undo.EditRemark(self.source, self.editing, remark, self),
            lambda theirs: give_back_correction(self, typed, theirs),
        )
        if isinstance(refusal, NotSaved):
            what = QCoreApplication.translate("CaptureConsole", "The correction is not saved.")
            self._request_failed(self.commit, what, refusal)
            return
        if isinstance(refusal, MeetingLocked):
            self.cancel_edit()  # approved meanwhile: a correction needs it reopened
            self._refused(refusal, "")
            return
        if refusal is None:
            self.unsaved.request_done()
        else:  # someone else's change: the conflict dialog gives the words back if kept
            self.unsaved.request_dropped()
        self.editing = None
        self.set_mode("")
        self.finish_input()

    def _written(self, write: Callable[[], T], what: str, retry: Callable[[], None]) -> T | None:
        """Do a write of the text typed; None when it was refused (approved meanwhile: said)
        or failed (the text stays, marked 未保存, and ``retry`` is made when it can be)."""
        try:
            return write()
        except MeetingLocked as refusal:
            self._refused(refusal, "")
            return None
        except NotSaved as error:
            failed = error  # handled below, out of the except clause
        self._request_failed(retry, what, failed)
        return None

    def _refused(self, refusal: NotSaved | MeetingLocked | EditConflict, what: str) -> None:
        """Say why a change was not made; ``what`` names it for a failed write."""
        if isinstance(refusal, NotSaved):
            self.actionFailed.emit(what, refusal)
            return
        if isinstance(refusal, MeetingLocked):
            self.unsaved.request_dropped()  # approved meanwhile: only the draft is kept
            self.refuse(
                QCoreApplication.translate("CaptureConsole", "Approved: the minutes are locked.")
            )
        # An EditConflict is with the conflict dialog already (settle_conflict).

    def settle_conflict(self, conflict: EditConflict, overwrite: undo.Overwrite) -> None:
        """Someone else changed what a step was about to change: nothing was written; the
        user chooses which version to keep (app/ui/capture/conflicts.py)."""
        self.conflicts.settle(conflict, overwrite)

    def _on_conflicts_failed(self, refusal: undo.Refusal) -> None:
        what = QCoreApplication.translate("CaptureConsole", "Saving yours over theirs")
        self._refused(refusal, what)

    def _show_as_saved(self) -> None:
        """The current item read again, its decisions too (someone else changed them)."""
        item = self.current_item
        self.show_item(item.id if item is not None else None)

    # ------------------------------------------------------------------ undo

    def undo(self) -> None:
        """Ctrl+Z: undo the last capture step; one that cannot be undone stays done."""
        what = QCoreApplication.translate("CaptureConsole", "Undoing “%1”").replace(
            "%1", self.undo_stack.undoText()
        )
        refusal = self.undo_runner.undo()
        if refusal is not None:
            self._refused(refusal, what)

    def redo(self) -> None:
        """Ctrl+Y: redo the step undone last; one that cannot be redone stays undone."""
        what = QCoreApplication.translate("CaptureConsole", "Redoing “%1”").replace(
            "%1", self.undo_stack.redoText()
        )
        refusal = self.undo_runner.redo()
        if refusal is not None:
            self._refused(refusal, what)

    # ------------------------------------------------------------------ recorded remarks

    def remark_at(self, row: int) -> RemarkEntry | None:
        return self.remarks[row] if 0 <= row < len(self.remarks) else None

    def delete_remark(self, row: int) -> None:
        entry = self.remark_at(row)
        if entry is None or not self.input_enabled:
            return
        refusal = self.undo_runner.push(undo.DeleteRemark(self.source, entry, self))
        if refusal is not None:
            what = QCoreApplication.translate("CaptureConsole", "Deleting the remark")
            self._refused(refusal, what)
            return
        self.remarkSelectionRequested.emit(min(row, len(self.remarks) - 1))
        self.messageRequested.emit(
            QCoreApplication.translate("CaptureConsole", "Remark deleted (Ctrl+Z brings it back).")
        )

    def move_remark(self, row: int, step: int) -> None:
        entry = self.remark_at(row)
        if entry is None or not self.input_enabled:
            return
        target = entry.position + step
        if 0 <= target < len(self.remarks):
            command = undo.MoveRemark(self.source, entry, target, self)
            refusal = self.undo_runner.push(command)
            if refusal is not None:
                what = QCoreApplication.translate("CaptureConsole", "Moving the remark")
                self._refused(refusal, what)
                return
            self.remarkSelectionRequested.emit(target)

    def edit_remark(self, row: int) -> None:
        """Load a recorded remark into the text box; Enter saves it, Esc cancels."""
        entry = self.remark_at(row)
        if entry is None or not self.input_enabled:
            return
        self.save_draft_now()
        if not self.unsaved.clean:  # the correction would take the place of unsaved text
            self.messageRequested.emit(
                QCoreApplication.translate(
                    "CaptureConsole",
                    "The text in the box is not saved yet: it stays until it is, so a "
                    "recorded remark cannot be opened for correction now.",
                )
            )
            return
        self.editing = entry
        speaker = self._speaker(entry.speaker_member_id)
        pick = Pick(speaker) if entry.is_member and speaker else Pick(None, entry.speaker_name)
        self._put_input(Typing(entry.text, self._offered(entry.kind), pick), self.editStarted)
        self.set_mode(
            QCoreApplication.translate(
                "CaptureConsole", "Editing a recorded remark: Enter saves, Esc cancels."
            )
        )
        self.editorFocusRequested.emit()

    def questions_for(self, row: int) -> list[RemarkEntry] | None:
        """Alt+Q on a 回答: the questions of its item it may answer (None: not an answer)."""
        entry = self.remark_at(row)
        if entry is None or entry.kind is not RemarkKind.ANSWER or not self.input_enabled:
            return None
        return [remark for remark in self.remarks if remark.kind is RemarkKind.QUESTION]

    def pair_answer(self, row: int, question: RemarkEntry | None) -> None:
        """The 回答 at ``row`` answers ``question`` (None: the nearest question before it)."""
        entry = self.remark_at(row)
        if entry is None or entry.kind is not RemarkKind.ANSWER:
            return
        wanted = question.id if question is not None else None
        if wanted == entry.answers:
            return
        paired = replace(entry.as_input(), answers_remark_id=wanted)
        refusal = self.undo_runner.push(undo.EditRemark(self.source, entry, paired, self))
        if refusal is not None:
            what = QCoreApplication.translate("CaptureConsole", "Pairing the answer")
            self._refused(refusal, what)
            return
        self.remarkSelectionRequested.emit(row)
        self.messageRequested.emit(
            QCoreApplication.translate("CaptureConsole", "The answer is paired (Ctrl+Z undoes it).")
        )

    # ------------------------------------------------------------------ outcomes

    def record_decision(self) -> None:
        """Ctrl+D: the text typed becomes a decision (→) of the current item."""
        item = self.current_item
        text = self.text.strip()
        reason = why_not(self, Request.DECISION)
        if reason is not None:
            self.refuse(reason)
            return
        if item is None:  # an open input has an item: the refusal said so otherwise
            return
        lines = [line for line in item.resolution.splitlines() if line.strip()]
        after = "\n".join([*lines, text])
        typed = Typing(text, self.kind)
        refusal = self.conflicts.push_typed(
            undo.SetResolution(self.source, item, after, self),
            lambda _theirs: give_back_decision(self, typed),
        )
        if isinstance(refusal, NotSaved):
            what = QCoreApplication.translate("CaptureConsole", "This decision is not recorded.")
            self._request_failed(self.record_decision, what, refusal)
            return
        if isinstance(refusal, MeetingLocked):
            self._refused(refusal, "")
            return
        if refusal is not None:  # someone else's: the conflict dialog gives the words back
            self.unsaved.request_dropped()
            self._input_recorded()
            return
        self.unsaved.request_done()
        self._input_recorded()
        self.messageRequested.emit(
            QCoreApplication.translate("CaptureConsole", "Decision recorded.")
        )

    def can_record_action(self) -> bool:
        """Ctrl+T asks for the action item only where it can be stored, and not while a
        recorded remark is being corrected (its text would be taken for the action and the
        correction left open); else it says why."""
        refusal = why_not(self, Request.ACTION)
        if refusal is not None:
            self.refuse(refusal)
        return refusal is None and self.current_item is not None

    def record_action(self, text: str, owner: Pick, due: date | None) -> None:
        """An action item (宿題) of the current item, with its owner and due date."""
        item = self.current_item
        assert item is not None
        what = QCoreApplication.translate("CaptureConsole", "This action item is not recorded.")
        entry = self._written(
            lambda: self.source.add_action(
                item.id, text, owner.member_id, owner.non_member_name, due
            ),
            what,
            lambda: self.record_action(text, owner, due),
        )
        if entry is None:
            return
        self.unsaved.request_done()
        self.undo_runner.pushed(undo.AddAction(self.source, item.id, entry, owner.member_id, self))
        self.show_item()
        self._input_recorded()
        self.messageRequested.emit(
            QCoreApplication.translate("CaptureConsole", "Action item recorded.")
        )

    def _input_recorded(self) -> None:
        """The text typed became something else than a remark: its draft has served."""
        try:
            self.source.discard_draft()
        except NotSaved as error:  # the stale draft is cleared by the next draft saved
            self.draft_stored = True
            self.unsaved.draft_failed(error)
        else:
            self.draft_stored = False
            self.unsaved.draft_saved()
        self.finish_input()
