"""One typographic normalisation for everything a document prints, typed text included.

- Brackets and colons: full-width （）「」： in Japanese text, half-width inside runs of
  Latin text and numbers (「ISO 9001 (2015)」 and 「8:10」 stay as they are).
- One wave dash: 〜 (U+301C) and ～ (U+FF5E) become the one chosen (a setting).
- One time style per document: 19:00, 19時00分 or 午後7時00分, the one the document
  uses first unless a style is given.

The document model is normalised once before either renderer sees it, so the PDF and
the Word file print the same characters.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

WAVE_DASHES = ("～", "〜")  # U+FF5E FULLWIDTH TILDE (Windows), U+301C WAVE DASH (JIS)


class TimeStyle(StrEnum):
    COLON = "colon"  # 19:00
    HOURS = "hours"  # 19時00分
    TWELVE_HOUR = "twelve_hour"  # 午後7時00分


@dataclass(frozen=True, slots=True)
class Typography:
    """The choices: which wave dash, which time style (None: the document's first)."""

    wave_dash: str = "～"
    time_style: TimeStyle | None = None


_D = "0-9０-９"
_KANJI_TIME = re.compile(
    rf"(?<![{_D}:：])(午前|午後)?([{_D}]{{1,2}})時(?:([{_D}]{{1,2}})分)?(?![間限{_D}])"
)
_COLON_TIME = re.compile(rf"(?<![{_D}:：.,/])([{_D}]{{1,2}})[:：]([{_D}]{{2}})(?![{_D}:：])")
_TIME = re.compile(f"{_KANJI_TIME.pattern}|{_COLON_TIME.pattern}")
_OPEN, _CLOSE = "(（", ")）"
_NEUTRAL = " \t(（)）:："
_PUNCTUATION = re.compile("[(（)）:：]")
_ASCII_TILDE = re.compile(rf"(?<=[{_D}分時])\s?~\s?(?=[{_D}午])")  # 13:30~15:30


def is_japanese(character: str) -> bool:
    """Kana, kanji, full-width forms and Japanese punctuation (not Latin, not digits)."""
    if character.isascii():
        return False
    name = unicodedata.name(character, "")
    return (
        name.startswith(
            ("CJK", "HIRAGANA", "KATAKANA", "IDEOGRAPHIC", "FULLWIDTH", "HALFWIDTH KATAKANA")
        )
        or character in "「」『』（）【】〔〕、。・ー々〆〇〜～…―："
    )


def _latin(character: str) -> bool:
    return character.isascii() and not character.isspace()


def _outer(text: str, index: int, step: int) -> str:
    """The first character from ``index`` in direction ``step`` that is no space, bracket
    or colon: what decides a bracket's or colon's width (never another bracket, so the
    result does not depend on the order of the decisions)."""
    index += step
    while 0 <= index < len(text) and text[index] in _NEUTRAL:
        index += step
    return text[index] if 0 <= index < len(text) else ""


def _brackets(text: str) -> str:
    """（） in Japanese text, () around Latin text after Latin text (「ISO 9001 (2015)」)."""
    chars = list(text)
    stack: list[int] = []
    pairs: list[tuple[int, int]] = []
    for index, character in enumerate(chars):
        if character in _OPEN:
            stack.append(index)
        elif character in _CLOSE and stack:
            pairs.append((stack.pop(), index))
    for opening, closing in pairs:
        inside = text[opening + 1 : closing]
        before = _outer(text, opening, -1)
        latin = all(c.isascii() or c in _NEUTRAL for c in inside) and (
            before == "" or _latin(before)
        )
        if before == "" and latin and not _latin(_outer(text, closing, 1)):
            latin = False  # 「(1) 開会」 is a label of Japanese text
        chars[opening], chars[closing] = ("(", ")") if latin else ("（", "）")
    for index in [*stack, *(i for i, c in enumerate(text) if c in _CLOSE)]:
        if any(index in pair for pair in pairs):
            continue
        # an unmatched bracket follows the text on its outer side
        side = _outer(text, index, -1 if text[index] in _OPEN else 1)
        full = is_japanese(side) or side == ""
        chars[index] = ("（" if full else "(") if text[index] in _OPEN else ("）" if full else ")")
    return "".join(chars)


def _colons(text: str) -> str:
    """：after or before Japanese text (「説明：浜田」), : between Latin and numbers (8:10)."""
    out: list[str] = []
    skip_space = False
    for index, character in enumerate(text):
        if skip_space and character == " ":
            continue
        skip_space = False
        if character in ":：":
            before, after = _outer(text, index, -1), _outer(text, index, 1)
            if is_japanese(before) or (is_japanese(after) and not _latin(before)):
                while out and out[-1] == " ":
                    out.pop()
                out.append("：")
                skip_space = True
                continue
            if _latin(before) and _latin(after):
                character = ":"
        out.append(character)
    return "".join(out)


def _digits_like(sample: str, digits: str) -> str:
    if any("０" <= c <= "９" for c in sample):
        return digits.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    return digits


def _parse(match: re.Match[str]) -> tuple[int, int | None, TimeStyle]:
    period, hour, minute, colon_hour, colon_minute = match.groups()
    if colon_hour is not None:
        return (
            int(unicodedata.normalize("NFKC", colon_hour)),
            int(unicodedata.normalize("NFKC", colon_minute)),
            TimeStyle.COLON,
        )
    value = int(unicodedata.normalize("NFKC", hour))
    if period == "午後" and value < 12:
        value += 12
    minutes = int(unicodedata.normalize("NFKC", minute)) if minute else None
    return value, minutes, TimeStyle.TWELVE_HOUR if period else TimeStyle.HOURS


def _format(hour: int, minute: int | None, style: TimeStyle, sample: str) -> str:
    if style is TimeStyle.COLON:
        text = f"{hour}:{minute or 0:02d}"
    elif style is TimeStyle.HOURS:
        text = f"{hour}時" + (f"{minute:02d}分" if minute is not None else "")
    else:
        period = "午前" if hour < 12 else "午後"
        text = f"{period}{hour % 12}時" + (f"{minute:02d}分" if minute is not None else "")
    return _digits_like(sample, text)


def first_time_style(texts: list[str]) -> TimeStyle | None:
    """The style of the first time of day the texts write, if any."""
    for text in texts:
        for match in _TIME.finditer(text):
            hour, minute, style = _parse(match)
            if hour <= 24 and (minute is None or minute < 60):
                return style
    return None


def _times(text: str, style: TimeStyle) -> str:
    def rewrite(match: re.Match[str]) -> str:
        hour, minute, found = _parse(match)
        if found is style or hour > 24 or (minute is not None and minute >= 60):
            return match.group(0)
        return _format(hour, minute, style, match.group(0))

    return _TIME.sub(rewrite, text)


def normalise(text: str, typography: Typography, time_style: TimeStyle | None = None) -> str:
    """``text`` with one bracket, colon, wave-dash and time style (see the module)."""
    if not text:
        return text
    text = text.replace("｢", "「").replace("｣", "」")
    for dash in WAVE_DASHES:
        if dash != typography.wave_dash:
            text = text.replace(dash, typography.wave_dash)
    if "~" in text:
        text = _ASCII_TILDE.sub(typography.wave_dash, text)
    if _PUNCTUATION.search(text):  # most lines have none: the scans below are per character
        for _ in range(3):  # a bracket decides by its neighbour, may be a colon: settle
            settled = _colons(_brackets(text))
            if settled == text:
                break
            text = settled
    style = typography.time_style or time_style
    if style is not None and ("時" in text or ":" in text or "：" in text):
        text = _times(text, style)
    return text
