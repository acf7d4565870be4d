"""The command line and every wrong database: a Japanese message and an exit code, never a
traceback, never a byte written, and the restore command named where a backup exists."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli.run import main
from app.settings import Settings
from app.storage.integrity import checksum_path
from tests.storage import damaged_files as files

pytestmark = pytest.mark.usefixtures("private_folders")

EXIT_FAILED, EXIT_DAMAGED = 1, 4
NEWER = "このデータベースは新しいバージョン(0.9.0)で作成されています。アプリを更新してください"


def run(capsys: pytest.CaptureFixture[str], settings: Settings, *args: str) -> tuple[int, str]:
    code = main(["--lang", "ja", *args], settings=settings)
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out + err


def _without_lock(state: dict[str, tuple[str, int] | None]) -> dict[str, tuple[str, int] | None]:
    return {name: value for name, value in state.items() if not name.endswith(".lock")}


# (damage, the words the message must say, exit code of a command that opens it)
CASES = [
    (files.zero_header, "データベースとして読めません", EXIT_DAMAGED),
    (files.truncate, "破損しています", EXIT_DAMAGED),
    (files.garbage_pages, "破損しています", EXIT_DAMAGED),
    (files.garbage_log, "書き込みログ", EXIT_DAMAGED),
    (files.torn_log, "書き込みログ", EXIT_DAMAGED),
    (files.empty, "は空です", EXIT_DAMAGED),
    (files.foreign, "事務局デスクのデータベースではありません", EXIT_FAILED),
    (
        files.newer,
        "新しいバージョン(0.9.0)で作成されています。アプリを更新してください",
        EXIT_FAILED,
    ),
    (files.directory, "フォルダーです", EXIT_FAILED),
    (files.missing, "データベースがありません", EXIT_FAILED),
]
IDS = [
    "zero-header",
    "truncated",
    "garbage",
    "garbage-wal",
    "torn-wal",
    "empty",
    "foreign",
    "newer",
    "dir",
    "missing",
]


@pytest.mark.parametrize("with_backup", [True, False], ids=["backups", "no-backup"])
@pytest.mark.parametrize(("damage", "words", "code"), CASES, ids=IDS)
def test_check_and_a_command_say_what_is_wrong_and_write_nothing(
    capsys: pytest.CaptureFixture[str],
    settings: Settings,
    sqlite_file: Path,
    damage: files.Damage,
    words: str,
    code: int,
    with_backup: bool,
) -> None:
    files.make_ours(sqlite_file, with_backup=with_backup)
    damage(sqlite_file)
    before = files.snapshot(sqlite_file)
    checked, said = run(capsys, settings, "--db", str(sqlite_file), "check")
    assert checked != 0 and words in said
    assert files.snapshot(sqlite_file) == before  # bytes and times, -wal and -shm too
    listed, said = run(capsys, settings, "--db", str(sqlite_file), "meetings", "list")
    assert listed == code and words in said
    assert files.snapshot(sqlite_file, with_lock=False) == _without_lock(before)
    restorable = code == EXIT_DAMAGED
    assert ("restore" in said and "backups" in said) == (restorable and with_backup)
    if restorable and not with_backup:
        assert "正常なバックアップが見つかりません" in said


@pytest.mark.parametrize("with_backup", [True, False], ids=["backups", "no-backup"])
def test_a_zero_byte_file_left_by_a_crash_is_refused_not_made_new(
    capsys: pytest.CaptureFixture[str], settings: Settings, sqlite_file: Path, with_backup: bool
) -> None:
    files.make_ours(sqlite_file, with_backup=with_backup)
    checksum_path(sqlite_file).unlink()  # a crash leaves no checksum
    files.empty(sqlite_file)
    checked, said = run(capsys, settings, "--db", str(sqlite_file), "check")
    assert checked == EXIT_FAILED and "は空です" in said
    listed, said = run(capsys, settings, "--db", str(sqlite_file), "meetings", "list")
    assert listed == EXIT_DAMAGED and "は空です" in said
    assert ("restore" in said) == with_backup
    assert sqlite_file.stat().st_size == 0


def test_a_garbage_shm_is_checked_without_a_write_and_loses_nothing(
    capsys: pytest.CaptureFixture[str], settings: Settings, sqlite_file: Path
) -> None:
    files.make_ours(sqlite_file)
    files.garbage_shm(sqlite_file)
    before = files.snapshot(sqlite_file)
    checked, said = run(capsys, settings, "--db", str(sqlite_file), "check")
    assert checked == 0, said
    assert files.snapshot(sqlite_file) == before  # not even the -shm rebuilt in place
    listed, said = run(capsys, settings, "--db", str(sqlite_file), "meetings", "list")
    assert listed == 0, said


NEWER_COMMANDS = [
    ["check"],
    ["backup"],
    ["demo"],
    ["meetings", "list"],
    ["visits", "list"],
    ["members", "list"],
    ["members", "export", "{tmp}/roster.csv"],
    ["members", "import", "{tmp}/roster.csv"],
    ["export", "minutes", "--meeting", "1", "-o", "{tmp}/minutes.pdf"],
    ["data", "export", "{tmp}/field.zip"],
    ["data", "import", "{tmp}/field.zip"],
    ["search", "委員"],
    ["calendar", "export", "{tmp}/meetings.ics"],
]


@pytest.mark.parametrize("command", NEWER_COMMANDS, ids=[" ".join(c[:2]) for c in NEWER_COMMANDS])
def test_a_newer_database_is_refused_by_every_command_with_one_message(
    capsys: pytest.CaptureFixture[str],
    settings: Settings,
    tmp_path: Path,
    sqlite_file: Path,
    command: list[str],
) -> None:
    files.make_ours(sqlite_file)
    files.newer(sqlite_file)
    (tmp_path / "roster.csv").write_text("氏名,ふりがな\n斉藤 一郎,さいとう いちろう\n", "utf-8")
    (tmp_path / "field.zip").write_bytes(b"PK\x05\x06" + b"\0" * 18)
    before = files.digest(sqlite_file)
    args = [part.replace("{tmp}", str(tmp_path)) for part in command]
    code, said = run(capsys, settings, "--db", str(sqlite_file), *args)
    assert code != 0
    assert (
        "このデータベースは新しいバージョン(0.9.0)で作成されています。アプリを更新してください"
        in said
    )
    assert files.digest(sqlite_file) == before


@pytest.mark.parametrize(
    "command",
    [
        ["meetings", "list"],
        ["search", "委員"],
        ["members", "export", "x.csv"],
        ["backup"],
        ["data", "import", "x.zip", "--dry-run"],
    ],
    ids=["meetings", "search", "export", "backup", "dry-run"],
)
def test_a_missing_database_is_refused_by_commands_that_do_not_fill_one(
    capsys: pytest.CaptureFixture[str], settings: Settings, tmp_path: Path, command: list[str]
) -> None:
    target = tmp_path / "typo.sqlite3"
    code, said = run(capsys, settings, "--db", str(target), *command)
    assert code == EXIT_FAILED
    assert "データベースがありません" in said
    assert not target.exists()


def test_the_commands_that_fill_a_database_create_it(
    capsys: pytest.CaptureFixture[str], settings: Settings, tmp_path: Path
) -> None:
    roster = tmp_path / "roster.csv"
    roster.write_text("氏名,ふりがな\n斉藤 一郎,さいとう いちろう\n", "utf-8")
    imported = tmp_path / "imported.sqlite3"
    code, _ = run(capsys, settings, "--db", str(imported), "members", "import", str(roster))
    assert code == 0 and imported.is_file()
    demo = tmp_path / "demo.sqlite3"
    assert run(capsys, settings, "--db", str(demo), "demo")[0] == 0
    restored = tmp_path / "restored.sqlite3"
    copy = tmp_path / "copy.sqlite3"
    assert run(capsys, settings, "--db", str(demo), "backup", "--to", str(copy))[0] == 0
    assert run(capsys, settings, "--db", str(restored), "restore", str(copy))[0] == 0
    code, said = run(capsys, settings, "--db", str(restored), "check")
    assert code == 0, said


@pytest.mark.parametrize(
    ("damage", "words"),
    [
        (files.foreign, "事務局デスクのデータベースではありません"),
        (files.newer, "新しいバージョン(0.9.0)"),
        (files.empty, "は空です"),
        (files.garbage_pages, "破損しています"),
    ],
    ids=["foreign", "newer", "empty", "damaged"],
)
def test_restore_refuses_a_file_that_is_not_a_good_backup_of_ours(
    capsys: pytest.CaptureFixture[str],
    settings: Settings,
    tmp_path: Path,
    sqlite_file: Path,
    damage: files.Damage,
    words: str,
) -> None:
    files.make_ours(sqlite_file)
    offered = tmp_path / "offered.sqlite3"
    files.make_ours(offered)
    damage(offered)
    before = files.digest(sqlite_file)
    code, said = run(capsys, settings, "--db", str(sqlite_file), "restore", str(offered))
    assert code == EXIT_FAILED
    assert "バックアップは復元しませんでした" in said and words in said
    assert files.digest(sqlite_file) == before


def test_restore_then_check_then_start_accepts_the_restored_file(
    capsys: pytest.CaptureFixture[str], settings: Settings, tmp_path: Path
) -> None:
    """The round trip of issue 14: `check` after `restore` used to switch the file to WAL
    and the next start refused it as changed outside the app."""
    target, copy = tmp_path / "x.sqlite3", tmp_path / "copy.sqlite3"
    assert run(capsys, settings, "--db", str(target), "demo")[0] == 0
    assert run(capsys, settings, "--db", str(target), "backup", "--to", str(copy))[0] == 0
    assert run(capsys, settings, "--db", str(target), "restore", str(copy))[0] == 0
    before = files.digest(target)
    code, said = run(capsys, settings, "--db", str(target), "check")
    assert code == 0, said
    assert files.digest(target) == before
    code, said = run(capsys, settings, "--db", str(target), "meetings", "list")
    assert code == 0 and "定例会" in said


def test_a_read_only_file_is_checked_and_backed_up_but_not_opened_for_writing(
    capsys: pytest.CaptureFixture[str], settings: Settings, sqlite_file: Path, tmp_path: Path
) -> None:
    files.make_ours(sqlite_file)
    with files.unwritable(sqlite_file) as locked:
        before = files.digest(locked)
        assert run(capsys, settings, "--db", str(locked), "check")[0] == 0
        copy = tmp_path / "copy.sqlite3"
        assert run(capsys, settings, "--db", str(locked), "backup", "--to", str(copy))[0] == 0
        code, said = run(capsys, settings, "--db", str(locked), "meetings", "list")
        assert code == EXIT_FAILED and "読み取り専用です" in said
        assert files.digest(locked) == before
