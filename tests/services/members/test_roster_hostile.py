"""Hostile rosters (issue 14): refused or handled with a row-numbered reason, never a
parser's traceback, within ~300 MB of memory (measured in a fresh interpreter)."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from app.services.members import listing as members
from app.services.members.roster_file import (
    MAX_ROWS,
    RosterFileError,
    RosterFileProblem,
    read_roster_file,
)
from app.services.members.roster_import import apply_import, preview_import
from app.services.problems import Problem
from app.storage.database import Database
from app.texts import i18n
from app.texts.problems import roster_file_error_text
from tests.peak_memory import LIMIT_MB, run_measured

HEADER = "氏名,ふりがな,所属,備考\n"
ROW = "斉藤 一郎,さいとう いちろう,株式会社みなと精工,{}\n"


def _refused(path: Path) -> RosterFileError:
    with pytest.raises(RosterFileError) as raised:
        read_roster_file(path)
    return raised.value


def test_a_200_kb_cell_is_a_row_numbered_refusal(tmp_path: Path) -> None:
    path = tmp_path / "huge_cell.csv"  # the csv module's own limit is 131,072
    path.write_text(HEADER + ROW.format("ok") + ROW.format("x" * 200_000), encoding="utf-8")
    error = _refused(path)
    assert (error.problem, error.line) == (RosterFileProblem.CELL_TOO_LONG, 3)
    quoted = tmp_path / "quoted_cell.csv"  # over the csv limit inside one quoted cell
    quoted.write_text(HEADER + ROW.format('"' + "あ\n" * 70_000 + '"'), encoding="utf-8")
    assert _refused(quoted).problem in (
        RosterFileProblem.CELL_TOO_LONG,
        RosterFileProblem.ROW_TOO_LONG,
    )
    long_cell = tmp_path / "long_cell.csv"  # under the csv limit, over ours
    long_cell.write_text(HEADER + ROW.format("x" * 20_000), encoding="utf-8")
    error = _refused(long_cell)
    assert (error.problem, error.line) == (RosterFileProblem.CELL_TOO_LONG, 2)
    i18n.load("ja")
    try:
        assert roster_file_error_text(error).startswith("2 行目")
        assert "10,000" in roster_file_error_text(error)
    finally:
        i18n.load("en")


def test_a_row_of_millions_of_empty_cells_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "commas.csv"
    path.write_text(HEADER + "," * 5_000_000 + "\n", encoding="utf-8")
    assert _refused(path).problem is RosterFileProblem.ROW_TOO_LONG
    lines = tmp_path / "quoted_lines.csv"  # many short lines, one row: still one row
    lines.write_text(HEADER + '"\n",' * 200_000 + "\n", encoding="utf-8")
    assert _refused(lines).problem is RosterFileProblem.ROW_TOO_LONG


def test_duplicate_headers_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "twice.csv"
    path.write_text("氏名,ふりがな,氏名\n斉藤 一郎,さいとう いちろう,今 花子\n", encoding="utf-8")
    error = _refused(path)
    assert error.problem is RosterFileProblem.DUPLICATE_HEADER and error.detail == "氏名 / 氏名"
    aliases = tmp_path / "aliases.csv"  # two names for the same column
    aliases.write_text("氏名,Name,ふりがな\n", encoding="utf-8")
    assert _refused(aliases).problem is RosterFileProblem.DUPLICATE_HEADER


def test_control_characters_are_stripped_at_import(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "controls.csv"
    path.write_text(
        HEADER
        + "斉藤\x00\x07 一郎\u202e,さいとう\x1b いちろう,みなと\x85精工,"
        + '"一行目\r\n二行目\x0c"\n',
        encoding="utf-8",
    )
    preview = preview_import(db, path)
    assert preview.errors == ()
    assert apply_import(db, preview) == 1
    (member,) = members.list_members(db)
    assert member.full_name == "斉藤 一郎"
    assert member.organization_name == "みなと 精工"  # NEL is a line break: a space here
    values = preview.rows[0].values
    assert values["notes"] == "一行目\n二行目"  # notes keep their lines


def test_text_longer_than_its_column_is_a_row_error(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "long.csv"
    path.write_text(
        "姓,名,ふりがな,所属,メール\n"
        + "斉藤,一郎,さいとう いちろう,株式会社みなと精工,a@example.jp\n"
        + "斉" * 61
        + ",二郎,さいとう じろう,"
        + "社" * 201
        + ",b@example.jp\n",
        encoding="utf-8",
    )
    preview = preview_import(db, path)
    assert {(e.line, e.field, e.problem) for e in preview.errors} == {
        (3, "family_name", Problem.TOO_LONG),
        (3, "organization", Problem.TOO_LONG),
    }


def test_a_million_rows_are_refused_within_the_memory_limit(tmp_path: Path) -> None:
    path = tmp_path / "million.csv"  # ~90 MB
    with path.open("w", encoding="utf-8") as handle:
        handle.write(HEADER)
        line = ROW.format("備考" * 15)
        for _ in range(1_000_000):
            handle.write(line)
    assert path.stat().st_size > 80_000_000
    code = f"""
        from pathlib import Path
        from app.services.members.roster_file import RosterFileError, read_roster_file
        try:
            read_roster_file(Path({str(path)!r}))
            result = "accepted"
        except RosterFileError as error:
            result = [error.problem.value, error.detail]
        """
    measured = run_measured(code, tmp_path)
    assert measured.result == ["too_many_rows", f"more than {MAX_ROWS} rows"]
    assert measured.peak_mb < LIMIT_MB, measured


def test_a_roster_at_the_row_limit_is_read(tmp_path: Path) -> None:
    path = tmp_path / "full.csv"
    path.write_text(HEADER + ROW.format("") * MAX_ROWS, encoding="cp932")
    roster = read_roster_file(path)
    assert len(roster.rows) == MAX_ROWS and roster.encoding == "cp932"


def test_an_xlsx_zip_bomb_is_refused_unopened(tmp_path: Path) -> None:
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("xl/sharedStrings.xml", "w", force_zip64=True) as member:
            block = bytes(1 << 20)
            for _ in range(300):
                member.write(block)
    code = f"""
        from pathlib import Path
        from app.services.members.roster_file import RosterFileError, read_roster_file
        try:
            read_roster_file(Path({json.dumps(str(path))}))
            result = "accepted"
        except RosterFileError as error:
            result = error.problem.value
        """
    measured = run_measured(code, tmp_path)
    assert measured.result == "too_large"
    assert measured.peak_mb < LIMIT_MB, measured
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really")
    assert _refused(broken).problem is RosterFileProblem.NOT_EXCEL
