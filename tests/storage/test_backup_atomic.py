"""A backup counts only once whole and verified; what a killed one leaves is cleaned."""

from __future__ import annotations

import errno
import os
from datetime import datetime
from pathlib import Path

import pytest

from app.models import Council
from app.storage import atomic, backup
from app.storage.atomic import WriteProblem
from app.storage.database import open_database
from app.storage.integrity import CheckResult, integrity_check
from app.storage.paths import attachments_dir_for, backups_dir_for


def _make_db(path: Path) -> None:
    db = open_database(path, daily_backup=False)
    with db.transaction() as session:
        session.add(Council(name="みなと市ものづくり革新委員会"))
    db.close()


def _folder_names(folder: Path) -> set[str]:
    return {path.name for path in folder.iterdir()} if folder.is_dir() else set()


@pytest.mark.parametrize(
    ("code", "problem"),
    [
        (errno.ENOSPC, WriteProblem.DISK_FULL),
        (errno.EROFS, WriteProblem.READ_ONLY),
        (errno.EIO, WriteProblem.OTHER),
    ],
)
def test_a_copy_that_fails_halfway_leaves_no_backup(
    sqlite_file: Path, monkeypatch: pytest.MonkeyPatch, code: int, problem: WriteProblem
) -> None:
    _make_db(sqlite_file)

    def half_then_fail(source: Path, target: Path) -> None:
        target.write_bytes(source.read_bytes()[:4096])  # the first page, then the disk fails
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(backup, "_copy_database", half_then_fail)
    with pytest.raises(backup.BackupError) as failed:
        backup.make_backup(sqlite_file, reason="daily")
    assert failed.value.write_problem is problem
    assert failed.value.problem is backup.BackupProblem.COPY_FAILED
    assert _folder_names(backups_dir_for(sqlite_file)) == set()
    assert backup.daily_backup_due(sqlite_file)  # no half file counts as today's


def test_a_copy_that_fails_its_check_never_takes_a_backup_name(
    sqlite_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _make_db(sqlite_file)
    monkeypatch.setattr(
        backup, "integrity_check", lambda _path: CheckResult(ok=False, problems=("bad page",))
    )
    with pytest.raises(backup.BackupError) as failed:
        backup.ensure_daily_backup(sqlite_file)
    assert failed.value.write_problem is None  # written, but not sound
    assert failed.value.problem is backup.BackupProblem.COPY_DAMAGED
    assert _folder_names(backups_dir_for(sqlite_file)) == set()
    assert backup.daily_backup_due(sqlite_file)


def test_the_copy_is_verified_before_it_is_renamed(
    sqlite_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _make_db(sqlite_file)
    checked: list[str] = []

    def recording_check(path: Path) -> CheckResult:
        checked.append(path.name)
        return integrity_check(path)

    monkeypatch.setattr(backup, "integrity_check", recording_check)
    made = backup.make_backup(sqlite_file)
    assert len(checked) == 1 and atomic.is_temporary(checked[0])
    assert made.stat().st_mode & 0o777 == 0o600
    assert _folder_names(made.parent) == {made.name}


def test_a_killed_backup_counts_for_nothing_and_is_cleaned_at_the_next_start(
    sqlite_file: Path,
) -> None:
    _make_db(sqlite_file)
    folder = backups_dir_for(sqlite_file)
    folder.mkdir(exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    # What a SIGKILL in the middle of today's backup and of a pre-migration one leaves.
    half = folder / f".{sqlite_file.stem}-{stamp}-daily.sqlite3.jimukyoku-0123abcd.tmp"
    half.write_bytes(sqlite_file.read_bytes()[:8192])
    journal = half.with_name(half.name + "-journal")
    journal.write_bytes(b"\0" * 512)
    migration = folder / f".{sqlite_file.stem}-{stamp}-pre-migration.sqlite3.jimukyoku-4567cdef.tmp"
    migration.write_bytes(b"SQLite format 3\0")
    assert backup.list_backups(sqlite_file) == []
    assert backup.daily_backup_due(sqlite_file)

    db = open_database(sqlite_file)  # the start-up: lock, check, clean, today's backup
    try:
        names = _folder_names(folder)
        assert not any(atomic.is_temporary(name) for name in names)
        assert [name for name in names if name.endswith("-daily.sqlite3")]
        assert all(integrity_check(info.path).ok for info in backup.list_backups(sqlite_file))
    finally:
        db.close()


def test_the_start_cleans_the_attachments_and_database_folders_too(sqlite_file: Path) -> None:
    _make_db(sqlite_file)
    attachments = attachments_dir_for(sqlite_file)
    attachments.mkdir(exist_ok=True)
    stray = attachments / ".0123456789abcdef0123456789abcdef.pdf.jimukyoku-0123abcd.tmp"
    stray.write_bytes(b"half a letter")
    kept = attachments / "0123456789abcdef0123456789abcdef.pdf"
    kept.write_bytes(b"a letter")
    beside = sqlite_file.parent / ".export.zip.jimukyoku-89abcdef.tmp"
    beside.write_bytes(b"half a package")
    open_database(sqlite_file, daily_backup=False).close()
    assert not stray.exists() and not beside.exists()
    assert kept.read_bytes() == b"a letter"


def test_a_reader_that_does_not_lock_cleans_nothing(sqlite_file: Path) -> None:
    """``jimukyoku backup`` opens without the lock: it may run beside the window, whose
    own writes it must leave alone."""
    _make_db(sqlite_file)
    folder = backups_dir_for(sqlite_file)
    folder.mkdir(exist_ok=True)
    other = sqlite_file.parent / ".x.pdf.jimukyoku-0123abcd.tmp"
    other.write_bytes(b"x")
    open_database(sqlite_file, take_lock=False, run_migrations=False, daily_backup=False).close()
    assert other.exists()


def test_an_explicit_target_in_a_read_only_folder_is_a_coded_failure(
    sqlite_file: Path, tmp_path: Path
) -> None:
    if os.name != "posix" or os.geteuid() == 0:
        pytest.skip("root writes into a read-only folder anyway; POSIX modes only")
    _make_db(sqlite_file)
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        with pytest.raises(backup.BackupError) as failed:
            backup.make_backup(sqlite_file, target=locked / "copy.sqlite3")
        assert failed.value.write_problem is WriteProblem.READ_ONLY
    finally:
        locked.chmod(0o700)
    assert _folder_names(locked) == set()


def test_a_restore_that_fails_halfway_leaves_the_database_as_it_was(
    sqlite_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _make_db(sqlite_file)
    source = backup.make_backup(sqlite_file, target=tmp_path / "source.sqlite3")
    before = sqlite_file.read_bytes()
    real_copy = backup._copy_database
    calls: list[Path] = []

    def the_restore_copy_fails(source_path: Path, target: Path) -> None:
        calls.append(target)
        if len(calls) == 1:  # the before-restore backup goes through
            real_copy(source_path, target)
            return
        target.write_bytes(source_path.read_bytes()[:4096])
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(backup, "_copy_database", the_restore_copy_fails)
    with pytest.raises(atomic.FileNotWritten) as failed:
        backup.restore(source, sqlite_file)
    assert failed.value.problem is WriteProblem.DISK_FULL
    assert calls[1].parent == sqlite_file.parent and atomic.is_temporary(calls[1].name)
    assert sqlite_file.read_bytes() == before
    assert not [name for name in _folder_names(sqlite_file.parent) if atomic.is_temporary(name)]
