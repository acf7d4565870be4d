"""Every document kind for every demo meeting, in both formats: the same text, A4, and
only the embedded IPAex fonts."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from docx import Document as open_docx

from app.demo import loader as demo
from app.demo.data import DEMO_AS_OF
from app.documents.model import Document, plain_text
from app.services.correspondence import listing as correspondence
from app.services.documents import export as exports
from app.services.documents.export import DocumentRequest, Subject
from app.services.events import listing as events
from app.services.meetings import listing as meetings
from app.services.visits import listing as visits
from app.storage.database import Database
from tests.documents.readback import (
    A4_POINTS,
    docx_text,
    normalise,
    pdf_fonts,
    pdf_page_sizes,
    pdf_text,
    table_headers,
)

TODAY = date(2026, 3, 1)


def _check_both(document: Document, folder: Path, stem: str, *, landscape: bool = False) -> None:
    pdf = exports.write(document, folder / f"{stem}.pdf").path
    docx = exports.write(document, folder / f"{stem}.docx").path
    assert pdf_page_sizes(pdf) == {A4_POINTS[::-1] if landscape else A4_POINTS}, stem
    section = open_docx(str(docx)).sections[0]
    assert (section.page_width > section.page_height) is landscape, stem
    fonts = pdf_fonts(pdf)
    assert fonts and all(embedded and "IPAex" in name for name, embedded in fonts), (stem, fonts)
    assert normalise(pdf_text(pdf, document.header, table_headers(document))) == normalise(
        docx_text(docx)
    ), stem


@pytest.fixture
def demo_db(db: Database) -> Database:
    demo.load_demo(db, today=DEMO_AS_OF)
    return db


def _kinds(subject: Subject) -> list[str]:
    return [spec.kind for spec in exports.kinds(subject)]


def test_the_areas_declare_every_document_kind() -> None:
    assert {spec.kind for spec in exports.kinds()} == {
        "minutes",
        "agenda",
        "attendance",
        "attendance-sheet",
        "notice",
        "roster",
        "activity-report",
        "register-in",
        "register-out",
        "visit-report",
        "request-letter",
        "thank-you-letter",
        "event-notice",
        "reception-list",
        "reception-list-by-organization",
        "badges",
        "receipts",
        "participant-list",
        "event-report",
    }


@pytest.mark.parametrize("kind", _kinds(Subject.MEETING))
def test_every_meeting_document(demo_db: Database, tmp_path: Path, kind: str) -> None:
    rows = meetings.list_meetings(demo_db)
    assert len(rows) == 16
    for row in rows:
        document = exports.build(demo_db, kind, DocumentRequest(meeting_id=row.id, today=TODAY))
        _check_both(document, tmp_path, f"{kind}-{row.id}")


@pytest.mark.parametrize("with_contact", [False, True])
def test_roster(demo_db: Database, tmp_path: Path, with_contact: bool) -> None:
    request = DocumentRequest(today=TODAY, with_contact=with_contact)
    document = exports.build(demo_db, "roster", request)
    # the contact columns do not fit a portrait page with no name broken: landscape
    _check_both(document, tmp_path, "roster", landscape=with_contact)
    text = normalise(docx_text(tmp_path / "roster.docx"))
    assert ("@" in text) is with_contact  # personal contact fields only when chosen


def test_a_notice_is_issued_once_and_reissued_only_when_asked(
    demo_db: Database, tmp_path: Path
) -> None:
    before = {row.document_number for row in correspondence.list_correspondence(demo_db)}
    meeting = meetings.list_meetings(demo_db)[0]
    request = DocumentRequest(meeting_id=meeting.id, dated_on=TODAY)
    first = exports.build(demo_db, "notice", request)
    exports.write(first, tmp_path / "notice.pdf")
    later = DocumentRequest(meeting_id=meeting.id, dated_on=date(2026, 3, 20))
    second = exports.build(demo_db, "notice", later)  # the same letter, as Word
    exports.write(second, tmp_path / "notice.docx")

    def new_letters() -> list[str]:
        rows = correspondence.list_correspondence(demo_db)
        return sorted(row.document_number for row in rows if row.document_number not in before)

    issued = new_letters()
    assert len(issued) == 1  # one number, one register entry
    assert str(first.blocks[0]) == str(second.blocks[0])  # its number and its first date
    assert "令和8年3月1日" in str(second.blocks[0])
    again = exports.build(demo_db, "notice", replace(later, reissue=True))
    reissued = new_letters()
    assert len(reissued) == 2 and reissued[0] != reissued[1]
    assert "令和8年3月20日" in str(again.blocks[0])


@pytest.mark.parametrize("kind", _kinds(Subject.FISCAL_YEAR))
def test_fiscal_year_documents(demo_db: Database, tmp_path: Path, kind: str) -> None:
    for fiscal_year in (2024, 2025, 2026):  # before, during and after the demo records
        document = exports.build(demo_db, kind, DocumentRequest(fiscal_year=fiscal_year))
        _check_both(document, tmp_path, f"{kind}-{fiscal_year}")


def test_the_outgoing_register_shows_a_voided_number(demo_db: Database) -> None:
    document = exports.build(demo_db, "register-out", DocumentRequest(fiscal_year=2025))
    table = next(b for b in document.blocks if hasattr(b, "rows"))
    assert any(row[-1] == "欠番" for row in table.rows)  # the demo voids one number


@pytest.mark.parametrize("kind", _kinds(Subject.VISIT))
def test_visit_documents(demo_db: Database, tmp_path: Path, kind: str) -> None:
    for visit in visits.list_visits(demo_db):
        request = DocumentRequest(visit_id=visit.id, today=TODAY)
        document = exports.build(demo_db, kind, request)
        _check_both(document, tmp_path, f"{kind}-{visit.id}")


@pytest.mark.parametrize("kind", _kinds(Subject.EVENT))
def test_event_documents(demo_db: Database, tmp_path: Path, kind: str) -> None:
    shown = events.list_events(demo_db)
    assert shown  # the demo has a seminar, an exchange salon and a 商談会
    for event in shown:
        request = DocumentRequest(event_id=event.id, today=TODAY)
        document = exports.build(demo_db, kind, request)
        _check_both(document, tmp_path, f"{kind}-{event.id}")


def test_a_july_thank_you_letter_greets_with_july_and_a_notice_does_not_greet(
    demo_db: Database,
) -> None:
    visit = visits.list_visits(demo_db)[0]
    july = date(2026, 7, 10)
    thanks = plain_text(
        exports.build(demo_db, "thank-you-letter", DocumentRequest(visit_id=visit.id, today=july))
    )
    assert "拝啓\u3000盛夏の候、" in thanks and thanks.rstrip().count("敬具") == 1
    assert "(お礼)" in thanks
    meeting = meetings.list_meetings(demo_db)[0]
    request = DocumentRequest(meeting_id=meeting.id, today=july)
    notice = plain_text(exports.build(demo_db, "notice", request))
    assert "拝啓" not in notice and "の候" not in notice and "敬具" not in notice
    registered = [row.subject for row in correspondence.list_correspondence(demo_db)]
    assert any(subject.endswith("(お礼)") for subject in registered)  # in the register
