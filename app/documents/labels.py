"""Where each label of a :class:`~app.documents.model.LabelGrid` goes, and how large each
of its lines is printed: both renderers place and size them from here, so the PDF and
the Word file put the same text in the same place.

A label's line is never wrapped (a name broken in two is no name): a line too long for
the label is printed smaller, down to what fits.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from app.documents.model import Face, LabelGrid, LabelLine, Sheet
from app.japanese.text import sanitize

# reportlab is imported where text is measured, not here: the document dialog reads the
# sheets (the badges' builder) when the window opens, and reportlab costs a third of a second
LEADING = 1.25  # a label line's height, in its font size
mm = 72 / 25.4  # points in a millimetre (reportlab.lib.units.mm)
A4_MM = (210.0, 297.0)


@dataclass(frozen=True, slots=True)
class Placed:
    """A label's line at its printed size."""

    line: LabelLine
    size: float

    @property
    def height(self) -> float:
        return self.size * LEADING

    @property
    def space_after(self) -> float:
        return self.height * self.line.space_after


def font(face: Face) -> str:
    from app.documents import fonts

    return fonts.GOTHIC if face is Face.GOTHIC else fonts.MINCHO


def inner_width(sheet: Sheet) -> float:
    """The room for text across a label, in points."""
    return (sheet.width - 2 * sheet.padding) * mm


def fitted(line: LabelLine, width: float) -> Placed:
    """``line`` at its size, or smaller when it would not fit ``width`` points."""
    from app.documents import columns, fonts

    fonts.register()
    # as LibreOffice sets it (it spaces Japanese from Latin letters and digits): a name
    # that fits by reportlab's measure alone would wrap in the Word file
    natural = columns.measured_width(sanitize(line.text), font(line.face), line.size)
    if natural <= width:
        return Placed(line, line.size)
    return Placed(line, math.floor(line.size * width / natural * 10) / 10)  # down: it fits


def placed(sheet: Sheet, label: tuple[LabelLine, ...]) -> list[Placed]:
    return [fitted(line, inner_width(sheet)) for line in label]


def block_height(lines: list[Placed]) -> float:
    """The height of a label's lines, from the top of the first to the foot of the last."""
    if not lines:
        return 0.0
    return sum(p.height + p.space_after for p in lines) - lines[-1].space_after


def origin(sheet: Sheet, index: int) -> tuple[float, float]:
    """The top left corner of label ``index`` (of its page), in points from the page's
    top left corner."""
    column, row = index % sheet.columns, (index // sheet.columns) % sheet.rows
    return (sheet.left + column * sheet.width) * mm, (sheet.top + row * sheet.height) * mm


def pages(grid: LabelGrid) -> list[tuple[tuple[LabelLine, ...], ...]]:
    """The labels page by page."""
    count = grid.sheet.per_page
    return [grid.labels[start : start + count] for start in range(0, len(grid.labels), count)]


def fits_a4(sheet: Sheet) -> bool:
    """The sheet's labels and margins stay within A4 (210 × 297 mm)."""
    right = sheet.left + sheet.columns * sheet.width
    bottom = sheet.top + sheet.rows * sheet.height
    return right <= A4_MM[0] + 0.01 and bottom <= A4_MM[1] + 0.01
