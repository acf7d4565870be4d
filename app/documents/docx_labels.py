"""A sheet of labels as a DOCX (:class:`~app.documents.model.LabelGrid`): one table per
page, its rows and columns exactly the labels' size, the page margins the sheet's, so
that Word prints each label where the sheet has it."""

from __future__ import annotations

from typing import Any

from docx.document import Document as DocxDocument
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_ROW_HEIGHT_RULE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from app.documents import docx_styles, labels
from app.documents.docx_forms import run
from app.documents.model import Align, Face, LabelGrid, LabelLine, Sheet

_SLACK = 1.0  # mm below the last row: Word's rounding never pushes it to the next page
_ALIGN = {
    Align.LEFT: WD_ALIGN_PARAGRAPH.LEFT,
    Align.CENTER: WD_ALIGN_PARAGRAPH.CENTER,
    Align.RIGHT: WD_ALIGN_PARAGRAPH.RIGHT,
    Align.JUSTIFY: WD_ALIGN_PARAGRAPH.LEFT,
}


def _page(docx: DocxDocument, sheet: Sheet) -> None:
    section = docx.sections[0]
    section.top_margin = Mm(sheet.top)
    section.left_margin = Mm(sheet.left)
    section.right_margin = Mm(max(210 - sheet.left - sheet.columns * sheet.width, 0))
    section.bottom_margin = Mm(max(297 - sheet.top - sheet.rows * sheet.height - _SLACK, 0))
    section.header_distance = section.footer_distance = Mm(0)
    grid = section._sectPr.find(qn("w:docGrid"))
    if grid is not None:  # the labels' lines are set by size, not on a character grid
        section._sectPr.remove(grid)


def _borders(table: Any, dashed: bool) -> None:
    """No rules on a label sheet (it is cut already); dashes between the labels to cut
    along on plain paper."""
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        border = OxmlElement(f"w:{side}")
        inside = side.startswith("inside")
        border.set(qn("w:val"), "dashed" if dashed and inside else "nil")
        if dashed and inside:
            border.set(qn("w:sz"), "4")
            border.set(qn("w:color"), "000000")
        borders.append(border)
    properties = table._tbl.tblPr
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    margins = OxmlElement("w:tblCellMar")
    for side in ("top", "left", "bottom", "right"):  # the padding is the paragraphs' indent
        margin = OxmlElement(f"w:{side}")
        margin.set(qn("w:w"), "0")
        margin.set(qn("w:type"), "dxa")
        margins.append(margin)
    properties.append(borders)
    properties.append(layout)
    properties.append(margins)


def _label(cell: Any, sheet: Sheet, label: tuple[LabelLine, ...]) -> None:
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    for number, placed in enumerate(labels.placed(sheet, label) or []):
        paragraph = cell.paragraphs[0] if number == 0 else cell.add_paragraph()
        docx_styles.apply(paragraph, "JD Table Text")
        paragraph.alignment = _ALIGN[placed.line.align]
        fmt = paragraph.paragraph_format
        fmt.left_indent = fmt.right_indent = Mm(sheet.padding)
        fmt.space_before = Pt(0)
        fmt.space_after = Pt(placed.space_after)
        fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        fmt.line_spacing = Pt(placed.height)
        text = run(paragraph, placed.line.text, placed.line.face, placed.size)
        text.underline = placed.line.underline


def _sheet(docx: DocxDocument, grid: LabelGrid, page: tuple[tuple[LabelLine, ...], ...]) -> None:
    sheet = grid.sheet
    rows = -(-len(page) // sheet.columns)
    table = docx.add_table(rows=rows, cols=sheet.columns)
    _borders(table, grid.cut_lines)
    for grid_col in table._tbl.tblGrid.gridCol_lst:
        grid_col.w = Mm(sheet.width)
    for number, row in enumerate(table.rows):
        row.height = Mm(sheet.height)
        row.height_rule = WD_ROW_HEIGHT_RULE.EXACTLY
        for column, cell in enumerate(row.cells):
            cell.width = Mm(sheet.width)
            index = number * sheet.columns + column
            if index < len(page):
                _label(cell, sheet, page[index])


def add(docx: DocxDocument, grid: LabelGrid) -> None:
    """The labels of ``grid``, a page of the sheet per table."""
    _page(docx, grid.sheet)
    pages = labels.pages(grid)
    for number, page in enumerate(pages):
        _sheet(docx, grid, page)
        # Word needs a paragraph after a table: a tiny one, carrying the page break
        after = docx.add_paragraph()
        fmt = after.paragraph_format
        fmt.space_before = fmt.space_after = Pt(0)
        fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        fmt.line_spacing = Pt(1)
        if number < len(pages) - 1:
            run(after, "", Face.MINCHO, 1).add_break(WD_BREAK.PAGE)
