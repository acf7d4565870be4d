"""Tables sized from their content: no name, reading, company or date breaks inside, in
the PDF; landscape when a table cannot fit portrait; rows never split; headers repeat."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from app.demo import loader as demo
from app.demo.data import DEMO_AS_OF
from app.documents import columns, fonts, pdf_renderer
from app.documents.columns import Orientation
from app.documents.model import Cell, Document, Fit, Table, Title
from app.services.documents import export as exports
from app.services.documents.export import DocumentRequest
from app.services.meetings import listing as meetings
from app.storage.database import Database
from tests.documents.readback import normalise

KANJI = "新井健太郎大西亮介旭浜田精機株式会社北浜市商工会館協和東雅彦"
KANA = "あいうえおかきくけこさしすせそたちつてとなにぬねのりょうすけ"
UNITS = ("新井 健太郎", "おおにし りょうすけ", "株式会社旭プレス工業", "令和7年7月24日(木) 8:10")


def _pdf_lines(path: Path) -> list[list[str]]:
    """The text lines of every page, white space removed."""
    return [
        [normalise(line) for line in (page.extract_text() or "").split("\n")]
        for page in PdfReader(str(path)).pages
    ]


def _render(document: Document, path: Path) -> list[list[str]]:
    return _pdf_lines(pdf_renderer.render(document, path))


def _unit_width(text: str, size: float) -> float:
    fonts.register()
    return stringWidth(text, fonts.MINCHO, size)


names = st.text(alphabet=KANJI, min_size=1, max_size=6)
readings = st.text(alphabet=KANA, min_size=1, max_size=9)


@settings(max_examples=60, deadline=None)
@given(
    rows=st.lists(
        st.tuples(names, names, readings, st.text(alphabet=KANJI + "　 ", max_size=40)),
        min_size=1,
        max_size=8,
    ),
    size=st.sampled_from([9.0, 9.5, 10.5]),
)
def test_every_unit_gets_its_width_and_the_widths_fill_the_line(
    rows: list[tuple[str, str, str, str]], size: float
) -> None:
    table = Table(
        ("氏名", "所属", "内容"),
        tuple((Cell(f"{a} {b}", r), f"株式会社{b}", text) for a, b, r, text in rows),
        (1.0, 1.0, 4.0),
        fit=(Fit.WHOLE, Fit.WHOLE, Fit.WRAP),
    )
    available = columns.text_width(Orientation.PORTRAIT)
    widths = columns.widths(table, size, available)
    assert sum(widths) == pytest.approx(available)
    if not columns.fits(table, size, available):
        return  # shrunk in proportion: the document turns landscape instead
    for a, b, reading, _text in rows:
        room = widths[0] - columns.PADDING * 2
        assert _unit_width(f"{a} {b}", size) <= room
        assert _unit_width(reading, size * columns.READING_SCALE) <= room
        assert _unit_width(f"株式会社{b}", size) <= widths[1] - columns.PADDING * 2


@settings(max_examples=80, deadline=None)
@given(
    words=st.lists(st.text(alphabet=KANJI, min_size=1, max_size=8), min_size=1, max_size=6),
    width=st.floats(min_value=60, max_value=300),
)
def test_words_break_only_at_their_spaces(words: list[str], width: float) -> None:
    text = " ".join(words)
    broken = columns.break_words(text, Fit.WORDS, width, 10.5)
    assert broken.replace("\n", " ") == text  # nothing lost, nothing broken inside a word
    for line in broken.split("\n"):
        fits = _unit_width(line, 10.5) <= width - columns.PADDING * 2
        assert fits or " " not in line  # a line too wide is a single word
    assert columns.break_words(text, Fit.WRAP, 10, 10.5) == text


def test_a_full_width_space_between_words_is_kept() -> None:
    assert columns.break_words("工学部　教授", Fit.WORDS, 400, 10.5) == "工学部　教授"


def test_libreoffice_spacing_between_japanese_and_digits_is_measured() -> None:
    fonts.register()
    plain = stringWidth("令和7年", fonts.MINCHO, 10)
    assert columns._width("令和7年", fonts.MINCHO, 10) == pytest.approx(plain + 2 * 0.2 * 10)


def test_a_table_too_wide_for_portrait_turns_the_document_landscape(tmp_path: Path) -> None:
    wide = "株式会社" + "長" * 16
    table = Table(("一", "二", "三"), ((wide, wide, wide),), (1, 1, 1), fit=(Fit.WHOLE,) * 3)
    document = Document("横", (Title("横"), table))
    assert columns.orientation(document) is Orientation.LANDSCAPE
    pdf = pdf_renderer.render(document, tmp_path / "wide.pdf")
    page = PdfReader(str(pdf)).pages[0]
    assert float(page.mediabox.width) > float(page.mediabox.height)
    assert all(line.count(wide) <= 3 for line in _pdf_lines(pdf)[0])
    assert wide in "".join(_pdf_lines(pdf)[0])
    narrow = Table(("一",), (("短い",),), (1,))
    assert columns.orientation(Document("縦", (narrow,))) is Orientation.PORTRAIT


def test_rows_never_split_across_pages_and_the_header_repeats(tmp_path: Path) -> None:
    rows = tuple(
        (f"R{n:02d}", "\n".join(f"R{n:02d}行{line}" for line in range(1, 6))) for n in range(40)
    )
    document = Document("長い表", (Table(("番号", "内容見出し"), rows, (1, 4)),))
    pages = _render(document, tmp_path / "long.pdf")
    assert len(pages) >= 3
    for n in range(40):
        holding = {
            number
            for number, lines in enumerate(pages)
            for line in lines
            if re.search(f"R{n:02d}行[1-5]", line)
        }
        assert len(holding) == 1, (n, holding)  # all five lines of the row on one page
    assert all(any("内容見出し" in line for line in lines) for lines in pages)


@pytest.fixture
def demo_db(db: Database) -> Database:
    demo.load_demo(db, today=DEMO_AS_OF)
    return db


def _lines_of(db: Database, kind: str, request: DocumentRequest, path: Path) -> list[str]:
    document = exports.build(db, kind, request)
    return [line for page in _render(document, path) for line in page]


@pytest.mark.parametrize("kind", ["roster", "attendance-sheet"])
def test_the_roster_and_the_sheet_break_no_name_reading_or_company(
    demo_db: Database, tmp_path: Path, kind: str
) -> None:
    meeting = meetings.list_meetings(demo_db)[5]
    lines = _lines_of(demo_db, kind, DocumentRequest(meeting_id=meeting.id), tmp_path / "r.pdf")
    for unit in UNITS[:3]:
        assert any(normalise(unit) in line for line in lines), (unit, lines)
    for first, second in itertools.pairwise(lines):  # none of them cut in two
        for unit in UNITS[:3]:
            key = normalise(unit)
            for cut in range(1, len(key)):
                assert not (first.endswith(key[:cut]) and second.startswith(key[cut:])), unit


def test_the_roster_lists_the_staff_apart_and_counts_only_members(
    demo_db: Database, tmp_path: Path
) -> None:
    document = exports.build(demo_db, "roster", DocumentRequest())
    tables = [block for block in document.blocks if isinstance(block, Table)]
    assert len(tables) == 2
    members, staff = tables
    assert {str(row[3]) for row in members.rows} <= {"委員長", "副委員長", "委員", "顧問"}
    assert [row[0].text for row in staff.rows if isinstance(row[0], Cell)] == [
        "石田 航",
        "佐野 友美",
    ]
    assert f"(委員{len(members.rows)}名・五十音順、敬称略)" in str(document.blocks)
    assert isinstance(members.header[0], Cell) and members.header[0].above == "ふりがな"


def test_an_itinerary_date_and_time_stays_on_one_line(tmp_path: Path) -> None:
    stops = (
        ("令和7年7月24日(木) 8:10", "北浜市ものづくり支援センター", "集合・出発" * 6),
        ("12:30～13:20", "北浜市商工会館 3階会議室", "昼食"),
    )
    table = Table(
        ("時間", "場所", "内容"), stops, (1.0, 1.0, 6.0), fit=(Fit.WHOLE, Fit.WORDS, Fit.WRAP)
    )
    lines = [
        line for page in _render(Document("行程", (table,)), tmp_path / "i.pdf") for line in page
    ]
    for unit in ("令和7年7月24日(木)8:10", "北浜市ものづくり支援センター", "北浜市商工会館"):
        assert any(unit in line for line in lines), (unit, lines)
