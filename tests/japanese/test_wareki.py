"""The 和暦 vectors of design/DOCUMENTS.md, and the edges around them."""

from datetime import date, time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.japanese.wareki import (
    DateOutOfRange,
    era_year,
    fiscal_year_of,
    format_date,
    format_date_time_range,
    format_fiscal_year,
    format_time,
)


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2019, 4, 30), "平成31年4月30日(火)"),
        (date(2019, 5, 1), "令和元年5月1日(水)"),
        (date(2022, 7, 4), "令和4年7月4日(月)"),
        (date(1989, 1, 7), "昭和64年1月7日(土)"),
        (date(1989, 1, 8), "平成元年1月8日(日)"),
        (date(1926, 12, 25), "昭和元年12月25日(土)"),
        (date(1912, 7, 30), "大正元年7月30日(火)"),
        (date(1926, 12, 24), "大正15年12月24日(金)"),
        (date(1912, 7, 29), "明治45年7月29日(月)"),
        (date(1873, 1, 1), "明治6年1月1日(水)"),
    ],
)
def test_documents_vectors(day: date, expected: str) -> None:
    assert format_date(day) == expected


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2019, 4, 1), "令和元年度"),
        (date(2020, 3, 31), "令和元年度"),
        (date(2025, 4, 1), "令和7年度"),
        (date(2019, 3, 31), "平成30年度"),
        (date(2020, 4, 1), "令和2年度"),
        (date(1989, 3, 31), "昭和63年度"),
        (date(1989, 4, 1), "平成元年度"),
    ],
)
def test_fiscal_years(day: date, expected: str) -> None:
    assert format_fiscal_year(fiscal_year_of(day)) == expected


def test_meeting_date_and_time_range() -> None:
    day, start, end = date(2022, 7, 4), time(19, 0), time(20, 30)
    assert format_date_time_range(day, start, end) == "令和4年7月4日(月) 午後7時00分～午後8時30分"
    assert format_date_time_range(day, start, end, twelve_hour=False) == (
        "令和4年7月4日(月) 19時00分～20時30分"
    )
    assert format_time(time(0, 5)) == "午前0時05分"
    assert format_time(time(12, 0)) == "午後0時00分"


def test_digit_width_and_western_style() -> None:
    assert format_date(date(2022, 7, 4), full_width=True) == "令和４年７月４日(月)"
    assert format_date(date(2019, 5, 1), full_width=True) == "令和元年５月１日(水)"
    assert format_date(date(2022, 7, 4), western=True) == "2022年7月4日(月)"
    assert format_date(date(2022, 7, 4), weekday=False) == "令和4年7月4日"


def test_dates_before_1873_are_refused() -> None:
    with pytest.raises(DateOutOfRange):
        format_date(date(1872, 12, 31))
    with pytest.raises(DateOutOfRange):
        era_year(date(1868, 10, 23))


@given(st.dates(min_value=date(1873, 1, 1), max_value=date(2100, 12, 31)))
def test_era_year_counts_from_the_era_start(day: date) -> None:
    era, year = era_year(day)
    assert year >= 1
    starts = {"明治": 1868, "大正": 1912, "昭和": 1926, "平成": 1989, "令和": 2019}
    assert day.year == starts[era] + year - 1
    assert "元年" in format_date(day) or f"{era}{year}年" in format_date(day)
