"""The fonts of a DOCX: fallbacks named for Word without IPAex, and IPAex embedded.

- ``fontTable.xml`` describes IPAex Mincho/Gothic as Japanese (charset 80) serif/sans
  fonts with their panose and names ``w:altName`` (ＭＳ 明朝 / ＭＳ ゴシック, on every
  Windows), so Word substitutes a Mincho, not Century or a Gothic;
- the theme's Japanese fonts are 游明朝 / 游ゴシック (text a clerk adds with a theme font);
- the fonts are embedded, obfuscated as ECMA-376 Part 1 §17.8.1 prescribes (the first
  32 bytes XORed with the key of ``w:fontKey``), and ``w:embedTrueTypeFonts`` is set. The
  IPA Font License allows embedding; the fonts' OS/2 fsType is 0 (installable).

Only the characters the file uses are embedded (fontTools' subsetter), with kana, ASCII
and the common punctuation besides, so a clerk can correct a word in Word on a machine
without IPAex: a few hundred kilobytes instead of 14 MB, small enough to mail. A kanji
the file did not have is typed in the fallback Mincho. ``w:saveSubsetFonts`` asks Word
to embed the same way when it saves.
"""

from __future__ import annotations

import io
import uuid
import zipfile
from typing import Any

from docx.document import Document as DocxDocument
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from fontTools import subset
from fontTools.ttLib import TTFont
from lxml import etree

from app.documents import fonts

_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_FALLBACKS = {  # name → (altName, family, panose)
    fonts.MINCHO: ("ＭＳ 明朝", "roman", "02020400000000000000"),
    fonts.GOTHIC: ("ＭＳ ゴシック", "modern", "020B0500000000000000"),
}
_THEME_JAPANESE = {"majorFont": "游ゴシック", "minorFont": "游明朝"}
_OBFUSCATED_FONT = "application/vnd.openxmlformats-officedocument.obfuscatedFont"
_EMBEDDED = (fonts.MINCHO, fonts.GOTHIC)
_NAMESPACE = uuid.UUID("5b0c8a4e-6f4e-4f7e-9d55-4a3f1f1b7c10")


def font_key(name: str) -> str:
    """The obfuscation key of ``name`` as ``w:fontKey`` writes it: a GUID in braces (stable:
    the same font gives the same bytes in every file)."""
    return "{" + str(uuid.uuid5(_NAMESPACE, name)).upper() + "}"


def obfuscate(data: bytes, key: str) -> bytes:
    """ECMA-376 §17.8.1: XOR the first 32 bytes with the GUID's 16 bytes, read from the
    last hex pair of the GUID string to the first. The same call undoes it."""
    digits = key.strip("{}").replace("-", "")
    secret = bytes(int(digits[i : i + 2], 16) for i in range(30, -1, -2))
    head = bytes(byte ^ secret[n % 16] for n, byte in enumerate(data[:32]))
    return head + data[32:]


def _member(number: int) -> str:
    return f"word/fonts/font{number}.odttf"


# besides the file's own text: what a correction in Word most likely types
_FOR_EDITING = (
    "".join(
        map(
            chr,
            [
                *range(0x20, 0x7F),  # ASCII
                *range(0xFF01, 0xFF5F),  # full-width ASCII forms
                *range(0x3041, 0x3097),  # hiragana
                *range(0x30A1, 0x30FB),  # katakana
            ],
        )
    )
    + "\u3000、。・ー「」『』（）【】〜～…―"
)


def subset_font(name: str, text: str) -> bytes:
    """The TrueType font ``name`` with the glyphs of ``text`` only (and its names, its
    hinting and its OS/2 table, fsType included, kept as they are)."""
    options = subset.Options()
    options.name_IDs = ["*"]  # Word finds an embedded font by its family name
    options.name_languages = ["*"]
    options.name_legacy = True
    options.notdef_outline = True
    options.glyph_names = False
    options.layout_features = []  # horizontal text: no vertical forms needed
    options.drop_tables += ["GSUB", "GPOS", "GDEF", "BASE", "JSTF", "vhea", "vmtx", "VORG"]
    options.recalc_bounds = False  # the full font's bounds still hold
    options.recalc_timestamp = False  # the same document gives the same bytes
    font = TTFont(fonts.font_path(name), lazy=True, recalcBBoxes=False, recalcTimestamp=False)
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=text + _FOR_EDITING)
    subsetter.subset(font)
    buffer = io.BytesIO()
    font.save(buffer)
    return buffer.getvalue()


def _text_of(source: zipfile.ZipFile) -> str:
    """Every character of the file's parts (its text, headers, numbering, markup)."""
    seen: set[str] = set()
    for info in source.infolist():
        if info.filename.endswith(".xml"):
            seen.update(source.read(info).decode("utf-8", errors="ignore"))
    return "".join(sorted(seen))


def package(docx_bytes: bytes) -> bytes:
    """The finished DOCX: the document's parts from python-docx, whose font parts are
    empty placeholders, with the obfuscated font subsets in their place."""
    buffer = io.BytesIO()
    fonts_in = {_member(number): name for number, name in enumerate(_EMBEDDED, start=1)}
    with (
        zipfile.ZipFile(io.BytesIO(docx_bytes)) as source,
        zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        text = _text_of(source)
        for info in source.infolist():
            name = fonts_in.get(info.filename)
            data = source.read(info)
            if name is not None:
                data = obfuscate(subset_font(name, text), font_key(name))
            target.writestr(info.filename, data)
    return buffer.getvalue()


def _part_named(docx: DocxDocument, suffix: str) -> Part:
    for part in docx.part.package.iter_parts():
        if str(part.partname).endswith(suffix):
            return part
    raise LookupError(suffix)


def _font_element(name: str) -> Any:
    alt, family, panose = _FALLBACKS[name]
    font = OxmlElement("w:font")
    font.set(qn("w:name"), name)
    for tag, value in (
        ("w:altName", alt),
        ("w:panose1", panose),
        ("w:charset", "80"),
        ("w:family", family),
        ("w:pitch", "variable"),
    ):
        child = OxmlElement(tag)
        child.set(qn("w:val"), value)
        font.append(child)
    return font


def _embed(docx: DocxDocument, table: Part, font: Any, name: str, number: int) -> None:
    partname = PackURI(f"/{_member(number)}")
    part = Part(partname, _OBFUSCATED_FONT, b"", docx.part.package)  # see package()
    embed = OxmlElement("w:embedRegular")
    embed.set(qn("r:id"), table.relate_to(part, RT.FONT))
    embed.set(qn("w:fontKey"), font_key(name))
    font.append(embed)


def _set_theme_fonts(docx: DocxDocument) -> None:
    theme = _part_named(docx, "/theme/theme1.xml")
    root = etree.fromstring(theme.blob)
    for kind, typeface in _THEME_JAPANESE.items():
        for element in root.iter(f"{{{_A}}}{kind}"):
            for script in element.findall(f"{{{_A}}}font"):
                if script.get("script") == "Jpan":
                    script.set("typeface", typeface)
    theme._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def install(docx: DocxDocument, *, embed: bool = True) -> None:
    """Name the fallbacks (font table, theme) and embed the IPAex fonts (``embed``: then
    the saved bytes must go through :func:`package`)."""
    _set_theme_fonts(docx)
    table = _part_named(docx, "/word/fontTable.xml")
    root = parse_xml(table.blob)
    for number, name in enumerate(_EMBEDDED, start=1):
        font = _font_element(name)
        if embed:
            _embed(docx, table, font, name, number)
        root.insert(0, font)
    # a generic Part keeps its bytes in _blob: python-docx has no font-table object
    table._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    if embed:
        settings = docx.settings.element
        position = _settings_position(settings)
        for offset, tag in enumerate(("w:embedTrueTypeFonts", "w:saveSubsetFonts")):
            settings.insert(position + offset, OxmlElement(tag))


def _settings_position(settings: Any) -> int:
    """Where ``w:embedTrueTypeFonts`` goes: after the elements the schema puts before it."""
    before = {qn(f"w:{tag}") for tag in ("writeProtection", "view", "zoom")}
    position = 0
    for index, child in enumerate(settings):
        if child.tag in before:
            position = index + 1
    return position
