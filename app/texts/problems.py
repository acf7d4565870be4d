"""Sentences for the codes the services return, in the UI language (CLI and GUI share them).

Every :class:`Problem` is worded here and nowhere else: a form shows the sentence under
its field, the import preview and the command line after the row number.
"""

from __future__ import annotations

import errno
from collections.abc import Mapping

from app.services.members.roster_file import (
    MAX_CELL_CHARS,
    MAX_RECORD_CHARS,
    MAX_ROWS,
    RosterFileError,
    RosterFileProblem,
)
from app.services.problems import Problem, RowError
from app.texts.i18n import translate


def problem_text(problem: Problem) -> str:
    """The sentence for ``problem``, as shown under a field or after a row number."""
    texts = {
        Problem.MISSING: translate("problems", "this must be filled in"),
        Problem.NOT_CHOSEN: translate("problems", "choose one"),
        Problem.MISSING_NAME: translate("problems", "the name is missing"),
        Problem.MISSING_READING: translate(
            "problems", "the reading (furigana) is missing: it is needed for the 50-sound order"
        ),
        Problem.READING_NOT_KANA: translate(
            "problems", "the reading must be written in hiragana or katakana"
        ),
        Problem.BAD_EMAIL: translate("problems", "not a valid e-mail address"),
        Problem.BAD_PHONE: translate("problems", "not a valid phone number"),
        Problem.BAD_DATE: translate("problems", "not a date (write e.g. 2024-04-01)"),
        Problem.DATE_TOO_EARLY: translate("problems", "dates before 1873 cannot be used"),
        Problem.BAD_TIME: translate("problems", "not a time (write e.g. 19:00)"),
        Problem.NOT_A_NUMBER: translate("problems", "not a whole number (write e.g. 7,000)"),
        Problem.NUMBER_TOO_LARGE: translate("problems", "the number is too large to record"),
        Problem.TOO_LONG: translate(
            "problems", "too long to record: shorten it (a name or title holds a line, not a text)"
        ),
        Problem.NOT_POSITIVE: translate("problems", "the number must be 1 or more"),
        Problem.NEGATIVE: translate("problems", "the amount cannot be below 0"),
        Problem.ENDS_BEFORE_START: translate("problems", "it ends before it starts"),
        Problem.TERM_ORDER: translate("problems", "the term ends before it starts"),
        Problem.UNKNOWN_ROLE: translate(
            "problems",
            "unknown role (use chair, vice chair, member, advisor, observer or secretariat)",
        ),
        Problem.DUPLICATE_IN_FILE: translate(
            "problems", "the same name and organization appear earlier in the file"
        ),
        Problem.DUPLICATE_IN_DATABASE: translate(
            "problems", "this member (same name and organization) is already in the roster"
        ),
        Problem.DUPLICATE_ORGANIZATION: translate(
            "problems", "an organization of this name is already registered"
        ),
        Problem.FISCAL_YEAR_FIXED: translate(
            "problems",
            "the document number belongs to its fiscal year: keep the date within that year",
        ),
        Problem.UNKNOWN_PLACEHOLDER: translate(
            "problems", "only {date}, {council} and {meeting} can be filled in"
        ),
        Problem.DUPLICATE_CATEGORY: translate("problems", "the same fee category is given twice"),
        Problem.UNKNOWN_CATEGORY: translate("problems", "not one of the event's fee categories"),
        Problem.BAD_DATETIME: translate(
            "problems", "not a date and time (write e.g. 2025/10/01 9:30)"
        ),
        Problem.NOT_YES_NO: translate(
            "problems", "write yes or no (attending or not, a circle or a cross)"
        ),
    }
    return texts[problem]


def problem_texts(problems: Mapping[str, Problem]) -> dict[str, str]:
    """Field → sentence, for a form to show under each field."""
    return {field: problem_text(problem) for field, problem in problems.items()}


def row_error_text(error: RowError) -> str:
    """``row 5: not a valid e-mail address ('not-an-email')``, in the UI language."""
    text = translate("problems", "row %1: %2").replace("%1", str(error.line))
    text = text.replace("%2", problem_text(error.problem))
    value = error.value if len(error.value) <= 60 else error.value[:60] + "…"
    return f"{text} ({value!r})" if value else text


def problem_descriptions() -> dict[str, str]:
    """Code → sentence, for files that list problems (the rejects file)."""
    return {problem.value: problem_text(problem) for problem in Problem}


def read_error_text(error: OSError) -> str:
    """Why a file the user chose could not be read, in a sentence (never strerror)."""
    if error.errno == errno.ENOENT:
        return translate("roster_files", "The file does not exist (was it moved or renamed?).")
    if error.errno in (errno.EACCES, errno.EPERM):
        return translate("roster_files", "You do not have permission to read the file.")
    if error.errno == errno.EISDIR:
        return translate("roster_files", "That is a folder, not a file.")
    return translate(
        "roster_files", "The file could not be read (the drive may have been removed)."
    )


def roster_file_error_text(error: RosterFileError) -> str:
    """Why a roster file cannot be read at all, with the row where that is known."""
    texts = {
        RosterFileProblem.UNSUPPORTED: translate(
            "problems", "this kind of file cannot be imported: use a .csv or .xlsx roster"
        ),
        RosterFileProblem.NOT_TEXT: translate(
            "problems", "the file is neither UTF-8 nor Shift_JIS (CP932) text"
        ),
        RosterFileProblem.NOT_EXCEL: translate(
            "problems", "the file cannot be read as an Excel workbook (.xlsx)"
        ),
        RosterFileProblem.BROKEN: translate(
            "problems", "the CSV cannot be split into cells (check the quotation marks)"
        ),
        RosterFileProblem.EMPTY: translate("problems", "the file is empty"),
        RosterFileProblem.NO_HEADERS: translate(
            "problems", "the first row has no known column headers (e.g. 氏名, ふりがな, 所属)"
        ),
        RosterFileProblem.DUPLICATE_HEADER: translate(
            "problems", "the same column appears twice (%1): keep only one of them"
        ).replace("%1", error.detail),
        RosterFileProblem.CELL_TOO_LONG: translate(
            "problems", "a cell is longer than a roster cell can be (at most %1 characters)"
        ).replace("%1", f"{MAX_CELL_CHARS:,}"),
        RosterFileProblem.ROW_TOO_LONG: translate(
            "problems", "the row is longer than a roster row can be (at most %1 characters)"
        ).replace("%1", f"{MAX_RECORD_CHARS:,}"),
        RosterFileProblem.TOO_MANY_ROWS: translate(
            "problems", "the file has more rows than a roster can (at most %1)"
        ).replace("%1", f"{MAX_ROWS:,}"),
        RosterFileProblem.TOO_LARGE: translate(
            "problems", "the file is larger than a roster can be"
        ),
    }
    sentence = texts[error.problem]
    if error.line:
        return (
            translate("problems", "row %1: %2")
            .replace("%1", str(error.line))
            .replace("%2", sentence)
        )
    return sentence
