"""The command line, driven through ``app.cli.run.main`` (and a real subprocess if needed)."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli.run import main
from app.settings import Settings
from tests.storage.test_backup import damage

pytestmark = pytest.mark.usefixtures("private_folders")


def run(capsys: pytest.CaptureFixture[str], settings: Settings, *args: str) -> tuple[int, str, str]:
    code = main(list(args), settings=settings)
    out, err = capsys.readouterr()
    return code, out, err


def test_help_is_in_the_ui_language(capsys: pytest.CaptureFixture[str], settings: Settings) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--lang", "ja", "--help"], settings=settings)
    assert done.value.code == 0
    japanese = capsys.readouterr().out
    assert "使い方" in japanese and "空のデータベースに架空のサンプルデータ" in japanese
    with pytest.raises(SystemExit):
        main(["--lang", "en", "--help"], settings=settings)
    english = capsys.readouterr().out
    assert "usage:" in english and "fictional sample data" in english
    assert "使い方" not in english


def test_demo_then_check(
    capsys: pytest.CaptureFixture[str], settings: Settings, db_target: str
) -> None:
    code, out, _ = run(capsys, settings, "--lang", "en", "--db", db_target, "demo")
    assert code == 0, out
    assert "Sample data loaded" in out
    code, out, _ = run(capsys, settings, "--lang", "en", "--db", db_target, "check")
    assert code == 0, out
    assert "Integrity: ok" in out


def test_demo_refuses_a_database_with_data(
    capsys: pytest.CaptureFixture[str], settings: Settings, db_target: str
) -> None:
    assert run(capsys, settings, "--db", db_target, "demo")[0] == 0
    code, _, err = run(capsys, settings, "--lang", "en", "--db", db_target, "demo")
    assert code != 0
    assert "not empty" in err


def test_check_names_the_damage_and_the_newest_backup(
    capsys: pytest.CaptureFixture[str], settings: Settings, tmp_path: Path
) -> None:
    target = tmp_path / "x.sqlite3"
    assert run(capsys, settings, "--db", str(target), "demo")[0] == 0
    code, out, _ = run(capsys, settings, "--lang", "en", "--db", str(target), "backup")
    assert code == 0 and "verified" in out
    damage(target)
    code, out, _ = run(capsys, settings, "--lang", "en", "--db", str(target), "check")
    assert code != 0
    assert "DAMAGED" in out
    assert "backups" in out and "restore" in out  # names the newest backup and how to restore
    code, out, _ = run(capsys, settings, "--lang", "ja", "--db", str(target), "check")
    assert code != 0 and "破損" in out


@pytest.mark.parametrize("offset_fraction", [0.25, 0.5, 0.75])
def test_check_fails_wherever_the_bytes_were_overwritten(
    capsys: pytest.CaptureFixture[str], settings: Settings, tmp_path: Path, offset_fraction: float
) -> None:
    target = tmp_path / "x.sqlite3"
    assert run(capsys, settings, "--db", str(target), "demo")[0] == 0
    size = target.stat().st_size
    with target.open("r+b") as handle:
        handle.seek(int(size * offset_fraction))
        handle.write(b"\x00\xff" * 512)
    code, out, _ = run(capsys, settings, "--lang", "en", "--db", str(target), "check")
    assert code != 0
    assert "DAMAGED" in out and "Newest good backup" in out


def test_backup_to_file_and_restore(
    capsys: pytest.CaptureFixture[str], settings: Settings, tmp_path: Path
) -> None:
    target = tmp_path / "x.sqlite3"
    copy = tmp_path / "copy.sqlite3"
    assert run(capsys, settings, "--db", str(target), "demo")[0] == 0
    assert run(capsys, settings, "--db", str(target), "backup", "--to", str(copy))[0] == 0
    with sqlite3.connect(target) as conn:
        conn.execute("DELETE FROM correspondence")
    code, out, _ = run(capsys, settings, "--lang", "en", "--db", str(target), "restore", str(copy))
    assert code == 0, out
    with sqlite3.connect(target) as conn:
        assert conn.execute("SELECT count(*) FROM correspondence").fetchone()[0] > 0


def test_check_of_a_missing_file_fails(
    capsys: pytest.CaptureFixture[str], settings: Settings, tmp_path: Path
) -> None:
    code, _, _ = run(capsys, settings, "--db", str(tmp_path / "none.sqlite3"), "check")
    assert code != 0


def test_python_dash_m_app_works() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "app", "--lang", "en", "--version"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0
    assert done.stdout.startswith("jimukyoku ")


def test_backup_of_a_missing_file_fails_and_creates_nothing(
    capsys: pytest.CaptureFixture[str], settings: Settings, tmp_path: Path
) -> None:
    missing = tmp_path / "typo.sqlite3"
    code, _, err = run(capsys, settings, "--lang", "en", "--db", str(missing), "backup")
    assert code != 0
    assert "no database" in err
    assert not missing.exists()


def test_members_import_refuses_bad_rows_then_skips_them(
    capsys: pytest.CaptureFixture[str], settings: Settings, db_target: str, tmp_path: Path
) -> None:
    roster = tmp_path / "roster.csv"
    roster.write_bytes(
        (
            "氏名,ふりがな,所属,区分,メール\n"
            "斉藤 一郎,さいとう いちろう,株式会社みなと精工,委員長,a@example.jp\n"
            "丸山 亮,まるやま りょう,=1+1,会長,not-an-email\n"
        ).encode("cp932")
    )
    rejects = tmp_path / "rejects.csv"
    code, _, err = run(
        capsys, settings, "--lang", "ja", "--db", db_target, "members", "import", str(roster)
    )
    assert code != 0
    assert "3 行目" in err and "取り込みは行いませんでした" in err
    assert "3 行目: メールアドレスの形式が正しくありません ('not-an-email')" in err
    code, out, _ = run(capsys, settings, "--lang", "en", "--db", db_target, "members", "list")
    assert code == 0 and out == ""
    code, out, _ = run(
        capsys,
        settings,
        "--lang",
        "en",
        "--db",
        db_target,
        "members",
        "import",
        str(roster),
        "--skip-invalid",
        "--rejects",
        str(rejects),
    )
    assert code == 0 and "Imported 1 members" in out
    rejected = rejects.read_text(encoding="utf-8-sig")
    assert "丸山" in rejected and "not a valid e-mail address" in rejected
    code, out, _ = run(capsys, settings, "--db", db_target, "members", "list")
    assert out.splitlines()[0].startswith("斉藤 一郎\tさいとう いちろう")


def test_members_export_leaves_contacts_out_unless_asked(
    capsys: pytest.CaptureFixture[str], settings: Settings, db_target: str, tmp_path: Path
) -> None:
    assert run(capsys, settings, "--db", db_target, "demo")[0] == 0
    plain, full = tmp_path / "plain.csv", tmp_path / "full.xlsx"
    assert run(capsys, settings, "--db", db_target, "members", "export", str(plain))[0] == 0
    text = plain.read_bytes()
    assert text.startswith(b"\xef\xbb\xbf")  # Excel opens UTF-8 with BOM correctly
    assert "メール" not in text.decode("utf-8-sig") and "@" not in text.decode("utf-8-sig")
    code, _, _ = run(
        capsys, settings, "--db", db_target, "members", "export", str(full), "--with-contact"
    )
    assert code == 0
    from openpyxl import load_workbook

    sheet = load_workbook(full).active
    assert sheet is not None
    assert [cell.value for cell in sheet[1]][-3:] == ["メール", "電話", "住所"]
