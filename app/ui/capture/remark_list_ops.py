"""The list of recorded remarks under the current item: edit, move and delete by keyboard
(F6 to reach it; Enter edits, Delete deletes, Alt+↑/↓ moves), all undoable."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent

from app.services.capture.rows import RemarkEntry
from app.ui.capture import undo_commands as undo
from app.ui.capture.speaker_picker import Pick

if TYPE_CHECKING:
    from app.ui.capture.capture_console import CaptureConsole


def remark_list_key(console: CaptureConsole, event: QKeyEvent) -> bool:
    alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
    if event.key() == Qt.Key.Key_Delete:
        delete_selected(console)
        return True
    if alt and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
        move_selected(console, -1 if event.key() == Qt.Key.Key_Up else 1)
        return True
    if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
        edit_selected(console)
        return True
    return False


def selected(console: CaptureConsole) -> RemarkEntry | None:
    row = console.remark_list.currentRow()
    return console.remarks[row] if 0 <= row < len(console.remarks) else None


def delete_selected(console: CaptureConsole) -> None:
    entry = selected(console)
    if entry is not None and not console.locked_cached():
        row = console.remark_list.currentRow()
        console.undo_stack.push(undo.DeleteRemark(console.db, entry, console.refresh))
        console.remark_list.setCurrentRow(min(row, console.remark_list.count() - 1))
        console.messageRequested.emit(
            QCoreApplication.translate("CaptureConsole", "Remark deleted (Ctrl+Z brings it back).")
        )


def move_selected(console: CaptureConsole, step: int) -> None:
    entry = selected(console)
    if entry is None or console.locked_cached():
        return
    target = entry.position + step
    if 0 <= target < len(console.remarks):
        console.undo_stack.push(undo.MoveRemark(console.db, entry, target, console.refresh))
        console.remark_list.setCurrentRow(target)


def edit_selected(console: CaptureConsole) -> None:
    """Load a recorded remark into the text box; Enter saves it, Esc cancels."""
    entry = selected(console)
    if entry is None or console.locked_cached():
        return
    console.save_draft_now()
    console.editing = entry
    speaker = next(
        (s for s in console.speaker.speakers if s.member_id == entry.speaker_member_id), None
    )
    pick = Pick(speaker) if entry.is_member and speaker else Pick(None, entry.speaker_name)
    console.speaker.show_pick(pick)
    console.kind.blockSignals(True)
    console.kind.setCurrentIndex(max(console.kind.findData(entry.kind), 0))
    console.kind.blockSignals(False)
    console._restoring = True
    console.editor.setPlainText(entry.text)
    console._restoring = False
    console.set_mode(
        QCoreApplication.translate(
            "CaptureConsole", "Editing a recorded remark: Enter saves, Esc cancels."
        )
    )
    console.editor.setFocus()


def cancel_edit(console: CaptureConsole) -> None:
    if console.editing is None:
        return
    console.editing = None
    console.set_mode("")
    console.finish_input()
    draft = console.source.load_draft()
    if draft is not None:
        console.restore(draft)
