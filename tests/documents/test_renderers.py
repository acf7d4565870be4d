"""Both renderers draw the same model: same text, A4, embedded Japanese fonts only."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document as open_docx

from app.documents import docx_renderer, pdf_renderer
from app.documents.model import (
    Align,
    Document,
    Heading,
    ItemList,
    ListItem,
    Notation,
    PageBreak,
    Paragraph,
    SignatureBlock,
    Table,
    Title,
)
from tests.documents.readback import (
    A4_POINTS,
    docx_east_asian_fonts,
    docx_text,
    normalise,
    pdf_fonts,
    pdf_page_sizes,
    pdf_text,
)

SAMPLE = Document(
    title="議事録",
    header="綾瀬イノベーション推進委員会",
    blocks=(
        Title("第3回 綾瀬イノベーション推進委員会 定例会 議事録"),
        Heading("開催日時"),
        Paragraph("令和4年7月4日(月) 午後7時00分～午後8時30分", indent=1),
        Heading("①他地域企業団体との連携について", level=2),
        Paragraph(
            "現在、行政・市内工業団体と意見交換を進めている。\n意見を聞きたい。", first_line=1
        ),
        ItemList((ListItem("→", "7月末にA地域を訪問。"), ListItem("・", "アッセンブリ"))),
        Table(
            ("氏名", "所属", "署名"),
            (("斉藤 一郎", "株式会社斉藤製作所", ""), ("今 太郎", "今製作所", "")),
            (3, 5, 3),
            (Align.LEFT, Align.LEFT, Align.CENTER),
        ),
        PageBreak(),
        Notation((("日時", "令和4年7月4日(月) 午後7時"), ("場所", "綾瀬市役所 会議室"))),
        SignatureBlock("議事録署名人", ("今 太郎", "野口 花子")),
    ),
)


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("render")
    return (
        pdf_renderer.render(SAMPLE, folder / "sample.pdf"),
        docx_renderer.render(SAMPLE, folder / "sample.docx"),
    )


def test_pdf_and_docx_say_the_same(outputs: tuple[Path, Path]) -> None:
    pdf, docx = outputs
    assert normalise(pdf_text(pdf, SAMPLE.header)) == normalise(docx_text(docx))
    assert "議事録署名人" in pdf_text(pdf) and "以上" in docx_text(docx)


def test_pdf_is_a4_with_only_embedded_japanese_fonts(outputs: tuple[Path, Path]) -> None:
    pdf, _docx = outputs
    assert pdf_page_sizes(pdf) == {A4_POINTS}
    fonts = pdf_fonts(pdf)
    assert fonts and all(embedded for _name, embedded in fonts)
    assert all("IPAex" in name for name, _embedded in fonts)


def test_docx_is_a4_and_every_run_names_an_east_asian_font(outputs: tuple[Path, Path]) -> None:
    _pdf, docx = outputs
    section = open_docx(str(docx)).sections[0]
    assert (section.page_width.twips, section.page_height.twips) == (11906, 16838)
    assert docx_east_asian_fonts(docx) <= {"IPAexMincho", "IPAexGothic"}
    styles = {style.name for style in open_docx(str(docx)).styles}
    assert {"JD Title", "Heading 1", "Heading 2", "JD Body"} <= styles  # restylable in Word
