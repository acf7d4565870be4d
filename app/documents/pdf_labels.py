"""A sheet of labels as a PDF (:class:`~app.documents.model.LabelGrid`): each line drawn
at its place, on A4 pages the size of the sheet, with the IPAex fonts embedded."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app.documents import fonts, labels
from app.documents.labels import Placed
from app.documents.model import Align, Document, LabelGrid, LabelLine, Sheet
from app.japanese.text import sanitize

_DASH = (4, 3)  # points: the dashes of a cut line


def _draw_label(canvas: Canvas, sheet: Sheet, index: int, label: tuple[LabelLine, ...]) -> None:
    left, top = labels.origin(sheet, index)
    lines = labels.placed(sheet, label)
    inner = labels.inner_width(sheet)
    room = sheet.height * mm
    y = A4[1] - top - (room - labels.block_height(lines)) / 2  # centred top to bottom
    x0 = left + sheet.padding * mm
    for placed in lines:
        y -= placed.height
        _draw_line(canvas, placed, x0, inner, y + placed.height * 0.22)
        y -= placed.space_after


def _draw_line(canvas: Canvas, placed: Placed, x0: float, inner: float, baseline: float) -> None:
    line = placed.line
    text = sanitize(line.text)
    name = labels.font(line.face)
    canvas.setFont(name, placed.size)
    width = canvas.stringWidth(text, name, placed.size)
    if line.align is Align.CENTER:
        x = x0 + (inner - width) / 2
    elif line.align is Align.RIGHT:
        x = x0 + inner - width
    else:
        x = x0
    canvas.drawString(x, baseline, text)
    if line.underline and text:
        canvas.setLineWidth(0.6)
        below = baseline - placed.size * 0.18
        canvas.line(x0 if line.align is Align.LEFT else x, below, x + width, below)


def _cut_lines(canvas: Canvas, sheet: Sheet) -> None:
    """Dashed lines between the labels (not around the sheet)."""
    canvas.saveState()
    canvas.setDash(*_DASH)
    canvas.setLineWidth(0.5)
    left, right = sheet.left * mm, (sheet.left + sheet.columns * sheet.width) * mm
    top, bottom = sheet.top * mm, (sheet.top + sheet.rows * sheet.height) * mm
    for row in range(1, sheet.rows):
        y = A4[1] - (sheet.top + row * sheet.height) * mm
        canvas.line(left, y, right, y)
    for column in range(1, sheet.columns):
        x = (sheet.left + column * sheet.width) * mm
        canvas.line(x, A4[1] - top, x, A4[1] - bottom)
    canvas.restoreState()


def render(document: Document, grid: LabelGrid, path: Path) -> Path:
    """Write the labels of ``grid`` as A4 pages at ``path``."""
    fonts.register()
    canvas = Canvas(str(path), pagesize=A4, initialFontName=fonts.MINCHO)
    canvas.setTitle(sanitize(document.title))
    canvas.setAuthor(sanitize(document.author))
    canvas.setSubject(sanitize(document.subject))
    canvas.setCreator("Jimukyoku Desk")
    for page in labels.pages(grid) or [()]:
        if grid.cut_lines:
            _cut_lines(canvas, grid.sheet)
        for index, label in enumerate(page):
            _draw_label(canvas, grid.sheet, index, label)
        canvas.showPage()
    canvas.save()
    return path
