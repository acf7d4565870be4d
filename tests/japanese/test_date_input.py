from datetime import date, time

import pytest

from app.japanese.date_input import parse_date, parse_time
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
