from hypothesis import given
from hypothesis import strategies as st

from app.japanese.text import addressee, sanitize


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
