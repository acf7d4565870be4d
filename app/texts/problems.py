"""Sentences for the codes the services return, in the UI language (CLI and GUI share them).

Every :class:`Problem` is worded here and nowhere else: a form shows the sentence under
its field, the import preview and the command line after the row number.
"""

from __future__ import annotations

from collections.abc import Mapping

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
        Problem.NOT_POSITIVE: translate("problems", "the number must be 1 or more"),
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
    }
    return texts[problem]


def problem_texts(problems: Mapping[str, Problem]) -> dict[str, str]:
    """Field → sentence, for a form to show under each field."""
    return {field: problem_text(problem) for field, problem in problems.items()}


def row_error_text(error: RowError) -> str:
    """``row 5: not a valid e-mail address ('not-an-email')``, in the UI language."""
    text = translate("problems", "row %1: %2").replace("%1", str(error.line))
    text = text.replace("%2", problem_text(error.problem))
    return f"{text} ({error.value!r})" if error.value else text


def problem_descriptions() -> dict[str, str]:
    """Code → sentence, for files that list problems (the rejects file)."""
    return {problem.value: problem_text(problem) for problem in Problem}
