"""The styles and page of a DOCX: Word's own heading styles restyled to our look, the
East Asian font on every style, A4 in either orientation and the 文字グリッド.

- 見出し 1/2 are Word's built-in ``Heading 1``/``Heading 2`` (outline levels 0 and 1), so
  the navigation pane and a 目次 work; our look replaces the template's blue Calibri.
- The document grid (A4, 40 字 × 36 行) is set where the body text is the standard 10.5 pt
  on a portrait page; table text does not snap to it (the columns are measured).
- ``font.name`` sets only ``w:ascii``/``w:hAnsi``: ``w:eastAsia`` is set on every style.
"""

from __future__ import annotations

from typing import Any

from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT, WD_SECTION_START
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Twips

from app.documents import columns, fonts
from app.documents.columns import Orientation, PageSetup
from app.documents.model import Face

HEADINGS = {1: "Heading 1", 2: "Heading 2"}  # Word shows them as 見出し 1 / 見出し 2
_OURS = {  # our style name → (face, size factor)
    "JD Title": (Face.GOTHIC, 1.45),
    "JD Body": (Face.MINCHO, 1.0),
    "JD Table Header": (Face.GOTHIC, 1.0),
    "JD Table Text": (Face.MINCHO, 1.0),
    "JD Reading": (Face.MINCHO, columns.READING_SCALE),
}


def apply(paragraph: Any, name: str) -> None:
    """Give ``paragraph`` the style ``name`` by its id (python-docx's by-name lookup scans
    every style for each paragraph: most of the time of a long document)."""
    paragraph._p.get_or_add_pPr().style = name.replace(" ", "")


def font_name(face: Face) -> str:
    return fonts.GOTHIC if face is Face.GOTHIC else fonts.MINCHO


def set_fonts(element: Any, name: str) -> None:
    """ascii, hAnsi and eastAsia on an ``rPr`` owner (a style or a run)."""
    r_pr = element.get_or_add_rPr()
    r_fonts = r_pr.find(qn("w:rFonts"))
    if r_fonts is None:
        r_fonts = OxmlElement("w:rFonts")
        r_pr.insert(0, r_fonts)
    for attribute in list(r_fonts.attrib):  # the template's theme fonts would win
        del r_fonts.attrib[attribute]
    for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        r_fonts.set(qn(attribute), name)


def _style_font(style: Any, face: Face, size: float) -> None:
    style.font.name = font_name(face)
    style.font.size = Pt(size)
    style.font.bold = False
    style.font.italic = False
    set_fonts(style.element, font_name(face))
    r_pr = style.element.get_or_add_rPr()
    for tag in ("w:color", "w:bCs"):
        for element in r_pr.findall(qn(tag)):
            r_pr.remove(element)


_P_PR_ORDER = (  # ECMA-376 CT_PPrBase, from autoSpaceDE on: Word rejects other orders
    *("autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd", "snapToGrid", "spacing", "ind"),
    *("contextualSpacing", "mirrorIndents", "suppressOverlap", "jc", "textDirection"),
    *("textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr"),
    "pPrChange",
)


def _p_pr_flag(style: Any, tag: str, value: str) -> None:
    """A ``w:pPr`` child with ``w:val`` on a style (replacing the template's), in the
    schema's place."""
    p_pr = style.element.get_or_add_pPr()
    for element in p_pr.findall(qn(tag)):
        p_pr.remove(element)
    flag = OxmlElement(tag)
    flag.set(qn("w:val"), value)
    later = _P_PR_ORDER[_P_PR_ORDER.index(tag.removeprefix("w:")) + 1 :]
    p_pr.insert_element_before(flag, *(f"w:{name}" for name in later))


def _page(docx: DocxDocument, setup: PageSetup) -> None:
    section = docx.sections[0]
    width, height = setup.size
    landscape = setup.orientation is Orientation.LANDSCAPE
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Twips(round(width * 20)), Twips(round(height * 20))
    for side, points in (
        ("left_margin", setup.side),
        ("right_margin", setup.side),
        ("top_margin", setup.top),
        ("bottom_margin", setup.top),
    ):
        setattr(section, side, Twips(round(points * 20)))
    section.start_type = WD_SECTION_START.NEW_PAGE
    doc_grid = section._sectPr.find(qn("w:docGrid"))
    if setup.grid and doc_grid is not None:
        lines = (height - 2 * setup.top) / columns.GRID_LINES
        pitch = setup.text_width / columns.GRID_CHARACTERS
        doc_grid.set(qn("w:type"), "linesAndChars")
        doc_grid.set(qn("w:linePitch"), str(round(lines * 20)))
        # Word's unit: 4096ths of a point added to the Normal font size (0 on our grid)
        doc_grid.set(qn("w:charSpace"), str(round((pitch - columns.GRID_SIZE) * 4096)))


def prepare(docx: DocxDocument, body_size: float, setup: PageSetup) -> None:
    """Page, grid and styles for a document with body text of ``body_size`` points."""
    grid = setup.grid
    _page(docx, setup)
    normal = docx.styles["Normal"]
    _style_font(normal, Face.MINCHO, body_size)
    # on the grid a line is one grid line (1.85 em); off it, 1.35 lines as before
    normal.paragraph_format.line_spacing = 1.0 if grid else 1.35
    normal.paragraph_format.space_after = Pt(body_size * 0.5)
    normal.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY  # 両端揃え
    for name, (face, factor) in _OURS.items():
        style = docx.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = normal
        _style_font(style, face, body_size * factor)
    # larger than a grid cell: on the grid each character would take two cells
    for name in ("JD Title", *HEADINGS.values()):
        _p_pr_flag(docx.styles[name], "w:snapToGrid", "0")
    docx.styles["JD Title"].paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    docx.styles["JD Title"].paragraph_format.space_after = Pt(body_size * 1.5)
    for name in ("JD Table Header", "JD Table Text", "JD Reading"):
        style = docx.styles[name]
        style.paragraph_format.space_after = Pt(0)
        style.paragraph_format.line_spacing = 1.15 if name != "JD Reading" else 1.0
        # measured text: no grid and no extra space between Japanese and Latin
        for tag in ("w:snapToGrid", "w:autoSpaceDE", "w:autoSpaceDN"):
            _p_pr_flag(style, tag, "0")
    for level, name in HEADINGS.items():
        style = docx.styles[name]
        _style_font(style, Face.GOTHIC, body_size * (1.1 if level == 1 else 1.0))
        fmt = style.paragraph_format
        fmt.space_before = Pt(body_size * 0.6)
        fmt.space_after = Pt(body_size * 0.2)
        fmt.keep_with_next = True
        fmt.alignment = WD_ALIGN_PARAGRAPH.LEFT
        _p_pr_flag(style, "w:outlineLvl", str(level - 1))
    _compat(docx)


def _compat(docx: DocxDocument) -> None:
    """A justified line that ends in a manual line break is not stretched (Word would)."""
    compat = docx.settings.element.find(qn("w:compat"))
    if compat is not None:
        compat.insert(0, OxmlElement("w:doNotExpandShiftReturn"))
