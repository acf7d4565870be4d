"""An attached file is copied whole, owner-only, or not at all (and then not recorded)."""

from __future__ import annotations

import errno
import os
from datetime import date
from pathlib import Path

import pytest

from app.models import Council
from app.models.enums import CorrespondenceDirection
from app.services.correspondence import attachments, register
from app.services.correspondence.register import LetterInput
from app.storage import atomic
from app.storage.atomic import FileNotWritten, WriteProblem
from app.storage.database import Database


@pytest.fixture
def letter_id(db: Database) -> int:
    with db.transaction() as session:
        session.add(Council(name="委員会", short_name="委"))
    return register.record(
        db, CorrespondenceDirection.INCOMING, LetterInput(date(2022, 7, 1), "A市", "依頼")
    ).id


def test_the_stored_copy_is_private(db: Database, letter_id: int, tmp_path: Path) -> None:
    source = tmp_path / "依頼文.pdf"
    source.write_bytes(os.urandom(200_000))
    source.chmod(0o644)
    attachments.add(db, letter_id, source)
    stored = list(attachments.folder(db).iterdir())
    assert len(stored) == 1 and stored[0].read_bytes() == source.read_bytes()
    if os.name == "posix":
        assert stored[0].stat().st_mode & 0o777 == 0o600
    opened = attachments.copy_for_opening(db, attachments.list_for(db, letter_id)[0].id)
    if os.name == "posix":
        assert opened.stat().st_mode & 0o777 == 0o600


def test_a_copy_that_stops_halfway_leaves_nothing_and_records_nothing(
    db: Database, letter_id: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "依頼文.pdf"
    source.write_bytes(os.urandom(200_000))

    def half_then_disk_full(reading: object, writing: object, _length: int = 0) -> None:
        writing.write(reading.read(1000))  # type: ignore[attr-defined]
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.shutil, "copyfileobj", half_then_disk_full)
    with pytest.raises(FileNotWritten) as failed:
        attachments.add(db, letter_id, source)
    assert failed.value.problem is WriteProblem.DISK_FULL
    assert list(attachments.folder(db).iterdir()) == []
    assert attachments.list_for(db, letter_id) == []
