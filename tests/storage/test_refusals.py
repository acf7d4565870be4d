"""Never open silently, never write while looking: every kind of wrong file, at start-up
(``open_database``) and under ``check`` (``check_database``), byte for byte."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from app.models import Council
from app.services import workspace
from app.storage import backup
from app.storage.database import DatabaseDamaged, DatabaseRefused, WriteRefused, open_database
from app.storage.identity import APPLICATION_ID, OUR_VERSION
from app.storage.integrity import checksum_path, journal_mode_of
from app.storage.refusals import Refusal
from tests.storage import damaged_files as files

# (what was done to the file, what the app says of it)
CASES = [
    (files.zero_header, Refusal.NOT_SQLITE),
    (files.truncate, Refusal.DAMAGED),
    (files.garbage_pages, Refusal.DAMAGED),
    (files.garbage_log, Refusal.LOG_UNREADABLE),
    (files.torn_log, Refusal.LOG_UNREADABLE),
    (files.empty, Refusal.EMPTY),
    (files.foreign, Refusal.FOREIGN),
    (files.newer, Refusal.NEWER),
    (files.directory, Refusal.NOT_A_FILE),
    (files.missing, Refusal.MISSING),
]
CASE_IDS = [
    "zero-header",
    "truncated",
    "garbage-pages",
    "garbage-wal",
    "torn-wal",
    "empty",
    "foreign",
    "newer",
    "dir",
    "missing",
]


@pytest.mark.parametrize("with_backup", [True, False], ids=["backups", "no-backup"])
@pytest.mark.parametrize(("damage", "reason"), CASES, ids=CASE_IDS)
def test_refused_at_start_and_untouched_by_check_and_by_the_refusal(
    sqlite_file: Path, damage: files.Damage, reason: Refusal, with_backup: bool
) -> None:
    files.make_ours(sqlite_file, with_backup=with_backup)
    damage(sqlite_file)
    before = files.snapshot(sqlite_file)

    report = workspace.check_database(str(sqlite_file))
    assert report.reason is reason and not report.healthy
    assert files.snapshot(sqlite_file) == before  # `check` changed not a byte, left no file

    with pytest.raises(DatabaseRefused) as refused:
        open_database(sqlite_file, create=False)
    assert refused.value.reason is reason
    # nor did the refused start (its lock file aside, which it took while looking)
    assert files.snapshot(sqlite_file, with_lock=False) == {
        name: state for name, state in before.items() if not name.endswith(".lock")
    }
    restorable = isinstance(refused.value, DatabaseDamaged)
    assert restorable == (reason in workspace.RESTORABLE)
    if restorable and with_backup:  # the newest good backup is named, to be offered
        assert refused.value.newest_backup is not None
        assert report.newest_backup == refused.value.newest_backup
    else:
        assert refused.value.newest_backup is None


@pytest.mark.parametrize("recorded", [True, False], ids=["checksum", "no-checksum"])
def test_a_zero_byte_file_is_never_opened_as_a_new_database(
    sqlite_file: Path, recorded: bool
) -> None:
    files.make_ours(sqlite_file, with_backup=True)
    if not recorded:  # as a crash leaves it
        checksum_path(sqlite_file).unlink()
    files.empty(sqlite_file)
    for _attempt in range(2):
        with pytest.raises(DatabaseDamaged) as refused:
            open_database(sqlite_file)  # even where a missing file would be created
        assert refused.value.reason is Refusal.EMPTY
        assert refused.value.newest_backup is not None
    assert sqlite_file.stat().st_size == 0
    # The user's choice: restore the backup named.
    workspace.restore_database(str(sqlite_file), refused.value.newest_backup.path)
    database = open_database(sqlite_file, daily_backup=False)
    with database.session() as session:
        assert session.scalars(select(Council)).first() is not None
    database.close()


def test_an_empty_file_becomes_a_new_database_only_when_asked(sqlite_file: Path) -> None:
    sqlite_file.write_bytes(b"")
    with pytest.raises(DatabaseDamaged):
        open_database(sqlite_file)
    database = open_database(sqlite_file, replace_empty=True, daily_backup=False)
    assert not database.read_only
    database.close()
    assert files.digest(sqlite_file)  # a whole database now, stamped as ours
    assert workspace.check_database(str(sqlite_file)).healthy


def test_a_crashed_log_and_a_garbage_shm_lose_nothing(sqlite_file: Path) -> None:
    files.make_ours(sqlite_file)
    files.garbage_shm(sqlite_file)
    before = files.snapshot(sqlite_file)
    assert workspace.check_database(str(sqlite_file)).healthy
    assert files.snapshot(sqlite_file) == before  # not even the -shm was rebuilt in place
    database = open_database(sqlite_file, daily_backup=False)
    with database.session() as session:  # SQLite rebuilt its index of the log
        names = session.scalars(select(Council.name).where(Council.name.like("記録%"))).all()
    database.close()
    assert len(names) == 40


def test_a_foreign_file_is_never_migrated(sqlite_file: Path) -> None:
    files.foreign(sqlite_file)
    before = files.digest(sqlite_file)
    for create in (True, False):
        with pytest.raises(DatabaseRefused) as refused:
            open_database(sqlite_file, create=create)
        assert refused.value.reason is Refusal.FOREIGN
    assert files.digest(sqlite_file) == before
    with sqlite3.connect(f"file:{sqlite_file}?mode=ro", uri=True) as conn:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    assert tables == {"notes"}


def test_a_newer_file_names_the_version_that_made_it(sqlite_file: Path) -> None:
    files.make_ours(sqlite_file)
    files.newer(sqlite_file)
    with pytest.raises(DatabaseRefused) as refused:
        open_database(sqlite_file)
    assert refused.value.reason is Refusal.NEWER
    assert refused.value.written_by == files.NEWER_VERSION
    assert workspace.check_database(str(sqlite_file)).written_by == files.NEWER_VERSION


def test_a_missing_path_is_created_only_when_asked(tmp_path: Path) -> None:
    target = tmp_path / "new" / "council.sqlite3"
    with pytest.raises(DatabaseRefused) as refused:
        open_database(target, create=False)
    assert refused.value.reason is Refusal.MISSING
    assert not target.parent.exists()  # not even its folder
    open_database(target, create=True, daily_backup=False).close()
    assert workspace.check_database(str(target)).healthy
    assert not target.with_name(target.name + ".new").exists()  # made aside, then renamed


def test_new_and_migrated_files_carry_our_stamp(sqlite_file: Path) -> None:
    open_database(sqlite_file, daily_backup=False).close()
    with sqlite3.connect(f"file:{sqlite_file}?mode=ro", uri=True) as conn:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert conn.execute("PRAGMA user_version").fetchone()[0] == OUR_VERSION


def test_an_older_file_of_ours_without_the_stamp_is_opened_and_stamped(sqlite_file: Path) -> None:
    files.make_ours(sqlite_file)
    with sqlite3.connect(sqlite_file) as conn:  # as the versions before the stamp left it
        conn.execute("PRAGMA application_id=0")
        conn.execute("PRAGMA user_version=0")
    checksum_path(sqlite_file).unlink()
    assert workspace.check_database(str(sqlite_file)).healthy  # ours by tables and revision
    open_database(sqlite_file, daily_backup=False).close()
    with sqlite3.connect(f"file:{sqlite_file}?mode=ro", uri=True) as conn:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID


def test_check_never_writes_a_file_left_in_delete_journal_mode(sqlite_file: Path) -> None:
    files.make_ours(sqlite_file)
    with sqlite3.connect(sqlite_file) as conn:  # as `restore` used to leave it
        conn.execute("PRAGMA journal_mode=DELETE")
    checksum_path(sqlite_file).unlink()
    before = files.snapshot(sqlite_file)
    report = workspace.check_database(str(sqlite_file))
    assert report.healthy and report.pragmas["journal_mode"] == "delete"
    assert files.snapshot(sqlite_file) == before


def test_a_restored_file_is_in_wal_mode_with_its_checksum_and_opens_next_time(
    sqlite_file: Path,
) -> None:
    files.make_ours(sqlite_file)
    made = backup.make_backup(sqlite_file)
    assert journal_mode_of(made) == "delete"  # a backup is one self-contained file
    workspace.restore_database(str(sqlite_file), made)
    assert journal_mode_of(sqlite_file) == "wal"
    assert checksum_path(sqlite_file).exists()
    before = files.snapshot(sqlite_file)
    assert workspace.check_database(str(sqlite_file)).healthy
    assert files.snapshot(sqlite_file) == before  # so the next start finds the checksum matching
    open_database(sqlite_file, daily_backup=False).close()


@pytest.mark.parametrize(
    ("damage", "reason"),
    [
        (files.foreign, Refusal.FOREIGN),
        (files.newer, Refusal.NEWER),
        (files.empty, Refusal.EMPTY),
        (files.garbage_pages, Refusal.DAMAGED),
    ],
    ids=["foreign", "newer", "empty", "damaged"],
)
def test_restore_refuses_what_is_not_a_good_backup_of_ours(
    tmp_path: Path, sqlite_file: Path, damage: files.Damage, reason: Refusal
) -> None:
    files.make_ours(sqlite_file)
    offered = tmp_path / "offered.sqlite3"
    files.make_ours(offered)
    damage(offered)
    before = files.digest(sqlite_file), files.digest(offered)
    with pytest.raises(backup.BackupRefused) as refused:
        workspace.restore_database(str(sqlite_file), offered)
    assert refused.value.reason is reason
    assert (files.digest(sqlite_file), files.digest(offered)) == before


def test_a_file_that_cannot_be_written_opens_only_read_only(sqlite_file: Path) -> None:
    files.make_ours(sqlite_file)
    with files.unwritable(sqlite_file) as locked:
        before = files.digest(locked)
        with pytest.raises(DatabaseRefused) as refused:
            open_database(locked)
        assert refused.value.reason is Refusal.READ_ONLY
        assert workspace.check_database(str(locked)).healthy
        database = open_database(locked, read_only=True)
        try:
            with database.session() as session:
                assert session.scalars(select(Council)).first() is not None
            with pytest.raises(WriteRefused), database.transaction():
                pass
        finally:
            database.close()
        assert files.digest(locked) == before


def test_read_only_beside_a_writer_sees_its_commits_and_writes_nothing(sqlite_file: Path) -> None:
    files.make_ours(sqlite_file, rows=3)
    writer = open_database(sqlite_file, daily_backup=False)
    reader = open_database(sqlite_file, read_only=True)
    try:
        assert reader.lock is None and reader.read_only
        with writer.transaction() as session:
            session.add(Council(name="二つ目の窓から見える委員会"))
        with reader.session() as session:
            names = session.scalars(select(Council.name)).all()
        assert "二つ目の窓から見える委員会" in names
        with pytest.raises(WriteRefused), reader.transaction():
            pass
    finally:
        reader.close()
        writer.close()
