"""Roster exports and the rejects file: whole or not at all, owner-only (個人情報)."""

from __future__ import annotations

import csv
import errno
import io
import os
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from app.services.members import roster_export
from app.services.members.roster_export import export_roster, write_table
from app.storage.atomic import FileNotWritten, WriteProblem
from app.storage.database import Database
from tests.meeting_room import Room


def _names(folder: Path) -> set[str]:
    return {path.name for path in folder.iterdir()}


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """A folder of its own for the written files (the test database is in tmp_path)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_the_roster_is_private(db: Database, room: Room, out: Path, suffix: str) -> None:
    path = out / f"名簿{suffix}"
    count = export_roster(db, path, with_contact=True)
    assert count == len(room.members)
    assert _names(out) == {path.name}
    if os.name == "posix":
        assert path.stat().st_mode & 0o777 == 0o600


def test_a_csv_writer_that_stops_halfway_leaves_the_old_roster(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "roster.csv"
    write_table(path, [["氏名"], ["斉藤 一郎"]])
    good = path.read_bytes()

    real_writer = csv.writer

    class HalfWriter:
        def __init__(self, handle: object) -> None:
            self._writer = real_writer(handle)  # type: ignore[arg-type]

        def writerows(self, rows: list[list[str]]) -> None:
            self._writer.writerow(rows[0])
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(roster_export.csv, "writer", HalfWriter)
    with pytest.raises(FileNotWritten) as failed:
        write_table(path, [["氏名"], ["今 太郎"], ["野口 花子"]])
    assert failed.value.problem is WriteProblem.DISK_FULL
    assert path.read_bytes() == good
    assert _names(tmp_path) == {"roster.csv"}


def test_an_xlsx_save_that_stops_halfway_leaves_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def half_then_fail(self: Workbook, target: object) -> None:
        if isinstance(target, io.BytesIO):  # the workbook is made in memory first
            target.write(b"PK\x03\x04 half a zip")
        else:
            Path(str(target)).write_bytes(b"PK\x03\x04 half a zip")
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(Workbook, "save", half_then_fail)
    with pytest.raises(FileNotWritten) as failed:
        write_table(tmp_path / "roster.xlsx", [["氏名"], ["斉藤 一郎"]])
    assert failed.value.problem is WriteProblem.OTHER
    assert _names(tmp_path) == set()


def test_a_whole_xlsx_still_opens(tmp_path: Path) -> None:
    path = tmp_path / "roster.xlsx"
    write_table(path, [["氏名"], ["斉藤 一郎"]])
    assert load_workbook(path).active["A2"].value == "斉藤 一郎"  # type: ignore[index]


def test_the_rejects_file_is_private(db: Database, tmp_path: Path, out: Path) -> None:
    from app.services.members import roster_import
    from app.texts.problems import problem_descriptions

    source = tmp_path / "in.csv"
    source.write_text("氏名,ふりがな,メール\n斉藤 一郎,さいとう いちろう,not-an-email\n", "utf-8")
    preview = roster_import.preview_import(db, source)
    rejects = out / "rejects.csv"
    assert roster_export.write_rejects(preview, rejects, problem_descriptions()) == 1
    if os.name == "posix":
        assert rejects.stat().st_mode & 0o777 == 0o600
    assert _names(out) == {"rejects.csv"}
