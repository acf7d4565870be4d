from datetime import date
from pathlib import Path

import pytest

from app.services.codes import CouncilRole
from app.services.members import listing as members
from app.services.members.roster_import import (
    ImportRefused,
    apply_import,
    preview_import,
)
from app.services.problems import Problem
from app.storage.database import Database

GOOD = (
    "氏名,ふりがな,所属,役職,区分,メール,電話,任期開始,任期終了\n"
    "斉藤 一郎,さいとう いちろう,株式会社みなと精工,代表取締役,委員長,a@example.jp,"
    "046-555-0101,2024/4/1,2026/3/31\n"
    "今 花子,コン ハナコ,株式会社みなと精工,専務取締役,,,,2024-04-01,\n"
)
BAD = (
    "氏名,ふりがな,区分,メール,任期開始,任期終了\n"
    "野口 健,のぐち けん,委員,,,\n"
    ",なまえなし,委員,,,\n"
    "嶋 悟,Shima,委員,,,\n"
    "丸山 亮,まるやま りょう,会長,not-an-email,1850/1/1,\n"
    "水木 守,みずき まもる,委員,,2026/4/1,2024/3/31\n"
    "野口 健,のぐち けん,委員,,,\n"
)


def _file(tmp_path: Path, text: str, encoding: str = "utf-8-sig") -> Path:
    path = tmp_path / "roster.csv"
    path.write_bytes(text.encode(encoding))
    return path


def test_clean_file_imports_in_one_go(db: Database, tmp_path: Path) -> None:
    preview = preview_import(db, _file(tmp_path, GOOD, "cp932"))
    assert preview.errors == ()
    assert apply_import(db, preview) == 2
    rows = members.list_members(db)
    assert [row.full_name for row in rows] == ["今 花子", "斉藤 一郎"]  # こん < さいとう
    saito = rows[1]
    assert saito.council_role == CouncilRole.CHAIR
    assert saito.term_end == date(2026, 3, 31)
    assert {row.organization_name for row in rows} == {"株式会社みなと精工"}


def test_every_problem_is_reported_with_its_row_number(db: Database, tmp_path: Path) -> None:
    preview = preview_import(db, _file(tmp_path, BAD))
    found = {(error.line, error.problem) for error in preview.errors}
    assert found == {
        (3, Problem.MISSING_NAME),
        (4, Problem.READING_NOT_KANA),
        (5, Problem.UNKNOWN_ROLE),
        (5, Problem.BAD_EMAIL),
        (5, Problem.DATE_TOO_EARLY),
        (6, Problem.TERM_ORDER),
        (7, Problem.DUPLICATE_IN_FILE),
    }
    assert [row.line for row in preview.valid_rows] == [2]


def test_nothing_is_imported_while_errors_remain(db: Database, tmp_path: Path) -> None:
    preview = preview_import(db, _file(tmp_path, BAD))
    with pytest.raises(ImportRefused):
        apply_import(db, preview)
    assert members.list_members(db) == []
    assert apply_import(db, preview, skip_invalid=True) == 1
    assert [row.full_name for row in members.list_members(db)] == ["野口 健"]


def test_a_member_already_in_the_roster_is_flagged_not_doubled(
    db: Database, tmp_path: Path
) -> None:
    path = _file(tmp_path, GOOD)
    apply_import(db, preview_import(db, path))
    again = preview_import(db, path)
    assert {error.problem for error in again.errors} == {Problem.DUPLICATE_IN_DATABASE}
    assert apply_import(db, again, skip_invalid=True) == 0
    assert len(members.list_members(db)) == 2
