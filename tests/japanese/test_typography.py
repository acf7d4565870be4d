"""The one typographic normalisation: brackets, colons, wave dash, time style."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.japanese.typography import TimeStyle, Typography, first_time_style, normalise

DEFAULT = Typography()


@pytest.mark.parametrize(
    ("typed", "printed"),
    [
        (
            "泉(代理 松本 修（株式会社いずみ梱包 営業部長）)",
            "泉（代理 松本 修（株式会社いずみ梱包 営業部長））",
        ),
        ("令和8年3月10日(火)", "令和8年3月10日（火）"),
        ("ISO 9001 (2015)", "ISO 9001 (2015)"),
        ("ISO 9001（2015）の認証", "ISO 9001(2015)の認証"),
        ("(株)浜田精機", "（株）浜田精機"),
        ("出席者(敬称略)", "出席者（敬称略）"),
        ("資料(PDF)", "資料（PDF）"),
        ("説明: 浜田", "説明：浜田"),
        ("令和8年度：", "令和8年度："),
        ("集合 8:10", "集合 8:10"),
        ("E-mail: info@example.jp", "E-mail: info@example.jp"),
        ("｢工場ナビ｣", "「工場ナビ」"),
        ("7月24日〜25日", "7月24日～25日"),
        ("　全角スペースで字下げ", "　全角スペースで字下げ"),
        ("", ""),
    ],
)
def test_brackets_colons_and_dashes(typed: str, printed: str) -> None:
    assert normalise(typed, DEFAULT) == printed


def test_the_wave_dash_is_a_setting() -> None:
    assert (
        normalise("10:00～11:30、7月〜8月", Typography(wave_dash="〜")) == "10:00〜11:30、7月〜8月"
    )
    assert normalise("13:30~15:30", DEFAULT) == "13:30～15:30"


@pytest.mark.parametrize(
    ("style", "printed"),
    [
        (TimeStyle.COLON, "19:00～20:30、8:10集合、15:00～17:00、3時間"),
        (TimeStyle.HOURS, "19時00分～20時30分、8時10分集合、15時～17時、3時間"),
        (
            TimeStyle.TWELVE_HOUR,
            "午後7時00分～午後8時30分、午前8時10分集合、午後3時～午後5時、3時間",
        ),
    ],
)
def test_one_time_style(style: TimeStyle, printed: str) -> None:
    typed = "午後7時00分～20:30、8:10集合、15時～17時、3時間"
    assert normalise(typed, DEFAULT, style) == printed


def test_the_first_time_written_sets_the_style() -> None:
    assert first_time_style(["令和7年 第3回", "午後7時00分～午後8時30分", "8:10"]) is (
        TimeStyle.TWELVE_HOUR
    )
    assert first_time_style(["8:10 集合", "19時00分"]) is TimeStyle.COLON
    assert first_time_style(["時間未定"]) is None


def test_noon_and_midnight_in_twelve_hour_style() -> None:
    assert normalise("12:00～0:30", DEFAULT, TimeStyle.TWELVE_HOUR) == "午後0時00分～午前0時30分"
    assert normalise("午前0時30分", DEFAULT, TimeStyle.COLON) == "0:30"


@settings(max_examples=1500)
@given(st.text(alphabet="あ漢字ABC 12:()（）「」：～〜、。", max_size=40))
def test_normalising_twice_changes_nothing(text: str) -> None:
    once = normalise(text, DEFAULT, TimeStyle.COLON)
    assert normalise(once, DEFAULT, TimeStyle.COLON) == once
