"""The .ics file is written whole or not at all, owner-only."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from app.demo import loader as demo
from app.demo.data import DEMO_AS_OF
from app.services.calendar import export as calendar_export
from app.storage import atomic
from app.storage.atomic import FileNotWritten, WriteProblem
from app.storage.database import Database


def test_the_calendar_is_private(db: Database, tmp_path: Path) -> None:
    demo.load_demo(db, today=DEMO_AS_OF)
    (tmp_path / "out").mkdir()  # the test database is in tmp_path
    path = tmp_path / "out" / "meetings.ics"
    assert calendar_export.export(db, path) > 0
    assert [p.name for p in path.parent.iterdir()] == ["meetings.ics"]
    if os.name == "posix":
        assert path.stat().st_mode & 0o777 == 0o600


def test_a_full_disk_leaves_the_old_calendar(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    demo.load_demo(db, today=DEMO_AS_OF)
    (tmp_path / "out").mkdir()  # the test database is in tmp_path
    path = tmp_path / "out" / "meetings.ics"
    path.write_bytes(b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")

    def disk_full(_path: Path) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic, "_fsync_file", disk_full)
    with pytest.raises(FileNotWritten) as failed:
        calendar_export.export(db, path)
    assert failed.value.problem is WriteProblem.DISK_FULL
    assert path.read_bytes() == b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"
    assert [p.name for p in path.parent.iterdir()] == ["meetings.ics"]
