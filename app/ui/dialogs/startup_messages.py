"""What the user is told when the database cannot be opened: on the terminal and in a dialog."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from app.services.workspace import DatabaseDamaged, DatabaseInUse
from app.texts.failures import check_problems_text, failure_text
from app.ui import error_reporting


def in_use_message(error: DatabaseInUse) -> str:
    owner = error.owner
    if owner is None:
        who = QCoreApplication.translate("startup", "another program")
    else:
        who = (
            QCoreApplication.translate("startup", "process %1 on %2, started %3")
            .replace("%1", str(owner.pid))
            .replace("%2", owner.hostname)
            .replace("%3", owner.started.replace("T", " "))
        )
    return (
        QCoreApplication.translate(
            "startup",
            "This database is already open in Jimukyoku Desk (%1).\n"
            "Switch to that window, or close it and try again.\nLock file: %2",
        )
        .replace("%1", who)
        .replace("%2", str(error.lock_path))
    )


def damaged_message(error: DatabaseDamaged) -> str:
    text = (
        QCoreApplication.translate(
            "startup",
            "The database file is damaged and was not opened, so nothing more can be lost.\n"
            "File: %1\nProblem: %2",
        )
        .replace("%1", str(error.path))
        .replace("%2", check_problems_text(error.problems))
    )
    if error.newest_backup is None:
        return text + "\n" + QCoreApplication.translate("startup", "No good backup was found.")
    return (
        text
        + "\n"
        + QCoreApplication.translate("startup", "Newest good backup: %1 (%2)")
        .replace("%1", str(error.newest_backup.path))
        .replace("%2", f"{error.newest_backup.created:%Y/%m/%d %H:%M}")
    )


def report_in_use(error: DatabaseInUse, *, interactive: bool) -> None:
    message = in_use_message(error)
    print(message, file=sys.stderr)
    if interactive:
        QMessageBox.warning(None, QCoreApplication.translate("startup", "Database in use"), message)


def offer_restore(error: DatabaseDamaged, *, interactive: bool) -> bool:
    """Tell the user about the damage; True when they chose to restore the newest backup."""
    message = damaged_message(error)
    # the check's own (English) words: for the log and the terminal, not the dialog
    error_reporting.log_handled(error, "database not opened: " + "; ".join(error.problems))
    print(message, file=sys.stderr)
    if not interactive:
        return False
    title = QCoreApplication.translate("startup", "Database damaged")
    if error.newest_backup is None:
        QMessageBox.critical(None, title, message)
        return False
    question = (
        message
        + "\n\n"
        + QCoreApplication.translate(
            "startup", "Restore the newest good backup now? The damaged file is kept beside it."
        )
    )
    answer = QMessageBox.question(None, title, question)
    return answer == QMessageBox.StandardButton.Yes


def report_failure(title: str, error: BaseException, *, interactive: bool) -> None:
    """Say why the database could not be opened; the technical words go to the log and
    the terminal, never into the (Japanese) dialog."""
    error_reporting.log_handled(error, title)
    print(f"{title}: {failure_text(error)} ({type(error).__name__}: {error})", file=sys.stderr)
    if interactive:
        QMessageBox.critical(None, title, failure_text(error))
