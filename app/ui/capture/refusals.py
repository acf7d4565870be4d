"""Why Enter, Ctrl+D or Ctrl+T in the capture console cannot do what was asked, in words
the clerk acts on (the box is empty, there is no agenda item, the minutes are approved,
the database is read-only …). Nothing the console refuses is refused silently."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication

from app.ui.capture.capture_input import CaptureInput
from app.ui.read_only import status_text


class Request(Enum):
    REMARK = "remark"  # Enter
    DECISION = "decision"  # Ctrl+D
    ACTION = "action"  # Ctrl+T


def why_not(state: CaptureInput, request: Request) -> str | None:
    """What stops ``request`` now (None: nothing). The first reason the clerk can act on:
    a correction open, then the input closed, then no text."""
    if request is not Request.REMARK and state.editing is not None:
        return QCoreApplication.translate(
            "CaptureConsole",
            "You are correcting a recorded remark: press Enter to save it or Esc to cancel first.",
        )
    closed = why_closed(state)
    if closed is not None:
        return closed
    if request is Request.DECISION and not state.source.supports_decisions:
        # a visit: follow-ups, no decisions
        return QCoreApplication.translate("CaptureConsole", "Use Ctrl+T for a follow-up action.")
    if request is Request.ACTION or state.text.strip():
        return None  # Ctrl+T with an empty box: the text is typed in its dialog
    if request is Request.DECISION:
        return QCoreApplication.translate(
            "CaptureConsole", "The text is empty: type the decision, then press Ctrl+D."
        )
    return QCoreApplication.translate("CaptureConsole", "The text is empty.")


def why_closed(state: CaptureInput) -> str | None:
    """Why nothing can be recorded now (None: it can)."""
    if state.input_enabled:
        return None
    if state.source.read_only:
        return status_text()
    if state.current_item is None:
        return QCoreApplication.translate(
            "CaptureConsole", "There is no agenda item: add one in the Agenda tab first."
        )
    return QCoreApplication.translate("CaptureConsole", "Approved: the minutes are locked.")
