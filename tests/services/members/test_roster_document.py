"""The 委員名簿 in 五十音順: family reading first, then the given reading."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from app.services.documents import export as exports
from app.services.documents.export import DocumentRequest
from app.services.members.roster_document import roster_input
from app.storage.database import Database
from tests.documents.readback import normalise, pdf_text
from tests.shared_prefixes import EXPECTED_NAMES, add_shared_prefix_members, in_list_order

TODAY = date(2026, 4, 1)


def test_roster_rows_list_the_shorter_family_name_first(db: Database) -> None:
    add_shared_prefix_members(db)
    rows = roster_input(db, TODAY).rows
    assert in_list_order([row.name for row in rows]) == EXPECTED_NAMES


def test_roster_pdf_text_lists_the_shorter_family_name_first(db: Database, tmp_path: Path) -> None:
    add_shared_prefix_members(db)
    document = exports.build(db, "roster", DocumentRequest(today=TODAY))
    text = normalise(pdf_text(exports.write(document, tmp_path / "roster.pdf").path))
    positions = [text.index(normalise(name)) for name in EXPECTED_NAMES]
    assert positions == sorted(positions)
