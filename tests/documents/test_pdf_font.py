"""The fonts in our PDFs: one composite (Type 0, Identity-H) subset per font, read back
with pypdf and fontTools, independently of the code that wrote them."""

from __future__ import annotations

import io
import re
from pathlib import Path

from fontTools.ttLib import TTFont
from pypdf import PdfReader
from pypdf.generic import ContentStream

from app.documents import fonts, pdf_renderer
from app.documents.model import Document, Heading, Paragraph, Title
from tests.documents.readback import normalise, pdf_text

TEXT = "本会は、北浜市の産業振興センターで合同研修を開いた。" * 8
DOCUMENT = Document(
    title="会議録",
    blocks=(Title("第３回定例会 会議録"), Heading("議題"), Paragraph(TEXT + "\u00a0ISO 9001")),
)


def _fonts(pdf: Path) -> dict[str, dict]:  # type: ignore[type-arg]
    page = PdfReader(str(pdf)).pages[0]
    return {
        font["/BaseFont"].split("+")[-1]: font
        for font in (ref.get_object() for ref in page["/Resources"]["/Font"].values())
    }


def _to_unicode(font: dict) -> dict[int, str]:  # type: ignore[type-arg]
    cmap = font["/ToUnicode"].get_object().get_data().decode("ascii")
    entries = "".join(re.findall(r"beginbfchar(.*?)endbfchar", cmap, re.S))
    return {
        int(cid, 16): bytes.fromhex(text).decode("utf-16-be")
        for cid, text in re.findall(r"<([0-9A-F]{4})> <([0-9A-F]+)>", entries)
    }


def test_each_font_is_one_composite_subset_with_a_unicode_map(tmp_path: Path) -> None:
    pdf = pdf_renderer.render(DOCUMENT, tmp_path / "doc.pdf")
    found = _fonts(pdf)
    assert set(found) == {fonts.MINCHO, fonts.GOTHIC}
    for font in found.values():
        assert font["/Subtype"] == "/Type0" and font["/Encoding"] == "/Identity-H"
        descendant = font["/DescendantFonts"][0].get_object()
        assert descendant["/Subtype"] == "/CIDFontType2"
        assert descendant["/CIDToGIDMap"] == "/Identity"
        assert re.fullmatch(r"/[A-Z]{6}\+IPAex(Mincho|Gothic)", font["/BaseFont"])
    body = _to_unicode(found[fonts.MINCHO])
    assert set(TEXT) <= set(body.values())
    assert " " in body.values() and "\u00a0" not in body.values()  # NBSP prints as a space
    assert "議題" not in "".join(body.values())  # the heading is Gothic only
    assert normalise(TEXT + "ISO9001") in normalise(pdf_text(pdf))


def test_a_line_of_japanese_is_one_string(tmp_path: Path) -> None:
    """reportlab's own 256-character subsets changed font every few kanji."""
    covered = TTFont(fonts.font_path(fonts.MINCHO), lazy=True).getBestCmap()
    kanji = "".join(chr(c) for c in range(0x4E00, 0x9FA0, 9) if c in covered)[:600]
    assert len(kanji) == 600  # more than two of reportlab's 256-character subsets
    mixed = "".join(kanji[i * 257 % 600] for i in range(600))  # as text reuses them
    many = Document(title="t", blocks=(Paragraph(kanji + mixed),), page_numbers=False)
    pdf = pdf_renderer.render(many, tmp_path / "kanji.pdf")
    reader = PdfReader(str(pdf))
    page = reader.pages[0]
    operations = ContentStream(page.get_contents(), reader).operations
    shows = [op for _operands, op in operations if op in (b"Tj", b"TJ")]
    selects = [op for _operands, op in operations if op == b"Tf"]
    lines = len(pdf_text(pdf).splitlines())
    assert lines >= 10
    assert len(shows) == lines
    assert len(selects) == 1  # one per text block, not one per subset hop


def test_every_glyph_is_the_original_glyph_with_its_width(tmp_path: Path) -> None:
    pdf = pdf_renderer.render(DOCUMENT, tmp_path / "doc.pdf")
    for name, font in _fonts(pdf).items():
        descendant = font["/DescendantFonts"][0].get_object()
        program = descendant["/FontDescriptor"]["/FontFile2"].get_object().get_data()
        embedded = TTFont(io.BytesIO(program))
        original = TTFont(fonts.font_path(name), lazy=True)
        glyph_order, source = embedded.getGlyphOrder(), original.getBestCmap()
        first, widths = descendant["/W"][0], list(descendant["/W"][1])
        units = original["head"].unitsPerEm
        for cid, character in _to_unicode(font).items():
            mine = embedded["glyf"][glyph_order[cid]]  # CID = glyph index (Identity)
            theirs = original["glyf"][source[ord(character)]]  # a glyph name
            assert (
                mine.getCoordinates(embedded["glyf"])[0]
                == theirs.getCoordinates(original["glyf"])[0]
            ), (name, character)
            advance = original["hmtx"][source[ord(character)]][0]
            assert abs(widths[cid - first] - advance * 1000 / units) < 0.01, character


def test_each_document_has_its_own_codes(tmp_path: Path) -> None:
    first = pdf_renderer.render(DOCUMENT, tmp_path / "a.pdf")
    other = Document(title="b", blocks=(Paragraph("鬱蒼とした森。"),))
    second = pdf_renderer.render(other, tmp_path / "b.pdf")
    codes = _to_unicode(_fonts(second)[fonts.MINCHO])
    assert sorted(codes) == list(range(1, len(codes) + 1))  # from 1, in order of use
    assert set(codes.values()) == set("鬱蒼とした森。- 1")  # the text and the page number
    assert "鬱" not in pdf_text(first)
    assert normalise("鬱蒼とした森。") in normalise(pdf_text(second))
