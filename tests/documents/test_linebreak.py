"""The line breaker on its own: 禁則, 分離禁止, no-break units and ぶら下げ, with a simple
metric (1 em for Japanese, half an em for Latin) and with hypothesis."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from app.documents.linebreak import Line, break_lines
from app.japanese.kinsoku import HANGING, NOT_AT_LINE_END, NOT_AT_LINE_START


def em(character: str) -> float:
    return 0.5 if character.isascii() else 1.0


def texts(lines: list[Line]) -> list[str]:
    return [line.text for line in lines]


def test_a_line_is_filled_then_broken() -> None:
    lines = break_lines("あ" * 25, em, 10)
    assert texts(lines) == ["あ" * 10, "あ" * 10, "あ" * 5]
    assert [line.justified for line in lines] == [True, True, False]
    assert lines[0].first and not lines[1].first


def test_closing_marks_push_the_character_before_them_to_the_next_line() -> None:
    for mark in "。、」）！？：；ーっ々・":
        lines = break_lines("あ" * 10 + mark + "い", em, 10)
        assert texts(lines) == ["あ" * 9, "あ" + mark + "い"], mark


def test_an_opening_bracket_goes_to_the_next_line() -> None:
    lines = break_lines("あ" * 9 + "「い」", em, 10)
    assert texts(lines) == ["あ" * 9, "「い」"]


def test_hanging_punctuation_is_off_by_default_and_hangs_when_asked() -> None:
    assert texts(break_lines("あ" * 10 + "。い", em, 10)) == ["あ" * 9, "あ。い"]
    lines = break_lines("あ" * 10 + "。い", em, 10, hanging=True)
    assert texts(lines) == ["あ" * 10 + "。", "い"]
    assert lines[0].hanging and lines[0].width == 11


def test_hard_breaks_end_paragraph_lines_that_are_not_justified() -> None:
    lines = break_lines("あい\nう", em, 10)
    assert texts(lines) == ["あい", "う"]
    assert not any(line.justified for line in lines)


def test_a_date_with_its_weekday_is_one_unit() -> None:
    lines = break_lines("行程は令和7年7月24日(木) 8:10集合", em, 11)
    assert texts(lines)[0] == "行程は"
    assert texts(lines)[1].startswith("令和7年7月24日(木)")


def test_names_readings_and_companies_are_kept_whole() -> None:
    names = ("新井 健太郎", "おおにし りょうすけ")
    assert texts(break_lines("委員新井 健太郎", em, 6, units=names)) == ["委員", "新井 健太郎"]
    lines = break_lines("所属は株式会社旭プレス工業です", em, 12)
    assert texts(lines) == ["所属は", "株式会社旭プレス工業です"]


def test_a_unit_wider_than_the_line_breaks_at_its_own_space_first() -> None:
    lines = break_lines("おおにし りょうすけ", em, 7, units=("おおにし りょうすけ",))
    assert texts(lines) == ["おおにし", "りょうすけ"]
    assert not lines[0].justified  # its words, flush left: not letter-spaced


def test_a_unit_wider_than_the_line_still_breaks_by_kinsoku() -> None:
    lines = break_lines("株式会社旭プレス工業", em, 6)
    assert all(len(text) <= 6 for text in texts(lines))
    assert "".join(texts(lines)) == "株式会社旭プレス工業"


def test_time_ranges_and_numbers_with_units_stay_together() -> None:
    assert texts(break_lines("あああ13:30～15:00", em, 8)) == ["あああ", "13:30～15:00"]
    assert texts(break_lines("あああああああ120名", em, 9)) == ["あああああああ", "120名"]


def test_a_latin_word_is_not_broken_but_a_url_too_long_is() -> None:
    assert texts(break_lines("ああ ISO 9001", em, 3.5)) == ["ああ", "ISO", "9001"]
    lines = break_lines("https://example.jp/abcdefgh", em, 5)
    assert all(line.width <= 5 for line in lines)


def test_word_joiner_keeps_its_neighbours_together_and_is_not_printed() -> None:
    lines = break_lines("あああああああ浜\u2060田", em, 8)
    assert texts(lines) == ["あああああああ", "浜田"]


_JAPANESE = st.sampled_from(list("あいうえお漢字会議事録委員長ンカタ"))
_OPEN = st.sampled_from(sorted(NOT_AT_LINE_END - set("¥￥$＄£￡#＃([{")))
_CLOSE = st.sampled_from(sorted(NOT_AT_LINE_START - set(")]},.:;!?%")))


@st.composite
def _token(draw: st.DrawFn) -> str:
    """A word with at most one opening bracket and two closing marks around it."""
    word = "".join(draw(st.lists(_JAPANESE, min_size=1, max_size=3)))
    opening = draw(st.sampled_from(["", draw(_OPEN)]))
    closing = "".join(draw(st.lists(_CLOSE, max_size=2)))
    return opening + word + closing


@settings(max_examples=300, deadline=None)
@given(st.lists(_token(), min_size=1, max_size=40), st.integers(min_value=8, max_value=30))
def test_no_line_breaks_a_kinsoku_rule(tokens: list[str], measure: int) -> None:
    text = "".join(tokens)
    lines = break_lines(text, em, measure)
    assert "".join(texts(lines)) == text  # nothing lost, nothing added
    for line in lines:
        assert line.width <= measure
    for line in lines[1:]:
        assert line.text[0] not in NOT_AT_LINE_START, texts(lines)
    for line in lines[:-1]:
        assert line.text[-1] not in NOT_AT_LINE_END, texts(lines)
        assert line.justified


@settings(max_examples=200, deadline=None)
@given(st.lists(_token(), min_size=1, max_size=40), st.integers(min_value=8, max_value=30))
def test_hanging_lets_only_a_full_stop_or_comma_past_the_measure(
    tokens: list[str], measure: int
) -> None:
    text = "".join(tokens)
    lines = break_lines(text, em, measure, hanging=True)
    assert "".join(texts(lines)) == text
    for line in lines:
        if line.width > measure:
            assert line.hanging and line.text[-1] in HANGING
            assert line.width - em(line.text[-1]) <= measure


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(["浜田 隆之", "あおき みほ", "令和7年7月24日(木)", "会議", "で、"])),
    st.integers(min_value=12, max_value=20),
)
def test_units_that_fit_are_never_split(parts: list[str], measure: int) -> None:
    text = "".join(parts)
    units = ("浜田 隆之", "あおき みほ")
    lines = break_lines(text, em, measure, units=units)
    for first, second in pairwise(lines):
        joined = first.text + "|" + second.text
        for unit in (*units, "令和7年7月24日(木)"):
            for cut in range(1, len(unit)):
                split = unit[:cut].rstrip() + "|" + unit[cut:].lstrip()
                assert split not in joined, joined
