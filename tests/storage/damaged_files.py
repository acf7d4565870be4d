"""Files gone wrong, made the way a failing disk, a crash or a wrong path makes them: for
the storage, CLI and GUI tests of what the app does with each (never open it silently,
never write to it while looking, say what is wrong, offer the newest good backup)."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from app.models import Council
from app.storage import backup
from app.storage.database import open_database
from app.storage.engine import make_engine, to_url
from app.storage.identity import encode_version
from app.storage.integrity import checksum_path


def make_ours(path: Path, *, rows: int = 120, with_backup: bool = False) -> None:
    """A database of ours with enough pages that its middle is data, closed cleanly
    (its checksum recorded), and a verified backup beside it if asked."""
    db = open_database(path, daily_backup=False)
    with db.transaction() as session:
        session.add_all(Council(name=f"委員会{index}" * 20) for index in range(rows))
    db.close()
    if with_backup:
        backup.make_backup(path)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def snapshot(path: Path, *, with_lock: bool = True) -> dict[str, tuple[str, int] | None]:
    """Every file in the database's folder, its bytes and its modification time (``None``
    for a folder): a look must change none of them (the ``-wal`` and ``-shm`` included)
    and leave nothing new. ``with_lock=False``: for a start that was refused, which takes
    the lock file (not the database) while it looks."""
    return {
        child.name: (digest(child), child.stat().st_mtime_ns) if child.is_file() else None
        for child in sorted(path.parent.iterdir())
        if with_lock or child.name != path.name + ".lock"
    }


def zero_header(path: Path) -> None:
    with path.open("r+b") as handle:
        handle.write(b"\0" * 100)


def truncate(path: Path) -> None:
    with path.open("r+b") as handle:
        handle.truncate(path.stat().st_size // 2)


def garbage_pages(path: Path) -> None:
    size = path.stat().st_size
    with path.open("r+b") as handle:
        handle.seek(size // 2)
        handle.write(os.urandom(8192))


def empty(path: Path) -> None:
    path.write_bytes(b"")


def crash_with_log(path: Path) -> None:
    """The state a kill leaves: commits in the -wal (and its -shm) not yet in the file."""
    live = path.with_name("live-" + path.name)
    shutil.copyfile(path, live)
    conn = sqlite3.connect(live, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA wal_autocheckpoint=0")
    for index in range(1, 41):  # one commit each, every one in the log
        conn.execute(f"UPDATE council SET name = '記録{index}' WHERE id = {index}")
    for suffix in ("", "-wal", "-shm"):
        shutil.copyfile(live.with_name(live.name + suffix), path.with_name(path.name + suffix))
    conn.close()
    for suffix in ("", "-wal", "-shm"):
        live.with_name(live.name + suffix).unlink(missing_ok=True)
    checksum_path(path).unlink(missing_ok=True)  # a crash leaves no checksum


def garbage_log(path: Path) -> None:
    crash_with_log(path)
    wal = path.with_name(path.name + "-wal")
    with wal.open("r+b") as handle:
        handle.write(os.urandom(64))


def torn_log(path: Path) -> None:
    """A frame in the middle of the log overwritten: the commits after it are skipped."""
    crash_with_log(path)
    wal = path.with_name(path.name + "-wal")
    page_size = int.from_bytes(wal.read_bytes()[8:12], "big")
    with wal.open("r+b") as handle:
        handle.seek(32 + 5 * (24 + page_size))  # the sixth frame's header
        handle.write(os.urandom(24))


def garbage_shm(path: Path) -> None:
    crash_with_log(path)
    shm = path.with_name(path.name + "-shm")
    with shm.open("r+b") as handle:
        handle.write(os.urandom(shm.stat().st_size))


def foreign(path: Path) -> None:
    """Another program's SQLite file, where ours was expected."""
    path.unlink(missing_ok=True)
    checksum_path(path).unlink(missing_ok=True)
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    conn.execute("INSERT INTO notes (body) VALUES ('買い物リスト')")
    conn.commit()
    conn.close()


NEWER_VERSION = "0.9.0"


def newer(path: Path) -> None:
    """Ours, as a newer version leaves it: a revision we do not know, its version stamped."""
    engine = make_engine(to_url(path))
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0999'")
        conn.exec_driver_sql(f"PRAGMA user_version={encode_version(NEWER_VERSION)}")
    engine.dispose()
    checksum_path(path).unlink(missing_ok=True)


def directory(path: Path) -> None:
    path.unlink()
    checksum_path(path).unlink(missing_ok=True)
    path.mkdir()


def missing(path: Path) -> None:
    path.unlink()
    checksum_path(path).unlink(missing_ok=True)


Damage = Callable[[Path], None]


@contextmanager
def unwritable(path: Path) -> Iterator[Path]:
    """``path`` (a database of ours) where this process cannot write it: a file mode
    for an ordinary user; for root, whom modes do not stop, a read-only mount."""
    if os.geteuid() != 0:
        path.chmod(0o444)
        try:
            yield path
        finally:
            path.chmod(0o600)
        return
    mount = path.parent / "read-only"
    mount.mkdir()
    try:
        subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=64m", "tmpfs", str(mount)],
            check=True,
            capture_output=True,
        )
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("a read-only file system cannot be mounted here (root, no mount)")
    try:
        inside = mount / path.name
        shutil.copyfile(path, inside)
        shutil.copyfile(checksum_path(path), checksum_path(inside))
        subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True, capture_output=True)
        yield inside
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False, capture_output=True)
