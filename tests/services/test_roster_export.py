from pathlib import Path

import pytest

from app.services.roster_export import safe_cell, write_table


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
