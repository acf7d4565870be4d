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


def test_family_reading_sorts_first_then_given_reading() -> None:
    # 沼 太郎 / 沼田 一郎, 今 花子 / 今井 愛, 中 次郎 / 中島 明: the shorter family name first.
    assert ordered("ぬまた いちろう", "ぬま たろう") == ["ぬま たろう", "ぬまた いちろう"]
    assert ordered("いまい あい", "いま はなこ") == ["いま はなこ", "いまい あい"]
    assert ordered("なかじま あきら", "なか じろう") == ["なか じろう", "なかじま あきら"]
    # Same family reading: the given reading decides.
    assert ordered("さとう まこと", "さとう あきら") == ["さとう あきら", "さとう まこと"]
    # The family's voicing decides before the given name: はは stay together before はば.
    assert ordered("はば あきら", "はは たろう", "はば ゆうこ") == [
        "はは たろう",
        "はば あきら",
        "はば ゆうこ",
    ]


def test_family_reading_alone_sorts_before_the_same_family_with_a_given_name() -> None:
    assert ordered("ぬま たろう", "ぬま") == ["ぬま", "ぬま たろう"]


def test_separators_are_space_ideographic_space_and_middle_dot() -> None:
    key = reading_sort_key("やまだ たろう")
    assert reading_sort_key("やまだ\u3000たろう") == key
    assert reading_sort_key("やまだ・たろう") == key
    assert reading_sort_key("  やまだ   たろう ") == key
    assert reading_sort_key("ヤマダ ﾀﾛｳ") == key


def test_a_reading_with_no_space_is_one_part() -> None:
    assert reading_sort_key("やまだたろう") != reading_sort_key("やまだ たろう")
    assert ordered("ぬまたいちろう", "ぬまたろう") == ["ぬまたいちろう", "ぬまたろう"]


def test_a_lone_long_vowel_mark_sorts_before_every_kana() -> None:
    # Nothing before it to lengthen (ICU puts it before あ as well).
    assert ordered("あ", "ー", "ん") == ["ー", "あ", "ん"]
    assert ordered("あい", "ーい") == ["ーい", "あい"]
    # At the start of the given reading it is lone too: the family's last vowel does not carry.
    assert ordered("かな あい", "かな ーい") == ["かな ーい", "かな あい"]
    # After a kana it is still that kana's vowel.
    assert ordered("かーと", "かあど", "かいと") == ["かーと", "かあど", "かいと"]


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


_KANA = st.text(
    alphabet=st.characters(min_codepoint=0x3041, max_codepoint=0x3093), min_size=1, max_size=5
)


@given(_KANA, _KANA, _KANA, _KANA)
def test_names_sort_by_family_reading_then_given_reading(
    family_a: str, given_a: str, family_b: str, given_b: str
) -> None:
    key_a = reading_sort_key(f"{family_a} {given_a}")
    key_b = reading_sort_key(f"{family_b} {given_b}")
    family_a_key, family_b_key = reading_sort_key(family_a), reading_sort_key(family_b)
    if family_a_key != family_b_key:
        assert (key_a < key_b) == (family_a_key < family_b_key)
    else:
        assert (key_a < key_b) == (reading_sort_key(given_a) < reading_sort_key(given_b))


@given(_KANA, _KANA, _KANA)
def test_a_family_reading_sorts_before_any_longer_family_reading_that_starts_with_it(
    family: str, extension: str, given_name: str
) -> None:
    shorter = reading_sort_key(f"{family} {given_name}")
    longer = reading_sort_key(f"{family}{extension} {given_name}")
    assert shorter < longer
