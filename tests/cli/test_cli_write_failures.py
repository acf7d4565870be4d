"""A backup or restore the command line refuses is explained in the UI language, never
with the English words of the storage layer."""

from __future__ import annotations

import errno
from contextlib import ExitStack
from pathlib import Path

import pytest

from app.settings import Settings
from tests.cli.test_cli import run

pytestmark = pytest.mark.usefixtures("private_folders")


def test_a_damaged_backup_is_refused_in_japanese(
    capsys: pytest.CaptureFixture[str], settings: Settings, tmp_path: Path
) -> None:
    target = tmp_path / "x.sqlite3"
    assert run(capsys, settings, "--db", str(target), "demo")[0] == 0
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"not a database at all" * 100)
    code, _out, err = run(
        capsys, settings, "--lang", "ja", "--db", str(target), "restore", str(bad)
    )
    assert code != 0
    assert "バックアップは復元しませんでした。何も変更していません。" in err
    assert "データベースとして読めません" in err  # what is wrong with the file, in words
    words = err.replace(str(bad), "")  # the file's path is named as it is
    assert "damaged" not in words and "not_sqlite" not in words


def test_a_backup_onto_an_existing_file_is_refused_in_japanese(
    capsys: pytest.CaptureFixture[str], settings: Settings, tmp_path: Path
) -> None:
    target = tmp_path / "x.sqlite3"
    assert run(capsys, settings, "--db", str(target), "demo")[0] == 0
    existing = tmp_path / "kept.sqlite3"
    existing.write_text("keep me")
    code, _out, err = run(
        capsys, settings, "--lang", "ja", "--db", str(target), "backup", "--to", str(existing)
    )
    assert code != 0 and existing.read_text() == "keep me"
    assert "同じ名前のファイルがすでにあります" in err and "exists" not in err


def test_a_roster_that_cannot_be_read_is_explained_in_japanese(
    capsys: pytest.CaptureFixture[str], settings: Settings, tmp_path: Path
) -> None:
    target = tmp_path / "x.sqlite3"
    assert run(capsys, settings, "--db", str(target), "demo")[0] == 0
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    (tmp_path / "folder.csv").mkdir()
    reasons = {
        empty: "ファイルが空です",
        tmp_path / "missing.csv": "ファイルがありません",
        tmp_path / "folder.csv": "ファイルではなくフォルダーです。",
    }
    for roster, reason in reasons.items():
        code, _out, err = run(
            capsys, settings, "--lang", "ja", "--db", str(target), "members", "import", str(roster)
        )
        assert code != 0 and reason in err, err
        assert "Errno" not in err and "the file is empty" not in err


def test_a_write_the_database_refuses_is_said_not_a_traceback(
    capsys: pytest.CaptureFixture[str],
    settings: Settings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A full disk under ``members import``: the words of the texts, exit 1, nothing in."""
    from app.services import workspace
    from app.services.members import listing as members
    from tests.failing_writes import disk_full

    target = tmp_path / "x.sqlite3"
    assert run(capsys, settings, "--db", str(target), "demo")[0] == 0
    roster = tmp_path / "roster.csv"
    roster.write_text("氏名,ふりがな\n水木 太郎,みずき たろう\n", encoding="utf-8")
    full = ExitStack()  # holds the failing writes until the test ends
    real_open = workspace.open_database

    def open_on_a_full_disk(*args: object, **kwargs: bool) -> workspace.Database:
        db = real_open(*args, **kwargs)  # type: ignore[arg-type]
        full.enter_context(disk_full(db))
        return db

    monkeypatch.setattr(workspace, "open_database", open_on_a_full_disk)
    code, _out, err = run(
        capsys, settings, "--lang", "ja", "--db", str(target), "members", "import", str(roster)
    )
    monkeypatch.setattr(workspace, "open_database", real_open)
    full.close()
    assert code == 1, (_out, err)
    assert err.startswith("何も保存されていません。\nディスクがいっぱいです。"), err
    assert "Traceback" not in err and "disk is full" not in err
    db = workspace.open_database(str(target), daily_backup=False)
    try:
        assert "水木 太郎" not in [row.full_name for row in members.list_members(db)]
    finally:
        db.close()


def test_exports_the_system_will_not_write_are_said_not_a_traceback(
    capsys: pytest.CaptureFixture[str],
    settings: Settings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A document, a calendar and a roster into a folder that is a file; a document onto a
    full disk (ENOSPC at the renderer): the cause in Japanese, exit 1."""
    from app.documents import pdf_renderer

    target = tmp_path / "x.sqlite3"
    assert run(capsys, settings, "--db", str(target), "demo")[0] == 0
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where a folder should be")
    commands = (
        ("export", "minutes", "--meeting", "1", "-o", str(blocked / "m.pdf")),
        ("calendar", "export", str(blocked / "c.ics")),
        ("members", "export", str(blocked / "r.csv")),
    )
    for command in commands:
        code, _out, err = run(capsys, settings, "--lang", "ja", "--db", str(target), *command)
        assert code == 1, (command, err)
        assert "は保存されていません。" in err and "フォルダー" in err, (command, err)
        assert "Errno" not in err and "Traceback" not in err

    def full(_document: object, path: Path) -> Path:
        raise OSError(errno.ENOSPC, "No space left on device", str(path))

    monkeypatch.setattr(pdf_renderer, "render", full)
    code, _out, err = run(
        capsys,
        settings,
        *("--lang", "ja", "--db", str(target), "export", "minutes", "--meeting", "1"),
        *("-o", str(tmp_path / "m.pdf")),
    )
    assert code == 1 and "ディスクの空き容量がありません" in err and "No space" not in err


def test_a_database_that_cannot_be_opened_for_a_full_disk_says_so(
    capsys: pytest.CaptureFixture[str],
    settings: Settings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The lock file cannot be written on a full disk (seen on a full tmpfs): said, exit 1."""
    from app.storage.lock import InstanceLock

    target = tmp_path / "x.sqlite3"
    assert run(capsys, settings, "--db", str(target), "demo")[0] == 0

    def full(_lock: InstanceLock) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(InstanceLock, "acquire", full)
    code, _out, err = run(capsys, settings, "--lang", "ja", "--db", str(target), "members", "list")
    assert code == 1
    assert err.startswith("データベースを開けませんでした。\nディスクがいっぱいです。"), err
