"""出席者名簿 and 出欠表 in 五十音順: family reading first, then the given reading."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.services.documents import export as exports
from app.services.documents.export import DocumentRequest
from app.services.meetings.documents import attendance_input
from app.storage.database import Database
from tests.documents.readback import normalise, pdf_text
from tests.meeting_room import Room
from tests.shared_prefixes import EXPECTED_NAMES, add_shared_prefix_members, in_list_order


def test_attendance_rows_list_the_shorter_family_name_first(db: Database, room: Room) -> None:
    add_shared_prefix_members(db)
    rows = attendance_input(db, room.meeting_id, recorded=False).rows
    assert in_list_order([row.name for row in rows]) == EXPECTED_NAMES


@pytest.mark.parametrize("kind", ["attendance", "attendance-sheet"])
def test_attendance_pdfs_list_the_shorter_family_name_first(
    db: Database, room: Room, tmp_path: Path, kind: str
) -> None:
    add_shared_prefix_members(db)
    document = exports.build(db, kind, DocumentRequest(meeting_id=room.meeting_id))
    text = normalise(pdf_text(exports.write(document, tmp_path / f"{kind}.pdf").path))
    positions = [text.index(normalise(name)) for name in EXPECTED_NAMES]
    assert positions == sorted(positions)
