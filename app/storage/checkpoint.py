"""Checkpoints of the write-ahead log, run off the thread that commits.

The app's connections never checkpoint on their own (``wal_autocheckpoint=0``, see
engine.py): SQLite's automatic checkpoint runs inside the commit that takes the log past
1,000 pages, so every ~45th remark would wait while pages are copied into the database
file and synced. Instead a :class:`Checkpointer` thread, owned by the open
:class:`~app.storage.database.Database`, copies the log from its own connection every
``interval`` seconds once writing has paused, so the log stays small however long the
app runs. A ``PASSIVE`` checkpoint never blocks a writer or a reader; each
commit is still synced to the log (``synchronous=FULL``) before it returns, so a
checkpoint moves durable data, it does not make data durable.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path

from app.storage.engine import BUSY_TIMEOUT_MS, open_raw_sqlite

INTERVAL_SECONDS = 30.0  # at least this often while something is written
QUIET_SECONDS = 1.0  # wait for a pause in writing this long (at most another interval)


@dataclass(frozen=True, slots=True)
class CheckpointResult:
    busy: bool  # another checkpoint ran, or (TRUNCATE) a reader or writer did not finish
    log_pages: int  # pages in the log (-1: not in WAL mode)
    copied_pages: int  # of which are now in the database file


def checkpoint(path: Path, mode: str = "PASSIVE") -> CheckpointResult:
    """Run ``PRAGMA wal_checkpoint(MODE)`` on the database file from a connection of its own."""
    if mode not in ("PASSIVE", "FULL", "RESTART", "TRUNCATE"):
        raise ValueError(f"not a checkpoint mode: {mode}")
    with closing(open_raw_sqlite(path)) as conn:
        conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        busy, log, copied = conn.execute(f"PRAGMA wal_checkpoint({mode})").fetchone()
    return CheckpointResult(bool(busy), log, copied)


class Checkpointer:
    """A daemon thread that checkpoints the log every ``interval``, when writing pauses."""

    def __init__(
        self,
        path: Path,
        *,
        interval: float | None = None,
        quiet: float | None = None,
    ) -> None:
        self.path = path
        self.interval = INTERVAL_SECONDS if interval is None else interval
        self.quiet = QUIET_SECONDS if quiet is None else quiet
        self.checkpoints = 0  # run so far (for tests and diagnostics)
        self.last_error: sqlite3.Error | None = None
        self._stopping = threading.Event()
        self._last_write = time.monotonic()
        self._running = threading.Lock()  # held while a checkpoint runs, or while paused
        self._thread = threading.Thread(target=self._loop, name="wal-checkpoint", daemon=True)

    def start(self) -> None:
        self._thread.start()

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def wrote(self) -> None:
        """A transaction was committed (called by the committing thread; cheap)."""
        self._last_write = time.monotonic()

    def stop(self) -> None:
        """Stop the thread (waits for a checkpoint in progress to finish)."""
        self._stopping.set()
        if self._thread.is_alive():
            self._thread.join()

    @contextmanager
    def paused(self) -> Iterator[None]:
        """No checkpoint runs inside this block (e.g. while the file is being replaced)."""
        with self._running:
            yield

    def run_once(self) -> CheckpointResult | None:
        """Checkpoint now (unless paused); errors are kept in ``last_error``, not raised:
        the log then simply stays longer until the next run or the clean close."""
        with self._running:
            try:
                result = checkpoint(self.path)
            except sqlite3.Error as exc:
                self.last_error = exc
                return None
            self.checkpoints += 1
            return result

    def _loop(self) -> None:
        # Every interval, not only after commits this object heard of: a migration or an
        # index rebuild writes through the engine directly. With nothing new in the log
        # a checkpoint copies and syncs nothing.
        while not self._stopping.wait(self.interval):
            self._wait_for_pause()
            if self._stopping.is_set():
                return
            self.run_once()

    def _wait_for_pause(self) -> None:
        deadline = time.monotonic() + self.interval
        while not self._stopping.is_set():
            now = time.monotonic()
            quiet_for = now - self._last_write
            if quiet_for >= self.quiet or now >= deadline:
                return
            self._stopping.wait(min(self.quiet - quiet_for, deadline - now))
