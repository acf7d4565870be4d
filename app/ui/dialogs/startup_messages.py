"""What the user is told when the database cannot be opened as it is, and what they may
choose: on the terminal always, and in a dialog when someone is there to answer.

The sentence for each refusal comes from ``app.texts.database``; this file adds the
question and the buttons. Every question goes through :meth:`StartupQuestion.run`.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from enum import StrEnum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.services.workspace import (
    USABLE_ANYWAY,
    DatabaseDamaged,
    DatabaseInUse,
    DatabaseRefused,
    Refusal,
)
from app.texts.database import details_text, refused_text
from app.texts.failures import failure_text
from app.ui import error_reporting


class Choice(StrEnum):
    SWITCH = "switch"  # bring the window that has the database to the front
    READ_ONLY = "read_only"
    RESTORE = "restore"  # the newest good backup
    USE_ANYWAY = "use_anyway"
    START_NEW = "start_new"  # a new database in place of an empty file
    CREATE = "create"  # a new database where there is none
    QUIT = "quit"


def _label(choice: Choice) -> str:
    labels = {
        Choice.SWITCH: QCoreApplication.translate("startup", "Switch to the Open Window"),
        Choice.READ_ONLY: QCoreApplication.translate("startup", "Open Read-Only"),
        Choice.RESTORE: QCoreApplication.translate("startup", "Restore the Backup"),
        Choice.USE_ANYWAY: QCoreApplication.translate("startup", "Use It Anyway"),
        Choice.START_NEW: QCoreApplication.translate("startup", "Start a New Database"),
        Choice.CREATE: QCoreApplication.translate("startup", "Create"),
        Choice.QUIT: QCoreApplication.translate("startup", "Quit"),
    }
    return labels[choice]


class StartupQuestion(QMessageBox):
    """A message with one button per choice; closing it is :attr:`Choice.QUIT`."""

    @classmethod
    def run(
        cls,
        parent: QWidget | None,
        title: str,
        text: str,
        choices: Sequence[Choice],
        *,
        details: str = "",
    ) -> Choice | None:
        """Show ``text`` and return the choice made (``None``: closed without one)."""
        box = cls(parent)
        box.setIcon(QMessageBox.Icon.Question if len(choices) > 1 else QMessageBox.Icon.Critical)
        box.setWindowTitle(title)
        box.setText(text)
        if details:
            box.setDetailedText(details)
        buttons: dict[object, Choice] = {}
        for choice in choices:
            role = (
                QMessageBox.ButtonRole.RejectRole
                if choice is Choice.QUIT
                else QMessageBox.ButtonRole.AcceptRole
            )
            buttons[box.addButton(_label(choice), role)] = choice
        box.exec()
        return buttons.get(box.clickedButton())


def _ask(
    title: str, text: str, choices: Sequence[Choice], *, interactive: bool, details: str = ""
) -> Choice:
    """Say it on the terminal; ask in a dialog when there is someone to answer."""
    print(text if not details else f"{text}\n{details}", file=sys.stderr)
    if not interactive:
        return Choice.QUIT
    return StartupQuestion.run(None, title, text, choices, details=details) or Choice.QUIT


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
            "Switch to that window, or open the database read-only here: you can look at "
            "everything, but change nothing.\nLock file: %2",
        )
        .replace("%1", who)
        .replace("%2", str(error.lock_path))
    )


def ask_in_use(error: DatabaseInUse, *, interactive: bool) -> Choice:
    """A second start on the same database: switch to the first, or open read-only."""
    title = QCoreApplication.translate("startup", "Database in use")
    choices = (Choice.SWITCH, Choice.READ_ONLY, Choice.QUIT)
    return _ask(title, in_use_message(error), choices, interactive=interactive)


def report_not_reached(*, interactive: bool) -> None:
    """The window that holds the database did not answer (a command, another computer)."""
    title = QCoreApplication.translate("startup", "Database in use")
    text = QCoreApplication.translate(
        "startup",
        "The window that has this database open did not answer: it may be a command "
        "still running, or the app on another computer. Wait until it is finished, "
        "or open the database read-only.",
    )
    _ask(title, text, (Choice.QUIT,), interactive=interactive)


def damaged_message(error: DatabaseDamaged) -> str:
    text = (
        refused_text(error)
        + "\n"
        + QCoreApplication.translate(
            "startup", "The file was not opened, so nothing more can be lost."
        )
    )
    backup = error.newest_backup
    if backup is None:
        return text + "\n" + QCoreApplication.translate("startup", "No good backup was found.")
    return (
        text
        + "\n"
        + QCoreApplication.translate("startup", "Newest good backup: %1 (%2)")
        .replace("%1", str(backup.path))
        .replace("%2", f"{backup.created:%Y/%m/%d %H:%M}")
    )


def ask_damaged(error: DatabaseDamaged, *, interactive: bool) -> Choice:
    """Restore the newest good backup, use the file anyway (only when SQLite can read it
    and the user says so), start anew in an empty file, or quit."""
    choices: list[Choice] = []
    questions: list[str] = []
    if error.newest_backup is not None:
        choices.append(Choice.RESTORE)
        questions.append(
            QCoreApplication.translate(
                "startup",
                "Restore the newest good backup? The current file is kept beside it.",
            )
        )
    if error.reason in USABLE_ANYWAY:
        choices.append(Choice.USE_ANYWAY)
        questions.append(
            QCoreApplication.translate(
                "startup",
                "Use the file as it is only if you know why it changed (for example, you "
                "copied it back yourself).",
            )
        )
    if error.reason is Refusal.EMPTY and error.newest_backup is None:
        choices.append(Choice.START_NEW)
        questions.append(
            QCoreApplication.translate("startup", "Start a new, empty database in this file?")
        )
    choices.append(Choice.QUIT)
    # SQLite's own (English) words: for the log and the terminal, worded in the dialog
    error_reporting.log_handled(error, "database not opened: " + "; ".join(error.details))
    title = QCoreApplication.translate("startup", "Database damaged")
    text = "\n\n".join([damaged_message(error), *questions])
    return _ask(title, text, choices, interactive=interactive, details=details_text(error.details))


def ask_create(error: DatabaseRefused, *, interactive: bool) -> Choice:
    """Nothing at the path given: make a new database there only if the user says so."""
    title = QCoreApplication.translate("startup", "No database")
    text = (
        refused_text(error)
        + "\n"
        + QCoreApplication.translate("startup", "Create a new, empty database there?")
    )
    return _ask(title, text, (Choice.CREATE, Choice.QUIT), interactive=interactive)


def ask_read_only(error: DatabaseRefused, *, interactive: bool) -> Choice:
    """A file that cannot be written: open it read-only, or not at all."""
    title = QCoreApplication.translate("startup", "Read-only database")
    text = (
        refused_text(error)
        + "\n"
        + QCoreApplication.translate(
            "startup",
            "Open it read-only? You can look at everything and make documents, but change nothing.",
        )
    )
    return _ask(title, text, (Choice.READ_ONLY, Choice.QUIT), interactive=interactive)


def report_refused(error: DatabaseRefused, *, interactive: bool) -> None:
    """A refusal with nothing to choose: another program's file, a newer one, a folder …"""
    title = QCoreApplication.translate("startup", "The database could not be opened")
    details = details_text(error.details)
    _ask(title, refused_text(error), (Choice.QUIT,), interactive=interactive, details=details)


def report_failure(title: str, error: BaseException, *, interactive: bool) -> None:
    """Something else failed (a migration, a backup): say so in the UI language; the
    technical words go to the log and the terminal; never a traceback."""
    error_reporting.log_handled(error, title)
    print(f"{title}: {failure_text(error)} ({type(error).__name__}: {error})", file=sys.stderr)
    if interactive:
        StartupQuestion.run(None, title, failure_text(error), (Choice.QUIT,))
