"""Open a database the safe way: lock, check, back up, migrate, check again if migrated.

This is the start-up sequence of ``design/RELIABILITY.md``; the GUI and every CLI
command that touches data go through :func:`open_database`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine, event
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session, UOWTransaction, sessionmaker

from app.storage import backup, migrate
from app.storage.checkpoint import Checkpointer, checkpoint
from app.storage.engine import make_engine, sqlite_path, to_url
from app.storage.integrity import (
    CheckResult,
    checksum_problem,
    forget_checksum,
    quick_check,
    record_checksum,
)
from app.storage.lock import InstanceLock
from app.storage.paths import create_private_file, ensure_private_dir, remove_leftovers_beside


class DatabaseDamaged(Exception):
    """``quick_check`` failed: the file must not be used until restored."""

    def __init__(
        self, path: Path, problems: tuple[str, ...], newest_backup: backup.BackupInfo | None
    ) -> None:
        self.path = path
        self.problems = problems
        self.newest_backup = newest_backup
        super().__init__(f"database file is damaged: {path}: {'; '.join(problems)}")


ACTOR = "actor"  # session.info key: who writes (the audit trail's signature); None: the OS user

BeforeFlush = Callable[[Session, UOWTransaction, object], None]
AfterFlush = Callable[[Session, UOWTransaction], None]


@dataclass(frozen=True, slots=True)
class SessionHooks:
    """What every session of one database runs when it flushes.

    The services hand them in (the approval lock and audit trail, the search index):
    storage knows nothing of either. They go on this database's own session factory,
    never on SQLAlchemy's ``Session`` class, so no other session in the process runs them.
    """

    before_flush: tuple[BeforeFlush, ...] = ()
    after_flush: tuple[AfterFlush, ...] = ()


NO_HOOKS = SessionHooks()


@dataclass
class Database:
    """An open database: engine, session factory and (for SQLite) its file and lock."""

    url: URL
    engine: Engine
    path: Path | None
    lock: InstanceLock | None
    session_hooks: SessionHooks = NO_HOOKS
    actor: str | None = None  # every session gets it as ``info[ACTOR]``
    backups_made: list[Path] = field(default_factory=list)
    last_saved_at: datetime | None = None
    opened_healthy: bool = False  # only then does a clean close record a checksum
    _sessions: sessionmaker[Session] = field(init=False, repr=False)
    _save_listeners: list[Callable[[datetime], None]] = field(default_factory=list)
    checkpointer: Checkpointer | None = None  # SQLite files: the WAL checkpoint thread

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        for hook in self.session_hooks.before_flush:
            event.listen(self._sessions, "before_flush", hook)
        for after in self.session_hooks.after_flush:
            event.listen(self._sessions, "after_flush", after)

    @property
    def display_location(self) -> str:
        """Where the data is, for the status bar (never shows a password)."""
        if self.path is not None:
            return str(self.path)
        return self.url.render_as_string(hide_password=True)

    def session(self) -> Session:
        """A session of this database: its hooks installed, ``info[ACTOR]`` the actor."""
        return self._sessions(info={ACTOR: self.actor})

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One short write: commits on success (durable on return), rolls back on error.

        Reads use :meth:`session`; every committed transaction counts as a save.
        """
        with self.session() as session, session.begin():
            yield session
        self._saved()

    def add_save_listener(self, listener: Callable[[datetime], None]) -> None:
        """Call ``listener(saved_at)`` after every committed transaction (status bar)."""
        self._save_listeners.append(listener)

    def _saved(self) -> None:
        if self.checkpointer is not None:
            self.checkpointer.wrote()
        self.last_saved_at = datetime.now(UTC)
        for listener in list(self._save_listeners):
            listener(self.last_saved_at)

    def backup_if_changed(self, keep: int = backup.DEFAULT_KEEP) -> Path | None:
        """On a clean close: back up what this session wrote, so a day's work is never
        only in the live file. Nothing to do when nothing was saved (or for PostgreSQL)."""
        if self.path is None or self.last_saved_at is None:
            return None
        made = backup.make_backup(self.path, reason="session")
        backup.rotate(self.path, keep)
        self.backups_made.append(made)
        return made

    def start_checkpoints(self, **timing: float) -> None:
        """Checkpoint the WAL from a thread of its own from now on (SQLite files only);
        ``timing``: :class:`Checkpointer`'s ``interval`` and ``quiet`` seconds."""
        if self.path is not None and self.checkpointer is None:
            self.checkpointer = Checkpointer(self.path, **timing)
            self.checkpointer.start()

    @contextmanager
    def checkpoints_paused(self) -> Iterator[None]:
        """No WAL checkpoint runs inside this block (the file is being replaced)."""
        if self.checkpointer is None:
            yield
            return
        with self.checkpointer.paused():
            yield

    def close(self) -> None:
        if self.checkpointer is not None:
            self.checkpointer.stop()
            self.checkpointer = None
        if self.path is not None and self.opened_healthy:
            # Everything into the database file and an empty log; the last connection
            # (engine.dispose) then removes the WAL.
            checkpoint(self.path, "TRUNCATE")
        self.engine.dispose()
        if self.lock is not None:
            if self.path is not None and self.opened_healthy:
                record_checksum(self.path)
            self.lock.release()


def open_database(
    path_or_url: str | Path,
    *,
    take_lock: bool = True,
    run_migrations: bool = True,
    daily_backup: bool = True,
    backup_keep: int = backup.DEFAULT_KEEP,
    must_exist: bool = False,
    session_hooks: SessionHooks = NO_HOOKS,
) -> Database:
    """Open (creating if needed) the database at a file path or SQLAlchemy URL.

    ``session_hooks``: run by every session of this database (see :class:`SessionHooks`).

    Raises :class:`app.storage.lock.DatabaseInUse` if another process has it and
    :class:`DatabaseDamaged` if the file fails ``quick_check`` (the lock is then
    released again so a restore can take it).
    """
    url = to_url(path_or_url)
    path = sqlite_path(url)
    lock: InstanceLock | None = None
    if path is not None:
        if must_exist and not path.is_file():
            raise FileNotFoundError(f"no database file at {path}")
        ensure_private_dir(path.parent)
        create_private_file(path)
        if take_lock:
            lock = InstanceLock(path)
            lock.acquire()
        checked = quick_check(path)
        changed = checksum_problem(path, thorough=False) if checked.ok else None
        if changed is not None:
            checked = CheckResult(ok=False, problems=(changed,))
        if not checked.ok:
            if lock is not None:
                lock.release()
            raise DatabaseDamaged(path, checked.problems, backup.newest_good_backup(path))
        if lock is not None:
            forget_checksum(path)  # from now on the file changes: its checksum is stale
            remove_leftovers_beside(path)  # half-written backups etc. of a killed run
    engine = make_engine(url)
    database = Database(url=url, engine=engine, path=path, lock=lock, session_hooks=session_hooks)
    try:
        brand_new = migrate.current_revision(engine) is None
        migrated = run_migrations and migrate_with_backup(database, backup_keep)
        if path is not None and daily_backup and not brand_new:
            made = backup.ensure_daily_backup(path, backup_keep)
            if made is not None:
                database.backups_made.append(made)
        if path is not None and migrated:
            # The file checked at the top is unchanged unless a migration rewrote it.
            checked = quick_check(path)
            if not checked.ok:
                raise DatabaseDamaged(path, checked.problems, backup.newest_good_backup(path))
        database.opened_healthy = True
        database.start_checkpoints()
    except BaseException:
        database.close()
        raise
    return database


def migrate_with_backup(database: Database, backup_keep: int = backup.DEFAULT_KEEP) -> bool:
    """Bring the schema to head, backing up an existing database first; ``True`` if it
    was not at head."""
    current = migrate.current_revision(database.engine)
    if current == migrate.head_revision():
        return False
    if database.path is not None and current is not None:
        # An existing database about to change shape: keep a copy of it first.
        made = backup.make_backup(database.path, reason="pre-migration")
        database.backups_made.append(made)
        backup.rotate(database.path, backup_keep)
    migrate.upgrade(database.engine)
    if database.path is not None:
        # The new shape into the file now, and the log it went through truncated: no
        # commit checkpoints it (engine.py), and it would keep its size until the close.
        checkpoint(database.path, "TRUNCATE")
    return True
