"""Text pasted from anywhere still gives valid documents, and unprintable characters
are named instead of vanishing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from docx import Document as open_docx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from app.documents import docx_renderer, fonts, pdf_renderer
from app.documents.builders import minutes
from app.documents.inputs import AgendaSection, MinutesInput, RemarkLine, RemarkPart
from app.documents.model import Document, Paragraph, Title

HOSTILE = "制御\x0b文字\x00と\ufffe非文字\ud800と𠮷野家"


def _minutes(remark: str) -> MinutesInput:
    return MinutesInput(
        council_name="委員会",
        title="第1回 定例会",
        held_on=date(2022, 7, 4),
        start=None,
        end=None,
        place="",
        members=(),
        secretariat=(),
        others=(),
        absent=(),
        materials=(),
        items=(
            AgendaSection(
                "①", "議題", remarks=(RemarkLine("今委員", "委員", RemarkPart.OPINION, remark),)
            ),
        ),
    )


def _render_both(remark: str, folder: Path) -> tuple[Path, Path]:
    document = minutes.build(_minutes(remark))
    return (
        pdf_renderer.render(document, folder / "m.pdf"),
        docx_renderer.render(document, folder / "m.docx"),
    )


def test_controls_and_surrogates_give_valid_files(tmp_path: Path) -> None:
    pdf, docx = _render_both(HOSTILE + "あ" * 10_000, tmp_path)
    text = "".join(p.text for p in open_docx(str(docx)).paragraphs)
    assert "制御\n文字と非文字と𠮷野家" in text.replace("\t", "")
    assert len(PdfReader(str(pdf)).pages) >= 2  # 10,000 characters flow over pages


def test_characters_the_fonts_cannot_print_are_named() -> None:
    assert fonts.unprintable(HOSTILE) == ["𠮷"]
    assert fonts.unprintable("髙橋 ①〜 ㈱") == []
    # shown as themselves they would be invisible in the warning: named instead
    assert fonts.unprintable("名前\u202e\u200b𠮷\u202e") == [
        "U+202E RIGHT-TO-LEFT OVERRIDE",
        "U+200B ZERO WIDTH SPACE",
        "𠮷",
    ]


def test_surrogates_anywhere_in_a_document_give_valid_files(tmp_path: Path) -> None:
    """Lone surrogates reached the renderers through the properties (a bare
    UnicodeEncodeError): every text of the document goes through the one sanitizer."""
    document = Document(
        title="題\ud800",
        blocks=(Title("表題\ud800"), Paragraph("本文\udcff")),
        header="見出し\ud800",
        subject="件名\ud800",
        author="作成者\ud800",
        keywords=("鍵\ud800",),
    )
    pdf = pdf_renderer.render(document, tmp_path / "s.pdf")
    docx = docx_renderer.render(document, tmp_path / "s.docx")
    assert PdfReader(str(pdf)).metadata.title == "題"
    assert open_docx(str(docx)).core_properties.keywords == "鍵"


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(min_size=1, max_size=300))
def test_any_remark_text_renders(tmp_path: Path, remark: str) -> None:
    pdf, docx = _render_both(remark, tmp_path)
    assert open_docx(str(docx)).paragraphs
    assert PdfReader(str(pdf)).pages
