"""Column widths that fit a table into the width it has (the list beside a detail pane)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QTableView

NARROWEST = 120  # a column wider than this is never trimmed below it
STRETCH_SHARE = 180  # what the stretching column (a title) keeps at least
TITLE_AT_MOST = 360  # the most a title claims of the others' width (the longest are elided)


def fitted_widths(
    widths: Sequence[int], stretch: Sequence[int], available: int, keep: int = STRETCH_SHARE
) -> list[int]:
    """``widths`` with the widest columns trimmed (each to no less than NARROWEST) so that
    they and the ``stretch`` columns (``keep`` pixels each) fit in ``available`` pixels;
    as they are if they fit. The stretch columns are left alone: the header gives them
    what remains."""
    fitted = list(widths)
    budget = available - keep * len(stretch)
    others = [number for number in range(len(widths)) if number not in stretch]
    if sum(fitted[number] for number in others) <= budget:
        return fitted
    trimmable = sorted((n for n in others if fitted[n] > NARROWEST), key=lambda n: -fitted[n])
    fixed = sum(fitted[n] for n in others if n not in trimmable)
    # The widest columns all come down to one level, the narrower ones keep their width.
    for count in range(1, len(trimmable) + 1):
        rest = sum(fitted[n] for n in trimmable[count:])
        level = (budget - fixed - rest) // count
        following = fitted[trimmable[count]] if count < len(trimmable) else 0
        if level >= following or count == len(trimmable):  # (the last: as far as they go)
            for number in trimmable[:count]:
                fitted[number] = max(level, NARROWEST)
            return fitted
    return fitted


def fit_to_view(view: QTableView, stretch: Sequence[int]) -> None:
    """Trim ``view``'s widest columns (elided) so that none is pushed out of its sight.
    The title (the stretching column) is what tells the rows apart: it keeps the width
    of its text (up to TITLE_AT_MOST) before the other wide columns keep theirs."""
    header = view.horizontalHeader()
    widths = [header.sectionSize(section) for section in range(header.count())]
    wanted = max((view.sizeHintForColumn(section) for section in stretch), default=0)
    keep = max(STRETCH_SHARE, min(wanted, TITLE_AT_MOST))
    fitted = fitted_widths(widths, stretch, view.viewport().width(), keep)
    for section, (width, fit) in enumerate(zip(widths, fitted, strict=True)):
        if fit != width:
            header.resizeSection(section, fit)
