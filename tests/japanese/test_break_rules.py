"""The no-break units and break rules, without measuring."""

from __future__ import annotations

import pytest

from app.japanese.kinsoku import break_opportunities, unit_spans


def _units(text: str, units: tuple[str, ...] = ()) -> list[str]:
    return [text[a:b] for a, b in unit_spans(text, units)]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("行程：令和7年7月24日(木) 8:10集合", "令和7年7月24日(木)"),
        ("令和元年5月1日（水）に", "令和元年5月1日（水）"),
        ("時間は13:30～15:00です", "13:30～15:00"),
        ("午後7時00分～午後8時30分", "午後7時00分～午後8時30分"),
        ("参加者は120名", "120名"),
        ("費用は¥1,000", "¥1,000"),
        ("第3回定例会", "第3回"),
        ("所属は株式会社旭プレス工業", "株式会社旭プレス工業"),
        ("協和オートメーション株式会社", "協和オートメーション株式会社"),
    ],
)
def test_units_found_in_text(text: str, unit: str) -> None:
    assert unit in _units(text)


def test_a_name_given_by_the_document_is_a_unit_wherever_it_occurs() -> None:
    assert _units("委員 新井 健太郎、新井 健太郎", ("新井 健太郎",)).count("新井 健太郎") == 2


def test_hiragana_before_a_legal_form_is_not_a_company_name() -> None:
    assert "所属は株式会社" not in _units("所属は株式会社旭プレス工業")


def test_breaks_between_japanese_characters_but_not_inside_a_latin_word() -> None:
    allowed = break_opportunities("会議ISO 9001です")
    assert allowed[1] and allowed[2]  # 会|議|I
    assert not allowed[3] and not allowed[4]  # I|S|O
    assert not allowed[5] and allowed[6]  # before the space no, after it yes


def test_word_joiner_and_no_break_space_glue() -> None:
    assert not any(break_opportunities("浜\u2060田")[1:3])
    assert not any(break_opportunities("1\u00a0日時")[1:3])
