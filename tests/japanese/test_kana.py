import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.japanese.kana import reading_sort_key, to_hiragana


def ordered(*readings: str) -> list[str]:
    return sorted(readings, key=reading_sort_key)


def test_katakana_half_width_and_hiragana_are_the_same_reading() -> None:
    assert to_hiragana("カワムラ") == "かわむら"
    assert to_hiragana("ｶﾜﾑﾗ") == "かわむら"
    assert reading_sort_key("コン") == reading_sort_key("こん") == reading_sort_key("ｺﾝ")


def test_gojuon_order() -> None:
    assert ordered("わたなべ", "あおき", "さいとう", "なかじま", "はまだ", "まるやま") == [
        "あおき",
        "さいとう",
        "なかじま",
        "はまだ",
        "まるやま",
        "わたなべ",
    ]


def test_dakuten_folded_with_clear_before_voiced_before_semi_voiced() -> None:
    assert ordered("ぱぱ", "はは", "ばば") == ["はは", "ばば", "ぱぱ"]
    # Folded first: がくと sorts between かか and かご, not after every か.
    assert ordered("かご", "がくと", "かか") == ["かか", "がくと", "かご"]


def test_small_kana_folded_small_first_on_a_tie() -> None:
    assert ordered("きよう", "きょう") == ["きょう", "きよう"]
    assert ordered("しゅうじ", "しゆか", "しゆう") == ["しゆう", "しゅうじ", "しゆか"]
    assert ordered("かつた", "かった") == ["かった", "かつた"]


def test_long_vowel_mark_is_the_vowel_before_it() -> None:
    assert reading_sort_key("カード").split("\x00")[0] == "かあと"
    assert reading_sort_key("ルーム").split("\x00")[0] == "るうむ"
    assert reading_sort_key("ゲーム").split("\x00")[0] == "けえむ"
    # ー and the vowel it stands for are the same letter in 五十音順.
    assert (
        reading_sort_key("かーど").split("\x00")[0] == reading_sort_key("かあど").split("\x00")[0]
    )


def test_a_reading_sorts_before_its_extensions() -> None:
    assert ordered("さとうみ", "さとう", "さと") == ["さと", "さとう", "さとうみ"]


def test_spaces_and_middle_dots_are_ignored() -> None:
    assert reading_sort_key("やまだ たろう") == reading_sort_key("やまだたろう")
    assert reading_sort_key("やまだ・たろう") == reading_sort_key("やまだたろう")


def test_iteration_marks_repeat_the_kana_before() -> None:
    assert reading_sort_key("すゞき").split("\x00")[0] == "すすき"


@pytest.mark.parametrize("reading", ["ヴァイオリン", "ゔぁいおりん"])
def test_vu_is_u_voiced(reading: str) -> None:
    assert reading_sort_key(reading).split("\x00")[0] == "うあいおりん"


@given(st.text(alphabet=st.characters(min_codepoint=0x3041, max_codepoint=0x3096), max_size=12))
def test_key_is_a_total_order_consistent_with_katakana(hiragana: str) -> None:
    katakana = "".join(chr(ord(char) + 0x60) for char in hiragana)
    assert reading_sort_key(katakana) == reading_sort_key(hiragana)
    assert isinstance(reading_sort_key(hiragana), str)
