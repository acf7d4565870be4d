"""Sentences for the codes the services return, in the UI language (CLI and GUI share them)."""

from __future__ import annotations

from app.services.members.roster_import import RowError, RowProblem
from app.texts.i18n import translate


def row_problem_text(problem: RowProblem) -> str:
    texts = {
        RowProblem.MISSING_NAME: translate("problems", "the name is missing"),
        RowProblem.MISSING_READING: translate(
            "problems", "the reading (furigana) is missing: it is needed for the 50-sound order"
        ),
        RowProblem.READING_NOT_KANA: translate(
            "problems", "the reading must be written in hiragana or katakana"
        ),
        RowProblem.BAD_EMAIL: translate("problems", "not a valid e-mail address"),
        RowProblem.BAD_PHONE: translate("problems", "not a valid phone number"),
        RowProblem.BAD_DATE: translate("problems", "not a date (write e.g. 2024-04-01)"),
        RowProblem.DATE_TOO_EARLY: translate("problems", "dates before 1873 cannot be used"),
        RowProblem.TERM_ORDER: translate("problems", "the term ends before it starts"),
        RowProblem.UNKNOWN_ROLE: translate(
            "problems",
            "unknown role (use chair, vice chair, member, advisor, observer or secretariat)",
        ),
        RowProblem.DUPLICATE_IN_FILE: translate(
            "problems", "the same name and organization appear earlier in the file"
        ),
        RowProblem.DUPLICATE_IN_DATABASE: translate(
            "problems", "this member (same name and organization) is already in the roster"
        ),
        RowProblem.DUPLICATE_ORGANIZATION: translate(
            "problems", "an organization of this name is already registered"
        ),
    }
    return texts[problem]


def row_error_text(error: RowError) -> str:
    """``row 5: not a valid e-mail address ("not-an-email")``, in the UI language."""
    text = translate("problems", "row %1: %2").replace("%1", str(error.line))
    text = text.replace("%2", row_problem_text(error.problem))
    return f"{text} ({error.value!r})" if error.value else text


def problem_descriptions() -> dict[str, str]:
    """Code → sentence, for files that list problems (the rejects file)."""
    return {problem.value: row_problem_text(problem) for problem in RowProblem}


def meeting_problem_text(code: str) -> str:
    texts = {
        "missing": translate("problems", "choose a body"),
        "bad_date": translate("problems", "not a date (write e.g. 2024-04-01)"),
        "date_too_early": translate("problems", "dates before 1873 cannot be used"),
        "bad_time": translate("problems", "not a time (write e.g. 19:00)"),
        "ends_before_start": translate("problems", "the meeting ends before it starts"),
        "not_positive": translate("problems", "the number must be 1 or more"),
    }
    return texts.get(code, code)
