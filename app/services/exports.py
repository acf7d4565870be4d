"""Write a document of a meeting to PDF or DOCX (the format from the file's extension)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from app.documents import docx_renderer, fonts, pdf_renderer
from app.documents.builders import minutes
from app.documents.inputs import MinutesOptions
from app.documents.model import Document, plain_text
from app.services import document_data
from app.storage.database import Database


class DocumentKind(StrEnum):
    MINUTES = "minutes"  # 議事録


class UnsupportedFormat(ValueError):
    """Only .pdf and .docx are written."""


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: Path
    unprintable: tuple[str, ...]  # characters the fonts lack (the PDF cannot show them)


def build(db: Database, kind: DocumentKind, meeting_id: int) -> Document:
    if kind is DocumentKind.MINUTES:
        return minutes.build(document_data.minutes_input(db, meeting_id), MinutesOptions())
    raise ValueError(f"unknown document kind {kind}")


def export(db: Database, kind: DocumentKind, meeting_id: int, path: Path) -> ExportResult:
    """Build and write; says which characters the embedded fonts cannot print."""
    suffix = path.suffix.casefold()
    if suffix not in (".pdf", ".docx"):
        raise UnsupportedFormat(path.suffix)
    document = build(db, kind, meeting_id)
    renderer = pdf_renderer if suffix == ".pdf" else docx_renderer
    renderer.render(document, path)
    return ExportResult(path, tuple(fonts.unprintable(plain_text(document))))
