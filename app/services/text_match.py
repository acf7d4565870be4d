"""One way to fold text for matching, so the UI's filters and the search agree."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

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


@lru_cache(maxsize=4096)
def _fold_cluster(cluster: str) -> str:
    return fold_for_match(cluster)


def fold_with_offsets(text: str, enough: int | None = None) -> tuple[str, list[int]]:
    """The folded text and, for each folded character, where it starts in ``text``.

    Folding is done cluster by cluster (a character with the marks joined to it), so
    a match found in the folded text can be highlighted in the original. The list has
    one extra entry, ``len(text)``, for the end of a match at the end of the text.
    ``enough``: stop once that many folded characters are known (a snippet near the
    start of a long text need not fold the rest); the extra entry is then where the
    folding stopped.
    """
    whole = fold_for_match(text)
    if len(whole) == len(text) and unicodedata.is_normalized("NFKC", text):
        # Already NFKC: kana mapping and case folding are then character for character
        # (case folding only ever lengthens, and the length did not change).
        return whole, list(range(len(text) + 1))
    folded: list[str] = []
    offsets: list[int] = []
    start = 0
    while start < len(text) and (enough is None or len(offsets) < enough):
        end = start + 1
        while end < len(text) and (text[end] in _JOINING_MARKS or unicodedata.combining(text[end])):
            end += 1
        piece = _fold_cluster(text[start:end])
        folded.append(piece)
        offsets.extend([start] * len(piece))
        start = end
    offsets.append(start)
    return "".join(folded), offsets
