"""禁則処理 in the PDF, read back with pypdf: our line breaker (JIS X 4051) keeps it.

Each case puts the character at every position around the end of a full line, so that
somewhere it would fall at the start (or end) of a line.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from app.documents import pdf_renderer
from app.documents.model import Document, Paragraph


def _lines(text: str, tmp_path: Path) -> list[str]:
    document = Document(title="禁則", blocks=(Paragraph(text),), page_numbers=False)
    pdf = pdf_renderer.render(document, tmp_path / "kinsoku.pdf")
    return (PdfReader(str(pdf)).pages[0].extract_text() or "").split("\n")


def _starts_a_line(character: str, tmp_path: Path) -> bool:
    for before in range(38, 48):  # about 43 full-width characters fit on a line
        lines = _lines("あ" * before + character + "い" * 12, tmp_path)
        if any(line.startswith(character) for line in lines[1:]):
            return True
    return False


def _ends_a_line(character: str, tmp_path: Path) -> bool:
    for before in range(38, 48):
        lines = _lines("あ" * before + character + "い" * 12, tmp_path)
        if any(line.endswith(character) for line in lines[:-1]):
            return True
    return False


@pytest.mark.parametrize("character", list("。、」）ー々っゃ・"))
def test_closing_punctuation_never_starts_a_line(character: str, tmp_path: Path) -> None:
    assert not _starts_a_line(character, tmp_path)


@pytest.mark.parametrize("character", list("！？：；』】〕ァゅヶ～"))
def test_marks_never_start_a_line(character: str, tmp_path: Path) -> None:
    assert not _starts_a_line(character, tmp_path)


@pytest.mark.parametrize("character", list("「（『【〔"))
def test_opening_brackets_never_end_a_line(character: str, tmp_path: Path) -> None:
    assert not _ends_a_line(character, tmp_path)


@pytest.mark.parametrize("pair", ["……", "――"])
def test_leaders_and_dashes_are_never_split(pair: str, tmp_path: Path) -> None:
    for before in range(38, 48):
        lines = _lines("あ" * before + pair + "い" * 12, tmp_path)
        assert not any(line.endswith(pair[0]) and not line.endswith(pair) for line in lines[:-1])


def test_the_layout_really_breaks_where_the_cases_expect(tmp_path: Path) -> None:
    """Guard for the tests above: the probe text does wrap into several lines."""
    assert len(_lines("あ" * 60, tmp_path)) >= 2
