"""A command that cannot write its file says so in Japanese, exits non-zero, shows no
traceback, and leaves no file (or the old one) under the name asked for."""

from __future__ import annotations

import errno
import os
import resource
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.cli.run import main
from app.settings import Settings
from app.storage import atomic

pytestmark = pytest.mark.usefixtures("private_folders")
ROOT = Path(__file__).resolve().parents[2]
LIMIT = 48 * 1024


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The sample data, made once; each test works on its own copy."""
    folder = tmp_path_factory.mktemp("demo")
    path = folder / "demo.sqlite3"
    settings = Settings(folder / "settings.ini")
    assert main(["--lang", "en", "--db", str(path), "demo"], settings=settings) == 0
    yield path


@pytest.fixture
def council(demo_file: Path, tmp_path: Path, settings: Settings) -> Path:
    """A copy of the sample data, with today's backup made (so that a command writes
    only its own file)."""
    copy = tmp_path / "db" / "council.sqlite3"
    copy.parent.mkdir()
    shutil.copyfile(demo_file, copy)
    assert main(["--lang", "en", "--db", str(copy), "meetings", "list"], settings) == 0
    return copy


COMMANDS = {
    "minutes.pdf": ["export", "minutes", "--meeting", "1", "-o"],
    "minutes.docx": ["export", "minutes", "--meeting", "1", "-o"],
    "laptop.zip": ["data", "export"],
    "laptop.json": ["data", "export"],
    "roster.csv": ["members", "export"],
    "roster.xlsx": ["members", "export"],
    "meetings.ics": ["calendar", "export"],
}


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_a_full_disk_is_said_in_japanese(
    capsys: pytest.CaptureFixture[str],
    settings: Settings,
    council: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    name: str,
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    target = out / name
    target.write_bytes(b"the previous file")

    def disk_full(_path: Path) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic, "_fsync_file", disk_full)
    code = main(["--lang", "ja", "--db", str(council), *COMMANDS[name], str(target)], settings)
    _out, err = capsys.readouterr()
    assert code == 1
    assert f"{target} は保存されていません。ディスクの空き容量がありません" in err
    assert target.read_bytes() == b"the previous file"
    assert [p.name for p in out.iterdir()] == [name]


def test_a_backup_onto_a_full_disk_is_said_in_japanese(
    capsys: pytest.CaptureFixture[str],
    settings: Settings,
    council: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def disk_full(_path: Path) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic, "_fsync_file", disk_full)
    target = tmp_path / "copy.sqlite3"
    code = main(["--lang", "ja", "--db", str(council), "backup", "--to", str(target)], settings)
    err = capsys.readouterr().err
    assert code == 1
    assert "バックアップは作成されていません" in err and "ディスクの空き容量" in err
    assert not target.exists()
    assert not [p for p in tmp_path.iterdir() if atomic.is_temporary(p.name)]


def test_a_backup_onto_an_existing_file_names_the_problem(
    capsys: pytest.CaptureFixture[str], settings: Settings, council: Path, tmp_path: Path
) -> None:
    target = tmp_path / "exists.sqlite3"
    target.write_text("keep me")
    code = main(["--lang", "ja", "--db", str(council), "backup", "--to", str(target)], settings)
    assert code == 1
    assert "同じ名前のファイルがすでにあります" in capsys.readouterr().err
    assert target.read_text() == "keep me"


def test_the_rejects_file_on_a_read_only_place_is_said_in_japanese(
    capsys: pytest.CaptureFixture[str],
    settings: Settings,
    council: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    roster = tmp_path / "roster.csv"
    roster.write_text("氏名,ふりがな,メール\n新井 一,あらい はじめ,not-an-email\n", "utf-8")

    def read_only(_path: Path) -> None:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(atomic, "_fsync_file", read_only)
    rejects = tmp_path / "rejects.csv"
    args = ["members", "import", str(roster), "--rejects", str(rejects)]
    code = main(["--lang", "ja", "--db", str(council), *args], settings)
    err = capsys.readouterr().err
    assert code == 1
    assert "読み取り専用か、書き込む権限がありません" in err
    assert not rejects.exists()


@pytest.mark.skipif(os.name != "posix", reason="RLIMIT_FSIZE is POSIX")
def test_a_real_size_limit_in_a_real_process_gives_no_traceback(
    settings: Settings, council: Path, tmp_path: Path
) -> None:
    """The disk fills for real (a file size limit: EFBIG, no privilege needed) in the
    installed command, not a patched function."""
    target = tmp_path / "議事録.pdf"

    def limit_file_size() -> None:
        import signal

        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # EFBIG, not death by signal
        # Above SQLite's 32 KiB shared-memory file, below the document.
        resource.setrlimit(resource.RLIMIT_FSIZE, (LIMIT, LIMIT))

    command = ["--lang", "ja", "--db", str(council), "export", "minutes", "--meeting", "1"]
    done = subprocess.run(
        [sys.executable, "-m", "app", *command, "-o", str(target)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        preexec_fn=limit_file_size,
        timeout=120,
    )
    assert done.returncode == 1, done.stderr + done.stdout
    assert "Traceback" not in done.stderr
    assert "ディスクの空き容量がありません" in done.stderr
    assert not target.exists()
    assert not [p for p in tmp_path.iterdir() if atomic.is_temporary(p.name)]
