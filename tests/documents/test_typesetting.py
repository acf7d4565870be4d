"""The typesetting checker over every document kind with the demo data, and over a
stress text with every 禁則 class at every position around a line's end."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph as ReportlabParagraph
from reportlab.platypus import SimpleDocTemplate

from app.demo import loader as demo
from app.demo.data import DEMO_AS_OF
from app.documents import columns, fonts
from app.documents.model import Block, Cell, Document, Paragraph, Table, label_grid
from app.documents.normalised import normalised
from app.services.documents import export as exports
from app.services.documents.export import DocumentRequest, Subject
from app.services.events import listing as events
from app.services.meetings import listing as meetings
from app.services.visits import listing as visits
from app.storage.database import Database
from tests.documents.typeset_checker import Violation, check, paragraph_ends
from tests.services.events.seed_event import seed_event

FRAME = (columns.MARGIN + 6, A4[0] - columns.MARGIN - 6)  # platypus pads a frame 6 pt
PADDING = columns.PADDING  # the tables' cell padding
TODAY = date(2026, 3, 1)

LINE_START = (
    "」』）】〕〉》］｝〙〗！？・：；。．、，ヽヾゝゞ々ー"
    "ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ～"
)
LINE_END = "「『（【〔〈《［｛〘〖"


def _violations(document: Document, pdf: Path) -> list[Violation]:
    drawn = normalised(document)  # what the renderer drew, on the page it chose
    grid = label_grid(drawn)
    if grid is not None:  # a sheet of labels: the text is within the labels' padding
        sheet = grid.sheet
        left = (sheet.left + sheet.padding) * mm
        right = (sheet.left + sheet.columns * sheet.width - sheet.padding) * mm
        return check(pdf, ends=paragraph_ends(drawn), frame=(left, right), padding=PADDING)
    setup = columns.page_setup(drawn)  # the grid, portrait or landscape page
    width, height = setup.size
    shown = _set_as_words(drawn, setup.text_width)
    return check(
        pdf,
        ends=paragraph_ends(shown),
        units=shown.units,
        frame=(setup.side, width - setup.side),  # the text area, as the renderer sets it
        padding=PADDING,
        body=(setup.top, height - setup.top),  # not the header, not the folio
    )


def _set_as_words(document: Document, available: float) -> Document:
    """``document`` with the line breaks the renderer puts between the words of a cell
    too narrow for them (「工学部機械工学科」 / 「教授」): those lines end there."""
    size = document.body_size
    blocks: list[Block] = []
    for block in document.blocks:
        if isinstance(block, Table):
            widths = columns.widths(block, size, available)
            fits = [columns.column_fit(block, n) for n in range(len(widths))]
            rows = tuple(
                tuple(
                    text
                    if isinstance(text, Cell)
                    else columns.break_words(text, fits[n], widths[n], size)
                    for n, text in enumerate(row)
                )
                for row in block.rows
            )
            block = replace(block, rows=rows)
        blocks.append(block)
    return replace(document, blocks=tuple(blocks))


@pytest.fixture
def demo_db(db: Database) -> Database:
    demo.load_demo(db, today=DEMO_AS_OF)
    return db


def _requests(db: Database, subject: Subject) -> list[DocumentRequest]:
    match subject:
        case Subject.MEETING:
            return [
                DocumentRequest(meeting_id=r.id, today=TODAY) for r in meetings.list_meetings(db)
            ]
        case Subject.VISIT:
            return [DocumentRequest(visit_id=v.id, today=TODAY) for v in visits.list_visits(db)]
        case Subject.EVENT:
            return [DocumentRequest(event_id=e.id, today=TODAY) for e in events.list_events(db)]
        case Subject.FISCAL_YEAR:
            return [DocumentRequest(fiscal_year=year, today=TODAY) for year in (2024, 2025)]
        case Subject.EVENT:
            return [
                DocumentRequest(event_id=e.id, today=TODAY, with_contact=contact)
                for e in events.list_events(db)
                for contact in (False, True)
            ]
    return [DocumentRequest(today=TODAY), DocumentRequest(today=TODAY, with_contact=True)]


def test_every_demo_document_is_set_by_the_rules(demo_db: Database, tmp_path: Path) -> None:
    found: dict[str, list[Violation]] = {}
    checked = 0
    for spec in exports.kinds():
        for number, request in enumerate(_requests(demo_db, spec.subject)):
            document = exports.build(demo_db, spec.kind, request)
            pdf = exports.write(document, tmp_path / f"{spec.kind}-{number}.pdf").path
            violations = _violations(document, pdf)
            if violations:
                found[f"{spec.kind}-{number}"] = violations
            checked += 1
    assert checked > 60
    assert not found, found


def test_the_seed_events_documents_are_set_by_the_rules(db: Database, tmp_path: Path) -> None:
    """The documents of an event, on the seed's event (the demo's events come with the
    sample data): the notice, the lists, the badges and the receipts."""
    event_id = seed_event(db)
    found: dict[str, list[Violation]] = {}
    for spec in exports.kinds(Subject.EVENT):
        for contact in (False, True):
            request = DocumentRequest(event_id=event_id, today=TODAY, with_contact=contact)
            document = exports.build(db, spec.kind, request)
            pdf = exports.write(document, tmp_path / f"{spec.kind}-{contact}.pdf").path
            if violations := _violations(document, pdf):
                found[f"{spec.kind}-{contact}"] = violations
    assert not found, found


def _stress_document() -> Document:
    blocks: list[Paragraph | Table] = []
    for character in LINE_START + LINE_END + "…―":
        for before in range(36, 46):  # about 41 characters fit on a line of the frame
            doubled = character * 2 if character in "…―" else character
            blocks.append(Paragraph("あ" * before + doubled + "い" * 10 + "。"))
    cells = tuple(
        ("う" * before + character + "え" * 6, "令和8年3月10日(火)", "株式会社旭プレス工業")
        for character in LINE_START[:12] + LINE_END[:4]
        for before in range(8, 12)
    )
    blocks.append(Table(("内容", "日付", "所属"), cells, (2.0, 1.2, 1.2)))
    blocks.append(
        Paragraph(
            "開催は令和8年3月10日(火)午後7時00分～午後8時30分、場所は株式会社旭プレス工業の"
            "本社(北浜市)。説明: 浜田委員長。ISO 9001 (2015) の認証取得について、"
            "参加者は120名を見込む。「次期委員の推薦について（依頼）」を発送した。" * 3
        )
    )
    return Document(title="禁則", blocks=tuple(blocks), page_numbers=False)


def test_a_stress_text_with_every_kinsoku_class_at_every_position(tmp_path: Path) -> None:
    document = _stress_document()
    pdf = exports.write(document, tmp_path / "stress.pdf").path
    assert _violations(document, pdf) == []


def test_the_checker_finds_what_reportlabs_own_wrap_does(tmp_path: Path) -> None:
    """The checker is not blind: reportlab's CJK wrap ends lines on 「 and is ragged."""
    fonts.register()
    style = ParagraphStyle("p", fontName=fonts.MINCHO, fontSize=10.5, leading=10.5 * 1.7)
    style.wordWrap = "CJK"
    texts = ["あ" * before + "「い」" + "う" * 30 for before in range(38, 44)]
    texts.append("ISO 9001（2015）の認証、説明: 浜田" + "え" * 40)
    path = tmp_path / "reportlab.pdf"
    template = SimpleDocTemplate(
        str(path), pagesize=A4, leftMargin=columns.MARGIN, rightMargin=columns.MARGIN
    )
    template.build([ReportlabParagraph(text, style) for text in texts])
    ends = {text for text in texts}
    kinds = {v.kind for v in check(path, ends=ends, frame=FRAME, padding=PADDING)}
    assert {"line-end", "half-width"} <= kinds


def test_libreoffice_prints_our_word_files_with_the_same_punctuation(
    demo_db: Database, tmp_path: Path
) -> None:
    """The DOCX says the same normalised text: LibreOffice's PDF of it has no half-width
    bracket or colon in Japanese text (its line breaks are LibreOffice's, not checked)."""
    from tests.documents.test_libreoffice import _convert

    meeting = meetings.list_meetings(demo_db)[2].id
    visit = visits.list_visits(demo_db)[0].id
    wanted = [
        ("minutes", DocumentRequest(meeting_id=meeting, today=TODAY)),
        ("attendance", DocumentRequest(meeting_id=meeting, today=TODAY)),
        ("roster", DocumentRequest(today=TODAY)),
        ("visit-report", DocumentRequest(visit_id=visit, today=TODAY)),
        ("register-out", DocumentRequest(fiscal_year=2025, today=TODAY)),
    ]
    files = [
        exports.write(exports.build(demo_db, kind, request), tmp_path / f"{kind}.docx").path
        for kind, request in wanted
    ]
    out = _convert(files, tmp_path)
    for kind, _ in wanted:
        pdf = out / f"{kind}.pdf"
        found = check(pdf, ends=set(), frame=FRAME, padding=PADDING, line_breaks=False)
        assert found == [], (kind, found)
