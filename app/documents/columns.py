"""Table column widths measured from the content: one measurement for both renderers.

Each column gets at least its widest unbreakable unit (a name, a reading, 株式会社X, a
date with its time: :class:`~app.documents.model.Fit`), measured with reportlab's font
metrics, so neither the PDF nor Word has to break one. Room left over goes first to the
columns whose text would otherwise wrap (in proportion to how much they would need), then
by the builder's relative weights. A document whose table cannot fit on a portrait page
turns to landscape.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from itertools import pairwise

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from app.documents import fonts
from app.documents.model import Cell, CellText, Document, Fit, Table
from app.japanese.kinsoku import break_opportunities, figure_spans, forbid_inside
from app.japanese.text import sanitize

MARGIN = 25 * mm  # both renderers: the page margins (the sides differ on the grid)
GRID_CHARACTERS, GRID_LINES, GRID_SIZE = 40, 36, 10.5  # A4 40 字 × 36 行 at 10.5 pt
PADDING = 4.0  # points, left and right inside every cell (Word: the cell margins)
READING_SCALE = 0.6  # the ふりがな above a name, relative to the body size
WRAP_FLOOR = 4.0  # ems: the narrowest a column of running text is made
SHORT_FLOOR = 7.0  # ems: a column of short notes keeps lines this wide whole (「（オンライン）」)
_SAFETY = 1.0  # points: rounding in Word's and LibreOffice's layout
AUTOSPACE = 0.2  # ems: see _width
_JAPANESE = "\u3040-\u30ff\u3400-\u9fff\uff01-\uff5e"
_BOUNDARY = re.compile(f"(?=[{_JAPANESE}][A-Za-z0-9])")
_BOUNDARY_BACK = re.compile(f"(?=[A-Za-z0-9][{_JAPANESE}])")
_SPACES = re.compile(r"[ \u3000]+")
_PIECES = re.compile(r"[^ \u3000]+|[ \u3000]+")


class Orientation(StrEnum):
    PORTRAIT = "portrait"
    LANDSCAPE = "landscape"


def page_size(orientation: Orientation) -> tuple[float, float]:
    """The A4 page in points, (width, height), turned for ``orientation``."""
    width, height = A4
    return (height, width) if orientation is Orientation.LANDSCAPE else (width, height)


def text_width(orientation: Orientation) -> float:
    """The width between the standard margins, in points."""
    return page_size(orientation)[0] - 2 * MARGIN


@dataclass(frozen=True, slots=True)
class PageSetup:
    """The page both renderers lay a document out on, in points."""

    orientation: Orientation
    side: float  # left and right margins
    top: float  # top and bottom margins
    grid: bool  # 文字グリッド: 40 字 × 36 行 of the body size (DOCX)

    @property
    def size(self) -> tuple[float, float]:
        return page_size(self.orientation)

    @property
    def text_width(self) -> float:
        return self.size[0] - 2 * self.side


def page_setup(document: Document) -> PageSetup:
    """The first page every table of ``document`` fits, units unbroken:

    1. body text of the standard 10.5 pt on the 40 字 grid: the side margins leave exactly
       40 characters (about 31 mm, as Word's own Japanese A4 page), so characters keep
       their own width on the grid;
    2. portrait with the standard margins, no grid;
    3. landscape (the last resort: a table wider even than that breaks its units).
    """
    width = page_size(Orientation.PORTRAIT)[0]
    candidates = [
        PageSetup(Orientation.PORTRAIT, MARGIN, MARGIN, grid=False),
        PageSetup(Orientation.LANDSCAPE, MARGIN, MARGIN, grid=False),
    ]
    if document.body_size == GRID_SIZE:
        side = (width - GRID_CHARACTERS * GRID_SIZE) / 2
        candidates.insert(0, PageSetup(Orientation.PORTRAIT, side, MARGIN, grid=True))
    tables = [block for block in document.blocks if isinstance(block, Table)]
    for setup in candidates:
        if all(fits(table, document.body_size, setup.text_width) for table in tables):
            return setup
    return candidates[-1]


@dataclass(frozen=True, slots=True)
class _Need:
    least: float  # the widest unbreakable unit, padding included
    most: float  # the widest line as written, padding included


def column_fit(table: Table, column: int) -> Fit:
    return table.fit[column] if column < len(table.fit) else Fit.WRAP


def _width(text: str, font: str, size: float) -> float:
    """The width of ``text``, with LibreOffice's space between Japanese and Latin letters or
    digits (about 0.2 em at each boundary: it ignores ``w:autoSpaceDE``, Word honours it)."""
    boundaries = len(_BOUNDARY.findall(text)) + len(_BOUNDARY_BACK.findall(text))
    return stringWidth(text, font, size) + boundaries * AUTOSPACE * size


def measured_width(text: str, font: str, size: float) -> float:
    """The width ``text`` takes in either renderer, at the widest (LibreOffice's spacing
    between Japanese and Latin included), with room for rounding: what must fit a line."""
    return _width(text, font, size) + _SAFETY


def _lines(cell: CellText, font: str, size: float) -> list[tuple[str, float]]:
    """(line, font size) for every line of a cell, the reading above included."""
    if isinstance(cell, Cell):
        reading = [(line, size * READING_SCALE) for line in sanitize(cell.above).split("\n")]
        body = [(line, size) for line in sanitize(cell.text).split("\n")]
        return [*(r for r in reading if r[0]), *body]
    return [(line, size) for line in sanitize(cell).split("\n")]


def _units(line: str, fit: Fit) -> list[str]:
    if fit is Fit.WORDS:
        return [word for word in _SPACES.split(line) if word]
    return [line]


def _widest_unbroken(line: str, font: str, size: float) -> float:
    """The widest stretch of running text between two places a line may end by 禁則,
    dates and times kept whole (「早退 午後7時30分」 gives 「午後7時30分」). A company
    name in running text may break where its column is narrower than the name."""
    text = line.rstrip()
    allowed = forbid_inside(break_opportunities(text, with_units=False), figure_spans(text))
    ends = [i for i, ok in enumerate(allowed) if ok]
    return max(
        (_width(line[a:b].strip(), font, size) for a, b in pairwise(ends)),
        default=0.0,
    )


@lru_cache(maxsize=256)
def _need(table: Table, column: int, size: float) -> _Need:
    """Measured once per table (cached): the page setup tries up to three pages, and
    both renderers, then the widths, ask again for the same table."""
    fonts.register()
    fit = column_fit(table, column)
    padding = 2 * PADDING + _SAFETY
    least = most = 0.0
    cells = [(table.header[column], fonts.GOTHIC, Fit.WHOLE)]
    cells += [(row[column], fonts.MINCHO, fit) for row in table.rows if column < len(row)]
    for cell, font, cell_fit in cells:
        for line, points in _lines(cell, font, size):
            whole = _width(line, font, points)
            most = max(most, whole)
            if cell_fit in (Fit.WRAP, Fit.SHORT):  # a floor, or the widest unbroken stretch
                floor = (SHORT_FLOOR if cell_fit is Fit.SHORT else WRAP_FLOOR) * size
                kept = _widest_unbroken(line, font, points)
                least = max(least, min(whole, floor), kept)
            else:
                units = _units(line, cell_fit)
                least = max(least, *(_width(unit, font, points) for unit in units), 0.0)
    return _Need(least + padding, max(least, most) + padding)


def fits(table: Table, size: float, available: float) -> bool:
    """Whether every column can have its widest unbreakable unit within ``available``."""
    return sum(_need(table, n, size).least for n in range(len(table.header))) <= available


def widths(table: Table, size: float, available: float) -> tuple[float, ...]:
    """Column widths in points, adding up to ``available`` (the full text width)."""
    needs = [_need(table, n, size) for n in range(len(table.header))]
    weights = [table.widths[n] if n < len(table.widths) else 1.0 for n in range(len(needs))]
    least = sum(need.least for need in needs)
    most = sum(need.most for need in needs)
    if least > available:  # too wide even so: shrink in proportion, units will break
        return tuple(need.least * available / least for need in needs)
    if most <= available:  # everything on one line; share the rest by weight
        spare = available - most
        return tuple(
            need.most + spare * w / sum(weights) for need, w in zip(needs, weights, strict=True)
        )
    spare = available - least
    return tuple(need.least + spare * (need.most - need.least) / (most - least) for need in needs)


def orientation(document: Document) -> Orientation:
    """Landscape when some table cannot fit its units on a portrait page."""
    return page_setup(document).orientation


def break_words(text: str, fit: Fit, width: float, size: float) -> str:
    """``text`` with a line break at each space where the words would not fit ``width``
    (a WORDS column): the renderers would otherwise break inside a word."""
    if fit is not Fit.WORDS:
        return text
    fonts.register()
    room = width - 2 * PADDING - _SAFETY
    lines: list[str] = []
    for line in text.split("\n"):
        current, space = "", ""
        for piece in _PIECES.findall(line):
            if _SPACES.fullmatch(piece):
                space = piece
                continue
            joined = f"{current}{space}{piece}" if current else piece
            if current and _width(joined, fonts.MINCHO, size) > room:
                lines.append(current)
                joined = piece
            current, space = joined, ""
        lines.append(current)
    return "\n".join(lines)
