"""Undoable capture operations. Each redo/undo is itself one committed transaction, so an
undo survives a crash exactly like the change it undid. They reach the data only through
the console's ``CaptureSource``, so undo works the same in a meeting and in a visit.

A command's writes are :meth:`CaptureCommand.apply` (do, redo) and
:meth:`CaptureCommand.revert` (undo). The console's :class:`UndoRunner` writes first and
moves the stack only when the write went through, so a write that fails (disk full, an
approved meeting) never leaves a step on the stack that was not done, or takes one off
that was not undone.

Each step names the remark (or item, or action item) as this console last saw or wrote
it. Should someone else have changed it since, the service writes nothing and raises
``EditConflict``: the step then leaves the stack (it can neither be done nor undone as
it stands) and hands the conflict to the console, with what "save mine over theirs"
would do.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack

from app.services.capture.rows import RemarkEntry, RemarkInput
from app.services.capture.sources import CaptureSource
from app.services.meetings.rows import ActionEntry, AgendaEntry
from app.services.problems import EditConflict, MeetingLocked, NotSaved

# What a capture write may be refused with; anything else is a bug, for the error report.
REFUSALS = (NotSaved, MeetingLocked, EditConflict)
Refusal = NotSaved | MeetingLocked | EditConflict
# Given the record as someone else saved it: the step that does mine over it (to push),
# or None when it was done directly or there is nothing to do.
Overwrite = Callable[[Any], QUndoCommand | None]


class Host(Protocol):
    """The console the steps belong to."""

    def refresh(self, item_id: int) -> None:
        """Show this agenda item again."""
        ...

    def settle_conflict(self, conflict: EditConflict, overwrite: Overwrite) -> None:
        """Someone else changed what a step was about to change: let the user choose."""
        ...


class CaptureCommand(QUndoCommand):
    """One undoable step. QUndoStack's own ``redo``/``undo`` do the write unless the
    runner has just done it (then they only move the stack's index)."""

    def __init__(self, text: str, source: CaptureSource, host: Host) -> None:
        super().__init__(text)
        self.source, self.host = source, host
        self._written = False

    def apply(self) -> None:
        """Do (or redo) the change: one transaction."""
        raise NotImplementedError

    def revert(self) -> None:
        """Undo the change: one transaction."""
        raise NotImplementedError

    def overwrite(self, *, undo: bool) -> Overwrite:
        """What saving mine over theirs does, should ``revert`` (undo) or ``apply`` meet
        someone else's change (built from locals: the step itself is deleted by then)."""
        raise NotImplementedError

    def conflicted(self, conflict: EditConflict, *, undo: bool) -> None:
        """Nothing was written: hand the conflict to the console."""
        self.host.settle_conflict(conflict, self.overwrite(undo=undo))

    def already_written(self) -> None:
        """The stack's next ``redo``/``undo`` moves its index only: the write is done."""
        self._written = True

    def redo(self) -> None:
        if self._written:
            self._written = False
            return
        self._checked(self.apply, undo=False)

    def undo(self) -> None:
        if self._written:
            self._written = False
            return
        self._checked(self.revert, undo=True)

    def _checked(self, write: Callable[[], None], *, undo: bool) -> None:
        """The stack moved without the runner: a conflict takes the step off it (Qt
        deletes obsolete steps), as the runner does."""
        try:
            write()
        except EditConflict as conflict:
            self.setObsolete(True)
            self.conflicted(conflict, undo=undo)


class UndoRunner:
    """The console's undo stack, moved only by writes that went through."""

    def __init__(self, stack: QUndoStack) -> None:
        self.stack = stack

    def push(self, command: CaptureCommand) -> Refusal | None:
        """Do ``command`` and put it on the stack; what refused it, if anything (then
        nothing was written and the stack is as it was; a conflict is already with the
        console to settle)."""
        try:
            command.apply()
        except REFUSALS as refusal:
            if isinstance(refusal, EditConflict):
                command.conflicted(refusal, undo=False)
            return refusal
        self.pushed(command)
        return None

    def pushed(self, command: CaptureCommand) -> None:
        """Put on the stack a ``command`` whose change is already written."""
        command.already_written()
        self.stack.push(command)

    def undo(self) -> Refusal | None:
        """Ctrl+Z: undo the last step; what refused it, if anything (the step stays done,
        or, over someone else's change, leaves the stack)."""
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
            if isinstance(refusal, EditConflict):
                # Neither done nor undone as it stands: the step leaves the stack.
                command.conflicted(refusal, undo=undo)
                command.setObsolete(True)
                self.stack.undo() if undo else self.stack.redo()
            return refusal
        command.already_written()
        self.stack.undo() if undo else self.stack.redo()
        return None


def _nothing(_theirs: Any) -> None:
    """A remark restored elsewhere is there already: nothing to do over it."""
    return None


class AddRemark(CaptureCommand):
    """Made after the remark is committed (the commit returns its entry): push it with
    :meth:`UndoRunner.pushed`."""

    def __init__(self, source: CaptureSource, entry: RemarkEntry, host: Host) -> None:
        super().__init__(QCoreApplication.translate("CaptureUndo", "Record remark"), source, host)
        self.entry = entry

    def apply(self) -> None:
        self.entry = self.source.restore_remark(self.entry)
        self.host.refresh(self.entry.agenda_item_id)

    def revert(self) -> None:
        self.entry = self.source.delete_remark(self.entry)
        self.host.refresh(self.entry.agenda_item_id)

    def overwrite(self, *, undo: bool) -> Overwrite:
        if not undo:
            return _nothing
        source, host = self.source, self.host
        return lambda theirs: DeleteRemark(source, theirs, host)


class DeleteRemark(CaptureCommand):
    def __init__(self, source: CaptureSource, entry: RemarkEntry, host: Host) -> None:
        super().__init__(QCoreApplication.translate("CaptureUndo", "Delete remark"), source, host)
        self.entry = entry

    def apply(self) -> None:
        self.entry = self.source.delete_remark(self.entry)
        self.host.refresh(self.entry.agenda_item_id)

    def revert(self) -> None:
        self.entry = self.source.restore_remark(self.entry)
        self.host.refresh(self.entry.agenda_item_id)

    def overwrite(self, *, undo: bool) -> Overwrite:
        if undo:
            return _nothing
        source, host = self.source, self.host
        return lambda theirs: DeleteRemark(source, theirs, host)


class EditRemark(CaptureCommand):
    def __init__(
        self, source: CaptureSource, before: RemarkEntry, after: RemarkInput, host: Host
    ) -> None:
        super().__init__(QCoreApplication.translate("CaptureUndo", "Edit remark"), source, host)
        self.before, self.after = before, after
        self.shown = before  # the remark as this console last saw or wrote it

    def apply(self) -> None:
        self._write(self.after)

    def revert(self) -> None:
        self._write(self.before.as_input())

    def _write(self, remark: RemarkInput) -> None:
        self.shown = self.source.update_remark(self.shown, remark)
        self.host.refresh(self.shown.agenda_item_id)

    def overwrite(self, *, undo: bool) -> Overwrite:
        source, host = self.source, self.host
        remark = self.before.as_input() if undo else self.after
        return lambda theirs: EditRemark(source, theirs, remark, host)


class MoveRemark(CaptureCommand):
    def __init__(self, source: CaptureSource, entry: RemarkEntry, to: int, host: Host) -> None:
        super().__init__(QCoreApplication.translate("CaptureUndo", "Move remark"), source, host)
        self.entry, self.to, self.came_from = entry, to, entry.position

    def apply(self) -> None:
        self._move(self.to)

    def revert(self) -> None:
        self._move(self.came_from)

    def _move(self, position: int) -> None:
        self.entry = self.source.move_remark(self.entry, position)
        self.host.refresh(self.entry.agenda_item_id)

    def overwrite(self, *, undo: bool) -> Overwrite:
        source, host = self.source, self.host
        position = self.came_from if undo else self.to
        return lambda theirs: MoveRemark(source, theirs, position, host)


class SetResolution(CaptureCommand):
    """A decision (→): the item's resolution text before and after."""

    def __init__(self, source: CaptureSource, item: AgendaEntry, after: str, host: Host) -> None:
        super().__init__(QCoreApplication.translate("CaptureUndo", "Record decision"), source, host)
        self.item, self.before, self.after = item, item.resolution, after

    def apply(self) -> None:
        self._write(self.after)

    def revert(self) -> None:
        self._write(self.before)

    def _write(self, resolution: str) -> None:
        self.item = self.source.set_resolution(self.item, resolution)
        self.host.refresh(self.item.id)

    def overwrite(self, *, undo: bool) -> Overwrite:
        source, host = self.source, self.host
        resolution = self.before if undo else self.after
        return lambda theirs: SetResolution(source, theirs, resolution, host)


class AddAction(CaptureCommand):
    """Made after the action item is stored (push it with :meth:`UndoRunner.pushed`);
    undo deletes it, redo adds it again."""

    def __init__(
        self,
        source: CaptureSource,
        item_id: int,
        action: ActionEntry,
        owner_member_id: int | None,
        host: Host,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("CaptureUndo", "Record action item"), source, host
        )
        self.item_id, self.action, self.owner_member_id = item_id, action, owner_member_id

    def apply(self) -> None:
        self.action = self.source.add_action(
            self.item_id,
            self.action.text,
            self.owner_member_id,
            self.action.owner,
            self.action.due_on,
        )
        self.host.refresh(self.item_id)

    def revert(self) -> None:
        self.source.delete_action(self.action)
        self.host.refresh(self.item_id)

    def overwrite(self, *, undo: bool) -> Overwrite:
        if not undo:
            return _nothing
        source, host, item_id = self.source, self.host, self.item_id

        def delete_theirs(theirs: ActionEntry) -> None:
            source.delete_action(theirs)  # as the conflict dialog showed it
            host.refresh(item_id)

        return delete_theirs
