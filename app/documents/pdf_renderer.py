"""PDF through reportlab platypus: A4, IPAex fonts embedded, our own Japanese line breaking.

- Every style names an embedded TrueType font, and ``initialFontName`` is set, so no
  unembedded Helvetica is left anywhere in the file (``pdffonts`` shows only IPAex).
- Every paragraph and table cell is a :class:`~app.documents.pdf_text.TypesetText`:
  JIS X 4051 禁則, no-break units (the document's names and readings, dates, times,
  company names) and justified lines, instead of reportlab's partial CJK wrap.
"""

from __future__ import annotations

import re
from pathlib import Path

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    KeepTogether,
    SimpleDocTemplate,
    Spacer,
    TableStyle,
)
from reportlab.platypus import (
    PageBreak as PdfPageBreak,
)
from reportlab.platypus import (
    Table as PdfTable,
)
from reportlab.platypus.flowables import Flowable

from app.documents import columns, fonts, pdf_labels
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
from app.documents.pdf_forms import DashedCut, form_rows
from app.documents.pdf_text import TypesetText
from app.japanese.text import sanitize

_FRAME_PADDING = 6.0  # reportlab's Frame default on every side
_ALIGN = {
    Align.LEFT: TA_LEFT,
    Align.CENTER: TA_CENTER,
    Align.RIGHT: TA_RIGHT,
    Align.JUSTIFY: TA_JUSTIFY,
}


_NBSP = "\u00a0"


_PHRASE = re.compile(r"[（(「『]?[^\s（(「『]+")


def _phrases(text: str) -> tuple[str, ...]:
    """A title's phrases: 「視察受入報告書」「（西ケ丘市ものづくり振興協議会」「視察受入れ）」."""
    return tuple(_PHRASE.findall(text))


class _Styles:
    def __init__(self, size: float, units: tuple[str, ...] = ()) -> None:
        self.size = size
        self.leading = size * 1.7
        self.units = units  # the document's no-break units (names, readings …)

    def text(self, text: str, style: ParagraphStyle, *, phrases: bool = False) -> TypesetText:
        """One paragraph or table cell, set by our line breaker; with ``phrases`` (a
        title) a line breaks only between its phrases, at a space or before a bracket,
        and the lines are balanced."""
        units = (*self.units, *_phrases(text)) if phrases else self.units
        return TypesetText(sanitize(text), style, units=units, balanced=phrases)

    def style(
        self,
        *,
        face: Face = Face.MINCHO,
        size: float | None = None,
        align: Align = Align.LEFT,
        left: float = 0.0,
        first_line: float = 0.0,
        after: float = 0.35,
    ) -> ParagraphStyle:
        points = size or self.size
        return ParagraphStyle(
            "jimukyoku",
            fontName=fonts.GOTHIC if face is Face.GOTHIC else fonts.MINCHO,
            fontSize=points,
            leading=points * 1.7,
            alignment=_ALIGN[align],
            leftIndent=left * self.size,
            firstLineIndent=first_line * self.size,
            spaceAfter=after * self.leading,
            wordWrap="CJK",
            allowWidows=0,
            allowOrphans=0,
        )


def _flowables(block: Block, s: _Styles, width: float) -> list[Flowable]:
    match block:
        case Title(text):
            style = s.style(face=Face.GOTHIC, size=s.size * 1.45, align=Align.CENTER, after=1.0)
            return [s.text(text, style, phrases=True)]
        case Heading(text, level):
            size = s.size * (1.1 if level == 1 else 1.0)
            style = s.style(face=Face.GOTHIC, size=size, after=0.2)
            style.keepWithNext = 1  # a heading never ends a page alone
            return [Spacer(1, s.leading * 0.3), s.text(text, style)]
        case Paragraph(text, align, indent, first_line, bold, face, after):
            style = s.style(
                face=Face.GOTHIC if bold else face,
                align=align,
                left=indent,
                first_line=first_line,
                after=after,
            )
            return [s.text(text, style)]
        case ItemList(items, indent):
            flowables: list[Flowable] = []
            for item in items:
                hang = max(len(item.label), 1) + (0.5 if len(item.label) > 1 else 0.0)
                style = s.style(left=indent + hang, first_line=-hang, after=0.1)
                label = f"{item.label}{_NBSP if len(item.label) > 1 else ''}"
                flowables.append(s.text(label + item.text, style))
            return [*flowables, Spacer(1, s.leading * 0.3)]
        case Table():
            return [_table(block, s, width), Spacer(1, s.leading * 0.5)]
        case Notation(items):
            centre = s.style(align=Align.CENTER, after=0.6)
            flowables = [Spacer(1, s.leading * 0.5), s.text("記", centre)]
            for number, (caption, text) in enumerate(items, start=1):
                style = s.style(left=5.0, first_line=-4.0, after=0.3)
                flowables.append(s.text(f"{number}{_NBSP}{caption}{_NBSP * 2}{text}", style))
            flowables.append(s.text("以上", s.style(align=Align.RIGHT, after=0.6)))
            return flowables
        case SignatureBlock(caption, names, dated, role):
            cell = s.style(after=0)
            seal = s.text("印", cell)
            rows = [
                [
                    s.text(role if row == 0 else "", cell),
                    s.text(n, cell),
                    seal,
                ]
                for row, n in enumerate(names)
            ]
            table = PdfTable(
                rows,
                colWidths=[width * 0.35, width * 0.5, width * 0.15],
                rowHeights=[s.leading * 2.2] * len(names),
            )
            table.setStyle(
                TableStyle(
                    [
                        ("FONTNAME", (0, 0), (-1, -1), fonts.MINCHO),  # not Helvetica
                        ("FONTSIZE", (0, 0), (-1, -1), s.size),
                        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                        ("LINEBELOW", (1, 0), (1, -1), 0.6, "black"),
                    ]
                )
            )
            heading = [s.text(caption, s.style(after=0.2))]
            if dated:
                heading.append(s.text(dated, s.style(align=Align.RIGHT, after=0.2)))
            return [Spacer(1, s.leading), KeepTogether([*heading, table])]
        case PageBreak():
            return [PdfPageBreak()]
        case CutLine(label):
            style = s.style(size=s.size * 0.85, align=Align.CENTER, after=0)
            return [DashedCut(s.text(label, style), width, s.leading)]
        case Form():
            return [_form(block, s, width), Spacer(1, s.leading * 0.3)]
    raise TypeError(f"unknown block {block!r}")


def _table(block: Table, s: _Styles, width: float) -> PdfTable:
    widths = columns.widths(block, s.size, width)
    header_style = s.style(face=Face.GOTHIC, align=Align.CENTER, after=0)

    def content(text: CellText, style: ParagraphStyle) -> TypesetText | list[Flowable]:
        if not isinstance(text, Cell):
            return s.text(text, style)
        # ふりがな above the name, in the same cell
        size = s.size * columns.READING_SCALE
        small = ParagraphStyle("reading", style, fontSize=size, leading=size * 1.3, spaceAfter=0)
        above = [s.text(text.above, small)] if text.above else []
        return [*above, s.text(text.text, style)]

    def cell(text: CellText, column: int) -> TypesetText | list[Flowable]:
        align = block.align[column] if column < len(block.align) else Align.LEFT
        if isinstance(text, str):
            fit = columns.column_fit(block, column)
            text = columns.break_words(text, fit, widths[column], s.size)
        return content(text, s.style(align=align, after=0))

    data = [[content(text, header_style) for text in block.header]]
    data += [[cell(text, n) for n, text in enumerate(row)] for row in block.rows]
    # a row never splits across pages (splitInRow=0); the header row repeats
    table = PdfTable(
        data, colWidths=widths, repeatRows=1 if block.repeat_header else 0, splitInRow=0
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.MINCHO),  # else Helvetica is referenced
                ("GRID", (0, 0), (-1, -1), 0.5, "black"),
                ("BACKGROUND", (0, 0), (-1, 0), "#e8e8e8"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), columns.PADDING),
                ("RIGHTPADDING", (0, 0), (-1, -1), columns.PADDING),
            ]
        )
    )
    return table


def _form(block: Form, s: _Styles, width: float) -> PdfTable:
    """A ruled form: captions shaded in Gothic, the room to write at the form's height."""
    caption = s.style(face=Face.GOTHIC, align=Align.CENTER, after=0)
    written = s.style(align=block.align, after=0)
    data = [
        [
            s.text(text, caption if n % 2 == 0 else written) if text else ""
            for n, text in enumerate(row)
        ]
        for row in form_rows(block)
    ]
    total = sum(block.widths)
    table = PdfTable(
        data,
        colWidths=[width * w / total for w in block.widths],
        rowHeights=[s.leading * block.height] * len(data) if block.height else None,
    )
    commands: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.MINCHO),
        ("GRID", (0, 0), (-1, -1), 0.6, "black"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]
    for number, row in enumerate(block.rows):
        for column in range(0, len(row), 2):
            commands.append(("BACKGROUND", (column, number), (column, number), "#e8e8e8"))
        if len(row) < len(block.widths):  # the last room takes the rest of the row
            commands.append(("SPAN", (len(row) - 1, number), (-1, number)))
    table.setStyle(TableStyle(commands))
    return table


def render(document: Document, path: Path) -> Path:
    """Write ``document`` as an A4 PDF at ``path``."""
    fonts.register()
    grid = label_grid(document)
    if grid is not None:  # a sheet of labels: each at its place, not flowed
        return pdf_labels.render(document, grid, path)
    styles = _Styles(document.body_size, document.units)
    # one page for the whole document, as the DOCX: landscape when a table needs it
    setup = columns.page_setup(document)
    page = setup.size
    template = SimpleDocTemplate(
        str(path),
        pagesize=page,
        # platypus' frame pads its content by 6 pt: the text area is then the DOCX's
        leftMargin=setup.side - _FRAME_PADDING,
        rightMargin=setup.side - _FRAME_PADDING,
        topMargin=setup.top - _FRAME_PADDING,
        bottomMargin=setup.top - _FRAME_PADDING,
        title=sanitize(document.title),
        author=sanitize(document.author),
        subject=sanitize(document.subject),
        keywords=[sanitize(keyword) for keyword in document.keywords],
        initialFontName=fonts.MINCHO,
        initialFontSize=document.body_size,
        creator="Jimukyoku Desk",
    )
    width = setup.text_width
    story: list[Flowable] = []
    torn: list[Flowable] = []  # from a cut line on: one piece, never split across pages
    for block in document.blocks:
        (torn if torn or isinstance(block, CutLine) else story).extend(
            _flowables(block, styles, width)
        )
    if torn:
        story.append(KeepTogether(torn))

    def decorate(canvas: Canvas, _template: SimpleDocTemplate) -> None:
        canvas.saveState()
        if document.page_numbers:
            canvas.setFont(fonts.MINCHO, 9)
            canvas.drawCentredString(page[0] / 2, 14 * mm, f"- {canvas.getPageNumber()} -")
        if document.header:
            canvas.setFont(fonts.MINCHO, 8)
            canvas.drawRightString(
                page[0] - setup.side, page[1] - 15 * mm, sanitize(document.header)
            )
        canvas.restoreState()

    template.build(story, onFirstPage=decorate, onLaterPages=decorate)
    return path
