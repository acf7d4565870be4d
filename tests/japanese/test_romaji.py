"""Romaji typed with the input method off, read as hiragana."""

from __future__ import annotations

import pytest

from app.japanese.romaji import romaji_to_hiragana


@pytest.mark.parametrize(
    ("typed", "kana"),
    [
        ("yamada", "やまだ"),
        ("Yamamoto", "やまもと"),
        ("shimizu", "しみず"),
        ("simizu", "しみず"),  # 訓令式
        ("tsuchiya", "つちや"),
        ("tutiya", "つちや"),
        ("fujita", "ふじた"),
        ("hujita", "ふじた"),
        ("kyouko", "きょうこ"),
        ("shouji", "しょうじ"),
        ("hattori", "はっとり"),
        ("matcha", "まっちゃ"),
        ("honda", "ほんだ"),
        ("kanna", "かんな"),
        ("kanno", "かんの"),  # 菅野: jaconv.alphabet2kana reads かんお
        ("ken'ichi", "けんいち"),
        ("shinnbun", "しんぶん"),
        ("yamad", "やま"),  # a syllable still being typed is left out
        ("tanaka taro", "たなか たろ"),
    ],
)
def test_romaji_reads_as_hiragana(typed: str, kana: str) -> None:
    assert romaji_to_hiragana(typed) == kana


@pytest.mark.parametrize("typed", ["abc1", "xyzzy", "dzu", "山田", "a-b"])
def test_what_is_not_romaji_is_none(typed: str) -> None:
    assert romaji_to_hiragana(typed) is None
