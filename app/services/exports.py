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


def build(
    db: Database, kind: DocumentKind, meeting_id: int, options: MinutesOptions | None = None
) -> Document:
    """Read what the document needs (a short read) and lay it out; no file is written."""
    if kind is DocumentKind.MINUTES:
        return minutes.build(document_data.minutes_input(db, meeting_id), options)
    raise ValueError(f"unknown document kind {kind}")


def write(document: Document, path: Path) -> ExportResult:
    """Render to ``path`` (.pdf or .docx). Touches no database: safe off the UI thread."""
    suffix = path.suffix.casefold()
    if suffix not in (".pdf", ".docx"):
        raise UnsupportedFormat(path.suffix)
    renderer = pdf_renderer if suffix == ".pdf" else docx_renderer
    renderer.render(document, path)
    return ExportResult(path, tuple(fonts.unprintable(plain_text(document))))


def export(db: Database, kind: DocumentKind, meeting_id: int, path: Path) -> ExportResult:
    """Build and write; says which characters the embedded fonts cannot print."""
    if path.suffix.casefold() not in (".pdf", ".docx"):
        raise UnsupportedFormat(path.suffix)
    return write(build(db, kind, meeting_id), path)


def file_stem(document: Document) -> str:
    """A file name from the title, without characters Windows refuses."""
    return "".join("_" if c in '\\/:*?"<>|' else c for c in document.title).strip() or "document"
