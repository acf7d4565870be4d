"""DOCX through python-docx: a Word file a clerk can edit.

A4 (landscape when a table needs it), Word's own heading styles (the navigation pane and a
目次 work), real numbering and bullets, tables at the measured widths of the PDF with rows
that never split, justified body text on the document grid, the East Asian font
(``w:eastAsia``) on every style and run, fallbacks named and the IPAex fonts embedded.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from docx import Document as new_docx
from docx.document import Document as DocxDocument
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Twips
from docx.text.paragraph import Paragraph as DocxParagraph
from docx.text.run import Run

from app.documents import (
    columns,
    docx_fonts,
    docx_forms,
    docx_labels,
    docx_numbering,
    docx_styles,
    fonts,
)
from app.documents.docx_numbering import Lists
from app.documents.docx_styles import HEADINGS, font_name, set_fonts
from app.documents.model import (
    Align,
    Block,
    Cell,
    CellText,
    CutLine,
    Document,
    Face,
    Form,
    Heading,
    ItemList,
    Notation,
    PageBreak,
    Paragraph,
    SignatureBlock,
    Table,
    Title,
    label_grid,
)
from app.japanese.text import sanitize

_ALIGN = {
    Align.LEFT: WD_ALIGN_PARAGRAPH.JUSTIFY,  # 両端揃え: the last line stays flush left
    Align.CENTER: WD_ALIGN_PARAGRAPH.CENTER,
    Align.RIGHT: WD_ALIGN_PARAGRAPH.RIGHT,
    Align.JUSTIFY: WD_ALIGN_PARAGRAPH.JUSTIFY,
}


@dataclass(frozen=True, slots=True)
class _Page:
    width: float  # between the margins, in points
    lists: Lists


def _run(paragraph: DocxParagraph, text: str, face: Face = Face.MINCHO, bold: bool = False) -> Run:
    """A run with its East Asian font set; line breaks become Word line breaks."""
    run = paragraph.add_run()
    for number, line in enumerate(sanitize(text).split("\n")):
        if number:
            run.add_break(WD_BREAK.LINE)
        run.add_text(line)
    run.font.name = font_name(face)
    run.bold = bold
    set_fonts(run._r, font_name(face))
    return run


def _paragraph(
    docx: DocxDocument,
    text: str,
    style: str = "JD Body",
    *,
    align: Align = Align.LEFT,
    indent: float = 0.0,
    first_line: float = 0.0,
    face: Face = Face.MINCHO,
    bold: bool = False,
    size: float = 10.5,
    after: float | None = None,
) -> DocxParagraph:
    paragraph = docx.add_paragraph()
    docx_styles.apply(paragraph, style)
    paragraph.alignment = _ALIGN[align]
    fmt = paragraph.paragraph_format
    if after is not None:  # in lines, as the PDF renderer spaces it
        fmt.space_after = Pt(after * size * 1.7)
    if indent:
        fmt.left_indent = Pt(indent * size)
    if first_line:
        fmt.first_line_indent = Pt(first_line * size)
    _run(paragraph, text, face, bold)
    return paragraph


def _add(docx: DocxDocument, block: Block, size: float, page: _Page) -> None:
    match block:
        case Title(text):
            _paragraph(docx, text, "JD Title", align=Align.CENTER, face=Face.GOTHIC, size=size)
        case Heading(text, level):
            style = HEADINGS.get(level, HEADINGS[2])
            _paragraph(docx, text, style, face=Face.GOTHIC, size=size)
        case Paragraph(text, align, indent, first_line, bold, face, after):
            _paragraph(
                docx,
                text,
                align=align,
                indent=indent,
                first_line=first_line,
                face=Face.GOTHIC if bold else face,
                size=size,
                after=after,
            )
        case ItemList(items, indent):
            _list(docx, block, size, page.lists)
        case Table():
            _table(docx, block, size, page.width)
        case Notation(items):
            note = _paragraph(docx, "記", align=Align.CENTER, size=size, after=0.6)
            note.paragraph_format.space_before = Pt(size * 0.85)
            for number, (caption, text) in enumerate(items, start=1):
                _paragraph(
                    docx,
                    f"{number} {caption}  {text}",
                    indent=5.0,
                    first_line=-4.0,
                    size=size,
                    after=0.3,
                )
            _paragraph(docx, "以上", align=Align.RIGHT, size=size, after=0.6)
        case SignatureBlock(caption, names, dated, role):
            _paragraph(docx, caption, size=size)
            if dated:
                _paragraph(docx, dated, align=Align.RIGHT, size=size)
            if role:
                _paragraph(docx, role, size=size)
            for name in names:
                paragraph = _paragraph(docx, f"{name}　　　　　　　　印", indent=12.0, size=size)
                paragraph.paragraph_format.space_before = Pt(size * 1.2)
        case PageBreak():
            docx.add_page_break()
        case CutLine():
            docx_forms.cut_line(docx, block, size, page.width)
        case Form():
            docx_forms.form(docx, block, size, page.width)


def _list(docx: DocxDocument, block: ItemList, size: float, lists: Lists) -> None:
    """Word numbering or bullets where Word can draw the labels; typed labels otherwise."""
    numbered = docx_numbering.sequence(tuple(item.label for item in block.items))
    numbered_id = lists.start(numbered) if numbered else None
    for item in block.items:
        hang = max(len(item.label), 1) + (0.5 if len(item.label) > 1 else 0.0)
        bullet = None if numbered else docx_numbering.bullet(item.label)
        num_id = numbered_id or (lists.start(bullet) if bullet else None)
        if num_id is None:
            label = f"{item.label} " if len(item.label) > 1 else item.label
            text = label + item.text
        else:
            text = item.text
        paragraph = _paragraph(
            docx, text, indent=block.indent + hang, first_line=-hang, size=size, after=0.1
        )
        if num_id is not None:
            docx_numbering.apply(paragraph, num_id)


def _cell_text(
    docx: DocxDocument, cell: Any, text: CellText, style: str, face: Face, align: Any
) -> None:
    """A cell's text; a :class:`Cell` puts its reading on a small line above."""
    paragraph = cell.paragraphs[0]
    if isinstance(text, Cell):
        if text.above:
            docx_styles.apply(paragraph, "JD Reading")
            paragraph.alignment = align
            _run(paragraph, text.above, face)
            paragraph = cell.add_paragraph()
        text = text.text
    docx_styles.apply(paragraph, style)
    paragraph.alignment = align
    _run(paragraph, text, face)


def _flag(parent: Any, tag: str, *later: str, **attributes: str) -> Any:
    """A child element of ``parent`` before any of the ``later`` tags (schema order)."""
    element = OxmlElement(tag)
    for name, value in attributes.items():
        element.set(qn(f"w:{name}"), value)
    if later:
        parent.insert_element_before(element, *later)
    else:
        parent.append(element)
    return element


def _table(docx: DocxDocument, block: Table, size: float, available: float) -> None:
    """A table at the widths :mod:`app.documents.columns` measured (``w:gridCol`` and
    ``w:tcW``, fixed layout); rows never split (``w:cantSplit``); the header repeats."""
    widths = columns.widths(block, size, available)
    twips = [int(width * 20) for width in widths]  # down: the sum stays within the margins
    table = docx.add_table(rows=1 + len(block.rows), cols=len(block.header))
    table.style = docx.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    tbl_pr = table._tbl.tblPr
    tbl_w = tbl_pr.find(qn("w:tblW"))
    tbl_w.set(qn("w:type"), "dxa")
    tbl_w.set(qn("w:w"), str(sum(twips)))
    _flag(tbl_pr, "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption", type="fixed")
    margins = _flag(tbl_pr, "w:tblCellMar", "w:tblLook", "w:tblCaption")
    # CT_TblCellMar order: top, left, bottom, right; 3 pt above and below as reportlab's
    for side, points in (("top", 3), ("left", columns.PADDING), ("bottom", 3)):
        _flag(margins, f"w:{side}", w=str(round(points * 20)), type="dxa")
    _flag(margins, "w:right", w=str(round(columns.PADDING * 20)), type="dxa")
    for grid_col, width in zip(table._tbl.tblGrid.gridCol_lst, twips, strict=True):
        grid_col.w = Twips(width)
    for number, row in enumerate(table.rows):
        tr_pr = row._tr.get_or_add_trPr()
        _flag(tr_pr, "w:cantSplit", "w:trHeight", "w:tblHeader", val="true")
        if number == 0 and block.repeat_header:
            _flag(tr_pr, "w:tblHeader", "w:tblCellSpacing", "w:jc", "w:hidden", val="true")
        for column, cell in enumerate(row.cells):
            cell.width = Twips(twips[column])
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            if number == 0:
                center = WD_ALIGN_PARAGRAPH.CENTER
                _cell_text(docx, cell, block.header[column], "JD Table Header", Face.GOTHIC, center)
                continue
            text = block.rows[number - 1][column]
            if isinstance(text, str):
                fit = columns.column_fit(block, column)
                text = columns.break_words(text, fit, widths[column], size)
            align = _ALIGN[block.align[column] if column < len(block.align) else Align.LEFT]
            _cell_text(docx, cell, text, "JD Table Text", Face.MINCHO, align)


def _page_number_footer(docx: DocxDocument) -> None:
    """「- PAGE -」 at the bottom centre, as a field Word and LibreOffice update."""
    paragraph = docx.sections[0].footer.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _run(paragraph, "- ")
    run = _run(paragraph, "")
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind is not None:
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), kind)
            run._r.append(char)
        else:
            instruction = OxmlElement("w:instrText")
            instruction.set(qn("xml:space"), "preserve")
            instruction.text = text
            run._r.append(instruction)
    _run(paragraph, " -")


def render(document: Document, path: Path, *, embed_fonts: bool = True) -> Path:
    """Write ``document`` as an A4 DOCX at ``path`` (landscape when a table needs it), with
    the IPAex fonts embedded unless ``embed_fonts`` is false."""
    docx = new_docx()
    setup = columns.page_setup(document)
    docx_styles.prepare(docx, document.body_size, setup)
    docx_fonts.install(docx, embed=embed_fonts)
    page = _Page(setup.text_width, Lists(docx, fonts.MINCHO))
    properties = docx.core_properties
    properties.title = sanitize(document.title)
    properties.subject = sanitize(document.subject)
    properties.author = sanitize(document.author)
    properties.keywords = sanitize(", ".join(document.keywords))
    grid = label_grid(document)
    if grid is not None:  # a sheet of labels: the page is the sheet's, no header or folio
        docx_labels.add(docx, grid)
    if document.header and grid is None:
        header = docx.sections[0].header.paragraphs[0]
        header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        _run(header, document.header)
    if document.page_numbers and grid is None:
        _page_number_footer(docx)
    before: set[Any] | None = None  # the body before a cut line: what follows is one piece
    for block in document.blocks if grid is None else ():
        if isinstance(block, CutLine) and before is None:
            before = set(docx.element.body)
        _add(docx, block, document.body_size, page)
    if before is not None:
        docx_forms.keep_together([e for e in docx.element.body if e not in before])
    # Into memory first: python-docx leaves its zip open when a write fails (a full
    # disk), and the zip's finaliser then fails again, with a traceback on the terminal.
    buffer = io.BytesIO()
    docx.save(buffer)
    data = buffer.getvalue()
    path.write_bytes(docx_fonts.package(data) if embed_fonts else data)
    return path
