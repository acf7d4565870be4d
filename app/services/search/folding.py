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


@lru_cache(maxsize=65536)  # characters and clusters: kanji are many
def _fold_cluster(cluster: str) -> str:
    return fold_for_match(cluster)


def fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """The folded text and, for each folded character, where it starts in ``text``.

    So a match found in the folded text can be highlighted in the original. The list
    has one extra entry, ``len(text)``, for the end of a match at the end of the text.
    """
    whole = fold_for_match(text)
    if len(whole) == len(text) and unicodedata.is_normalized("NFKC", text):
        # Already NFKC: kana mapping and case folding are then character for character
        # (case folding only ever lengthens, and the length did not change).
        return whole, list(range(len(text) + 1))
    pieces = [_fold_cluster(char) for char in text]
    if "".join(pieces) == whole:
        # Folding character by character gives the same text (no marks joined to the
        # character before them): each folded character comes from its own character.
        if len(whole) == len(text):
            return whole, list(range(len(text) + 1))
        offsets = [index for index, piece in enumerate(pieces) for _ in piece]
        offsets.append(len(text))
        return whole, offsets
    # Marks joined to the character before them (ｶﾞ → が): fold cluster by cluster.
    folded: list[str] = []
    offsets = []
    start = 0
    while start < len(text):
        end = start + 1
        while end < len(text) and (text[end] in _JOINING_MARKS or unicodedata.combining(text[end])):
            end += 1
        piece = _fold_cluster(text[start:end])
        folded.append(piece)
        offsets.extend([start] * len(piece))
        start = end
    offsets.append(start)
    return "".join(folded), offsets
