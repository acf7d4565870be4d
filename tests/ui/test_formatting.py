from datetime import date, timedelta

import pytest

from app.texts import i18n
from app.ui.formatting import short_date


@pytest.fixture
def language():  # type: ignore[no-untyped-def]
    before = i18n.current_language()
    yield i18n.load  # the language is current even without its .qm
    i18n.load(before)


def test_short_dates_carry_the_weekday_in_the_ui_language(language) -> None:  # type: ignore[no-untyped-def]
    language("ja")
    assert short_date(date(2025, 7, 4)) == "2025/07/04(金)"
    assert short_date(None) == ""
    language("en")
    assert short_date(date(2025, 7, 4)) == "Fri 04 Jul 2025"
    assert short_date(date(2025, 9, 9)) == "Tue 09 Sept 2025"  # CLDR en_GB


def test_short_dates_read_as_babel_writes_them(language) -> None:  # type: ignore[no-untyped-def]
    dates = pytest.importorskip("babel.dates")
    days = [date(2016, 1, 1) + timedelta(days=n) for n in range(0, 4000, 7)]
    days += [date(2026, month, 1 + month) for month in range(1, 13)]
    language("ja")
    assert [short_date(day) for day in days] == [
        dates.format_date(day, "yyyy/MM/dd(EEE)", locale="ja_JP") for day in days
    ]
    language("en")
    assert [short_date(day) for day in days] == [
        dates.format_date(day, "EEE dd MMM yyyy", locale="en_GB") for day in days
    ]
