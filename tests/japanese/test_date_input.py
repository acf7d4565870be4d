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


@pytest.mark.parametrize("text", ["", "4/1", "2022-02-30", "R6.4.1", "2024-13-01"])
def test_not_dates(text: str) -> None:
    with pytest.raises(ValueError):
        parse_date(text)


def test_dates_before_1873_are_out_of_range() -> None:
    with pytest.raises(DateOutOfRange):
        parse_date("1850/1/1")


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
