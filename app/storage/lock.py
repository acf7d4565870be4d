"""One process per database: an OS-level lock on a file beside it.

The lock is an advisory ``flock`` (``msvcrt.locking`` on Windows) held on an open
file; the operating system drops it when the process dies, however it dies. The
file's text says who holds it (pid, host, start time), so a second launch can say
which process has the database, and a lock file left by a dead process is simply
taken over.
"""

from __future__ import annotations

import json
import os
import socket
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO

_WINDOWS_LOCK_OFFSET = 1 << 30  # lock a byte far past the text so the text stays readable


@dataclass(frozen=True, slots=True)
class LockOwner:
    pid: int
    hostname: str
    started: str
    program: str

    def describe(self) -> str:
        return f"{self.program} (PID {self.pid}, {self.hostname}, {self.started})"


class DatabaseInUse(Exception):
    """Another live process holds the database."""

    def __init__(self, lock_path: Path, owner: LockOwner | None) -> None:
        self.lock_path = lock_path
        self.owner = owner
        who = owner.describe() if owner else "another process"
        super().__init__(f"database is in use by {who}")


def lock_path_for(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


def _try_lock(handle: IO[str]) -> bool:
    if sys.platform == "win32":
        import msvcrt

        handle.seek(_WINDOWS_LOCK_OFFSET)
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _unlock(handle: IO[str]) -> None:
    if sys.platform == "win32":
        import msvcrt

        handle.seek(_WINDOWS_LOCK_OFFSET)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
        return
    import fcntl

    fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def read_owner(lock_path: Path) -> LockOwner | None:
    """Who the lock file says holds (or held) the lock; ``None`` if unreadable."""
    try:
        data = json.loads(lock_path.read_text(encoding="utf-8"))
        return LockOwner(
            pid=int(data["pid"]),
            hostname=str(data["hostname"]),
            started=str(data["started"]),
            program=str(data.get("program", "jimukyoku")),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


class InstanceLock:
    """Exclusive lock of one database file for the life of this object."""

    def __init__(self, db_path: Path, program: str = "jimukyoku") -> None:
        self.path = lock_path_for(db_path)
        self.program = program
        self._handle: IO[str] | None = None
        self.took_over_from: LockOwner | None = None

    @property
    def held(self) -> bool:
        return self._handle is not None

    def acquire(self) -> None:
        """Take the lock or raise :class:`DatabaseInUse` naming the holder."""
        if self._handle is not None:
            return
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        handle = os.fdopen(fd, "r+", encoding="utf-8")
        if not _try_lock(handle):
            handle.close()
            raise DatabaseInUse(self.path, read_owner(self.path))
        # We hold it: whatever the file says is a stale owner (a dead process).
        self.took_over_from = read_owner(self.path)
        owner = {
            "pid": os.getpid(),
            "hostname": socket.gethostname(),
            "started": datetime.now().isoformat(timespec="seconds"),
            "program": self.program,
        }
        handle.seek(0)
        handle.truncate()
        handle.write(json.dumps(owner, ensure_ascii=False))
        handle.flush()
        os.fsync(handle.fileno())
        self._handle = handle

    def release(self) -> None:
        if self._handle is None:
            return
        handle, self._handle = self._handle, None
        try:
            handle.seek(0)
            handle.truncate()
            handle.flush()
            _unlock(handle)
        finally:
            handle.close()

    def __enter__(self) -> InstanceLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
