"""The line breaker: Japanese text into lines of a measure, by JIS X 4051 / JLREQ.

Widths come from the caller (the PDF renderer measures with reportlab's font metrics),
so the rules can be tested with any metric. Lines are filled greedily; when the next
character does not fit, the line ends at the last place :mod:`app.japanese.kinsoku`
allows (追い出し), or, with ぶら下げ on, a 。、 that does not fit hangs past the end.
A no-break unit wider than a whole line is broken where 禁則 alone allows, and a run
that no rule lets break (a long URL) at the last character that fits.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import accumulate

from app.japanese.kinsoku import (
    HANGING,
    NOT_AT_LINE_END,
    NOT_AT_LINE_START,
    SPACES,
    WORD_JOINER,
    break_opportunities,
    forbid_inside,
    may_break,
    unit_spans,
)

_EPSILON = 1e-6


@dataclass(frozen=True, slots=True)
class Line:
    text: str  # without the spaces a soft break dropped, and without word joiners
    width: float  # natural width, a hanging character included
    justified: bool  # a soft break: the line is stretched to the measure (両端揃え)
    hanging: bool = False  # its last character hangs past the measure (ぶら下げ)
    first: bool = False  # the first line of the paragraph (takes the first-line indent)


def break_lines(
    text: str,
    width_of: Callable[[str], float],
    measure: float,
    *,
    first_measure: float | None = None,
    units: Iterable[str] = (),
    hanging: bool = False,
) -> list[Line]:
    """Break ``text`` (``\\n`` is a hard break) into lines no wider than ``measure``
    (``first_measure`` for the first line). The last line of each hard line is not
    justified; every other line is."""
    units = tuple(units)
    lines: list[Line] = []
    for segment in text.split("\n"):
        lines.extend(
            _break_segment(
                segment,
                width_of,
                measure,
                measure if lines or first_measure is None else first_measure,
                units,
                hanging,
            )
        )
    if lines:
        head = lines[0]
        lines[0] = Line(head.text, head.width, head.justified, head.hanging, first=True)
    return lines


class _Allowed:
    """``allowed[k]``: may a line end before ``chars[k]``? Asked only near the ends of
    lines, so a long paragraph is not run through the rules character by character."""

    __slots__ = ("inside", "keep", "n", "segment")

    def __init__(self, segment: str, keep: list[int] | None, n: int, spans: list[tuple[int, int]]):
        self.segment, self.keep, self.n = segment, keep, n
        self.inside = {i for a, b in spans for i in range(a + 1, b)}

    def __getitem__(self, k: int) -> bool:
        if k <= 0 or k >= self.n:
            return True
        i = k if self.keep is None else self.keep[k]
        return i not in self.inside and may_break(self.segment, i)


def _break_segment(
    segment: str,
    width_of: Callable[[str], float],
    measure: float,
    first_measure: float,
    units: tuple[str, ...],
    hanging: bool,
) -> list[Line]:
    keep = (
        [i for i, c in enumerate(segment) if c != WORD_JOINER] if WORD_JOINER in segment else None
    )
    chars = list(segment) if keep is None else [segment[i] for i in keep]
    n = len(chars)
    if n == 0:
        return [Line("", 0.0, justified=False)]
    widths = list(map(width_of, chars))
    ends = [0.0, *accumulate(widths)]  # ends[k]: the width of chars[:k]
    if ends[n] <= first_measure + _EPSILON:  # the whole segment fits its first line
        return [Line("".join(chars), ends[n], justified=False)]
    spans = unit_spans(segment, units)
    allowed = _Allowed(segment, keep, n, spans)
    rules_only: list[bool] | None = None  # the fallbacks, made once when first needed
    bare_only: list[bool] | None = None
    lines: list[Line] = []
    start = 0
    while start < n:
        limit = first_measure if not lines else measure
        # the most characters from start whose widths add up to no more than limit
        end = max(start, bisect_right(ends, ends[start] + limit + _EPSILON) - 1)
        while end < n and chars[end] in SPACES:  # spaces at a break need no room
            end += 1
        if end >= n:
            lines.append(_line(chars, widths, start, n, justified=False, soft=False))
            break
        if hanging and chars[end] in HANGING and allowed[end + 1] and end > start:
            lines.append(_line(chars, widths, start, end + 1, justified=True, hanging=True))
            start = _skip_spaces(chars, end + 1)
            continue
        cut = _last_allowed(allowed, start, end)
        between_words = False
        if cut is None:  # a unit wider than the line: 禁則 alone decides
            if rules_only is None or bare_only is None:  # the units that fit still hold
                bare = break_opportunities(segment, with_units=False)
                fitting = [(a, b) for a, b in spans if _width(segment, a, b, width_of) <= limit]
                rules_only = _on_chars(forbid_inside(bare, fitting), keep, n)  # (株式会社)
                bare_only = _on_chars(bare, keep, n)
            # at a space inside the unit if it has one: 「おおにし」/「りょうすけ」
            spaced = [
                ok and 0 < i < n and chars[i - 1] in " \u3000" for i, ok in enumerate(rules_only)
            ]
            cut = _last_allowed(spaced, start, end)
            # a name's parts each on a line of their own, flush left like words
            between_words = cut is not None
            cut = cut or _last_allowed(rules_only, start, end)
            if cut is None:  # a unit with the brackets around it is too wide: 禁則 only
                cut = _last_allowed(bare_only, start, end)
        if cut is None:  # nothing may break (a long URL): the last place 禁則 allows
            cut = next(
                (
                    i
                    for i in range(end, start, -1)
                    if chars[i] not in NOT_AT_LINE_START and chars[i - 1] not in NOT_AT_LINE_END
                ),
                max(end, start + 1),
            )
        lines.append(_line(chars, widths, start, cut, justified=not between_words))
        start = _skip_spaces(chars, cut)
    return lines


def _on_chars(allowed: list[bool], keep: list[int] | None, n: int) -> list[bool]:
    """``allowed`` of the segment, indexed by the characters left after word joiners."""
    if keep is None:
        return allowed
    return [True] + [allowed[keep[k]] for k in range(1, n)] + [True]


def _width(segment: str, start: int, end: int, width_of: Callable[[str], float]) -> float:
    return sum(width_of(c) for c in segment[start:end] if c != WORD_JOINER)


def _last_allowed(allowed: Sequence[bool] | _Allowed, start: int, end: int) -> int | None:
    for cut in range(end, start, -1):
        if allowed[cut]:
            return cut
    return None


def _skip_spaces(chars: list[str], index: int) -> int:
    while index < len(chars) and chars[index] in SPACES:
        index += 1
    return index


def _line(
    chars: list[str],
    widths: list[float],
    start: int,
    end: int,
    *,
    justified: bool,
    hanging: bool = False,
    soft: bool = True,
) -> Line:
    while end > start and chars[end - 1] in SPACES and soft:
        end -= 1
    return Line(
        "".join(chars[start:end]), sum(widths[start:end]), justified=justified, hanging=hanging
    )
