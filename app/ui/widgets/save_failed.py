"""The one way the GUI says that a write failed (:class:`NotSaved`): what was not saved,
why, and what to do, in a message box over the window that asked for it.

A form keeps its window open with what was typed (``show_not_saved``); an action (a
delete, a status change, a move) changed nothing and can be done again
(``show_not_done``). Both also go to the log, with the driver's own words. Catch
``NotSaved`` (and ``OSError`` where a file is written) around the call, nothing wider:
anything else is a bug, for the error report.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.services.problems import NotSaved
from app.texts.failures import not_done_text, not_saved_text
from app.ui import error_reporting


def show_not_saved(parent: QWidget | None, what: str, error: NotSaved | OSError) -> None:
    """``what`` (in the UI language: 「委員の情報」, "the member") was not saved; the window
    that shows it stays open with the input, so the user can save again once the cause is
    fixed. An ``OSError`` is a file the system would not write (an attachment)."""
    error_reporting.log_handled(error, f"not saved: {what}")
    QMessageBox.critical(
        parent,
        QCoreApplication.translate("SaveFailed", "Not saved"),
        not_saved_text(what, error),
    )


def show_not_done(parent: QWidget | None, what: str, error: NotSaved | OSError) -> None:
    """``what`` (in the UI language: 「委員の削除」) could not be done; nothing changed."""
    error_reporting.log_handled(error, f"not done: {what}")
    QMessageBox.critical(
        parent,
        QCoreApplication.translate("SaveFailed", "Not done"),
        not_done_text(what, error),
    )
