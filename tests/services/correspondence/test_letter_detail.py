"""The letter detail pane's read: its details and attachments."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from app.models.enums import (
    CorrespondenceDirection,
)
from app.services.correspondence import attachments, register
from app.services.correspondence.detail import letter_detail
from app.services.correspondence.register import LetterInput
from app.storage.database import Database
from tests.meeting_room import Room


def test_a_letter_shows_its_details_and_attachments(
    db: Database, room: Room, tmp_path: Path
) -> None:
    registered = register.record(
        db,
        CorrespondenceDirection.INCOMING,
        LetterInput(
            date(2022, 6, 1), "北浜市", "視察の依頼", summary="7月に", meeting_id=room.meeting_id
        ),
    )
    source = tmp_path / "依頼文.pdf"
    source.write_bytes(b"%PDF-1.4")
    attachments.add(db, registered.id, source)
    detail = letter_detail(db, registered.id)
    assert detail is not None
    assert (detail.counterparty, detail.summary) == ("北浜市", "7月に")
    assert detail.related == "第1回 定例会 2022-07-04"
    assert [a.original_name for a in detail.attachments] == ["依頼文.pdf"]
    assert letter_detail(db, 999_999) is None
