"""Undoable capture operations. Each redo/undo is itself one committed transaction, so an
undo survives a crash exactly like the change it undid. They reach the data only through
the console's ``CaptureSource``, so undo works the same in a meeting and in a visit.

A command's writes are :meth:`CaptureCommand.apply` (do, redo) and
:meth:`CaptureCommand.revert` (undo). The console's :class:`UndoRunner` writes first and
moves the stack only when the write went through, so a write that fails (disk full, an
approved meeting) never leaves a step on the stack that was not done, or takes one off
that was not undone.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack

from app.services.capture.rows import RemarkEntry, RemarkInput
from app.services.capture.sources import CaptureSource
from app.services.meetings.rows import ActionEntry
from app.services.problems import EditConflict, MeetingLocked, NotSaved

Refresh = Callable[[int], None]  # show this agenda item again
# What a capture write may be refused with; anything else is a bug, for the error report.
REFUSALS = (NotSaved, MeetingLocked, EditConflict)
Refusal = NotSaved | MeetingLocked | EditConflict


class CaptureCommand(QUndoCommand):
    """One undoable step. QUndoStack's own ``redo``/``undo`` do the write unless the
    runner has just done it (then they only move the stack's index)."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self._written = False

    def apply(self) -> None:
        """Do (or redo) the change: one transaction."""
        raise NotImplementedError

    def revert(self) -> None:
        """Undo the change: one transaction."""
        raise NotImplementedError

    def already_written(self) -> None:
        """The stack's next ``redo``/``undo`` moves its index only: the write is done."""
        self._written = True

    def redo(self) -> None:
        if self._written:
            self._written = False
            return
        self.apply()

    def undo(self) -> None:
        if self._written:
            self._written = False
            return
        self.revert()


class UndoRunner:
    """The console's undo stack, moved only by writes that went through."""

    def __init__(self, stack: QUndoStack) -> None:
        self.stack = stack

    def push(self, command: CaptureCommand) -> Refusal | None:
        """Do ``command`` and put it on the stack; what refused it, if anything (then
        nothing was written and the stack is as it was)."""
        try:
            command.apply()
        except REFUSALS as refusal:
            return refusal
        self.pushed(command)
        return None

    def pushed(self, command: CaptureCommand) -> None:
        """Put on the stack a ``command`` whose change is already written."""
        command.already_written()
        self.stack.push(command)

    def undo(self) -> Refusal | None:
        """Ctrl+Z: undo the last step; what refused it, if anything (the step stays done)."""
        index = self.stack.index()
        if index == 0:
            return None
        return self._move(self.stack.command(index - 1), undo=True)

    def redo(self) -> Refusal | None:
        """Ctrl+Y: redo the step undone last; what refused it, if anything."""
        index = self.stack.index()
        if index >= self.stack.count():
            return None
        return self._move(self.stack.command(index), undo=False)

    def _move(self, command: QUndoCommand, *, undo: bool) -> Refusal | None:
        assert isinstance(command, CaptureCommand)
        try:
            command.revert() if undo else command.apply()
        except REFUSALS as refusal:
            return refusal
        command.already_written()
        self.stack.undo() if undo else self.stack.redo()
        return None


class AddRemark(CaptureCommand):
    """Made after the remark is committed (the commit returns its entry): push it with
    :meth:`UndoRunner.pushed`."""

    def __init__(self, source: CaptureSource, entry: RemarkEntry, refresh: Refresh) -> None:
        super().__init__(QCoreApplication.translate("CaptureUndo", "Record remark"))
        self.source, self.entry, self.refresh = source, entry, refresh

    def apply(self) -> None:
        self.entry = self.source.restore_remark(self.entry)
        self.refresh(self.entry.agenda_item_id)

    def revert(self) -> None:
        self.entry = self.source.delete_remark(self.entry.uuid)
        self.refresh(self.entry.agenda_item_id)


class DeleteRemark(CaptureCommand):
    def __init__(self, source: CaptureSource, entry: RemarkEntry, refresh: Refresh) -> None:
        super().__init__(QCoreApplication.translate("CaptureUndo", "Delete remark"))
        self.source, self.entry, self.refresh = source, entry, refresh

    def apply(self) -> None:
        self.entry = self.source.delete_remark(self.entry.uuid)
        self.refresh(self.entry.agenda_item_id)

    def revert(self) -> None:
        self.entry = self.source.restore_remark(self.entry)
        self.refresh(self.entry.agenda_item_id)


class EditRemark(CaptureCommand):
    def __init__(
        self, source: CaptureSource, before: RemarkEntry, after: RemarkInput, refresh: Refresh
    ) -> None:
        super().__init__(QCoreApplication.translate("CaptureUndo", "Edit remark"))
        self.source, self.before, self.after, self.refresh = source, before, after, refresh

    def apply(self) -> None:
        self.source.update_remark(self.before.uuid, self.after)
        self.refresh(self.before.agenda_item_id)

    def revert(self) -> None:
        self.source.update_remark(self.before.uuid, self.before.as_input())
        self.refresh(self.before.agenda_item_id)


class MoveRemark(CaptureCommand):
    def __init__(
        self, source: CaptureSource, entry: RemarkEntry, to: int, refresh: Refresh
    ) -> None:
        super().__init__(QCoreApplication.translate("CaptureUndo", "Move remark"))
        self.source, self.entry, self.to, self.refresh = source, entry, to, refresh

    def apply(self) -> None:
        self.source.move_remark(self.entry.uuid, self.to)
        self.refresh(self.entry.agenda_item_id)

    def revert(self) -> None:
        self.source.move_remark(self.entry.uuid, self.entry.position)
        self.refresh(self.entry.agenda_item_id)


class SetResolution(CaptureCommand):
    """A decision (→): the item's resolution text before and after."""

    def __init__(
        self, source: CaptureSource, item_id: int, before: str, after: str, refresh: Refresh
    ) -> None:
        super().__init__(QCoreApplication.translate("CaptureUndo", "Record decision"))
        self.source, self.item_id, self.before, self.after = source, item_id, before, after
        self.refresh = refresh

    def apply(self) -> None:
        self.source.set_resolution(self.item_id, self.after)
        self.refresh(self.item_id)

    def revert(self) -> None:
        self.source.set_resolution(self.item_id, self.before)
        self.refresh(self.item_id)


class AddAction(CaptureCommand):
    """Made after the action item is stored (push it with :meth:`UndoRunner.pushed`);
    undo deletes it, redo adds it again."""

    def __init__(
        self,
        source: CaptureSource,
        item_id: int,
        action: ActionEntry,
        owner_member_id: int | None,
        refresh: Refresh,
    ) -> None:
        super().__init__(QCoreApplication.translate("CaptureUndo", "Record action item"))
        self.source, self.item_id, self.action = source, item_id, action
        self.owner_member_id, self.refresh = owner_member_id, refresh

    def apply(self) -> None:
        new_id = self.source.add_action(
            self.item_id,
            self.action.text,
            self.owner_member_id,
            self.action.owner,
            self.action.due_on,
        )
        self.action = replace(self.action, id=new_id)
        self.refresh(self.item_id)

    def revert(self) -> None:
        self.source.delete_action(self.action.id)
        self.refresh(self.item_id)
