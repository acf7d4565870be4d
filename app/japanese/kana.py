"""Kana normalisation for 五十音順 sorting and matching.

Foundation version: katakana and hiragana sort alike (both folded to hiragana) and
full/half-width forms are unified by NFKC. The full 五十音 key (small kana,
dakuten, ー) is refined with the roster work.
"""

from __future__ import annotations

import unicodedata

_KATAKANA_START = 0x30A1
_KATAKANA_END = 0x30F6
_TO_HIRAGANA = {code: code - 0x60 for code in range(_KATAKANA_START, _KATAKANA_END + 1)}


def to_hiragana(text: str) -> str:
    """NFKC-normalise, then map katakana to hiragana (ア→あ, ｱ→あ)."""
    return unicodedata.normalize("NFKC", text).translate(_TO_HIRAGANA)


def reading_sort_key(reading: str) -> str:
    """A sort key for a reading (ふりがな) so that カナ and かな sort together."""
    return to_hiragana(reading).replace(" ", "").replace("\u3000", "")
