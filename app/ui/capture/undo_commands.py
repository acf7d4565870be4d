"""Undoable capture operations. Each redo/undo is itself one committed transaction, so an
undo survives a crash exactly like the change it undid. They reach the data only through
the console's ``CaptureSource``, so undo works the same in a meeting and in a visit."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from app.services.capture.rows import RemarkEntry, RemarkInput
from app.services.capture.sources import CaptureSource
from app.services.meetings.rows import ActionEntry

Refresh = Callable[[int], None]  # show this agenda item again


class AddRemark(QUndoCommand):
    """Pushed after the remark is committed: the first redo does nothing."""

    def __init__(self, source: CaptureSource, entry: RemarkEntry, refresh: Refresh) -> None:
        super().__init__(QCoreApplication.translate("CaptureUndo", "Record remark"))
        self.source, self.entry, self.refresh = source, entry, refresh
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self.entry = self.source.restore_remark(self.entry)
        self.refresh(self.entry.agenda_item_id)

    def undo(self) -> None:
        self.entry = self.source.delete_remark(self.entry.uuid)
        self.refresh(self.entry.agenda_item_id)


class DeleteRemark(QUndoCommand):
    def __init__(self, source: CaptureSource, entry: RemarkEntry, refresh: Refresh) -> None:
        super().__init__(QCoreApplication.translate("CaptureUndo", "Delete remark"))
        self.source, self.entry, self.refresh = source, entry, refresh

    def redo(self) -> None:
        self.entry = self.source.delete_remark(self.entry.uuid)
        self.refresh(self.entry.agenda_item_id)

    def undo(self) -> None:
        self.entry = self.source.restore_remark(self.entry)
        self.refresh(self.entry.agenda_item_id)


class EditRemark(QUndoCommand):
    def __init__(
        self, source: CaptureSource, before: RemarkEntry, after: RemarkInput, refresh: Refresh
    ) -> None:
        super().__init__(QCoreApplication.translate("CaptureUndo", "Edit remark"))
        self.source, self.before, self.after, self.refresh = source, before, after, refresh

    def redo(self) -> None:
        self.source.update_remark(self.before.uuid, self.after)
        self.refresh(self.before.agenda_item_id)

    def undo(self) -> None:
        self.source.update_remark(self.before.uuid, self.before.as_input())
        self.refresh(self.before.agenda_item_id)


class MoveRemark(QUndoCommand):
    def __init__(
        self, source: CaptureSource, entry: RemarkEntry, to: int, refresh: Refresh
    ) -> None:
        super().__init__(QCoreApplication.translate("CaptureUndo", "Move remark"))
        self.source, self.entry, self.to, self.refresh = source, entry, to, refresh

    def redo(self) -> None:
        self.source.move_remark(self.entry.uuid, self.to)
        self.refresh(self.entry.agenda_item_id)

    def undo(self) -> None:
        self.source.move_remark(self.entry.uuid, self.entry.position)
        self.refresh(self.entry.agenda_item_id)


class SetResolution(QUndoCommand):
    """A decision (→): the item's resolution text before and after."""

    def __init__(
        self, source: CaptureSource, item_id: int, before: str, after: str, refresh: Refresh
    ) -> None:
        super().__init__(QCoreApplication.translate("CaptureUndo", "Record decision"))
        self.source, self.item_id, self.before, self.after = source, item_id, before, after
        self.refresh = refresh

    def redo(self) -> None:
        self.source.set_resolution(self.item_id, self.after)
        self.refresh(self.item_id)

    def undo(self) -> None:
        self.source.set_resolution(self.item_id, self.before)
        self.refresh(self.item_id)


class AddAction(QUndoCommand):
    """Pushed after the action item is stored; undo deletes it, redo adds it again."""

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
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        new_id = self.source.add_action(
            self.item_id,
            self.action.text,
            self.owner_member_id,
            self.action.owner,
            self.action.due_on,
        )
        self.action = replace(self.action, id=new_id)
        self.refresh(self.item_id)

    def undo(self) -> None:
        self.source.delete_action(self.action.id)
        self.refresh(self.item_id)
