"""Every problem code has its own finished sentence, in Japanese and in English."""

from __future__ import annotations

import re

from app.services.problems import Problem, RowError
from app.texts import i18n
from app.texts.problems import problem_descriptions, problem_text, row_error_text

_JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def test_every_problem_has_a_japanese_and_an_english_sentence() -> None:
    assert i18n.load("ja")
    try:
        japanese = {problem: problem_text(problem) for problem in Problem}
    finally:
        i18n.load("en")
    english = {problem: problem_text(problem) for problem in Problem}
    for problem in Problem:
        assert english[problem].strip() and not _JAPANESE.search(english[problem]), problem
        assert _JAPANESE.search(japanese[problem]), f"{problem}: {japanese[problem]!r}"
    # One sentence per code: two codes that read alike would be one code.
    assert len(set(english.values())) == len(Problem)
    assert len(set(japanese.values())) == len(Problem)


def test_a_row_error_names_its_row_in_either_language() -> None:
    error = RowError(5, "email", Problem.BAD_EMAIL, "not-an-email")
    assert row_error_text(error) == "row 5: not a valid e-mail address ('not-an-email')"
    assert i18n.load("ja")
    try:
        assert (
            row_error_text(error)
            == "5 行目: メールアドレスの形式が正しくありません ('not-an-email')"
        )
        assert row_error_text(RowError(3, "name", Problem.MISSING_NAME, "")) == (
            "3 行目: 氏名がありません"
        )
    finally:
        i18n.load("en")


def test_the_rejects_file_describes_every_code() -> None:
    assert set(problem_descriptions()) == {problem.value for problem in Problem}
