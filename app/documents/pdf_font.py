"""A TrueType font embedded as one composite (Type 0, Identity-H) font per document.

reportlab embeds a TrueType font as simple fonts of 256 characters each. Japanese text
uses hundreds of kanji, so a line hops between those subsets every two or three
characters, and each hop is a font change and a separate string in the page: slow to
write and hard for readers to search. Here every character is a two-byte code (a CID)
of one font, so a line is one string. The CIDs are given in order of first use and the
embedded subset's glyphs are made in that same order, so CID = glyph index
(``/CIDToGIDMap /Identity``). Widths (``/W``) and a ``/ToUnicode`` map are written
from the same table, so text can be searched and copied.

It plugs into reportlab where ``TTFont`` does: ``splitString`` (one run per string),
``getSubsetInternalName`` (one font name) and ``addObjects`` (the PDF objects at save).
"""

from __future__ import annotations

import hashlib
from typing import Any
from weakref import WeakKeyDictionary

from reportlab.pdfbase import pdfdoc
from reportlab.pdfbase.ttfonts import TTFont

_NBSP, _SPACE = 0xA0, 0x20
_BFCHAR_BLOCK = 100  # entries per beginbfchar block (PDF 32000-1, 9.10.3)


class _Codes(dict[str, bytes]):
    """One document's character → two-byte CID, given in order of first use."""

    def __init__(self, font: TTFont) -> None:
        super().__init__()
        self.glyph_of = font.face.charToGlyph
        self.cid_of_glyph: dict[int, int] = {}
        self.codes: list[int] = []  # the code point of CID n + 1
        self.internal_name: str | None = None

    def __missing__(self, character: str) -> bytes:
        code = ord(character)
        if code == _NBSP:
            code = _SPACE
        glyph = self.glyph_of.get(code, 0)
        if glyph == 0:  # not in the font: .notdef (the export warns about it)
            cid = 0
        elif glyph in self.cid_of_glyph:
            cid = self.cid_of_glyph[glyph]
        else:
            self.codes.append(code)
            cid = self.cid_of_glyph[glyph] = len(self.codes)
        encoded = self[character] = cid.to_bytes(2, "big")
        return encoded


class _FontObject(pdfdoc.PDFDictionary):
    """A font dictionary, written once and named by reference from every page."""

    __RefOnly__ = 1


class CIDTrueTypeFont(TTFont):
    """A ``TTFont`` that writes each document's text as two-byte CIDs of one font."""

    def __init__(self, name: str, filename: str) -> None:
        super().__init__(name, filename)
        self._codes: WeakKeyDictionary[Any, _Codes] = WeakKeyDictionary()

    def _codes_for(self, doc: Any) -> _Codes:
        codes = self._codes.get(doc)
        if codes is None:
            codes = self._codes[doc] = _Codes(self)
        return codes

    def encode(self, text: str, doc: Any) -> bytes:
        """``text`` as this document's two-byte codes."""
        return b"".join(map(self._codes_for(doc).__getitem__, text))

    def splitString(self, text: str, doc: Any, encoding: str = "utf-8") -> list[tuple[int, bytes]]:
        if isinstance(text, bytes):
            text = text.decode(encoding)
        return [(0, self.encode(text, doc))] if text else []

    def getSubsetInternalName(self, subset: int, doc: Any) -> str:
        codes = self._codes_for(doc)
        if codes.internal_name is None:
            codes.internal_name = f"F{len(doc.fontMapping) + 1}"
            doc.fontMapping[self.fontName] = "/" + codes.internal_name
            doc.delayedFonts.append(self)
        return "/" + codes.internal_name

    def addObjects(self, doc: Any) -> None:
        codes = self._codes_for(doc)
        internal = codes.internal_name
        assert internal is not None  # only fonts that were used are delayed
        face = self.face
        base = f"{_tag(codes.codes)}+{face.name.decode('latin-1')}"
        descendant = pdfdoc.PDFDictionary(
            {
                "Type": pdfdoc.PDFName("Font"),
                "Subtype": pdfdoc.PDFName("CIDFontType2"),
                "BaseFont": pdfdoc.PDFName(base),
                "CIDSystemInfo": pdfdoc.PDFDictionary(
                    {
                        "Registry": pdfdoc.PDFString("Adobe"),
                        "Ordering": pdfdoc.PDFString("Identity"),
                        "Supplement": 0,
                    }
                ),
                "FontDescriptor": face.addSubsetObjects(doc, base, codes.codes),
                "DW": face.defaultWidth,
                "W": pdfdoc.PDFArray(
                    [1, pdfdoc.PDFArray([face.getCharWidth(code) for code in codes.codes])]
                ),
                "CIDToGIDMap": pdfdoc.PDFName("Identity"),
            }
        )
        to_unicode = pdfdoc.PDFStream(content=_to_unicode(base, codes.codes))
        if doc.compression:
            to_unicode.filters = [pdfdoc.PDFZCompress]
        font = _FontObject(
            {
                "Type": pdfdoc.PDFName("Font"),
                "Subtype": pdfdoc.PDFName("Type0"),
                "BaseFont": pdfdoc.PDFName(base),
                "Encoding": pdfdoc.PDFName("Identity-H"),
                "DescendantFonts": pdfdoc.PDFArray([doc.Reference(descendant, f"cidFont:{base}")]),
                "ToUnicode": doc.Reference(to_unicode, f"toUnicodeCMap:{base}"),
            }
        )
        doc.Reference(font, internal)
        doc.idToObject["BasicFonts"].dict[internal] = font
        del self._codes[doc]


def _tag(codes: list[int]) -> str:
    """The six capital letters a subset's name starts with, from what it holds."""
    digest = hashlib.sha1(repr(codes).encode("ascii")).digest()
    return "".join(chr(ord("A") + byte % 26) for byte in digest[:6])


def _utf16(code: int) -> str:
    return chr(code).encode("utf-16-be").hex().upper()


def _to_unicode(name: str, codes: list[int]) -> str:
    """The ``/ToUnicode`` CMap: CID n + 1 is ``codes[n]``."""
    entries = [f"<{cid:04X}> <{_utf16(code)}>" for cid, code in enumerate(codes, start=1)]
    blocks: list[str] = []
    for start in range(0, len(entries), _BFCHAR_BLOCK):
        chunk = entries[start : start + _BFCHAR_BLOCK]
        blocks += [f"{len(chunk)} beginbfchar", *chunk, "endbfchar"]
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
            f"/CMapName /{name}-UCS def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            "<0000> <FFFF>",
            "endcodespacerange",
            *blocks,
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )
