"""The atomic writer: whole or absent, owner-only, durable, and its leftovers cleaned."""

from __future__ import annotations

import errno
import importlib.util
import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import OperationalError

from app.storage import atomic
from app.storage.atomic import FileNotWritten, WriteProblem

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes and flock are POSIX")


def _names(folder: Path) -> set[str]:
    return {path.name for path in folder.iterdir()}


@posix_only
def test_a_new_file_is_whole_private_and_leaves_no_temporary(tmp_path: Path) -> None:
    final = tmp_path / "議事録.pdf"
    atomic.write_bytes(final, b"%PDF-1.7 whole")
    assert final.read_bytes() == b"%PDF-1.7 whole"
    assert final.stat().st_mode & 0o777 == 0o600
    assert _names(tmp_path) == {"議事録.pdf"}


@posix_only
def test_a_replaced_file_becomes_private_too(tmp_path: Path) -> None:
    final = tmp_path / "roster.csv"
    final.write_text("old")
    final.chmod(0o644)
    atomic.write_bytes(final, b"new")
    assert final.read_bytes() == b"new"
    assert final.stat().st_mode & 0o777 == 0o600


def test_a_failure_halfway_keeps_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    final = tmp_path / "report.docx"
    final.write_bytes(b"the old, good file")
    with pytest.raises(RuntimeError), atomic.replacing(final) as temporary:
        temporary.write_bytes(b"half of the n")
        raise RuntimeError("the renderer stopped")
    assert final.read_bytes() == b"the old, good file"
    assert _names(tmp_path) == {"report.docx"}


def test_a_failure_on_a_new_name_leaves_nothing(tmp_path: Path) -> None:
    final = tmp_path / "new.ics"
    with pytest.raises(ValueError), atomic.opened(final, "w", encoding="utf-8") as handle:
        handle.write("BEGIN:VCALENDAR")
        raise ValueError("stop")
    assert _names(tmp_path) == set()


def test_an_os_error_names_the_final_file_and_keeps_its_errno(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    final = tmp_path / "package.zip"
    final.write_bytes(b"previous package")

    def disk_full(_path: Path) -> None:  # ext4 or NFS may say so only at fsync
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic, "_fsync_file", disk_full)
    with pytest.raises(FileNotWritten) as failed:
        atomic.write_bytes(final, b"x" * 10_000)
    assert failed.value.errno == errno.ENOSPC
    assert failed.value.filename == str(final)  # the user's name, never the temporary one
    assert failed.value.problem is WriteProblem.DISK_FULL
    assert isinstance(failed.value, OSError)  # callers that catch OSError still do
    assert final.read_bytes() == b"previous package"
    assert _names(tmp_path) == {"package.zip"}


def test_the_file_and_its_folder_are_synced_before_and_after_the_rename(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    synced: list[str] = []
    real_fsync = os.fsync

    def recording_fsync(fd: int) -> None:
        synced.append(os.readlink(f"/proc/self/fd/{fd}") if Path("/proc/self/fd").is_dir() else "")
        real_fsync(fd)

    monkeypatch.setattr(atomic.os, "fsync", recording_fsync)
    final = tmp_path / "a.csv"
    atomic.write_bytes(final, b"1,2")
    if os.name != "posix" or not Path("/proc/self/fd").is_dir():
        pytest.skip("which file was synced is visible in /proc only")
    assert len(synced) == 2
    assert Path(synced[0]).name.startswith(".a.csv.jimukyoku-")  # the data, before the rename
    assert Path(synced[1]) == tmp_path.resolve()  # then the folder, so the rename lasts


def test_no_overwrite_refuses_an_existing_name_and_keeps_it(tmp_path: Path) -> None:
    final = tmp_path / "backup.sqlite3"
    final.write_bytes(b"keep me")
    with (
        pytest.raises(FileNotWritten) as refused,
        atomic.replacing(final, overwrite=False) as temporary,
    ):
        temporary.write_bytes(b"other")
    assert refused.value.problem is WriteProblem.EXISTS
    assert final.read_bytes() == b"keep me"
    assert _names(tmp_path) == {"backup.sqlite3"}


def test_a_missing_folder_is_reported_as_such(tmp_path: Path) -> None:
    with pytest.raises(FileNotWritten) as failed:
        atomic.write_bytes(tmp_path / "nowhere" / "x.pdf", b"x")
    assert failed.value.problem is WriteProblem.NO_FOLDER


def test_a_long_japanese_name_still_gets_a_temporary_name_that_fits(tmp_path: Path) -> None:
    words = "令和八年度第十二回みなと市ものづくり革新委員会定例会議事録"
    title = words * 2 + "（修正案）第二版.pdf"
    assert 200 < len(title.encode()) <= 255  # a name the file system takes
    made = atomic.temporary_name(title)
    assert len(made.encode()) + len("-journal") <= 255
    assert atomic.is_temporary(made)
    atomic.write_bytes(tmp_path / title, b"x")
    assert _names(tmp_path) == {title}


def test_leftovers_are_removed_and_nothing_else(tmp_path: Path) -> None:
    ours = [
        ".議事録.pdf.jimukyoku-0123abcd.tmp",
        ".file-20260401-120000-daily.sqlite3.jimukyoku-89abcdef.tmp",
        ".file-20260401-120000-daily.sqlite3.jimukyoku-89abcdef.tmp-journal",
    ]
    theirs = [
        "議事録.pdf",
        ".議事録.pdf.tmp",
        ".x.jimukyoku-XYZ.tmp",
        "x.jimukyoku-0123abcd.tmp",  # not hidden: not a name we make
        ".hidden",
    ]
    for name in ours + theirs:
        (tmp_path / name).write_bytes(b"x")
    removed = atomic.remove_leftovers(tmp_path)
    assert sorted(path.name for path in removed) == sorted(ours)
    assert _names(tmp_path) == set(theirs)
    assert atomic.remove_leftovers(tmp_path / "absent") == []


@posix_only
def test_a_file_being_written_is_not_a_leftover(tmp_path: Path) -> None:
    final = tmp_path / "big.zip"
    with atomic.replacing(final) as temporary:
        temporary.write_bytes(b"still writing")
        assert atomic.remove_leftovers(tmp_path) == []  # another window's clean-up, say
        assert temporary.exists()
    assert final.read_bytes() == b"still writing"


@posix_only
def test_a_symlink_with_our_name_is_left_alone(tmp_path: Path) -> None:
    target = tmp_path / "precious.txt"
    target.write_text("precious")
    link = tmp_path / ".x.pdf.jimukyoku-0123abcd.tmp"
    link.symlink_to(target)
    assert atomic.remove_leftovers(tmp_path) == []
    assert target.read_text() == "precious"


def test_an_earlier_attempt_at_the_same_name_is_cleaned_before_writing(tmp_path: Path) -> None:
    stale = tmp_path / ".roster.xlsx.jimukyoku-0123abcd.tmp"
    stale.write_bytes(b"half")
    atomic.write_bytes(tmp_path / "roster.xlsx", b"whole")
    assert _names(tmp_path) == {"roster.xlsx"}


def test_a_copy_is_whole_and_private(tmp_path: Path) -> None:
    source = tmp_path / "letter.pdf"
    source.write_bytes(os.urandom(300_000))
    source.chmod(0o644)
    (tmp_path / "store").mkdir()
    final = tmp_path / "store" / "0123.pdf"
    atomic.copy_file(source, final, overwrite=False)
    assert final.read_bytes() == source.read_bytes()
    if os.name == "posix":
        assert final.stat().st_mode & 0o777 == 0o600


def test_write_problem_reads_sqlite_and_sqlalchemy_errors(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    sqlite3.connect(path).execute("CREATE TABLE t (x)").connection.close()
    readonly = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    with pytest.raises(sqlite3.OperationalError) as raw:
        readonly.execute("INSERT INTO t VALUES (1)")
    readonly.close()
    assert atomic.write_problem(raw.value) is WriteProblem.READ_ONLY
    engine = create_engine(f"sqlite:///file:{path}?mode=ro&uri=true")
    with pytest.raises(OperationalError) as wrapped, engine.begin() as conn:
        conn.execute(text("INSERT INTO t VALUES (1)"))
    engine.dispose()
    assert atomic.write_problem(wrapped.value) is WriteProblem.READ_ONLY
    assert atomic.write_problem(OSError(errno.EROFS, "Read-only file system")) is (
        WriteProblem.READ_ONLY
    )
    assert atomic.write_problem(OSError(errno.EIO, "I/O error")) is WriteProblem.OTHER
    assert atomic.write_problem(ValueError("no")) is WriteProblem.OTHER


@pytest.mark.skipif(importlib.util.find_spec("resource") is None, reason="RLIMIT_FSIZE is POSIX")
def test_a_real_size_limit_leaves_the_old_file(tmp_path: Path) -> None:
    """A file size limit (RLIMIT_FSIZE: EFBIG, no privilege needed) stands for a full
    disk: the write fails for real, in a child process, halfway through the data."""
    final = tmp_path / "minutes.pdf"
    final.write_bytes(b"old minutes")
    script = textwrap.dedent(
        f"""
        import resource, signal, sys
        from pathlib import Path
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # EFBIG instead of a signal
        resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024, 64 * 1024))
        from app.storage import atomic
        try:
            atomic.write_bytes(Path({str(final)!r}), b"x" * (1024 * 1024))
        except atomic.FileNotWritten as error:
            print(error.problem.value, error.filename)
            sys.exit(0)
        sys.exit(1)
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["disk_full", str(final)]
    assert final.read_bytes() == b"old minutes"
    assert _names(tmp_path) == {"minutes.pdf"}


@pytest.mark.parametrize("name", ["名簿.xlsx", "議事録.docx"])
def test_a_zip_writer_that_fails_prints_no_second_traceback(tmp_path: Path, name: str) -> None:
    """openpyxl and python-docx leave their zip archive open when a write fails; when it
    is freed its close failed again and Python printed a bare traceback after the real
    message. The writer lets go of it while the failure is handled."""
    final = tmp_path / name
    script = textwrap.dedent(
        f"""
        import resource, signal, sys
        from pathlib import Path
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # EFBIG instead of a signal
        from app.storage import atomic
        final = Path({str(final)!r})
        if final.suffix == ".xlsx":
            from app.services.members.roster_export import write_table
            table = [[f"委員{{n}}", f"member{{n}}@example.jp", str(n * 7919)] for n in range(4000)]
            write = lambda: write_table(final, table)
        else:
            from docx import Document
            document = Document()
            for n in range(3000):
                document.add_paragraph(f"発言{{n}} {{n * 7919}}")
            def write():
                with atomic.replacing(final) as temporary:
                    document.save(str(temporary))
        resource.setrlimit(resource.RLIMIT_FSIZE, (16 * 1024, 16 * 1024))
        try:
            write()
        except atomic.FileNotWritten as error:
            print(error.problem.value)
            sys.exit(0)
        sys.exit(1)
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["disk_full"]
    assert done.stderr == ""
    assert _names(tmp_path) == set()
