"""Folding with offsets: every folded character points back to where it came from."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.services.search.folding import fold_for_match, fold_with_offsets

# Characters that fold one to one, one to many (㈱, ß, ｶﾞ's parts), many to one
# (half-width kana with their voiced marks, combining marks) or not at all.
ALPHABET = "会議記録かがカガｶﾞﾟﾊﾟ\u3099\u309a㈱（）ＡａBß２0　 、。ー\u0301e"


def _check(text: str) -> None:
    folded, offsets = fold_with_offsets(text)
    assert folded == fold_for_match(text)
    assert len(offsets) == len(folded) + 1 and offsets[-1] == len(text)
    assert offsets == sorted(offsets)
    for index, char in enumerate(folded):
        start = offsets[index]
        stop = next((o for o in offsets[index + 1 :] if o > start), len(text))
        assert char in fold_for_match(text[start:stop])


@given(st.text(alphabet=ALPHABET, max_size=40))
def test_every_folded_character_points_into_the_original(text: str) -> None:
    _check(text)


def test_expansions_point_at_the_character_they_came_from() -> None:
    folded, offsets = fold_with_offsets("㈱北浜（ＤＸ）")
    assert folded == "(株)北浜(dx)"
    assert offsets == [0, 0, 0, 1, 2, 3, 4, 5, 6, 7]
