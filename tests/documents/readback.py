"""Read generated documents back, independently of the renderers: text, fonts, page size."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from docx import Document as open_docx
from docx.table import Table as DocxTable
from docx.text.paragraph import Paragraph as DocxParagraph
from pypdf import PdfReader

A4_POINTS = (595.28, 841.89)


def normalise(text: str) -> str:
    """NFKC, with every kind of white space removed: what is written, not where."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def docx_text(path: Path) -> str:
    document = open_docx(str(path))
    parts: list[str] = []
    for item in document.iter_inner_content():
        if isinstance(item, DocxParagraph):
            parts.append(item.text)
        elif isinstance(item, DocxTable):
            for row in item.rows:
                parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


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
    joined = ""
    for count, line in enumerate(lines, start=1):
        joined += normalise(line)
        if joined in rows:
            return lines[count:]
        if not any(row.startswith(joined) for row in rows):
            break
    return lines


def table_headers(document: object) -> tuple[str, ...]:
    """The header rows of a document's tables (for :func:`pdf_text`)."""
    from app.documents.model import Table

    blocks = getattr(document, "blocks", ())
    return tuple("".join(block.header) for block in blocks if isinstance(block, Table))


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


def all_pages_a4(path: Path) -> bool:
    """Every page is A4 portrait (within half a point: LibreOffice writes 595.3)."""
    sizes = pdf_page_sizes(path)
    return bool(sizes) and all(
        abs(w - A4_POINTS[0]) < 0.5 and abs(h - A4_POINTS[1]) < 0.5 for w, h in sizes
    )


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
