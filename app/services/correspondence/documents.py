"""The registers of a fiscal year: 文書収受簿 (letters received) and 文書発送簿 (sent)."""

from __future__ import annotations

from app.documents.builders import registers as registers_builder
from app.documents.model import Document
from app.services.correspondence.register import register_input
from app.services.documents.request import DocumentRequest
from app.storage.database import Database


def incoming_register(db: Database, request: DocumentRequest) -> Document:
    return registers_builder.build(register_input(db, request.require_fiscal_year(), "in"))


def outgoing_register(db: Database, request: DocumentRequest) -> Document:
    return registers_builder.build(register_input(db, request.require_fiscal_year(), "out"))
