"""SQLite health checks: ``quick_check`` at start, ``integrity_check`` for backups and ``check``."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import struct
from dataclasses import dataclass
from pathlib import Path

from app.storage.engine import open_raw_sqlite
from app.storage.refusals import Refusal
from app.storage.wal import FRAME_HEADER, WAL_HEADER, log_path, parse_header

_MAX_MESSAGES = 20


@dataclass(frozen=True, slots=True)
class CheckResult:
    ok: bool
    problems: tuple[str, ...] = ()

    def summary(self) -> str:
        return "ok" if self.ok else "; ".join(self.problems)


def _run(path: Path, pragma: str, *, scan_rows: bool) -> CheckResult:
    if not path.is_file() or path.stat().st_size == 0:
        # Not a database at all: a backup cut short must never count as a good one.
        return CheckResult(ok=False, problems=("the file is missing or empty",))
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


# ---- what SQLite would not complain about ------------------------------------------
# SQLite opens a file whose header is zeroed as "not a database", but it reads a 0-byte
# file as a new, empty database, and it skips a write-ahead log it cannot make sense of
# without a word (the commits in it are then simply gone). These checks come first.

SQLITE_MAGIC = b"SQLite format 3\x00"
_HEADER_SIZE = 100


def header_problem(path: Path) -> Refusal | None:
    """``EMPTY`` for a 0-byte file, ``NOT_SQLITE`` when its first bytes are not SQLite's."""
    with path.open("rb") as handle:
        head = handle.read(_HEADER_SIZE)
    if not head:
        return Refusal.EMPTY
    if len(head) < _HEADER_SIZE or not head.startswith(SQLITE_MAGIC):
        return Refusal.NOT_SQLITE
    return None


def journal_mode_of(path: Path) -> str:
    """``wal`` or ``delete``, as the file's header says (bytes 18-19), read without SQLite."""
    with path.open("rb") as handle:
        head = handle.read(20)
    return "wal" if head[18:20] == b"\x02\x02" else "delete"


def wal_problem(db_path: Path) -> str | None:
    """What is wrong with the database's write-ahead log, if SQLite would skip commits in it.

    A log whose header is garbage is ignored whole; a frame overwritten in the middle
    ends the log there, and a committed transaction written after it is ignored. Both
    lose saved work silently. (Damage inside a page's bytes is found only by SQLite's
    frame checksums, which it applies itself; a frame torn by a crash before its commit
    returned is normal and not reported.)
    """
    wal = log_path(db_path)
    if not wal.is_file() or wal.stat().st_size <= WAL_HEADER:
        return None  # no log, or a header without a frame: nothing to lose
    with wal.open("rb") as handle:
        header = parse_header(handle.read(WAL_HEADER))
        if header is None:
            return f"the write-ahead log {wal.name} has no valid header: SQLite would ignore it"
        broken = False
        while frame := handle.read(FRAME_HEADER):
            if len(frame) < FRAME_HEADER:
                break
            _page, commit, frame_salt1, frame_salt2 = struct.unpack(">4I", frame[:16])
            ours = (frame_salt1, frame_salt2) == header.salts
            if not ours:
                broken = True
            elif broken and commit:
                return (
                    f"the write-ahead log {wal.name} is overwritten before a committed "
                    "transaction: SQLite would skip that transaction"
                )
            handle.seek(header.page_size, 1)
    return None


# ---- whole-file checksum of a cleanly closed database ----------------------------
# SQLite's checks read only the parts of the file it uses: bytes overwritten in the
# unused space of a page, or in a record's text, can pass them. So the file's SHA-256
# is recorded when the app closes it cleanly (no WAL left) and removed when the app
# opens it for writing; start-up and ``check`` compare it. A crash leaves no checksum,
# never a false alarm.


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


def checksum_problem(db_path: Path) -> str | None:
    """What differs if the file changed since its last clean close, else ``None``.

    The whole file is hashed every time, at start-up too (beside ``quick_check``, on a
    thread of its own): damage that kept the size and the timestamp is still damage,
    and a start that did not look would bless it at the next clean close.
    """
    recorded = checksum_path(db_path)
    if not recorded.exists() or _wal_pending(db_path):
        return None
    try:
        record = json.loads(recorded.read_text(encoding="utf-8"))
        size, sha256 = int(record["size"]), str(record["sha256"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    found_size = db_path.stat().st_size
    if found_size != size:
        return f"checksum mismatch: {size} bytes at the last clean close, {found_size} now"
    found = _file_digest(db_path)
    if found != sha256:
        return f"checksum mismatch: SHA-256 {sha256[:16]}… at the last clean close, {found[:16]}…"
    return None
