"""Words typed that were not saved over someone else's change go back to the console's
input (app/ui/capture/conflicts.py decides when): a correction, to save over the remark
as it is now (Enter) or drop (Esc), or as a new remark if it was deleted; a decision, to
record again (Ctrl+D). Either way they are kept as the draft too, so a crash keeps them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.capture.rows import RemarkEntry
from app.ui.capture.capture_input import CaptureInput
from app.ui.capture.capture_state import Typing


def give_back_correction(console: CaptureInput, typed: Typing, theirs: RemarkEntry | None) -> None:
    """A correction not saved over someone else's change: back in the input, against
    ``theirs`` (the remark as saved now); a new remark if it is gone."""
    if not console.input_enabled:
        return  # locked meanwhile: the dialog showed the words, nothing can be saved
    if theirs is None:
        console.editing = None
        console._put_input(typed, console.draftRestored)
        console.save_draft_now()
        console.set_mode(
            QCoreApplication.translate(
                "CaptureConsole",
                "Someone else deleted that remark: your words are back in the input "
                "(Enter records them as a new remark).",
            )
        )
    else:
        console.editing = theirs
        console._put_input(typed, console.editStarted)
        console.remarkSelectionRequested.emit(theirs.position)
        console.set_mode(
            QCoreApplication.translate(
                "CaptureConsole",
                "Your correction was not saved and is still here: Enter saves it over "
                "the other version, Esc drops it.",
            )
        )
    console.editorFocusRequested.emit()


def give_back_decision(console: CaptureInput, typed: Typing) -> None:
    """A decision not saved over someone else's: back in the input (Ctrl+D again)."""
    if not console.input_enabled or console.editing is not None:
        return
    console._put_input(typed, console.draftRestored)
    console.save_draft_now()
    console.messageRequested.emit(
        QCoreApplication.translate(
            "CaptureConsole",
            "Your decision was not recorded: it is back in the input (Ctrl+D records it).",
        )
    )
    console.editorFocusRequested.emit()
