import os
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from app.models import Council
from app.storage import backup
from app.storage.database import DatabaseDamaged, open_database
from app.storage.integrity import integrity_check, quick_check


def _make_db(path: Path, name: str = "みなと市ものづくり革新委員会") -> None:
    db = open_database(path, daily_backup=False)
    with db.transaction() as session:
        session.add(Council(name=name))
    db.close()


def _council_name(path: Path) -> str:
    db = open_database(path, daily_backup=False)
    try:
        with db.session() as session:
            return session.scalars(select(Council.name)).one()
    finally:
        db.close()


def damage(path: Path) -> None:
    """Overwrite bytes in the middle of the file, as a failing disk or a bad copy would."""
    size = path.stat().st_size
    with path.open("r+b") as handle:
        handle.seek(size // 2)
        handle.write(b"\xde\xad\xbe\xef" * 1024)


def test_backup_is_verified_private_and_restorable(sqlite_file: Path) -> None:
    _make_db(sqlite_file)
    made = backup.make_backup(sqlite_file)
    assert made.parent == sqlite_file.parent / "backups"
    assert made.stat().st_mode & 0o777 == 0o600
    assert integrity_check(made).ok

    db = open_database(sqlite_file, daily_backup=False)
    with db.transaction() as session:
        session.scalars(select(Council)).one().name = "changed"
    db.close()
    assert _council_name(sqlite_file) == "changed"

    kept = backup.restore(made, sqlite_file)
    assert _council_name(sqlite_file) == "みなと市ものづくり革新委員会"
    assert kept is not None and kept.exists()  # the data as it was before is kept


def test_database_file_is_created_owner_only(sqlite_file: Path) -> None:
    open_database(sqlite_file, daily_backup=False).close()
    assert sqlite_file.stat().st_mode & 0o777 == 0o600


def test_damaged_file_is_detected_and_names_the_newest_backup(sqlite_file: Path) -> None:
    _make_db(sqlite_file)
    for index in range(200):  # enough pages that the middle is real data
        db = open_database(sqlite_file, daily_backup=False)
        with db.transaction() as session:
            session.add(Council(name=f"委員会{index}" * 20))
        db.close()
    good = backup.make_backup(sqlite_file)
    damage(sqlite_file)
    assert not integrity_check(sqlite_file).ok
    with pytest.raises(DatabaseDamaged) as refused:
        open_database(sqlite_file)
    assert refused.value.newest_backup is not None
    assert refused.value.newest_backup.path == good
    # The refused open did not keep the lock: a restore can take it.
    kept = backup.restore(good, sqlite_file)
    assert quick_check(sqlite_file).ok
    assert kept is not None and ".damaged-" in kept.name


def test_a_damaged_backup_is_never_restored(sqlite_file: Path, tmp_path: Path) -> None:
    _make_db(sqlite_file)
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"not a database at all" * 100)
    with pytest.raises(backup.BackupError) as refused:
        backup.restore(bad, sqlite_file)
    assert refused.value.problem is backup.BackupProblem.BACKUP_DAMAGED  # a code, worded by texts
    assert _council_name(sqlite_file) == "みなと市ものづくり革新委員会"


def test_daily_backup_once_a_day_and_rotation_keeps_manual_ones(sqlite_file: Path) -> None:
    _make_db(sqlite_file)
    first = backup.ensure_daily_backup(sqlite_file, keep=2)
    assert first is not None
    assert backup.ensure_daily_backup(sqlite_file, keep=2) is None  # already one today
    manual = backup.make_backup(sqlite_file)
    folder = sqlite_file.parent / "backups"
    for day in range(1, 5):  # older automatic backups
        old = folder / f"{sqlite_file.stem}-2020010{day}-120000-daily.sqlite3"
        old.write_bytes(first.read_bytes())
        os.chmod(old, 0o600)
    removed = backup.rotate(sqlite_file, keep=2)
    remaining = {info.path for info in backup.list_backups(sqlite_file)}
    assert manual in remaining and first in remaining
    assert len(removed) == 3
    newest = backup.list_backups(sqlite_file)[0]
    assert newest.created.date() == datetime.now().date()


def test_backup_refuses_to_overwrite_a_file(sqlite_file: Path, tmp_path: Path) -> None:
    _make_db(sqlite_file)
    target = tmp_path / "exists.sqlite3"
    target.write_text("keep me")
    with pytest.raises(backup.BackupError) as refused:
        backup.make_backup(sqlite_file, target=target)
    assert refused.value.problem is backup.BackupProblem.TARGET_EXISTS
    assert target.read_text() == "keep me"


def test_no_daily_backup_of_a_brand_new_database_but_one_on_the_next_day_of_use(
    sqlite_file: Path,
) -> None:
    first = open_database(sqlite_file)
    assert first.backups_made == []  # nothing worth keeping yet
    first.close()
    second = open_database(sqlite_file)
    assert [path.name for path in second.backups_made if path.name.endswith("-daily.sqlite3")]
    second.close()


def test_session_backup_only_when_something_was_saved(sqlite_file: Path) -> None:
    database = open_database(sqlite_file, daily_backup=False)
    assert database.backup_if_changed() is None
    with database.transaction() as session:
        session.add(Council(name="議事録を書いた日"))
    made = database.backup_if_changed()
    database.close()
    assert made is not None and made.name.endswith("-session.sqlite3")
    assert integrity_check(made).ok


def test_change_that_sqlite_cannot_see_is_caught_by_the_checksum(sqlite_file: Path) -> None:
    from app.storage.integrity import checksum_path, checksum_problem

    _make_db(sqlite_file)  # opened and closed cleanly: checksum recorded
    assert checksum_path(sqlite_file).exists()
    assert checksum_problem(sqlite_file) is None
    with sqlite_file.open("r+b") as handle:
        handle.seek(80)  # the header's reserved bytes: SQLite never reads them
        handle.write(b"\x07")
    assert integrity_check(sqlite_file).ok
    problem = checksum_problem(sqlite_file)
    assert problem is not None and "checksum" in problem


def test_no_checksum_while_open_so_a_crash_cannot_raise_a_false_alarm(sqlite_file: Path) -> None:
    from app.storage.integrity import checksum_path

    _make_db(sqlite_file)
    database = open_database(sqlite_file, daily_backup=False)
    assert not checksum_path(sqlite_file).exists()
    database.close()
    assert checksum_path(sqlite_file).exists()


def test_damage_found_by_the_checksum_is_not_forgotten_by_opening(sqlite_file: Path) -> None:
    from app.storage.integrity import checksum_problem

    _make_db(sqlite_file)
    with sqlite_file.open("r+b") as handle:
        handle.seek(80)
        handle.write(b"\x07")
    with pytest.raises(DatabaseDamaged) as refused:
        open_database(sqlite_file)
    assert "checksum" in refused.value.problems[0]
    assert checksum_problem(sqlite_file) is not None  # still reported next time


def test_each_database_sees_only_its_own_backups(tmp_path: Path) -> None:
    first, second = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"
    _make_db(first)
    _make_db(second)
    mine = backup.make_backup(first)
    theirs = backup.make_backup(second)
    assert [info.path for info in backup.list_backups(first)] == [mine]
    assert [info.path for info in backup.list_backups(second)] == [theirs]
    assert backup.newest_good_backup(first).path == mine  # type: ignore[union-attr]


def test_start_up_catches_damage_that_kept_size_and_timestamp_and_never_reblesses_it(
    sqlite_file: Path,
) -> None:
    import os

    from app.storage.integrity import checksum_path, checksum_problem

    _make_db(sqlite_file)
    recorded = checksum_path(sqlite_file).read_bytes()
    stat = sqlite_file.stat()
    with sqlite_file.open("r+b") as handle:  # damage that keeps size and timestamp
        handle.seek(80)
        handle.write(b"\x07")
    os.utime(sqlite_file, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert checksum_problem(sqlite_file) is not None
    for _attempt in range(2):  # refused, and refused again: nothing recorded meanwhile
        with pytest.raises(DatabaseDamaged) as refused:
            open_database(sqlite_file)
        assert refused.value.reason == "changed_outside"
        assert checksum_path(sqlite_file).read_bytes() == recorded
    # Only the user's word takes the file as it is (and a clean close then records it).
    open_database(sqlite_file, accept_changes=True, daily_backup=False).close()
    assert checksum_problem(sqlite_file) is None
