"""Where Japanese text may break into lines: 禁則 (JIS X 4051 / JLREQ) and no-break units.

Pure rules, no measuring: :func:`break_opportunities` says between which characters a
line may end. The PDF renderer measures (``app.documents.linebreak``); a Word renderer
can honour the same units by joining their characters with U+2060 WORD JOINER.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

# 行頭禁則: closing brackets (cl-02), hyphens (cl-03), dividing punctuation (cl-04),
# middle dots (cl-05), full stops and commas (cl-06, cl-07), iteration marks (cl-09),
# the prolonged sound mark (cl-10), small kana (cl-11) and postfixed units (cl-18)
NOT_AT_LINE_START = frozenset(
    "」』）】〕〉》］｝〙〗〟’”｠»)]}"
    "‐゠–〜～"
    "！？‼⁇⁈⁉!?"
    "・：；:;"
    "。．、，.,"
    "ヽヾゝゞ々〻"
    "ー"
    "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ"
    "%％‰℃°′″"
)
# 行末禁則: opening brackets (cl-01) and prefixed units (cl-17)
NOT_AT_LINE_END = frozenset("「『（【〔〈《［｛〘〖〝‘“｟«([{¥￥$＄£￡#＃")
# 分離禁止: two of these in a row stay together (……, ‥‥, ――)
INSEPARABLE = frozenset("…‥―─")
# ぶら下げ: what may hang past the end of a line
HANGING = frozenset("。、．，")
SPACES = frozenset(" ")
NO_BREAK_SPACE = "\u00a0"
WORD_JOINER = "\u2060"

_DIGIT = "0-9０-９"
_NUMBER = rf"[{_DIGIT}][{_DIGIT},，.．]*"
_ERA = "(?:明治|大正|昭和|平成|令和)"
_WEEKDAY = r"[（(][月火水木金土日](?:・祝)?[）)]"
_YEAR = rf"(?:{_ERA}\s?(?:元|[{_DIGIT}]{{1,2}})|[{_DIGIT}]{{4}})年度?"
_MONTH_DAY = rf"[{_DIGIT}]{{1,2}}月(?:[{_DIGIT}]{{1,2}}日(?:{_WEEKDAY})?)?"
_DATE = rf"(?:{_YEAR}(?:{_MONTH_DAY})?|{_MONTH_DAY})"
_TIME = rf"(?:午前|午後)?[{_DIGIT}]{{1,2}}(?:[:：][{_DIGIT}]{{2}}|時(?:[{_DIGIT}]{{1,2}}分|半)?)"
_TIME_RANGE = rf"{_TIME}(?:\s?[～〜~－\-]\s?{_TIME})?"
_UNIT = (
    "(?:[万億千]*(?:時間|か月|ヶ月|カ月|ページ|%|％|℃|円|名|人|件|回|社|組|歳|号|倍|頁|年|"
    "月|日|時|分|秒|個|台|本|枚|部|冊|点|階|条|項|期|度|位|校|団体|週|泊|km|kg|cm|mm|m|g)"
    "|[万億千]+)"
)
_QUANTITY = rf"(?:第|[¥￥$＄])?{_NUMBER}{_UNIT}?"
_NAME_CHARS = r"[^\s、。，．,.（）()「」『』・/／:：;；]"
_LEGAL = "(?:株式会社|有限会社|合同会社|合資会社|合名会社|一般社団法人|公益社団法人|一般財団法人|公益財団法人|社会福祉法人|特定非営利活動法人|NPO法人|（株）|\\(株\\)|（有）|\\(有\\))"  # noqa: E501
# 株式会社旭プレス工業 / 協和オートメーション株式会社: a name before the legal form has
# no hiragana, or 「所属は株式会社」 would be taken for one
_LEGAL_FORM = re.compile(_LEGAL)
_COMPANY_AFTER = re.compile(rf"{_LEGAL}{_NAME_CHARS}{{1,10}}")
_COMPANY_BEFORE = re.compile(rf"[一-龥々ァ-ヶーA-Za-zＡ-Ｚａ-ｚ・＆&]{{1,10}}{_LEGAL}")
# longest first: a date with its weekday before the bare number in it
_PATTERN = re.compile(rf"{_DATE}|{_TIME_RANGE}|{_QUANTITY}")


@lru_cache(maxsize=256)
def _units_pattern(units: tuple[str, ...]) -> re.Pattern[str] | None:
    wanted = sorted({u for u in units if len(u) > 1}, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, wanted))) if wanted else None


def figure_spans(text: str) -> list[tuple[int, int]]:
    """Dates (with their weekday), times and time ranges, numbers with their unit."""
    return [m.span() for m in _PATTERN.finditer(text) if m.end() - m.start() > 1]


def unit_spans(text: str, units: Iterable[str] = ()) -> list[tuple[int, int]]:
    """Stretches of ``text`` that no line break may split: dates (with their weekday),
    times and time ranges, numbers with their unit, company names, every
    occurrence of ``units`` (names, readings) and any run joined by WORD JOINER."""
    spans = [m.span() for m in _PATTERN.finditer(text)]
    if "会社" in text or "法人" in text or "（" in text or "(" in text:
        spans += [m.span() for m in _COMPANY_AFTER.finditer(text)]
        spans += [m.span() for m in _COMPANY_BEFORE.finditer(text)]
        spans += [m.span() for m in _LEGAL_FORM.finditer(text)]  # 「株式」/「会社」 never
    pattern = _units_pattern(tuple(units))
    if pattern is not None:
        spans += [m.span() for m in pattern.finditer(text)]
    start = text.find(WORD_JOINER)
    while start != -1:  # a joiner glues the characters on both sides of it
        spans.append((max(start - 1, 0), min(start + 2, len(text))))
        start = text.find(WORD_JOINER, start + 1)
    return [(a, b) for a, b in spans if b - a > 1]


def forbid_inside(allowed: list[bool], spans: Iterable[tuple[int, int]]) -> list[bool]:
    """``allowed`` with no break inside any of ``spans`` (a new list)."""
    allowed = list(allowed)
    for start, end in spans:
        for i in range(start + 1, end):
            allowed[i] = False
    return allowed


_GLUE = frozenset((WORD_JOINER, NO_BREAK_SPACE))


def may_break(text: str, i: int) -> bool:
    """May a line end between ``text[i-1]`` and ``text[i]`` (0 < i < len(text)), by the
    禁則 rules alone (no units)?"""
    before, after = text[i - 1], text[i]
    return not (
        after in NOT_AT_LINE_START
        or before in NOT_AT_LINE_END
        or (before.isascii() and after.isascii() and not before.isspace() and not after.isspace())
        or after in SPACES  # a space ends the line it follows, never starts one
        or (before == after and before in INSEPARABLE)
        or before in _GLUE
        or after in _GLUE
    )


def break_opportunities(
    text: str, units: Iterable[str] = (), *, with_units: bool = True
) -> list[bool]:
    """``allowed[i]``: may a line end between ``text[i-1]`` and ``text[i]`` (0 < i < n)?

    Index 0 and ``len(text)`` are always allowed (the paragraph's own ends). With
    ``with_units=False`` only the 禁則 rules apply (the fallback when a unit alone is
    wider than its line).
    """
    if not text:
        return [True]
    allowed = [True, *(may_break(text, i) for i in range(1, len(text))), True]
    return forbid_inside(allowed, unit_spans(text, units)) if with_units else allowed
