from datetime import date, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.japanese.date_input import parse_date, parse_due_date, parse_time
from app.japanese.wareki import DateOutOfRange


@pytest.mark.parametrize(
    "text",
    ["2024-04-01", "2024/4/1", "2024.4.1", "2024年4月1日", "２０２４／４／１", " 2024-4-01 "],
)
def test_dates_as_people_type_them(text: str) -> None:
    assert parse_date(text) == date(2024, 4, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("令和6年4月1日", date(2024, 4, 1)),
        ("R6.4.1", date(2024, 4, 1)),
        ("r6/4/1", date(2024, 4, 1)),
        ("Ｒ６．４．１", date(2024, 4, 1)),
        ("令和 6年4月1日", date(2024, 4, 1)),
        ("令和元年5月1日", date(2019, 5, 1)),
        ("R1.5.1", date(2019, 5, 1)),
        ("平成31年4月30日", date(2019, 4, 30)),
        ("H31.4.30", date(2019, 4, 30)),
        ("平成元年1月8日", date(1989, 1, 8)),
        ("昭和64年1月7日", date(1989, 1, 7)),
        ("S64.1.7", date(1989, 1, 7)),
        ("昭和元年12月25日", date(1926, 12, 25)),
        ("大正15年12月24日", date(1926, 12, 24)),
        ("T1.7.30", date(1912, 7, 30)),
        ("明治45年7月29日", date(1912, 7, 29)),
        ("明治6年1月1日", date(1873, 1, 1)),
    ],
)
def test_era_dates(text: str, expected: date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "4/1",
        "2022-02-30",
        "2024-13-01",
        "令和元年4月30日",  # 令和 began on 5月1日
        "平成31年5月1日",  # already 令和
        "平成32年1月1日",  # no such year: 平成 ended in its 31st
        "昭和64年1月8日",
        "令和0年5月1日",
        "令和6年2月30日",
        "X6.4.1",
        "令和6年4月",
    ],
)
def test_not_dates(text: str) -> None:
    with pytest.raises(ValueError):
        parse_date(text)


@pytest.mark.parametrize("text", ["1850/1/1", "明治5年12月2日", "M5.12.2"])
def test_dates_before_1873_are_out_of_range(text: str) -> None:
    with pytest.raises(DateOutOfRange):
        parse_date(text)


def test_every_day_reads_back_from_its_era_form() -> None:
    """format_date and parse_date agree on every day of five eras' edges and a span."""
    from datetime import timedelta

    from app.japanese.wareki import format_date

    day = date(1873, 1, 1)
    while day < date(2031, 1, 1):
        assert parse_date(format_date(day, weekday=False)) == day
        day += timedelta(days=1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("19:00", time(19)), ("9時05分", time(9, 5)), ("１９：３０", time(19, 30))],
)
def test_times(text: str, expected: time) -> None:
    assert parse_time(text) == expected


@pytest.mark.parametrize("text", ["25:00", "19:60", "7pm", ""])
def test_not_times(text: str) -> None:
    with pytest.raises(ValueError):
        parse_time(text)


# ---------------------------------------------------------------- due dates without a year


@pytest.mark.parametrize(
    "text", ["12/21", "12月21日", "12-21", "12.21", "１２／２１", "１２月２１日", " 12 月 21 日 "]
)
def test_a_due_date_may_leave_out_the_year(text: str) -> None:
    assert parse_due_date(text, date(2026, 12, 5)) == date(2026, 12, 21)


def test_a_month_and_day_past_already_this_year_is_next_years() -> None:
    # 31 Dec: 1/5 is five days later, not a day gone by almost a year ago
    assert parse_due_date("1/5", date(2026, 12, 31)) == date(2027, 1, 5)
    assert parse_due_date("1月5日", date(2026, 12, 31)) == date(2027, 1, 5)


def test_the_reference_day_itself_is_due_that_day() -> None:
    assert parse_due_date("12/31", date(2026, 12, 31)) == date(2026, 12, 31)


def test_29_february_waits_for_a_leap_year() -> None:
    assert parse_due_date("2/29", date(2026, 3, 1)) == date(2028, 2, 29)
    assert parse_due_date("2/29", date(2096, 3, 1)) == date(2104, 2, 29)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2027/1/5", date(2027, 1, 5)),
        ("令和9年1月5日", date(2027, 1, 5)),
        ("R9.1.5", date(2027, 1, 5)),
        ("Ｒ９．１．５", date(2027, 1, 5)),
        ("2025/1/5", date(2025, 1, 5)),  # a full date is taken as typed, even past
    ],
)
def test_a_full_due_date_keeps_its_year(text: str, expected: date) -> None:
    assert parse_due_date(text, date(2026, 12, 31)) == expected


@pytest.mark.parametrize(
    "text", ["13/1", "2/30", "0/1", "12/0", "12/", "12月", "来週", "", "1/2/3"]
)
def test_what_is_no_due_date(text: str) -> None:
    with pytest.raises(ValueError):
        parse_due_date(text, date(2026, 12, 5))


@given(
    reference=st.dates(min_value=date(1873, 1, 1), max_value=date(9000, 12, 31)),
    day=st.dates(min_value=date(2000, 1, 1), max_value=date(2000, 12, 31)),
    form=st.sampled_from(["{m}/{d}", "{m}月{d}日", "{m}-{d}", "{m:02d}/{d:02d}", "{m}.{d}"]),
    wide=st.booleans(),
)
def test_a_month_and_day_is_the_next_such_day(
    reference: date, day: date, form: str, wide: bool
) -> None:
    text = form.format(m=day.month, d=day.day)
    if wide:  # full-width digits and punctuation, as an IME types them
        text = text.translate({c: c + 0xFEE0 for c in range(0x21, 0x7F)})
    due = parse_due_date(text, reference)
    assert (due.month, due.day) == (day.month, day.day)
    assert due >= reference
    # the first such day: none between the reference and it
    for year in range(reference.year, due.year):
        try:
            earlier = date(year, day.month, day.day)
        except ValueError:
            continue
        assert earlier < reference
    if (day.month, day.day) != (2, 29):
        assert due - reference < timedelta(days=366)
