"""SQLite health checks: ``quick_check`` at start, ``integrity_check`` for backups and ``check``."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from app.storage.engine import open_raw_sqlite

_MAX_MESSAGES = 20


@dataclass(frozen=True, slots=True)
class CheckResult:
    ok: bool
    problems: tuple[str, ...] = ()

    def summary(self) -> str:
        return "ok" if self.ok else "; ".join(self.problems)


def _run(path: Path, pragma: str, *, scan_rows: bool) -> CheckResult:
    if not path.exists() or path.stat().st_size == 0:
        return CheckResult(ok=True)  # a new, empty database is healthy
    try:
        conn = open_raw_sqlite(path, readonly=True)
    except sqlite3.Error as exc:
        return CheckResult(ok=False, problems=(str(exc),))
    try:
        rows = conn.execute(f"PRAGMA {pragma}({_MAX_MESSAGES})").fetchall()
        messages = tuple(str(row[0]) for row in rows)
        if messages == ("ok",):
            if scan_rows:
                # The structure is sound; also read every row, so that a damaged record
                # payload (which the b-tree checks can miss) is found now, not mid-meeting.
                _scan_all_tables(conn)
            return CheckResult(ok=True)
        return CheckResult(ok=False, problems=messages)
    except sqlite3.Error as exc:
        return CheckResult(ok=False, problems=(str(exc),))
    finally:
        conn.close()


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _scan_all_tables(conn: sqlite3.Connection) -> None:
    """Decode every value of every row, inside SQLite: one aggregate query per table.

    The rows never come to Python, so a backup made in the background barely holds the
    GIL and the UI thread keeps running at full speed meanwhile.
    """
    tables = [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    for table in tables:
        columns = [row[1] for row in conn.execute(f"PRAGMA table_info({_quoted(table)})")]
        if not columns:
            continue
        # quote() renders each value whole (text, and blobs as hex): every byte is read.
        read_all = " + ".join(f"length(quote({_quoted(column)}))" for column in columns)
        conn.execute(f"SELECT sum({read_all}) FROM {_quoted(table)}").fetchone()


def quick_check(path: Path) -> CheckResult:
    """Fast structural check (run at every start)."""
    return _run(path, "quick_check", scan_rows=False)


def integrity_check(path: Path) -> CheckResult:
    """Thorough check (backups, ``jimukyoku check``)."""
    return _run(path, "integrity_check", scan_rows=True)


# ---- whole-file checksum of a cleanly closed database ----------------------------
# SQLite's checks read only the parts of the file it uses: bytes overwritten in the
# unused space of a page, or in a record's text, can pass them. So the file's SHA-256
# is recorded when the app closes it cleanly (no WAL left) and removed when the app
# opens it for writing; ``check`` compares it. A crash leaves no checksum, never a
# false alarm.


def checksum_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".sha256")


def _wal_pending(db_path: Path) -> bool:
    wal = db_path.with_name(db_path.name + "-wal")
    return wal.exists() and wal.stat().st_size > 0


def _file_digest(db_path: Path) -> str:
    digest = hashlib.sha256()
    with db_path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def forget_checksum(db_path: Path) -> None:
    """The file is about to change: drop the checksum of its last clean state."""
    checksum_path(db_path).unlink(missing_ok=True)


def record_checksum(db_path: Path) -> None:
    """Record the checksum of a cleanly closed database (nothing if a WAL is pending)."""
    if not db_path.exists() or _wal_pending(db_path):
        forget_checksum(db_path)
        return
    stat = db_path.stat()
    record = {"size": stat.st_size, "mtime_ns": stat.st_mtime_ns, "sha256": _file_digest(db_path)}
    target = checksum_path(db_path)
    target.unlink(missing_ok=True)
    fd = os.open(target, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(record, handle)


def checksum_problem(db_path: Path, *, thorough: bool = True) -> str | None:
    """A description of the mismatch if the file changed since its last clean close.

    ``thorough=False`` (start-up) hashes only when the file's size or modification
    time differ from the clean close, so opening a large database stays quick;
    ``check`` always hashes, which also catches damage that kept the timestamp.
    """
    recorded = checksum_path(db_path)
    if not recorded.exists() or _wal_pending(db_path):
        return None
    try:
        record = json.loads(recorded.read_text(encoding="utf-8"))
        size, sha256 = int(record["size"]), str(record["sha256"])
        mtime_ns = int(record.get("mtime_ns", -1))
    except (OSError, ValueError, KeyError, TypeError):
        return None
    stat = db_path.stat()
    if not thorough and stat.st_size == size and stat.st_mtime_ns == mtime_ns:
        return None
    if stat.st_size != size or _file_digest(db_path) != sha256:
        return (
            "the file's contents changed outside Jimukyoku Desk since it was last closed "
            "(checksum mismatch): it may be damaged"
        )
    return None
