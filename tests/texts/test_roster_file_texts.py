"""Why a roster file cannot be read, in Japanese: the reader's code or the system's
refusal, never their English words."""

from __future__ import annotations

import errno
import re

from app.services.members.roster_file import RosterFileError, RosterProblem
from app.texts import i18n
from app.texts.roster_files import roster_file_text

_JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def test_every_roster_problem_and_read_error_has_its_own_japanese_sentence() -> None:
    errors: list[RosterFileError | OSError] = [
        RosterFileError("technical words", problem) for problem in RosterProblem
    ]
    errors += [
        OSError(code, "English words", "/srv/roster.csv")
        for code in (errno.ENOENT, errno.EACCES, errno.EISDIR, errno.EIO)
    ]
    english = [roster_file_text(error) for error in errors]
    assert i18n.load("ja")
    try:
        japanese = [roster_file_text(error) for error in errors]
    finally:
        i18n.load("en")
    assert len(set(japanese)) == len(errors) and japanese != english
    for text in japanese:
        assert _JAPANESE.search(text) and "English words" not in text
        assert "technical" not in text


def test_a_reason_given_without_a_code_is_still_said_in_words() -> None:
    """A refusal raised with its detail only (no code yet) is not shown in English."""
    assert roster_file_text(RosterFileError("a new reason")) == (
        "The file cannot be read as a roster."
    )
