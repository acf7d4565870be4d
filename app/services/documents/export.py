"""Make a document and write it to PDF or DOCX (the format from the file's extension).

The documents are a table: each area declares its document kinds in its ``area.py``
(:class:`app.services.areas.DocumentSpec`), naming the function that reads what the
document needs and lays it out, ``(db, DocumentRequest) -> Document``. A new document is
that one function plus one line in its area's declaration.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from app.documents.model import Document, plain_text
from app.documents.normalised import normalised
from app.japanese.typography import Typography
from app.services import areas
from app.services.areas import DocumentSpec, Subject
from app.services.council.info import council_info
from app.services.documents.request import DocumentRequest
from app.storage import atomic
from app.storage.database import Database
from app.storage.paths import ensure_private_dir

__all__ = [
    "DocumentRequest",
    "DocumentSpec",
    "ExportResult",
    "Subject",
    "UnsupportedFormat",
    "build",
    "export",
    "file_stem",
    "kinds",
    "remove_leftovers",
    "spec",
    "write",
]


class UnsupportedFormat(ValueError):
    """Only .pdf and .docx are written."""


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: Path
    unprintable: tuple[str, ...]  # characters the fonts lack, as labels (see fonts.unprintable)


def kinds(subject: Subject | None = None) -> tuple[DocumentSpec, ...]:
    """The document kinds (of one subject), in the order the document dialog offers them."""
    return tuple(d for d in areas.document_kinds() if subject is None or d.subject is subject)


def spec(kind: str) -> DocumentSpec:
    """The declaration of a document kind; ``KeyError`` if no area declares it."""
    return areas.document_kind(kind)


def build(db: Database, kind: str, request: DocumentRequest) -> Document:
    """Read what the document needs (a short read) and lay it out; no file is written.

    A numbered letter (``spec(kind).numbered``) takes the next outgoing document number
    and is recorded in the register.
    """
    make: Callable[[Database, DocumentRequest], Document] = areas.load(spec(kind).make)
    council = council_info(db)
    document = make(db, request)
    return replace(document, wave_dash=council.wave_dash) if council is not None else document


def write(document: Document, path: Path, typography: Typography | None = None) -> ExportResult:
    """Render to ``path`` (.pdf or .docx), every text through the one typographic
    normalisation first. Touches no database: safe off the UI thread.

    The file appears whole or not at all, owner-only (``app.storage.atomic``): a kill
    or a full disk leaves the name as it was. A missing folder is created (owner-only).
    A failed write raises ``atomic.FileNotWritten`` (an ``OSError``).
    """
    suffix = path.suffix.casefold()
    if suffix not in (".pdf", ".docx"):
        raise UnsupportedFormat(path.suffix)
    # lazy: reportlab and python-docx cost a third of a second, not needed to open the window
    from app.documents import docx_renderer, fonts, pdf_renderer

    document = normalised(document, typography)
    renderer = pdf_renderer if suffix == ".pdf" else docx_renderer
    try:
        ensure_private_dir(path.parent)
    except OSError as error:
        raise atomic.not_written(error, path) from error
    # The renderers write to the path they are given (documents know nothing of storage).
    with atomic.replacing(path) as temporary:
        renderer.render(document, temporary)
    return ExportResult(path, tuple(fonts.unprintable(plain_text(document))))


def remove_leftovers(folder: Path) -> list[Path]:
    """Delete what killed writes left in a documents folder (only our temporary names)."""
    return atomic.remove_leftovers(folder)


def export(db: Database, kind: str, request: DocumentRequest, path: Path) -> ExportResult:
    """Build and write; says which characters the embedded fonts cannot print."""
    if path.suffix.casefold() not in (".pdf", ".docx"):
        raise UnsupportedFormat(path.suffix)
    return write(build(db, kind, request), path)


def file_stem(document: Document) -> str:
    """A file name from the title, without characters Windows refuses."""
    return "".join("_" if c in '\\/:*?"<>|' else c for c in document.title).strip() or "document"
