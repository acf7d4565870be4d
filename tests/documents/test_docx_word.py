"""Word files a clerk can edit, read back from the XML: built-in headings with outline
levels, real numbering, measured column widths, rows that never split, justified text on
the document grid, font fallbacks and the IPAex fonts embedded (obfuscated)."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest
from docx import Document as open_docx
from docx.oxml.ns import qn
from fontTools.ttLib import TTFont
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

from app.documents import columns, docx_fonts, docx_numbering, docx_renderer, fonts
from app.documents.model import (
    Align,
    Cell,
    Document,
    Fit,
    Heading,
    ItemList,
    ListItem,
    Paragraph,
    Table,
    Title,
)
from tests.documents.readback import docx_text, normalise

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
ROSTER = Table(
    (Cell("氏名", "ふりがな"), "所属", "役職"),
    (
        (Cell("新井 健太郎", "あらい けんたろう"), "株式会社旭プレス工業", "専務取締役"),
        (Cell("大西 亮介", "おおにし りょうすけ"), "協和オートメーション株式会社", "工学部 教授"),
    ),
    (1.0, 1.0, 1.0),
    (Align.LEFT, Align.LEFT, Align.LEFT),
    fit=(Fit.WHOLE, Fit.WHOLE, Fit.WORDS),
)
SAMPLE = Document(
    title="見本",
    blocks=(
        Title("見本"),
        Heading("議題"),
        Heading("①連携について", level=2),
        Paragraph("本文です。" * 30),
        ItemList((ListItem("・", "一つ目"), ListItem("・", "二つ目"))),
        ItemList((ListItem("(1)", "最初"), ListItem("(2)", "次"), ListItem("(3)", "最後"))),
        ItemList((ListItem("議題1", "型どおりでない見出し"),)),
        ROSTER,
    ),
)


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return docx_renderer.render(SAMPLE, tmp_path_factory.mktemp("docx") / "sample.docx")


def _xml(path: Path, member: str) -> etree._Element:
    with zipfile.ZipFile(path) as archive:
        return etree.fromstring(archive.read(member))


def _style(styles: etree._Element, style_id: str) -> etree._Element:
    found = styles.find(f"{W}style[@{W}styleId='{style_id}']")
    assert found is not None, style_id
    return found


def test_headings_are_words_own_styles_with_outline_levels(sample: Path) -> None:
    document = open_docx(str(sample))
    by_text = {p.text: p.style.name for p in document.paragraphs}
    assert by_text["議題"] == "Heading 1" and by_text["①連携について"] == "Heading 2"
    assert by_text["見本"] == "JD Title" and by_text["本文です。" * 30] == "JD Body"
    styles = _xml(sample, "word/styles.xml")
    for style_id, level in (("Heading1", "0"), ("Heading2", "1")):
        style = _style(styles, style_id)
        assert style.find(f"{W}pPr/{W}outlineLvl").get(f"{W}val") == level
        fonts_of = style.find(f"{W}rPr/{W}rFonts")
        assert fonts_of.get(f"{W}eastAsia") == fonts.GOTHIC  # our look, not the theme's
        assert fonts_of.get(f"{W}eastAsiaTheme") is None
        assert style.find(f"{W}rPr/{W}color") is None


def test_lists_are_word_numbering_and_bullets(sample: Path) -> None:
    numbering = _xml(sample, "word/numbering.xml")
    formats = {}
    for abstract in numbering.iter(f"{W}abstractNum"):
        level = abstract.find(f"{W}lvl")
        formats[abstract.get(f"{W}abstractNumId")] = (
            level.find(f"{W}numFmt").get(f"{W}val"),
            level.find(f"{W}lvlText").get(f"{W}val"),
        )
    assert ("bullet", "・") in formats.values() and ("decimal", "(%1)") in formats.values()
    document = open_docx(str(sample))
    numbered = [
        p.text for p in document.paragraphs if p._p.pPr is not None and p._p.pPr.numPr is not None
    ]
    assert numbered == ["一つ目", "二つ目", "最初", "次", "最後"]  # no typed 「・」
    assert "議題1 型どおりでない見出し" in [p.text for p in document.paragraphs]
    text = normalise(docx_text(sample))
    assert normalise("・一つ目・二つ目(1)最初(2)次(3)最後") in text  # as Word draws them


@given(start=st.integers(1, 15), count=st.integers(1, 5))
def test_label_sequences_become_numbering(start: int, count: int) -> None:
    numbers = range(start, start + count)
    assert docx_numbering.sequence(tuple(str(n) for n in numbers)) == (
        docx_numbering.Numbering("decimal", "%1", start)
    )
    circled = tuple(chr(0x2460 + n - 1) for n in numbers)
    assert docx_numbering.sequence(circled) == (
        docx_numbering.Numbering("decimalEnclosedCircle", "%1", start)
    )
    assert docx_numbering.sequence(tuple(f"（{n}）" for n in numbers)) == (
        docx_numbering.Numbering("decimal", "（%1）", start)
    )


def test_labels_that_do_not_count_up_stay_typed() -> None:
    assert docx_numbering.sequence(("1", "3")) is None
    assert docx_numbering.sequence(("1", "(2)")) is None
    assert docx_numbering.sequence(("議題1",)) is None
    assert docx_numbering.sequence(("ア", "イ", "ウ")) == docx_numbering.Numbering(
        "aiueoFullWidth", "%1", 1
    )
    assert docx_numbering.bullet("→") == docx_numbering.Numbering("bullet", "→")
    assert docx_numbering.bullet("（委員）") is None


def test_tables_have_the_measured_widths_and_rows_that_never_split(sample: Path) -> None:
    setup = columns.page_setup(SAMPLE)
    expected = [int(w * 20) for w in columns.widths(ROSTER, SAMPLE.body_size, setup.text_width)]
    body = _xml(sample, "word/document.xml")
    table = body.find(f".//{W}tbl")
    grid = [int(col.get(f"{W}w")) for col in table.iter(f"{W}gridCol")]
    assert grid == expected
    assert sum(grid) <= setup.text_width * 20
    assert table.find(f"{W}tblPr/{W}tblLayout").get(f"{W}type") == "fixed"
    rows = table.findall(f"{W}tr")
    for row in rows:
        assert row.find(f"{W}trPr/{W}cantSplit") is not None
        widths = [int(cell.find(f"{W}tcPr/{W}tcW").get(f"{W}w")) for cell in row.findall(f"{W}tc")]
        assert widths == expected
    assert rows[0].find(f"{W}trPr/{W}tblHeader") is not None
    assert all(row.find(f"{W}trPr/{W}tblHeader") is None for row in rows[1:])
    first = rows[1].find(f"{W}tc")  # ふりがな above the name, in the same cell
    texts = ["".join(t.text for t in p.iter(f"{W}t")) for p in first.findall(f"{W}p")]
    assert texts == ["あらい けんたろう", "新井 健太郎"]


def test_body_text_is_justified_on_the_40_by_36_grid(sample: Path) -> None:
    body = _xml(sample, "word/document.xml")
    paragraph = next(
        p for p in body.iter(f"{W}p") if "".join(t.text for t in p.iter(f"{W}t")).startswith("本文")
    )
    assert paragraph.find(f"{W}pPr/{W}jc").get(f"{W}val") == "both"
    section = body.find(f".//{W}sectPr")
    grid = section.find(f"{W}docGrid")
    assert grid.get(f"{W}type") == "linesAndChars"
    size = section.find(f"{W}pgSz")
    margins = section.find(f"{W}pgMar")
    text_width = (
        int(size.get(f"{W}w")) - int(margins.get(f"{W}left")) - int(margins.get(f"{W}right"))
    )
    pitch = 10.5 + int(grid.get(f"{W}charSpace")) / 4096  # Word's definition
    assert text_width / 20 / pitch == pytest.approx(40, abs=0.05)
    text_height = (
        int(size.get(f"{W}h")) - int(margins.get(f"{W}top")) - int(margins.get(f"{W}bottom"))
    )
    assert text_height / int(grid.get(f"{W}linePitch")) == pytest.approx(36, abs=0.05)
    settings = _xml(sample, "word/settings.xml")
    assert settings.find(f"{W}compat/{W}doNotExpandShiftReturn") is not None


def test_a_dense_or_landscape_document_has_no_grid(tmp_path: Path) -> None:
    dense = docx_renderer.render(Document("表", (ROSTER,), body_size=9.5), tmp_path / "d.docx")
    grid = _xml(dense, "word/document.xml").find(f".//{W}docGrid")
    assert grid is None or grid.get(f"{W}type") in (None, "default")


def test_fallback_fonts_are_named(sample: Path) -> None:
    table = _xml(sample, "word/fontTable.xml")
    named = {font.get(f"{W}name"): font for font in table.iter(f"{W}font")}
    for name, alternative in ((fonts.MINCHO, "ＭＳ 明朝"), (fonts.GOTHIC, "ＭＳ ゴシック")):
        font = named[name]
        assert font.find(f"{W}altName").get(f"{W}val") == alternative
        assert font.find(f"{W}charset").get(f"{W}val") == "80"  # Shift_JIS: a Japanese font
    theme = _xml(sample, "word/theme/theme1.xml")
    a = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
    japanese = {
        kind: theme.find(f".//{a}{kind}/{a}font[@script='Jpan']").get("typeface")
        for kind in ("majorFont", "minorFont")
    }
    assert japanese == {"majorFont": "游ゴシック", "minorFont": "游明朝"}


def _libreoffice_key(font_key: str) -> bytes:
    """The 16 key bytes as LibreOffice reads ``w:fontKey`` (its own positions in the
    braced GUID string), independent of our implementation."""
    positions = (35, 33, 31, 29, 27, 25, 22, 20, 17, 15, 12, 10, 7, 5, 3, 1)
    return bytes(int(font_key[p : p + 2], 16) for p in positions)


def test_the_fonts_are_embedded_obfuscated_as_ecma_376_says(sample: Path) -> None:
    settings = _xml(sample, "word/settings.xml")
    assert settings.find(f"{W}embedTrueTypeFonts") is not None
    table = _xml(sample, "word/fontTable.xml")
    rels = _xml(sample, "word/_rels/fontTable.xml.rels")
    targets = {rel.get("Id"): rel.get("Target") for rel in rels}
    with zipfile.ZipFile(sample) as archive:
        types = archive.read("[Content_Types].xml").decode()
        for name in (fonts.MINCHO, fonts.GOTHIC):
            font = next(f for f in table.iter(f"{W}font") if f.get(f"{W}name") == name)
            embed = font.find(f"{W}embedRegular")
            key = embed.get(f"{W}fontKey")
            assert re.fullmatch(r"\{[0-9A-F-]{36}\}", key)
            member = "word/" + targets[embed.get(qn("r:id"))]
            data = archive.read(member)
            secret = _libreoffice_key(key)
            head = bytes(b ^ secret[n % 16] for n, b in enumerate(data[:32]))
            embedded = TTFont(io.BytesIO(head + data[32:]))  # a TrueType font once undone
            assert data[:32] != (head + data[32:])[:32]
            assert embedded["name"].getDebugName(1) == name  # Word finds it by this name
            assert embedded["OS/2"].fsType == 0  # installable, as the original
            assert f'PartName="/{member}"' in types
    assert "application/vnd.openxmlformats-officedocument.obfuscatedFont" in types


def _embedded_font(path: Path, name: str) -> TTFont:
    table = _xml(path, "word/fontTable.xml")
    rels = _xml(path, "word/_rels/fontTable.xml.rels")
    targets = {rel.get("Id"): rel.get("Target") for rel in rels}
    font = next(f for f in table.iter(f"{W}font") if f.get(f"{W}name") == name)
    embed = font.find(f"{W}embedRegular")
    with zipfile.ZipFile(path) as archive:
        data = archive.read("word/" + targets[embed.get(qn("r:id"))])
    return TTFont(io.BytesIO(docx_fonts.obfuscate(data, embed.get(f"{W}fontKey"))))


def test_the_embedded_fonts_hold_the_files_characters_with_the_original_glyphs(
    sample: Path,
) -> None:
    """Only what the file uses (and kana and ASCII for corrections), each glyph drawn as
    in the installed font: a file small enough to mail."""
    assert sample.stat().st_size < 1_000_000  # the whole fonts were 14 MB
    text = normalise(docx_text(sample))
    for name in (fonts.MINCHO, fonts.GOTHIC):
        embedded = _embedded_font(sample, name)
        original = TTFont(fonts.font_path(name), lazy=True)
        mapping, source = embedded.getBestCmap(), original.getBestCmap()
        missing = {c for c in text if not c.isspace() and ord(c) not in mapping}
        assert not missing, (name, missing)
        assert "熟" not in "".join(map(chr, mapping))  # a kanji the file does not use
        assert {chr(c) for c in range(0x3041, 0x3097)} <= set(map(chr, mapping))  # kana
        for character in "見本新井健太郎株式会社あア・A1":
            mine = embedded["glyf"][mapping[ord(character)]]
            theirs = original["glyf"][source[ord(character)]]
            assert (
                mine.getCoordinates(embedded["glyf"])[0]
                == theirs.getCoordinates(original["glyf"])[0]
            ), (name, character)


def test_without_embedding_the_file_is_small_and_still_names_the_fallbacks(
    tmp_path: Path,
) -> None:
    path = docx_renderer.render(SAMPLE, tmp_path / "small.docx", embed_fonts=False)
    assert path.stat().st_size < 200_000
    with zipfile.ZipFile(path) as archive:
        assert not [n for n in archive.namelist() if n.endswith(".odttf")]
    assert _xml(path, "word/settings.xml").find(f"{W}embedTrueTypeFonts") is None
    named = {f.get(f"{W}name") for f in _xml(path, "word/fontTable.xml").iter(f"{W}font")}
    assert {fonts.MINCHO, fonts.GOTHIC} <= named


def test_obfuscation_is_its_own_inverse() -> None:
    key = docx_fonts.font_key("x")
    data = bytes(range(64))
    assert docx_fonts.obfuscate(docx_fonts.obfuscate(data, key), key) == data
    assert docx_fonts.font_key("x") == key  # stable: the same file twice is the same
