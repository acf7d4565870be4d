from datetime import date

from app.japanese.greetings import CLOSING, SEASONAL, opening, seasonal_phrase


def test_every_month_has_its_phrase() -> None:
    assert len(SEASONAL) == 12 and len(set(SEASONAL.values())) == 12
    assert seasonal_phrase(date(2026, 7, 10)) == "盛夏の候"
    assert seasonal_phrase(date(2026, 12, 1)) == "師走の候"


def test_opening_and_closing() -> None:
    assert opening(date(2026, 7, 10)).startswith("拝啓\u3000盛夏の候、貴会")
    assert opening(date(2026, 7, 10), any_season=True).startswith("拝啓\u3000時下、")
    assert CLOSING == "敬具"
