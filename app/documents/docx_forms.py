"""The cut line and the ruled form of a tear-off 申込書, and the runs of a sheet of labels,
for the DOCX renderer."""

from __future__ import annotations

from typing import Any

from docx.document import Document as DocxDocument
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Twips

from app.documents import columns, docx_styles
from app.documents.docx_styles import font_name, set_fonts
from app.documents.model import Align, CutLine, Face, Form
from app.japanese.text import sanitize

# the elements of a paragraph's properties that come after w:keepNext (CT_PPr's order)
_AFTER_KEEP_NEXT = (
    "keepLines",
    "pageBreakBefore",
    "framePr",
    "widowControl",
    "numPr",
    "suppressLineNumbers",
    "pBdr",
    "shd",
    "tabs",
    "suppressAutoHyphens",
    "kinsoku",
    "wordWrap",
    "overflowPunct",
    "topLinePunct",
    "autoSpaceDE",
    "autoSpaceDN",
    "bidi",
    "adjustRightInd",
    "snapToGrid",
    "spacing",
    "ind",
    "contextualSpacing",
    "mirrorIndents",
    "suppressOverlap",
    "jc",
    "textDirection",
    "textAlignment",
    "textboxTightWrap",
    "outlineLvl",
    "divId",
    "cnfStyle",
    "rPr",
    "sectPr",
    "pPrChange",
)
_ALIGN = {
    Align.LEFT: WD_ALIGN_PARAGRAPH.LEFT,
    Align.CENTER: WD_ALIGN_PARAGRAPH.CENTER,
    Align.RIGHT: WD_ALIGN_PARAGRAPH.RIGHT,
    Align.JUSTIFY: WD_ALIGN_PARAGRAPH.JUSTIFY,
}


def run(paragraph: Any, text: str, face: Face, size: float | None = None) -> Any:
    """A run of one line with its East Asian font (and size, when given)."""
    added = paragraph.add_run(sanitize(text))
    added.font.name = font_name(face)
    if size is not None:
        added.font.size = Pt(size)
    set_fonts(added._r, font_name(face))
    return added


def cut_line(docx: DocxDocument, block: CutLine, size: float, width: float) -> None:
    """「- - - きりとり線 - - -」: tab leaders of dashes either side of the centred label."""
    paragraph = docx.add_paragraph()
    docx_styles.apply(paragraph, "JD Body")
    paragraph.alignment = WD_ALIGN_PARAGRAPH.LEFT
    fmt = paragraph.paragraph_format
    fmt.space_before = Pt(size * 0.6)
    fmt.space_after = Pt(size * 0.6)
    stops = fmt.tab_stops
    stops.add_tab_stop(Twips(round(width * 10)), WD_TAB_ALIGNMENT.CENTER, WD_TAB_LEADER.DASHES)
    stops.add_tab_stop(Twips(round(width * 20)), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DASHES)
    run(paragraph, "\t", Face.MINCHO)
    run(paragraph, f" {block.label} ", Face.MINCHO, size * 0.85)
    run(paragraph, "\t", Face.MINCHO)


def _shade(cell: Any) -> None:
    properties = cell._tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), "E8E8E8")
    properties.append(shading)


def _cell_margins(table: Any) -> None:
    """3 pt above and below the text, 4 pt at the sides, as the PDF's table cells."""
    margins = OxmlElement("w:tblCellMar")
    for side, points in (("top", 3), ("left", columns.PADDING), ("bottom", 3)):
        margin = OxmlElement(f"w:{side}")
        margin.set(qn("w:w"), str(round(points * 20)))
        margin.set(qn("w:type"), "dxa")
        margins.append(margin)
    right = OxmlElement("w:right")
    right.set(qn("w:w"), str(round(columns.PADDING * 20)))
    right.set(qn("w:type"), "dxa")
    margins.append(right)
    table._tbl.tblPr.insert_element_before(margins, "w:tblLook", "w:tblCaption")


def form(docx: DocxDocument, block: Form, size: float, width: float) -> None:
    """The ruled form: captions shaded in Gothic, each row at the form's height."""
    total = sum(block.widths)
    twips = [int(width * w / total * 20) for w in block.widths]
    columns = len(block.widths)
    table = docx.add_table(rows=len(block.rows), cols=columns)
    table.style = docx.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    _cell_margins(table)
    for grid_col, twip in zip(table._tbl.tblGrid.gridCol_lst, twips, strict=True):
        grid_col.w = Twips(twip)
    for number, row in enumerate(block.rows):
        docx_row = table.rows[number]
        if block.height:
            docx_row.height = Pt(size * 1.7 * block.height)
        cells = docx_row.cells
        for column in range(columns):
            cells[column].width = Twips(twips[column])
        if len(row) < columns:  # the last room takes the rest of the row
            cells[len(row) - 1].merge(cells[columns - 1])
        for column, text in enumerate(row):
            cell = table.cell(number, column)
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            paragraph = cell.paragraphs[0]
            docx_styles.apply(paragraph, "JD Table Text")
            caption = column % 2 == 0
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER if caption else _ALIGN[block.align]
            if caption:
                _shade(cell)
            run(paragraph, text, Face.GOTHIC if caption else Face.MINCHO)
    docx.add_paragraph().paragraph_format.space_after = Pt(0)


def keep_together(elements: list[Any]) -> None:
    """What follows a cut line is one piece: every paragraph in it (in the form's cells
    too) keeps with the next, so Word moves the piece to the next page whole."""
    paragraphs = [p for element in elements for p in element.iter(qn("w:p"))]
    for paragraph in paragraphs[:-1]:
        properties = paragraph.get_or_add_pPr()
        if properties.find(qn("w:keepNext")) is None:
            properties.insert_element_before(
                OxmlElement("w:keepNext"),
                *(f"w:{tag}" for tag in _AFTER_KEEP_NEXT),
            )
