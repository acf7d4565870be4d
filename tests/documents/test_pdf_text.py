"""The typeset-text flowable in a real PDF: justification, the full-width space, ぶら下げ."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate

from app.documents import columns, fonts, pdf_renderer
from app.documents.model import Document, Paragraph, Title
from app.documents.pdf_text import TypesetText
from tests.documents.typeset_checker import check, compact, read_lines

FRAME = (columns.MARGIN + 6, A4[0] - columns.MARGIN - 6)  # _build's frame: 6 pt padding
SIZE = 10.5


def _style() -> ParagraphStyle:
    fonts.register()
    return ParagraphStyle("t", fontName=fonts.MINCHO, fontSize=SIZE, leading=SIZE * 1.7)


def _build(path: Path, flowables: list[TypesetText]) -> Path:
    margin = columns.MARGIN
    template = SimpleDocTemplate(
        str(path), pagesize=A4, leftMargin=margin, rightMargin=margin, initialFontName=fonts.MINCHO
    )
    template.build(list(flowables))
    return path


def test_the_full_width_space_is_kept(tmp_path: Path) -> None:
    document = Document(title="t", blocks=(Paragraph("\u3000字下げ\u3000\u3000二つ"),))
    pdf = pdf_renderer.render(document, tmp_path / "space.pdf")
    side = columns.page_setup(document).side  # the text area starts at the margin
    frame = (side, A4[0] - side)
    line = next(line for line in read_lines(pdf, frame, 4.0, (0, 10_000)) if "字" in line.text)
    first = next(c for c in line.chars if c.text == "字")
    assert abs(first.left - (frame[0] + SIZE)) < 0.1  # one em of indent, not collapsed
    second = next(c for c in line.chars if c.text == "二")
    last = next(c for c in line.chars if c.text == "げ")
    assert abs(second.left - last.right - 2 * SIZE) < 0.1  # both spaces, side by side


def test_justified_lines_reach_the_margin_and_the_last_is_flush_left(tmp_path: Path) -> None:
    text = "本会は、ISO 9001 (2015) の認証について説明を受けた。" * 6
    pdf = _build(tmp_path / "justified.pdf", [TypesetText(text, _style())])
    lines = read_lines(pdf, FRAME, 4.0, (0, 10_000))
    assert len(lines) >= 3
    for line in lines[:-1]:
        assert abs(line.right - FRAME[1]) <= 0.5, line.text
        assert abs(line.chars[0].left - FRAME[0]) <= 0.01
    assert lines[-1].right < FRAME[1] - SIZE  # flush left, not stretched
    assert "ISO9001(2015)" in compact("".join(line.text for line in lines))
    iso = next(line for line in lines if "ISO" in line.text)
    i, s = (next(c for c in iso.chars if c.text == t) for t in "IS")
    assert abs(s.left - i.right) < 0.01  # a Latin word keeps its letters together


def test_hanging_punctuation_hangs_past_the_margin(tmp_path: Path) -> None:
    width = FRAME[1] - FRAME[0]
    per_line = int(width // SIZE)
    text = "あ" * per_line + "。次の行"
    plain = _build(tmp_path / "plain.pdf", [TypesetText(text, _style())])
    hung = _build(tmp_path / "hung.pdf", [TypesetText(text, _style(), hanging=True)])
    plain_lines = read_lines(plain, FRAME, 4.0, (0, 10_000))
    hung_lines = read_lines(hung, FRAME, 4.0, (0, 10_000))
    assert plain_lines[1].text.startswith("あ。")  # off: the last あ goes down with the 。
    assert hung_lines[0].text.endswith("あ。") and hung_lines[1].text == "次の行"
    mark = hung_lines[0].chars[-1]
    assert mark.left >= FRAME[1] - 0.5 and mark.right <= FRAME[1] + SIZE + 0.5
    ends = {compact(text)}
    assert check(hung, ends=ends, frame=FRAME, padding=4.0) == []
    assert check(plain, ends=ends, frame=FRAME, padding=4.0) == []


def test_a_word_joiner_is_glue_not_a_missing_character() -> None:
    assert fonts.unprintable("浜\u2060田\u00a0隆之") == []


def test_a_title_breaks_only_between_its_phrases(tmp_path: Path) -> None:
    title = "視察受入報告書（西ケ丘市ものづくり振興協議会 視察受入れ）"
    document = Document(title="t", blocks=(Title(title),), page_numbers=False)
    pdf = pdf_renderer.render(document, tmp_path / "title.pdf")
    side = columns.page_setup(document).side
    lines = read_lines(pdf, (side, A4[0] - side), 4.0, (0, 10_000))
    # balanced: the bracketed part stays together, not 「…協議会」/「視察受入れ）」
    assert [compact(line.text) for line in lines] == [
        compact("視察受入報告書"),
        compact("（西ケ丘市ものづくり振興協議会 視察受入れ）"),
    ]


def test_a_title_on_two_lines_is_balanced_between_its_phrases(tmp_path: Path) -> None:
    title = "みなと市ものづくりイノベーション推進委員会 令和7年度 第1回定例会 議事録"
    document = Document(title="t", blocks=(Title(title),))
    pdf = pdf_renderer.render(document, tmp_path / "title.pdf")
    side = columns.page_setup(document).side
    lines = read_lines(pdf, (side, A4[0] - side), 4.0, (0, 10_000))
    texts = [compact(line.text) for line in lines if compact(line.text) != "-1-"]
    # greedy filling gave 「…推進委員会 令和7年度」/「第1回定例会 議事録」
    assert texts == [
        compact("みなと市ものづくりイノベーション推進委員会"),
        compact("令和7年度 第1回定例会 議事録"),
    ]
