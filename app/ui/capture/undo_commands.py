"""Undoable capture operations. Each redo/undo is itself one committed transaction, so an
undo survives a crash exactly like the change it undid. They reach the data only through
the console's ``CaptureSource``, so undo works the same in a meeting and in a visit.

Each step names the remark (or item, or action item) as this console last saw or wrote
it. Should someone else have changed it since, the service writes nothing and raises
``EditConflict``: the step then leaves the stack (it did not happen) and hands the
conflict to the console, with what "save mine over theirs" would do.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from app.services.capture.rows import RemarkEntry, RemarkInput
from app.services.capture.sources import CaptureSource
from app.services.meetings.rows import ActionEntry, AgendaEntry
from app.services.problems import EditConflict

# Given the record as someone else saved it: the step that does mine over it (pushed),
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


class _Step(QUndoCommand):
    def __init__(self, text: str, source: CaptureSource, host: Host) -> None:
        super().__init__(text)
        self.source, self.host = source, host

    def _checked(self, step: Callable[[], None], overwrite: Overwrite) -> None:
        try:
            step()
        except EditConflict as conflict:
            # Nothing was written: the stack drops this step (Qt deletes obsolete ones).
            self.setObsolete(True)
            self.host.settle_conflict(conflict, overwrite)


def _nothing(_theirs: Any) -> None:
    """A remark restored elsewhere is there already: nothing to do over it."""
    return None


class AddRemark(_Step):
    """Pushed after the remark is committed: the first redo does nothing."""

    def __init__(self, source: CaptureSource, entry: RemarkEntry, host: Host) -> None:
        super().__init__(QCoreApplication.translate("CaptureUndo", "Record remark"), source, host)
        self.entry = entry
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._checked(self._restore, _nothing)

    def _restore(self) -> None:
        self.entry = self.source.restore_remark(self.entry)
        self.host.refresh(self.entry.agenda_item_id)

    def undo(self) -> None:
        source, host = self.source, self.host
        self._checked(self._delete, lambda theirs: DeleteRemark(source, theirs, host))

    def _delete(self) -> None:
        self.entry = self.source.delete_remark(self.entry)
        self.host.refresh(self.entry.agenda_item_id)


class DeleteRemark(_Step):
    def __init__(self, source: CaptureSource, entry: RemarkEntry, host: Host) -> None:
        super().__init__(QCoreApplication.translate("CaptureUndo", "Delete remark"), source, host)
        self.entry = entry

    def redo(self) -> None:
        source, host = self.source, self.host
        self._checked(self._delete, lambda theirs: DeleteRemark(source, theirs, host))

    def _delete(self) -> None:
        self.entry = self.source.delete_remark(self.entry)
        self.host.refresh(self.entry.agenda_item_id)

    def undo(self) -> None:
        self._checked(self._restore, _nothing)

    def _restore(self) -> None:
        self.entry = self.source.restore_remark(self.entry)
        self.host.refresh(self.entry.agenda_item_id)


class EditRemark(_Step):
    def __init__(
        self, source: CaptureSource, before: RemarkEntry, after: RemarkInput, host: Host
    ) -> None:
        super().__init__(QCoreApplication.translate("CaptureUndo", "Edit remark"), source, host)
        self.before, self.after = before, after
        self.shown = before  # the remark as this console last saw or wrote it

    def redo(self) -> None:
        self._write(self.after)

    def undo(self) -> None:
        self._write(self.before.as_input())

    def _write(self, remark: RemarkInput) -> None:
        source, host = self.source, self.host

        def write() -> None:
            self.shown = self.source.update_remark(self.shown, remark)
            self.host.refresh(self.shown.agenda_item_id)

        self._checked(write, lambda theirs: EditRemark(source, theirs, remark, host))


class MoveRemark(_Step):
    def __init__(self, source: CaptureSource, entry: RemarkEntry, to: int, host: Host) -> None:
        super().__init__(QCoreApplication.translate("CaptureUndo", "Move remark"), source, host)
        self.entry, self.to, self.came_from = entry, to, entry.position

    def redo(self) -> None:
        self._move(self.to)

    def undo(self) -> None:
        self._move(self.came_from)

    def _move(self, position: int) -> None:
        source, host = self.source, self.host

        def move() -> None:
            self.entry = self.source.move_remark(self.entry, position)
            self.host.refresh(self.entry.agenda_item_id)

        self._checked(move, lambda theirs: MoveRemark(source, theirs, position, host))


class SetResolution(_Step):
    """A decision (→): the item's resolution text before and after."""

    def __init__(self, source: CaptureSource, item: AgendaEntry, after: str, host: Host) -> None:
        super().__init__(QCoreApplication.translate("CaptureUndo", "Record decision"), source, host)
        self.item, self.before, self.after = item, item.resolution, after

    def redo(self) -> None:
        self._write(self.after)

    def undo(self) -> None:
        self._write(self.before)

    def _write(self, resolution: str) -> None:
        source, host = self.source, self.host

        def write() -> None:
            self.item = self.source.set_resolution(self.item, resolution)
            self.host.refresh(self.item.id)

        self._checked(write, lambda theirs: SetResolution(source, theirs, resolution, host))


class AddAction(_Step):
    """Pushed after the action item is stored; undo deletes it, redo adds it again."""

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
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self.action = self.source.add_action(
            self.item_id,
            self.action.text,
            self.owner_member_id,
            self.action.owner,
            self.action.due_on,
        )
        self.host.refresh(self.item_id)

    def undo(self) -> None:
        source, host, item_id = self.source, self.host, self.item_id

        def delete() -> None:
            self.source.delete_action(self.action)
            self.host.refresh(self.item_id)

        def delete_theirs(theirs: ActionEntry) -> None:
            source.delete_action(theirs)  # as the conflict dialog showed it
            host.refresh(item_id)

        self._checked(delete, delete_theirs)
