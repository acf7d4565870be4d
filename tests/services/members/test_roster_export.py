import csv
from pathlib import Path

import pytest

from app.models import Member
from app.services.members.roster_export import export_roster, safe_cell, write_table
from app.storage.database import Database
from tests.meeting_room import Room


@pytest.mark.parametrize("dangerous", ["=1+1", "+81", "-2", "@SUM(A1)", "\tx", "\rx"])
def test_formula_starts_are_neutralised(dangerous: str) -> None:
    assert safe_cell(dangerous) == "'" + dangerous


def test_ordinary_text_is_untouched() -> None:
    assert safe_cell("株式会社みなと精工") == "株式会社みなと精工"


def test_xlsx_cells_are_text_never_formulas(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    path = tmp_path / "x.xlsx"
    write_table(path, [["件名"], ['=HYPERLINK("http://evil")']])
    cell = load_workbook(path).active["A2"]  # type: ignore[index]
    assert cell.data_type == "s"
    assert str(cell.value).startswith("'=")


def test_a_note_starting_with_equals_is_exported_as_text(
    db: Database, room: Room, tmp_path: Path
) -> None:
    with db.transaction() as session:
        session.get_one(Member, room.members["今"]).notes = "=SUM(A1:A3) 要確認"
    path = tmp_path / "roster.csv"
    export_roster(db, path)
    rows = list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0][-1] == "備考"
    notes = {row[0]: row[-1] for row in rows[1:]}
    assert notes["今 太郎"] == "'=SUM(A1:A3) 要確認"  # a spreadsheet shows it as text
