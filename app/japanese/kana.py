"""Kana normalisation and the 五十音順 sort key (shared by the roster and the documents).

The key follows the dictionary convention (JIS X 4061 in spirit):

* katakana sorts as hiragana, half-width as full-width (NFKC);
* small kana sort as their large form (ゃ = や, っ = つ);
* voiced and semi-voiced kana sort as their plain form (が = か, ぱ = は);
* the long-vowel mark ー sorts as the vowel of the kana before it (かー = かあ);
* iteration marks ゝ/ゞ repeat the kana before them;
* ties are broken by voicing, 清音 < 濁音 < 半濁音 (はは < ばば < ぱぱ), then small
  before large;
* a space (or ・) separates the family reading from the given one, and a name list sorts
  by the family reading first: ぬま たろう (沼 太郎) before ぬまた いちろう (沼田 一郎), and
  every はは before any はば, whatever their given names. A reading with no space is
  one part. (ICU's Japanese collation also puts ぬま たろう first, its space weighing
  less than any kana; unlike ICU, the family's voicing decides before the given name,
  so that a family stays together in the list.)
* a long-vowel mark with no kana before it (a lone ー, at the start of a part) has no
  vowel to stand for: it sorts before あ, as in ICU.
"""

from __future__ import annotations

import re
import unicodedata

# A reading as typed: hiragana, katakana, ー, iteration marks, spaces and ・ (after NFKC)
KANA = re.compile(r"^[\u3041-\u3096\u30a1-\u30fa\u30fc\u309d\u309e\u30fd\u30fe \u3000・]+$")

_KATAKANA_TO_HIRAGANA = {code: code - 0x60 for code in range(0x30A1, 0x30F7)}  # ァ..ヶ

_SMALL_TO_LARGE = dict(zip("ぁぃぅぇぉっゃゅょゎゕゖ", "あいうえおつやゆよわかけ", strict=True))

_VOICED = dict(
    zip(
        "がぎぐげござじずぜぞだぢづでどばびぶべぼゔ",
        "かきくけこさしすせそたちつてとはひふへほう",
        strict=True,
    )
)
_SEMI_VOICED = dict(zip("ぱぴぷぺぽ", "はひふへほ", strict=True))

_ROWS = {
    "あ": "あかさたなはまやらわがざだばぱ",
    "い": "いきしちにひみりぎじぢびぴゐ",
    "う": "うくすつぬふむゆるぐずづぶぷゔ",
    "え": "えけせてねへめれげぜでべぺゑ",
    "お": "おこそとのほもよろをごぞどぼぽ",
}
_VOWEL_OF = {kana: vowel for vowel, row in _ROWS.items() for kana in row}

CLEAR, VOICED, SEMI_VOICED = 0, 1, 2  # 清音 < 濁音 < 半濁音
_LONG_VOWEL_MARKS = "ー―‐−"


def is_kana(text: str) -> bool:
    """Whether ``text`` is written in kana alone (width folded first): a reading, or a
    name that is its own reading (株式会社を除いた「ケイエスピー」)."""
    return bool(KANA.match(unicodedata.normalize("NFKC", text)))


def to_hiragana(text: str) -> str:
    """NFKC-normalise, then map katakana to hiragana (ア→あ, ｱ→あ, ヴ→ゔ)."""
    return unicodedata.normalize("NFKC", text).translate(_KATAKANA_TO_HIRAGANA)


def _fold(char: str) -> tuple[str, int, int]:
    """(plain large kana, voicing, 0 if small else 1) of one hiragana character."""
    small = 0 if char in _SMALL_TO_LARGE else 1
    char = _SMALL_TO_LARGE.get(char, char)
    if char in _VOICED:
        return _VOICED[char], VOICED, small
    if char in _SEMI_VOICED:
        return _SEMI_VOICED[char], SEMI_VOICED, small
    return char, CLEAR, small


_SEPARATORS = re.compile(r"[\s・]+")  # after NFKC: ideographic space is " ", ･ is ・
_PART_BREAK = "\x01"  # between the family and given parts: above a part's end, below kana
_LONE_LONG_VOWEL = "\u3040"  # just below ぁ: a lone ー sorts before every kana


def reading_sort_key(reading: str) -> str:
    """A string key that sorts readings in 五十音順 (see the module docstring).

    It is a plain ``str`` so that Qt's sort proxy can compare it. Each part (family,
    given) gets its whole key, letters then ties, before the next part begins.
    """
    parts = [part for part in _SEPARATORS.split(to_hiragana(reading)) if part]
    return _PART_BREAK.join(_part_key(part) for part in parts)


def _part_key(text: str) -> str:
    primary: list[str] = []
    ties: list[str] = []
    previous_plain = ""
    previous_original = ""
    for char in text:
        if char in _LONG_VOWEL_MARKS and not previous_plain:
            plain, voicing, size = _LONE_LONG_VOWEL, CLEAR, 1
        elif char in _LONG_VOWEL_MARKS:
            plain, voicing, size = _VOWEL_OF.get(previous_original, previous_plain), CLEAR, 1
        elif char in ("ゝ", "ゞ") and previous_plain:
            plain, voicing, size = previous_plain, VOICED if char == "ゞ" else CLEAR, 1
        else:
            plain, voicing, size = _fold(char)
            previous_original = _SMALL_TO_LARGE.get(char, char)
        primary.append(plain)
        ties.append(f"{voicing}{size}")
        previous_plain = plain
    # "\x00" sorts before every character, so a reading sorts before its extensions.
    return "".join(primary) + "\x00" + "".join(ties)
