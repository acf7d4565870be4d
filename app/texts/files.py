"""Sentences for a file (or backup) that could not be written, CLI and GUI alike.

The services raise ``FileNotWritten`` (an ``OSError``) or ``BackupError`` with a
:class:`WriteProblem` code; these say, in the UI language, what was not saved, why, and
what to do. The file named is the one the user asked for, never our temporary name.
"""

from __future__ import annotations

import errno
from pathlib import Path

from app.services.workspace import BackupError, WriteProblem, write_problem
from app.texts.failures import backup_error_text
from app.texts.i18n import translate


def write_problem_text(problem: WriteProblem) -> str:
    """Why a write failed and what to do, without naming the file."""
    texts = {
        WriteProblem.DISK_FULL: translate(
            "files", "The disk is full. Make space on it, or choose another place, and try again."
        ),
        WriteProblem.READ_ONLY: translate(
            "files",
            "The place is read-only, or you may not write there. Choose another place, "
            "or check the permissions, and try again.",
        ),
        WriteProblem.EXISTS: translate(
            "files",
            "A file of that name already exists; it was left as it is. Choose another name.",
        ),
        WriteProblem.NO_FOLDER: translate(
            "files", "The folder does not exist. Choose an existing folder."
        ),
        WriteProblem.OTHER: translate(
            "files", "The disk reported an error. Try again, or choose another place."
        ),
    }
    return texts[problem]


def _technical(error: BaseException) -> str:
    """A short code for the log and for support (``ENOSPC``), never a sentence in English."""
    code = error.errno if isinstance(error, OSError) else None
    if code is not None and code in errno.errorcode:
        return errno.errorcode[code]
    return type(error).__name__


def write_failure_text(error: BaseException, path: Path | str | None = None) -> str:
    """``FILE was not saved: why. What to do.`` for a failed write of ``path`` (else the
    file the error names)."""
    if path is None and isinstance(error, OSError) and error.filename:
        path = error.filename
    problem = write_problem(error)
    reason = write_problem_text(problem)
    if path is not None:
        text = translate("files", "%1 was not saved. %2").replace("%1", str(path))
        text = text.replace("%2", reason)
    else:
        text = translate("files", "The file was not saved. %1").replace("%1", reason)
    if problem is WriteProblem.OTHER:
        text += f" ({_technical(error)})"
    return text


def backup_failure_text(error: BackupError) -> str:
    """Why a backup was not made; the database itself is unchanged."""
    if error.write_problem is None:  # not a failed write: the copy is not sound, a name …
        reason = backup_error_text(error)
    else:
        reason = write_problem_text(error.write_problem)
        if error.write_problem is WriteProblem.OTHER and error.__cause__ is not None:
            reason += f" ({_technical(error.__cause__)})"
    return (translate("files", "The backup was not made; your data is unchanged. %1")).replace(
        "%1", reason
    )
