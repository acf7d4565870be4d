"""A backup or restore the command line refuses is explained in the UI language, never
with the English words of the storage layer."""

from __future__ import annotations

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
    assert "バックアップファイルが破損しています。別のバックアップを選んでください。" in err
    assert "damaged" not in err and "backup_damaged" not in err


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
    assert "同じ名前のファイルが既にあります。" in err and "exists" not in err
