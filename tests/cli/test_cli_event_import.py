"""``jimukyoku events import|participants``: applications from a form's file (nothing
written on errors unless --skip-invalid, the rejected rows to a file, --map), and the
participant list (formula-safe, without contact details unless asked for)."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pytest

from app.cli.run import main
from app.services.events import participants
from app.services.events.applications.preview import remembered_mapping
from app.services.events.rows import ParticipantForm
from app.services.workspace import open_database
from app.settings import Settings
from app.storage.database import Database
from tests.event_applications import (
    BAD_EMAIL_LINE,
    TWICE_FIRST_LINE,
    TWICE_SECOND_LINE,
    add_member,
    seminar,
    write_cp932,
)

pytestmark = pytest.mark.usefixtures("private_folders")
T = TypeVar("T")


def run(capsys: pytest.CaptureFixture[str], settings: Settings, *args: str) -> tuple[int, str, str]:
    code = main(list(args), settings=settings)
    out, err = capsys.readouterr()
    return code, out, err


def _with(db_target: str, work: Callable[[Database], T]) -> T:
    db = open_database(db_target, daily_backup=False)
    try:
        return work(db)
    finally:
        db.close()


def _event(db_target: str) -> int:
    def make(db: Database) -> int:
        add_member(db)
        return seminar(db)

    return _with(db_target, make)


def _count(db_target: str, event_id: int) -> int:
    return _with(db_target, lambda db: len(participants.list_participants(db, event_id)))


def test_errors_refuse_the_import_and_write_nothing(
    capsys: pytest.CaptureFixture[str], settings: Settings, db_target: str, tmp_path: Path
) -> None:
    event_id = _event(db_target)
    path = write_cp932(tmp_path)
    code, _out, err = run(
        capsys,
        settings,
        "--lang",
        "ja",
        "--db",
        db_target,
        "events",
        "import",
        str(event_id),
        str(path),
    )
    assert code == 1
    assert f"{BAD_EMAIL_LINE} 行目" in err and "メールアドレス" in err
    assert "Traceback" not in err
    assert _count(db_target, event_id) == 0


def test_skip_invalid_imports_the_rest_and_writes_the_rejects(
    capsys: pytest.CaptureFixture[str], settings: Settings, db_target: str, tmp_path: Path
) -> None:
    event_id = _event(db_target)
    rejects = tmp_path / "rejected.csv"
    code, out, err = run(
        capsys,
        settings,
        "--lang",
        "ja",
        "--db",
        db_target,
        "events",
        "import",
        str(event_id),
        str(write_cp932(tmp_path)),
        "--skip-invalid",
        "--rejects",
        str(rejects),
    )
    assert code == 0, err
    assert "受付 50 件、キャンセル待ち 8 件、重複のため統合 1 件" in out
    merged = next(line for line in out.splitlines() if "統合しました" in line)
    assert merged.startswith(f"{TWICE_SECOND_LINE} 行目") and f"{TWICE_FIRST_LINE} 行目" in merged
    assert f"誤りのため取り込まなかった行: {BAD_EMAIL_LINE}" in out
    assert f"{BAD_EMAIL_LINE} 行目: メールアドレスの形式が正しくありません" in err
    assert "1 人を委員名簿と結び付けました。" in out
    with rejects.open(encoding="utf-8-sig", newline="") as handle:
        table = list(csv.reader(handle))
    assert table[0][:3] == ["行", "エラー", "タイムスタンプ"]
    assert [row[0] for row in table[1:]] == [str(BAD_EMAIL_LINE)]
    assert table[1][1] and "user-at-example.jp" in table[1]
    assert _count(db_target, event_id) == 58


def test_map_reads_a_column_as_a_field_and_is_remembered(
    capsys: pytest.CaptureFixture[str], settings: Settings, db_target: str, tmp_path: Path
) -> None:
    event_id = _event(db_target)
    path = tmp_path / "form.csv"
    path.write_text("ご氏名,御社名\n山田 太郎,山田工業\n", encoding="utf-8")
    args = ("--lang", "ja", "--db", db_target, "events", "import", str(event_id), str(path))
    code, _out, err = run(capsys, settings, *args)
    assert code == 1  # no column is a name: the row has no name
    code, _out, err = run(capsys, settings, *args, "--map", "ご氏名=name", "--map", "御社名=会社名")
    assert code == 0, err
    assert _with(db_target, lambda db: remembered_mapping(db, event_id)) == {
        "ご氏名": "name",
        "御社名": "organization_name",
    }
    code, _out, err = run(capsys, settings, *args, "--map", "御社名=shoe size")
    assert code == 1 and "shoe size" in err and "organization_name" in err


def test_unknown_event_and_unreadable_file(
    capsys: pytest.CaptureFixture[str], settings: Settings, db_target: str, tmp_path: Path
) -> None:
    event_id = _event(db_target)
    path = tmp_path / "form.pdf"
    path.write_bytes(b"%PDF")
    base = ("--lang", "ja", "--db", db_target, "events")
    code, _out, err = run(capsys, settings, *base, "import", str(event_id), str(path))
    assert code == 1 and "Traceback" not in err and err.strip()
    code, _out, err = run(capsys, settings, *base, "import", "999", str(path))
    assert code == 1 and "999" in err
    code, _out, err = run(capsys, settings, *base, "participants", "999")
    assert code == 1 and "999" in err


def test_participants_list_and_formula_safe_csv(
    capsys: pytest.CaptureFixture[str], settings: Settings, db_target: str, tmp_path: Path
) -> None:
    def fill(db: Database) -> int:
        event_id = seminar(db, capacity="1")
        for name, organization in (('=HYPERLINK("x")', "+81 商会"), ("田中 花子", "田中商店")):
            participants.add_participant(
                db,
                event_id,
                ParticipantForm(
                    name=name,
                    organization_name=organization,
                    email="t@example.jp",
                    phone="045-000-0000",
                    fee_category="一般",
                ),
            )
        return event_id

    event_id = _with(db_target, fill)
    code, out, err = run(
        capsys, settings, "--db", db_target, "events", "participants", str(event_id)
    )
    assert code == 0, err
    lines = [line.split("\t") for line in out.splitlines()]
    assert [line[0] for line in lines] == ["1", "2"]
    assert lines[0][6] == "参加" and lines[1][6] == "キャンセル待ち 1"
    assert lines[1][8:10] == ["1,000円", "未収"]
    assert "t@example.jp" not in out

    path = tmp_path / "participants.csv"
    code, out, err = run(
        capsys,
        settings,
        "--lang",
        "ja",
        "--db",
        db_target,
        "events",
        "participants",
        str(event_id),
        "--csv",
        str(path),
    )
    assert code == 0, err
    with path.open(encoding="utf-8-sig", newline="") as handle:
        table = list(csv.reader(handle))
    assert table[1][1] == '\'=HYPERLINK("x")' and table[1][3] == "'+81 商会"
    assert "メールアドレス" not in table[0] and "t@example.jp" not in path.read_text("utf-8-sig")

    code, _out, err = run(
        capsys,
        settings,
        "--lang",
        "ja",
        "--db",
        db_target,
        "events",
        "participants",
        str(event_id),
        "--csv",
        str(path),
        "--with-contact",
    )
    assert code == 0, err
    with path.open(encoding="utf-8-sig", newline="") as handle:
        table = list(csv.reader(handle))
    assert table[0][-4:] == ["メールアドレス", "電話番号", "郵便番号", "住所"]
    assert table[2][-4:-2] == ["t@example.jp", "045-000-0000"]


def test_a_file_that_cannot_be_written_is_said_and_nothing_is_imported(
    capsys: pytest.CaptureFixture[str], settings: Settings, db_target: str, tmp_path: Path
) -> None:
    event_id = _event(db_target)
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where a folder should be")
    base = ("--lang", "ja", "--db", db_target, "events")
    code, _out, err = run(
        capsys,
        settings,
        *base,
        "import",
        str(event_id),
        str(write_cp932(tmp_path)),
        "--skip-invalid",
        "--rejects",
        str(blocked / "rejected.csv"),
    )
    assert code == 1 and "Traceback" not in err and "rejected.csv" in err
    assert _count(db_target, event_id) == 0  # the rejects first: nothing imported without them
    code, _out, err = run(
        capsys, settings, *base, "participants", str(event_id), "--csv", str(blocked / "p.csv")
    )
    assert code == 1 and "Traceback" not in err and "p.csv" in err
