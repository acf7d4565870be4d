"""Write a document of a meeting to PDF or DOCX (the format from the file's extension)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path

from app.documents.builders import (
    activity_report,
    agenda,
    attendance,
    letter,
    minutes,
    notice,
    registers,
    roster,
    visit_report,
)
from app.documents.inputs import DateStyle, LabelStyle, MinutesOptions

__all__ = ["DateStyle", "LabelStyle", "MinutesOptions"]
from app.documents.model import Document, plain_text
from app.services.activities import editing as activities
from app.services.correspondence import register
from app.services.meetings import documents as document_data
from app.services.meetings import notice as meeting_notice
from app.services.members import roster_document
from app.services.visits import documents as visit_documents
from app.storage.database import Database


class DocumentKind(StrEnum):
    MINUTES = "minutes"  # 議事録
    AGENDA = "agenda"  # 会議次第
    ATTENDANCE = "attendance"  # 出欠表 (as recorded)
    ATTENDANCE_SHEET = "attendance-sheet"  # 出席者名簿 (reception, sign column)
    NOTICE = "notice"  # 開催通知 (takes the next outgoing number)
    ROSTER = "roster"  # 委員名簿
    ACTIVITY_REPORT = "activity-report"  # 実施事業報告 (per fiscal year)
    REGISTER_IN = "register-in"  # 文書収受簿 (per fiscal year)
    REGISTER_OUT = "register-out"  # 文書発送簿 (per fiscal year)
    VISIT_REPORT = "visit-report"  # 視察報告書
    REQUEST_LETTER = "request-letter"  # 依頼状 (takes the next outgoing number)
    THANK_YOU_LETTER = "thank-you-letter"  # 礼状 (takes the next outgoing number)


PER_FISCAL_YEAR = frozenset(
    {DocumentKind.ACTIVITY_REPORT, DocumentKind.REGISTER_IN, DocumentKind.REGISTER_OUT}
)
PER_VISIT = frozenset(
    {DocumentKind.VISIT_REPORT, DocumentKind.REQUEST_LETTER, DocumentKind.THANK_YOU_LETTER}
)
NEEDS_MEETING = frozenset(DocumentKind) - {DocumentKind.ROSTER} - PER_FISCAL_YEAR - PER_VISIT


class UnsupportedFormat(ValueError):
    """Only .pdf and .docx are written."""


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: Path
    unprintable: tuple[str, ...]  # characters the fonts lack (the PDF cannot show them)


def build(
    db: Database,
    kind: DocumentKind,
    meeting_id: int | None,
    options: MinutesOptions | None = None,
    *,
    today: date | None = None,
    with_contact: bool = False,
    fiscal_year: int | None = None,
    visit_id: int | None = None,
) -> Document:
    """Read what the document needs (a short read) and lay it out; no file is written.

    A notice takes the next outgoing document number and is recorded in the register.
    """
    today = today or date.today()
    options = options or MinutesOptions()
    dates = options.dates
    if kind in PER_VISIT:
        if visit_id is None:
            raise ValueError(f"{kind} needs a visit")
        if kind is DocumentKind.VISIT_REPORT:
            return visit_report.build(visit_documents.report_input(db, visit_id))
        which = visit_documents.REQUEST if kind is DocumentKind.REQUEST_LETTER else "thanks"
        return letter.build(visit_documents.issue_letter(db, visit_id, which, today))
    if kind in PER_FISCAL_YEAR:
        if fiscal_year is None:
            raise ValueError(f"{kind} needs a fiscal year")
        if kind is DocumentKind.ACTIVITY_REPORT:
            return activity_report.build(activities.report_input(db, fiscal_year))
        direction = "in" if kind is DocumentKind.REGISTER_IN else "out"
        return registers.build(register.register_input(db, fiscal_year, direction))
    if kind is DocumentKind.ROSTER:
        return roster.build(roster_document.roster_input(db, today, with_contact=with_contact))
    if meeting_id is None:
        raise ValueError(f"{kind} needs a meeting")
    if kind is DocumentKind.MINUTES:
        return minutes.build(document_data.minutes_input(db, meeting_id), options)
    if kind is DocumentKind.AGENDA:
        return agenda.build(document_data.agenda_input(db, meeting_id), dates)
    if kind in (DocumentKind.ATTENDANCE, DocumentKind.ATTENDANCE_SHEET):
        recorded = kind is DocumentKind.ATTENDANCE
        data = document_data.attendance_input(db, meeting_id, recorded=recorded)
        return attendance.build(data, dates)
    return notice.build(meeting_notice.issue_notice(db, meeting_id, today), dates)


def write(document: Document, path: Path) -> ExportResult:
    """Render to ``path`` (.pdf or .docx). Touches no database: safe off the UI thread."""
    suffix = path.suffix.casefold()
    if suffix not in (".pdf", ".docx"):
        raise UnsupportedFormat(path.suffix)
    # lazy: reportlab and python-docx cost a third of a second, not needed to open the window
    from app.documents import docx_renderer, fonts, pdf_renderer

    renderer = pdf_renderer if suffix == ".pdf" else docx_renderer
    renderer.render(document, path)
    return ExportResult(path, tuple(fonts.unprintable(plain_text(document))))


def export(
    db: Database,
    kind: DocumentKind,
    meeting_id: int | None,
    path: Path,
    *,
    with_contact: bool = False,
    fiscal_year: int | None = None,
    visit_id: int | None = None,
) -> ExportResult:
    """Build and write; says which characters the embedded fonts cannot print."""
    if path.suffix.casefold() not in (".pdf", ".docx"):
        raise UnsupportedFormat(path.suffix)
    document = build(
        db,
        kind,
        meeting_id,
        with_contact=with_contact,
        fiscal_year=fiscal_year,
        visit_id=visit_id,
    )
    return write(document, path)


def file_stem(document: Document) -> str:
    """A file name from the title, without characters Windows refuses."""
    return "".join("_" if c in '\\/:*?"<>|' else c for c in document.title).strip() or "document"
