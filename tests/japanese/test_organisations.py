"""Organisation names in 五十音順: by the reading of the name proper, without 株式会社 or
any other legal form, wherever it stands and however it is written."""

from __future__ import annotations

import pytest

from app.japanese.kana import reading_sort_key
from app.japanese.organisations import proper_name, reading_of_name, sort_reading


@pytest.mark.parametrize(
    ("name", "proper"),
    [
        ("株式会社浜田精機", "浜田精機"),
        ("浜田精機株式会社", "浜田精機"),
        ("㈱浜田精機", "浜田精機"),
        ("（株）浜田精機", "浜田精機"),
        ("浜田精機(有)", "浜田精機"),
        ("一般社団法人 みなと産業協会", "みなと産業協会"),
        ("特定非営利活動法人ひまわり", "ひまわり"),
        ("ＮＰＯ法人ひまわり", "ひまわり"),
        ("学校法人みなと学園", "みなと学園"),
        ("国立大学法人みなと工科大学", "みなと工科大学"),
        ("医療法人社団 港北会", "港北会"),
        ("地方独立行政法人みなと産業技術センター", "みなと産業技術センター"),
        ("みなと市役所", "みなと市役所"),
        ("", ""),
    ],
)
def test_the_legal_form_is_left_out_wherever_it_stands(name: str, proper: str) -> None:
    assert proper_name(name) == proper


@pytest.mark.parametrize(
    ("typed", "reading"),
    [
        ("はまだせいき", "はまだせいき"),
        ("ハマダセイキ", "はまだせいき"),
        ("ﾊﾏﾀﾞｾｲｷ", "はまだせいき"),
        ("カブシキガイシャ ハマダセイキ", "はまだせいき"),
        ("かぶしきかいしゃはまだせいき", "はまだせいき"),  # かいしゃ as some write it
        ("はまだせいき かぶしきがいしゃ", "はまだせいき"),
        ("ゆうげんがいしゃ みうらせいさくしょ", "みうらせいさくしょ"),
        ("かぶしきがいしゃ", "かぶしきがいしゃ"),  # nothing but the form: kept, not emptied
    ],
)
def test_a_typed_reading_is_read_without_its_legal_form(typed: str, reading: str) -> None:
    assert sort_reading(typed) == reading


@pytest.mark.parametrize(
    ("name", "reading"),
    [
        ("株式会社ケイエスピー", "けいえすぴー"),
        ("プラネットワークス(株)", "ぷらねっとわーくす"),
        ("株式会社みなとテック", "みなとてっく"),
        ("株式会社浜田精機", ""),  # kanji: a reading must be typed
        ("ABC株式会社", ""),
        ("", ""),
    ],
)
def test_a_name_in_kana_gives_its_own_reading(name: str, reading: str) -> None:
    assert reading_of_name(name) == reading


def test_companies_sort_by_their_name_proper() -> None:
    readings = [sort_reading(r) for r in ("カブシキガイシャ ハマダセイキ", "あおばせっけい")]
    readings.append(reading_of_name("株式会社ケイエスピー"))
    expected = ["あおばせっけい", "けいえすぴー", "はまだせいき"]
    assert sorted(readings, key=reading_sort_key) == expected
