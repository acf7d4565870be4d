"""Read generated documents back, independently of the renderers: text, fonts, page size."""

from __future__ import annotations

import ctypes
import re
import unicodedata
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_raw
from docx import Document as open_docx
from docx.table import Table as DocxTable
from docx.text.paragraph import Paragraph as DocxParagraph
from pypdf import PdfReader

A4_POINTS = (595.28, 841.89)


def normalise(text: str) -> str:
    """NFKC, with every kind of white space removed: what is written, not where."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def docx_text(path: Path) -> str:
    """The text of the body, with the labels Word's numbering draws (「・」, 「1」, 「(1)」…)."""
    document = open_docx(str(path))
    labels = _ListLabels(document)
    parts: list[str] = []
    for item in document.iter_inner_content():
        if isinstance(item, DocxParagraph):
            parts.append(labels.label(item) + item.text)
        elif isinstance(item, DocxTable):
            for row in item.rows:
                # a merged cell is listed once per column it spans: its text once
                cells = [
                    c
                    for n, c in enumerate(row.cells)
                    if n == 0 or c._tc is not row.cells[n - 1]._tc
                ]
                parts.extend(cell.text for cell in cells)
    return "\n".join(parts)


_FORMATS = {
    "decimal": str,
    "decimalFullWidth": lambda n: str(n).translate(
        str.maketrans("0123456789", "０１２３４５６７８９")
    ),
    "decimalEnclosedCircle": lambda n: chr(0x2460 + n - 1),
    "aiueoFullWidth": lambda n: "アイウエオカキクケコサシスセソタチツテトナニヌネノ"[n - 1],
}


class _ListLabels:
    """Counts Word numbering as Word does: one counter per ``w:numId``, from its start."""

    def __init__(self, document: object) -> None:
        from docx.oxml.ns import qn

        self._qn = qn
        self._levels: dict[str, tuple[str, str, int]] = {}
        part = document.part.numbering_part  # type: ignore[attr-defined]
        abstract: dict[str, tuple[str, str, int]] = {}
        for element in part.element.iter(qn("w:abstractNum")):
            level = element.find(qn("w:lvl"))
            if level is None:
                continue
            value = {
                tag: (level.find(qn(f"w:{tag}")).get(qn("w:val")) or "")
                for tag in ("numFmt", "lvlText", "start")
                if level.find(qn(f"w:{tag}")) is not None
            }
            abstract[element.get(qn("w:abstractNumId"))] = (
                value.get("numFmt", "decimal"),
                value.get("lvlText", ""),
                int(value.get("start", "1")),
            )
        for num in part.element.iter(qn("w:num")):
            reference = num.find(qn("w:abstractNumId")).get(qn("w:val"))
            if reference in abstract:
                self._levels[num.get(qn("w:numId"))] = abstract[reference]
        self._counts: dict[str, int] = {}

    def label(self, paragraph: DocxParagraph) -> str:
        num_id = paragraph._p.find(f".//{self._qn('w:numId')}")
        if num_id is None:
            return ""
        key = num_id.get(self._qn("w:val"))
        number_format, text, start = self._levels[key]
        count = self._counts[key] = self._counts.get(key, start - 1) + 1
        if number_format == "bullet":
            return text
        return text.replace("%1", _FORMATS[number_format](count))


def pdf_text(path: Path, header: str = "", repeated_rows: tuple[str, ...] = ()) -> str:
    """The page text without the page numbers and running ``header`` (DOCX keeps those in
    its header and footer, outside the body), and without table header rows repeated at
    the top of later pages (DOCX stores them once and Word repeats them on screen)."""
    reader = PdfReader(str(path))
    repeated = {normalise(row) for row in repeated_rows}
    pages = []
    for number, page in enumerate(reader.pages, start=1):
        lines = [
            line
            for line in (page.extract_text() or "").split("\n")
            if line.strip() != f"- {number} -"
        ]
        if header and header in (line.strip() for line in lines):  # once: the running header
            lines.pop([line.strip() for line in lines].index(header))
        if number > 1:
            lines = _without_leading_row(lines, repeated)
        pages.extend(lines)
    return "\n".join(pages)


def _without_leading_row(lines: list[str], rows: set[str]) -> list[str]:
    """Drop the first lines when together they spell one of ``rows`` (one line per cell)."""
    joined, matched = "", 0
    for count, line in enumerate(lines, start=1):
        joined += normalise(line)
        if joined in rows:
            matched = count  # the longest row wins: one header may begin another
        if not any(row.startswith(joined) for row in rows):
            break
    return lines[matched:]


def table_headers(document: object) -> tuple[str, ...]:
    """The header rows of a document's tables (for :func:`pdf_text`)."""
    from app.documents.model import Table

    blocks = getattr(document, "blocks", ())
    return tuple("".join(map(str, block.header)) for block in blocks if isinstance(block, Table))


def pdf_fonts(path: Path) -> list[tuple[str, bool]]:
    """(base font name, embedded) for every font any page uses."""
    reader = PdfReader(str(path))
    found: dict[str, bool] = {}
    for page in reader.pages:
        resources = page.get("/Resources") or {}
        for font in (resources.get("/Font") or {}).values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            embedded = descriptor is not None and any(
                key in descriptor.get_object() for key in ("/FontFile", "/FontFile2", "/FontFile3")
            )
            found[str(font["/BaseFont"])] = embedded
    return sorted(found.items())


def pdf_page_sizes(path: Path) -> set[tuple[float, float]]:
    reader = PdfReader(str(path))
    return {
        (round(float(p.mediabox.width), 2), round(float(p.mediabox.height), 2))
        for p in reader.pages
    }


def all_pages_a4(path: Path, *, landscape: bool = False) -> bool:
    """Every page is A4, portrait or (``landscape``) turned (within half a point:
    LibreOffice writes 595.3)."""
    width, height = A4_POINTS[::-1] if landscape else A4_POINTS
    sizes = pdf_page_sizes(path)
    return bool(sizes) and all(abs(w - width) < 0.5 and abs(h - height) < 0.5 for w, h in sizes)


def docx_east_asian_fonts(path: Path) -> set[str]:
    """The w:eastAsia font of every run with text (a run without one is reported as "")."""
    from docx.oxml.ns import qn

    document = open_docx(str(path))
    fonts: set[str] = set()
    for element in document.element.body.iter(qn("w:r")):
        if not "".join(t.text or "" for t in element.iter(qn("w:t"))):
            continue
        r_fonts = element.find(f"{qn('w:rPr')}/{qn('w:rFonts')}")
        fonts.add(r_fonts.get(qn("w:eastAsia"), "") if r_fonts is not None else "")
    return fonts


def pdf_char_fonts(path: Path) -> list[tuple[str, str]]:
    """Each character the pages draw, with the name of the font it is drawn in (pdfium)."""
    document = pdfium.PdfDocument(str(path))
    found: list[tuple[str, str]] = []
    flags = ctypes.c_int()
    try:
        for number in range(len(document)):
            page = document[number]
            textpage = page.get_textpage()
            for index in range(textpage.count_chars()):
                size = pdfium_raw.FPDFText_GetFontInfo(textpage.raw, index, None, 0, flags)
                name = ctypes.create_string_buffer(size)
                pdfium_raw.FPDFText_GetFontInfo(textpage.raw, index, name, size, flags)
                found.append((textpage.get_text_range(index, 1), name.value.decode("latin-1")))
            textpage.close()
            page.close()
    finally:
        document.close()
    return found
