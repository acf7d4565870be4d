"""One way to fold text for matching, so the UI's filters and the search agree."""

from __future__ import annotations

import unicodedata

from app.japanese.kana import to_hiragana

# Marks that NFKC composes with the character before them (ｶﾞ → ガ, か + ゙ → が).
_JOINING_MARKS = {"\uff9e", "\uff9f", "\u3099", "\u309a"}


def fold_for_match(text: str) -> str:
    """NFKC (full/half width), katakana → hiragana, case-folded."""
    return to_hiragana(text).casefold()


def query_terms(query: str) -> list[str]:
    """The folded, space-separated terms of a search query, without repeats."""
    terms: list[str] = []
    for term in fold_for_match(query).split():
        if term not in terms:
            terms.append(term)
    return terms


def fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """The folded text and, for each folded character, where it starts in ``text``.

    Folding is done cluster by cluster (a character with the marks joined to it), so
    a match found in the folded text can be highlighted in the original. The list has
    one extra entry, ``len(text)``, for the end of a match at the end of the text.
    """
    folded: list[str] = []
    offsets: list[int] = []
    start = 0
    while start < len(text):
        end = start + 1
        while end < len(text) and (text[end] in _JOINING_MARKS or unicodedata.combining(text[end])):
            end += 1
        piece = fold_for_match(text[start:end])
        folded.append(piece)
        offsets.extend([start] * len(piece))
        start = end
    offsets.append(len(text))
    return "".join(folded), offsets
