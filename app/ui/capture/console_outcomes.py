"""Decisions (→) and action items (宿題) recorded from the capture console."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog

from app.services.meetings.rows import ActionEntry
from app.ui.capture import undo_commands as undo
from app.ui.capture.action_dialog import ActionDialog

if TYPE_CHECKING:
    from app.ui.capture.capture_console import CaptureConsole


def record_decision(console: CaptureConsole) -> None:
    """Ctrl+D: the text typed becomes a decision (→) of the current item."""
    item = console.current_item
    text = console.editor.toPlainText().strip()
    if item is None or not text or console.editing is not None:
        return
    if not console.source.supports_decisions:  # a visit records follow-ups, not decisions
        console.messageRequested.emit(
            QCoreApplication.translate("CaptureConsole", "Use Ctrl+T for a follow-up action.")
        )
        return
    after = "\n".join([line for line in item.resolution.splitlines() if line.strip()] + [text])
    console.undo_stack.push(
        undo.SetResolution(console.db, item.id, item.resolution, after, console.refresh)
    )
    console.source.discard_draft()
    console.draft_stored = False
    console.finish_input()
    console.messageRequested.emit(
        QCoreApplication.translate("CaptureConsole", "Decision recorded.")
    )


def record_action(console: CaptureConsole) -> None:
    """Ctrl+T: an action item (宿題) with owner and due date, from the text typed."""
    item = console.current_item
    if item is None or console.locked_cached():
        return
    dialog = ActionDialog(
        console.editor.toPlainText().strip(),
        console.speaker.current(),
        console.speaker.speakers,
        console,
    )
    if dialog.exec() != QDialog.DialogCode.Accepted:
        console.editor.setFocus()
        return
    owner = dialog.owner.current()
    assert owner is not None
    due = dialog.due_on()
    action_id = console.source.add_action(
        item.id, dialog.text.text(), owner.member_id, owner.non_member_name, due
    )
    entry = ActionEntry(action_id, dialog.text.text().strip(), owner.name, due)
    console.undo_stack.push(
        undo.AddAction(console.source, item.id, entry, owner.member_id, console.refresh)
    )
    console.show_item()
    console.source.discard_draft()
    console.draft_stored = False
    console.finish_input()
    console.messageRequested.emit(
        QCoreApplication.translate("CaptureConsole", "Action item recorded.")
    )
