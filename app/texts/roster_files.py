"""Why a roster file (CSV, Excel) cannot be read, in the UI language: the reader's code
(:class:`RosterProblem`) or the system's refusal to read the file, never their English."""

from __future__ import annotations

import errno

from app.services.members.roster_file import RosterFileError, RosterProblem
from app.texts.i18n import translate


def _problem_text(problem: RosterProblem) -> str:
    texts = {
        RosterProblem.NOT_TEXT: translate(
            "roster_files",
            "The file is neither UTF-8 nor Shift_JIS text. Save it from Excel as "
            "“CSV UTF-8” and try again.",
        ),
        RosterProblem.EMPTY: translate("roster_files", "The file is empty."),
        RosterProblem.NO_HEADERS: translate(
            "roster_files",
            "The first row has no known column headers (e.g. 氏名, ふりがな, 所属).",
        ),
        RosterProblem.UNSUPPORTED_TYPE: translate(
            "roster_files", "This type of file cannot be read: use a .csv or .xlsx file."
        ),
        RosterProblem.NOT_A_WORKBOOK: translate(
            "roster_files",
            "The file cannot be read as an Excel workbook (.xlsx); it may be damaged or "
            "another format. Save it again from Excel and try again.",
        ),
        RosterProblem.UNREADABLE: translate("roster_files", "The file cannot be read as a roster."),
    }
    return texts[problem]


def _read_error_text(error: OSError) -> str:
    if error.errno == errno.ENOENT:
        return translate("roster_files", "The file does not exist (was it moved or renamed?).")
    if error.errno in (errno.EACCES, errno.EPERM):
        return translate("roster_files", "You do not have permission to read the file.")
    if error.errno == errno.EISDIR:
        return translate("roster_files", "That is a folder, not a file.")
    return translate(
        "roster_files", "The file could not be read (the drive may have been removed)."
    )


def roster_file_text(error: RosterFileError | OSError) -> str:
    """Why the roster file cannot be read, as one or two sentences."""
    if isinstance(error, RosterFileError):
        return _problem_text(error.problem)
    return _read_error_text(error)
