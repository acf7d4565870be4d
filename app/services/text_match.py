"""One way to fold text for matching, so the UI's filters and the search agree."""

from __future__ import annotations

from app.japanese.kana import to_hiragana


def fold_for_match(text: str) -> str:
    """NFKC (full/half width), katakana → hiragana, case-folded."""
    return to_hiragana(text).casefold()
