"""What the console could not save, and trying again until it can: the 未保存 mark.

Two things can fail while a secretary types: a request on the text in the box (Enter
records it, Ctrl+D makes it a decision, Ctrl+T an action item, Enter saves a correction)
and the draft kept of it. While either has failed, the text stays in the box, the mark
says so beside it in red, and every few seconds :attr:`UnsavedMark.retryDue` asks the
controller to try again; the mark goes when the write goes through, never before.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from app.services.problems import NotSaved
from app.texts.failures import save_advice_text, save_cause_text
from app.ui import error_reporting

RETRY_MS = 3000  # often enough to record soon after the cause is gone, rarely enough to be idle


@dataclass(frozen=True, slots=True)
class Held:
    """The input row when a request failed: the retry goes ahead only while it is unchanged
    (the user may be correcting it, and would not want half of it recorded)."""

    text: str
    speaker: str
    kind: str
    item_id: int | None
    editing: str | None  # the uuid of the remark being corrected


@dataclass(frozen=True, slots=True)
class Pending:
    """A request on the text in the box that failed, and how to make it again."""

    retry: Callable[[], None]
    held: Held
    what: str  # 「この発言はまだ記録されていません。」, in the UI language
    error: NotSaved


class UnsavedMark(QObject):
    changed = Signal(str)  # the words beside the text box; "" once everything is saved
    retryDue = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pending: Pending | None = None
        self.draft_error: NotSaved | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(RETRY_MS)
        self._timer.timeout.connect(self.retryDue)

    @property
    def clean(self) -> bool:
        """Nothing typed is waiting to be saved."""
        return self.pending is None and self.draft_error is None

    def request_failed(
        self, retry: Callable[[], None], held: Held, what: str, error: NotSaved
    ) -> None:
        """Enter, Ctrl+D or Ctrl+T could not write: keep trying ``retry``."""
        if self.pending is None or self.pending.error.reason != error.reason:
            error_reporting.log_handled(error, "capture: not recorded")
        self.pending = Pending(retry, held, what, error)
        self._show()

    def request_done(self) -> None:
        """A request on the text went through (the draft went with it)."""
        self.pending = None
        self.draft_error = None
        self._show()

    def request_dropped(self) -> None:
        """The request can no longer be made (the text was emptied, the correction
        cancelled, the minutes approved): only the draft is left to save."""
        self.pending = None
        self._show()

    def draft_failed(self, error: NotSaved) -> None:
        if self.draft_error is None or self.draft_error.reason != error.reason:
            error_reporting.log_handled(error, "capture: draft not saved")
        self.draft_error = error
        self._show()

    def draft_saved(self) -> None:
        self.draft_error = None
        self._show()

    def text(self) -> str:
        """The words beside the text box: what is not saved, why, what to do."""
        error = self.pending.error if self.pending is not None else self.draft_error
        if error is None:
            return ""
        if self.pending is not None:
            what = self.pending.what
        else:
            what = QCoreApplication.translate(
                "CaptureConsole", "What you are typing could not be kept as a draft."
            )
        retrying = QCoreApplication.translate(
            "CaptureConsole",
            "It is tried again every few seconds. Keep this window open: the text stays "
            "here until it is saved.",
        )
        # one line each: what, why, what to do, and that it is being retried
        return "\n".join(
            (what, save_cause_text(error.reason), save_advice_text(error.reason), retrying)
        )

    def _show(self) -> None:
        if self.clean:
            self._timer.stop()
        elif not self._timer.isActive():
            self._timer.start()
        self.changed.emit(self.text())
