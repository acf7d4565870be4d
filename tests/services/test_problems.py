"""The one shape of "what is wrong": Problem codes, the Invalid error, typed dates."""

from __future__ import annotations

import re

import pytest

from app.services.dates import date_problem, time_problem
from app.services.problems import Invalid, Problem


def test_codes_are_stable_snake_case() -> None:
    assert all(re.fullmatch(r"[a-z]+(_[a-z]+)*", problem.value) for problem in Problem)
    # The roster import's codes predate the others: files and scripts already hold them.
    assert {p.value for p in Problem} >= {
        "missing_name",
        "missing_reading",
        "reading_not_kana",
        "bad_email",
        "bad_phone",
        "bad_date",
        "date_too_early",
        "term_order",
        "unknown_role",
        "duplicate_in_file",
        "duplicate_in_database",
        "duplicate_organization",
    }


def test_invalid_keeps_the_problems_in_order_and_read_only() -> None:
    found = {"title": Problem.MISSING, "start_on": Problem.BAD_DATE}
    error = Invalid(found)
    found["end_on"] = Problem.ENDS_BEFORE_START  # the caller's dict is not shared
    assert list(error.problems) == ["title", "start_on"]
    with pytest.raises(TypeError):
        error.problems["title"] = Problem.NOT_CHOSEN  # type: ignore[index]
    assert str(error) == "title: missing, start_on: bad_date"


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("2024-04-01", None),
        ("令和6年4月1日", None),
        ("令和元年4月1日", Problem.BAD_DATE),  # 令和 began on 5月1日
        ("2024/2/30", Problem.BAD_DATE),
        ("2024-13-01", Problem.BAD_DATE),
        ("0000-01-01", Problem.BAD_DATE),
        ("1872/12/31", Problem.DATE_TOO_EARLY),
        ("1873/1/1", None),
        ("", Problem.BAD_DATE),
    ],
)
def test_a_typed_date_is_refused_with_a_code(text: str, problem: Problem | None) -> None:
    assert date_problem(text) == problem


def test_a_typed_time_is_refused_with_a_code() -> None:
    assert time_problem("19:00") is None and time_problem("19時30分") is None
    assert time_problem("25:00") == Problem.BAD_TIME
    assert time_problem("7pm") == Problem.BAD_TIME
