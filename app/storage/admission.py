"""Whether a SQLite file may be used: one judgement for start-up, ``check`` and restore.

Nothing here writes: every connection is read-only (``immutable`` when nobody has the
file open), so inspecting a file never changes a byte of it. The order is that of the
harm: a path that is no file, an empty or non-SQLite file, damage SQLite sees, commits
SQLite would skip, changes since the last clean close, and last whose database it is.
"""

from __future__ import annotations

import os
import sqlite3
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from app.storage.identity import Identity, judge, read_file_identity
from app.storage.integrity import (
    checksum_problem,
    header_problem,
    integrity_check,
    quick_check,
    wal_problem,
)
from app.storage.refusals import Refusal


@dataclass(frozen=True, slots=True)
class Verdict:
    """``reason`` is ``None`` when the file may be opened; ``details`` are SQLite's own
    words (technical, for the curious and for a rescuer), never the message itself."""

    reason: Refusal | None
    details: tuple[str, ...] = ()
    identity: Identity | None = None

    @property
    def ok(self) -> bool:
        return self.reason is None

    @property
    def written_by(self) -> str | None:
        return self.identity.written_by if self.identity is not None else None


def path_problem(path: Path) -> Refusal | None:
    """What is wrong with the path itself (before anything reads the file)."""
    if path.is_dir() or (path.exists() and not path.is_file()):
        return Refusal.NOT_A_FILE
    if not path.exists():
        return Refusal.MISSING
    if not os.access(path, os.R_OK):
        return Refusal.UNREADABLE
    return None


def writable(path: Path) -> bool:
    """The file and its folder can be written (the log, the lock and backups live there)."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def examine(path: Path, *, thorough: bool = False, accept_changes: bool = False) -> Verdict:
    """Judge the file at ``path`` without writing to it.

    ``thorough``: ``integrity_check`` and every row read (``check``, backups), else
    ``quick_check`` (start-up). ``accept_changes``: the user has seen that the file
    changed outside the app (or that its log is unreadable) and chose to use it anyway.
    """
    problem = path_problem(path)
    if problem is not None:
        return Verdict(problem)
    try:
        problem = header_problem(path)
    except OSError as error:
        return Verdict(Refusal.UNREADABLE, (str(error),))
    if problem is not None:
        return Verdict(problem)
    # The structure check runs inside SQLite and the hash inside hashlib, both without
    # the GIL: side by side, hashing the whole file costs start-up next to nothing.
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="checksum") as pool:
        changed = None if accept_changes else pool.submit(checksum_problem, path)
        structure = integrity_check(path) if thorough else quick_check(path)
        change = changed.result() if changed is not None else None
    if not structure.ok:
        return Verdict(Refusal.DAMAGED, structure.problems)
    if not accept_changes:
        log = wal_problem(path)
        if log is not None:
            return Verdict(Refusal.LOG_UNREADABLE, (log,))
        if change is not None:
            return Verdict(Refusal.CHANGED_OUTSIDE, (change,))
    try:
        identity = read_file_identity(path)
    except sqlite3.Error as error:
        return Verdict(Refusal.DAMAGED, (str(error),))
    return Verdict(judge(identity), (), identity)
