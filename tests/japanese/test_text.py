from hypothesis import given
from hypothesis import strategies as st

from app.japanese.text import (
    addressee,
    character_label,
    clean_field,
    has_lone_surrogate,
    sanitize,
)


def test_controls_non_characters_and_lone_surrogates_are_removed() -> None:
    assert sanitize("議事\x00録\x07\ufffe\uffff\ud800") == "議事録"


def test_line_breaks_become_lf_and_tabs_stay() -> None:
    assert sanitize("一\r\n二\r三\x0b四\x0c五\u2028六\t七") == "一\n二\n三\n四\n五\n六\t七"


def test_japanese_and_astral_characters_are_kept() -> None:
    assert sanitize("𠮷野家 髙橋 ①〜") == "𠮷野家 髙橋 ①〜"


@given(st.text())
def test_the_result_is_always_xml_compatible(text: str) -> None:
    cleaned = sanitize(text)
    for character in cleaned:
        code = ord(character)
        assert code >= 0x20 or code in (0x09, 0x0A), hex(code)
        assert not 0xD800 <= code <= 0xDFFF and code not in (0xFFFE, 0xFFFF), hex(code)
    assert sanitize(cleaned) == cleaned


def test_addressee_honorifics() -> None:
    assert addressee("綾瀬市商工会", organization=True) == "綾瀬市商工会 御中"
    assert addressee("今 太郎") == "今 太郎 様"
    assert addressee("今 太郎", dono=True) == "今 太郎 殿"
    assert addressee("委員各位") == "委員各位"


def test_an_imported_cell_loses_controls_overrides_and_surrogates() -> None:
    # NEL (U+0085) is a line break: a space in a one-line field
    assert clean_field("斉藤\x00\x07 一郎\x1b[0m\u202e\ud800\x85") == "斉藤 一郎[0m "
    assert clean_field("一\r\n二\t三") == "一 二 三"  # one line: breaks become spaces
    assert clean_field("一\r\n二\t三\x0c四", multiline=True) == "一\n二\t三\n四"
    assert clean_field("𠮷野家 髙橋 ①〜 \u200d") == "𠮷野家 髙橋 ①〜 \u200d"


@given(st.text())
def test_a_cleaned_cell_can_always_be_stored_and_stays_clean(text: str) -> None:
    for multiline in (False, True):
        cleaned = clean_field(text, multiline=multiline)
        cleaned.encode("utf-8")  # no lone surrogate
        assert not has_lone_surrogate(cleaned)
        assert clean_field(cleaned, multiline=multiline) == cleaned
        assert all(ord(c) >= 0x20 or c in "\t\n" for c in cleaned)


def test_invisible_characters_are_named_and_visible_ones_shown() -> None:
    assert character_label("\u202e") == "U+202E RIGHT-TO-LEFT OVERRIDE"
    assert character_label("\u200b") == "U+200B ZERO WIDTH SPACE"
    assert character_label("\x07") == "U+0007"  # a control has no name in Unicode
    assert character_label("𠮷") == "𠮷"
    assert has_lone_surrogate("a\udcff") and not has_lone_surrogate("𠮷")
