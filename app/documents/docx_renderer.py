"""DOCX through python-docx: A4, named styles a user can restyle in Word, and the East
Asian font (``w:eastAsia``) set on every style and run (``font.name`` alone sets only
the Latin font, and Japanese then falls back to whatever the reader has)."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from docx import Document as new_docx
from docx.document import Document as DocxDocument
from docx.enum.section import WD_SECTION_START
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, Twips
from docx.text.paragraph import Paragraph as DocxParagraph
from docx.text.run import Run

from app.documents import fonts
from app.documents.model import (
    Align,
    Block,
    Document,
    Face,
    Heading,
    ItemList,
    Notation,
    PageBreak,
    Paragraph,
    SignatureBlock,
    Table,
    Title,
)
from app.japanese.text import sanitize

_ALIGN = {
    Align.LEFT: WD_ALIGN_PARAGRAPH.LEFT,
    Align.CENTER: WD_ALIGN_PARAGRAPH.CENTER,
    Align.RIGHT: WD_ALIGN_PARAGRAPH.RIGHT,
    Align.JUSTIFY: WD_ALIGN_PARAGRAPH.JUSTIFY,
}
_STYLES = {  # our style name → (face, size factor, bold)
    "JD Title": (Face.GOTHIC, 1.45, False),
    "JD Heading 1": (Face.GOTHIC, 1.1, False),
    "JD Heading 2": (Face.GOTHIC, 1.0, False),
    "JD Body": (Face.MINCHO, 1.0, False),
    "JD Table Header": (Face.GOTHIC, 1.0, False),
}


def _font_name(face: Face) -> str:
    return fonts.GOTHIC if face is Face.GOTHIC else fonts.MINCHO


def _set_fonts(element: Any, name: str) -> None:
    """ascii, hAnsi and eastAsia on an ``rPr`` owner (a style or a run)."""
    r_pr = element.get_or_add_rPr()
    r_fonts = r_pr.find(qn("w:rFonts"))
    if r_fonts is None:
        r_fonts = OxmlElement("w:rFonts")
        r_pr.insert(0, r_fonts)
    for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        r_fonts.set(qn(attribute), name)


def _style_font(style: Any, face: Face, size: float, bold: bool) -> None:
    style.font.name = _font_name(face)
    style.font.size = Pt(size)
    style.font.bold = bold
    _set_fonts(style.element, _font_name(face))


def _prepare(docx: DocxDocument, body_size: float) -> None:
    section = docx.sections[0]
    section.page_width, section.page_height = (
        Twips(11906),
        Twips(16838),
    )  # A4; the template is Letter
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(25))
    section.start_type = WD_SECTION_START.NEW_PAGE
    normal = docx.styles["Normal"]
    _style_font(normal, Face.MINCHO, body_size, False)
    normal.paragraph_format.line_spacing = 1.35
    normal.paragraph_format.space_after = Pt(body_size * 0.5)
    for name, (face, factor, bold) in _STYLES.items():
        style = docx.styles.add_style(name, 1)  # 1: paragraph style
        style.base_style = normal
        _style_font(style, face, body_size * factor, bold)
    docx.styles["JD Title"].paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    docx.styles["JD Title"].paragraph_format.space_after = Pt(body_size * 1.5)
    for name in ("JD Heading 1", "JD Heading 2"):
        docx.styles[name].paragraph_format.space_before = Pt(body_size * 0.6)
        docx.styles[name].paragraph_format.keep_with_next = True


def _run(paragraph: DocxParagraph, text: str, face: Face = Face.MINCHO, bold: bool = False) -> Run:
    """A run with its East Asian font set; line breaks become Word line breaks."""
    run = paragraph.add_run()
    for number, line in enumerate(sanitize(text).split("\n")):
        if number:
            run.add_break(WD_BREAK.LINE)
        run.add_text(line)
    run.font.name = _font_name(face)
    run.bold = bold
    _set_fonts(run._r, _font_name(face))
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
    paragraph = docx.add_paragraph(style=style)
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


def _add(docx: DocxDocument, block: Block, size: float) -> None:
    match block:
        case Title(text):
            _paragraph(docx, text, "JD Title", align=Align.CENTER, face=Face.GOTHIC, size=size)
        case Heading(text, level):
            style = "JD Heading 1" if level == 1 else "JD Heading 2"
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
            for item in items:
                hang = max(len(item.label), 1) + (0.5 if len(item.label) > 1 else 0.0)
                label = f"{item.label} " if len(item.label) > 1 else item.label
                _paragraph(
                    docx, label + item.text, indent=indent + hang, first_line=-hang, size=size
                )
        case Table():
            _table(docx, block)
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


def _table(docx: DocxDocument, block: Table) -> None:
    table = docx.add_table(rows=1 + len(block.rows), cols=len(block.header))
    table.style = docx.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    usable = Mm(160)
    total = sum(block.widths)
    for column, width in enumerate(block.widths):
        for cell in table.columns[column].cells:
            cell.width = int(usable * width / total)
    for column, text in enumerate(block.header):
        paragraph = table.rows[0].cells[column].paragraphs[0]
        paragraph.style = docx.styles["JD Table Header"]
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _run(paragraph, text, Face.GOTHIC)
    if block.repeat_header:
        tr_pr = table.rows[0]._tr.get_or_add_trPr()
        header = OxmlElement("w:tblHeader")
        header.set(qn("w:val"), "true")
        tr_pr.append(header)
    for number, row in enumerate(block.rows, start=1):
        for column, text in enumerate(row):
            paragraph = table.rows[number].cells[column].paragraphs[0]
            paragraph.style = docx.styles["JD Body"]
            align = block.align[column] if column < len(block.align) else Align.LEFT
            paragraph.alignment = _ALIGN[align]
            _run(paragraph, text)


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


def render(document: Document, path: Path) -> Path:
    """Write ``document`` as an A4 DOCX at ``path``."""
    docx = new_docx()
    _prepare(docx, document.body_size)
    properties = docx.core_properties
    properties.title = sanitize(document.title)
    properties.subject = sanitize(document.subject)
    properties.author = sanitize(document.author)
    properties.keywords = sanitize(", ".join(document.keywords))
    if document.header:
        header = docx.sections[0].header.paragraphs[0]
        header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        _run(header, document.header)
    if document.page_numbers:
        _page_number_footer(docx)
    for block in document.blocks:
        _add(docx, block, document.body_size)
    # Into memory first: python-docx leaves its zip open when a write fails (a full
    # disk), and the zip's finaliser then fails again, with a traceback on the terminal.
    buffer = io.BytesIO()
    docx.save(buffer)
    path.write_bytes(buffer.getvalue())
    return path
