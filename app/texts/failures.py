"""Sentences for what failed: a write the database did not take (:class:`NotSaved`), a
backup or restore refused (:class:`BackupError`), a file the system would not write.

Each says why in the UI language and what to do; the technical words (the driver's
message, the integrity check's lines) stay in the log, never inside a Japanese sentence.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.services.failures import not_saved, problem_in_message, save_problem_of
from app.services.problems import NotSaved, SaveProblem
from app.services.workspace import BackupError, BackupProblem, NotSupportedHere
from app.texts.i18n import translate


def save_cause_text(reason: SaveProblem) -> str:
    """Why it was not saved, as one sentence: 「ディスクがいっぱいです。」"""
    texts = {
        SaveProblem.DISK_FULL: translate("failures", "The disk is full."),
        SaveProblem.READ_ONLY: translate(
            "failures",
            "The database file cannot be written to (it is read-only, or on a drive that "
            "cannot be written to).",
        ),
        SaveProblem.DATABASE_LOCKED: translate(
            "failures", "Another program is keeping the database busy."
        ),
        SaveProblem.CONNECTION_LOST: translate(
            "failures", "The connection to the database server was lost."
        ),
        SaveProblem.DISK_ERROR: translate(
            "failures",
            "The drive could not be read or written (it may have been removed, or be failing).",
        ),
        SaveProblem.DAMAGED: translate("failures", "The database file is damaged."),
        SaveProblem.OTHER: translate("failures", "The database refused to save it."),
    }
    return texts[reason]


def save_advice_text(reason: SaveProblem) -> str:
    """What the user can do about it, as one or two sentences."""
    texts = {
        SaveProblem.DISK_FULL: translate(
            "failures", "Make room on the disk (delete or move files you do not need)."
        ),
        SaveProblem.READ_ONLY: translate(
            "failures",
            "Check that the database file and its folder can be written to (not read-only, "
            "not on a write-protected drive).",
        ),
        SaveProblem.DATABASE_LOCKED: translate(
            "failures",
            "Wait a moment; close any other program that has the database file open.",
        ),
        SaveProblem.CONNECTION_LOST: translate(
            "failures", "Check the network and that the database server is running."
        ),
        SaveProblem.DISK_ERROR: translate(
            "failures",
            "Check that the drive is connected. If this goes on, write down what you "
            "entered and restart the app.",
        ),
        SaveProblem.DAMAGED: translate(
            "failures",
            "Write down what you entered and restart the app: it checks the file and "
            "offers to restore the newest good backup.",
        ),
        SaveProblem.OTHER: translate(
            "failures",
            "Try again. If it keeps failing, restart the app; the log has the details.",
        ),
    }
    return texts[reason]


def _file_cause_text(reason: SaveProblem) -> str:
    """The cause for a file (a backup, a document, an attachment), not the database."""
    if reason is SaveProblem.READ_ONLY:
        return translate(
            "failures", "The file or its folder cannot be written to (read-only, or no permission)."
        )
    if reason is SaveProblem.OTHER:
        return translate("failures", "The file could not be written.")
    return save_cause_text(reason)


def _file_advice_text(reason: SaveProblem) -> str:
    if reason is SaveProblem.READ_ONLY:
        return translate("failures", "Choose another folder, or ask for write permission.")
    return save_advice_text(reason)


def _cause_and_advice(error: BaseException) -> tuple[str, str]:
    """Why and what to do: a :class:`NotSaved` of the database, or a file's ``OSError``."""
    if isinstance(error, NotSaved):
        return save_cause_text(error.reason), save_advice_text(error.reason)
    problem = save_problem_of(error) or SaveProblem.OTHER
    return _file_cause_text(problem), _file_advice_text(problem)


def not_saved_text(what: str, error: BaseException) -> str:
    """The message of a form whose save failed: what was not saved, why, what to do,
    and that the input is still there. ``what`` is already in the UI language (「委員の情報」,
    "the member")."""
    cause, advice = _cause_and_advice(error)
    return (
        translate(
            "failures",
            "Not saved: %1.\nCause: %2\nWhat to do: %3\n\n"
            "What you entered is still in the window: save again once the cause is fixed.",
        )
        .replace("%1", what)
        .replace("%2", cause)
        .replace("%3", advice)
    )


def not_done_text(what: str, error: BaseException) -> str:
    """The message of an action that failed (a delete, a move …): nothing was changed."""
    cause, advice = _cause_and_advice(error)
    return (
        translate(
            "failures",
            "%1 could not be done: nothing was changed.\nCause: %2\nWhat to do: %3\n\n"
            "Do it again once the cause is fixed.",
        )
        .replace("%1", what)
        .replace("%2", cause)
        .replace("%3", advice)
    )


def backup_error_text(error: BackupError) -> str:
    """Why a backup or restore was refused, with the cause of a copy that failed."""
    texts = {
        BackupProblem.TARGET_EXISTS: translate(
            "failures", "A file of that name already exists; choose another name."
        ),
        BackupProblem.COPY_FAILED: translate("failures", "The copy could not be written."),
        BackupProblem.COPY_DAMAGED: translate(
            "failures", "The copy failed its check and was removed."
        ),
        BackupProblem.BACKUP_DAMAGED: translate(
            "failures", "The backup file is damaged; choose another backup."
        ),
        BackupProblem.RESTORED_DAMAGED: translate(
            "failures",
            "The restored file failed its check; restore another backup, or restart the app.",
        ),
        BackupProblem.REFUSED: translate(
            "failures", "The file chosen is not a backup this app can restore."
        ),
    }
    text = texts[error.problem]
    cause = error.__cause__
    problem = save_problem_of(cause) if cause is not None else None
    if problem is not None and problem is not SaveProblem.OTHER:
        text += "\n" + _file_cause_text(problem) + "\n" + _file_advice_text(problem)
    return text


def failure_text(error: BaseException) -> str:
    """Any failure in the UI language: the known ones worded here, a file the system
    would not write by its cause (and its path), anything else as unexpected: the caller
    logs it with its traceback, since its own words are not shown."""
    database = error if isinstance(error, NotSaved) else not_saved(error)
    if database is not None:  # the database's own error, as a write would have raised it
        return save_cause_text(database.reason) + "\n" + save_advice_text(database.reason)
    if isinstance(error, BackupError):
        return backup_error_text(error)
    if isinstance(error, NotSupportedHere):
        return translate(
            "failures",
            "A PostgreSQL database is backed up and restored with the server's own tools "
            "(pg_dump, pg_restore).",
        )
    problem = save_problem_of(error)
    if problem is not None:
        where = getattr(error, "filename", None)
        text = _file_cause_text(problem) + "\n" + _file_advice_text(problem)
        return f"{text}\n{where}" if where else text
    # A bug, or a failure nobody gave a code yet: its English words would sit inside a
    # Japanese sentence, so they go to the log (the caller logs it) and the user is told so.
    return translate(
        "failures", "Something unexpected went wrong. The details were written to the log."
    )


# The storage layer's words for a file whose content changed since its last clean close.
_CHECKSUM_WORDS = "checksum mismatch"


def check_problem_text(problem: str) -> str:
    """One problem the start-up check found (SQLite's or the checksum's English words),
    as a sentence in the UI language: the words themselves go to the log and ``check``."""
    if _CHECKSUM_WORDS in problem:
        return translate(
            "failures",
            "The file's contents changed outside the app since it was last closed "
            "(its checksum does not match).",
        )
    code = problem_in_message(problem)
    if code is SaveProblem.DAMAGED:
        return translate("failures", "SQLite reports the file as damaged or not a database.")
    if code is not None:  # the file could not be read at all: the disk, not the data
        return save_cause_text(code)
    return translate("failures", "SQLite's check found errors in the file's structure.")


def check_problems_text(problems: Sequence[str]) -> str:
    """The problems of a failed check, each worded once, in the order found."""
    return " ".join(dict.fromkeys(check_problem_text(problem) for problem in problems))
