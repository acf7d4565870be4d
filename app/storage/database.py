"""Open a database the safe way: lock, check, back up, migrate, check again if migrated.

This is the start-up sequence of ``design/RELIABILITY.md``; the GUI and every CLI
command that touches data go through :func:`open_database`.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine, event
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session, UOWTransaction, sessionmaker

from app.storage import admission, backup, identity, migrate
from app.storage.checkpoint import Checkpointer, checkpoint
from app.storage.engine import make_engine, make_read_only_engine, sqlite_path, to_url
from app.storage.integrity import forget_checksum, quick_check, record_checksum
from app.storage.lock import InstanceLock
from app.storage.paths import create_private_file, ensure_private_dir, remove_leftovers_beside
from app.storage.refusals import RESTORABLE, Refusal


class DatabaseRefused(Exception):
    """The database was not opened: ``reason`` says why, as a code (``app.texts`` words it).

    ``details`` are SQLite's own words, for a rescuer; ``newest_backup`` the newest good
    backup when a restore would help; ``written_by`` the app version that made a newer file.
    """

    def __init__(
        self,
        location: str,
        reason: Refusal,
        *,
        path: Path | None = None,
        details: tuple[str, ...] = (),
        newest_backup: backup.BackupInfo | None = None,
        written_by: str | None = None,
    ) -> None:
        self.location = location
        self.reason = reason
        self.path = path
        self.details = details
        self.newest_backup = newest_backup
        self.written_by = written_by
        super().__init__(f"{reason.value}: {location}" + (f": {details[0]}" if details else ""))

    @property
    def problems(self) -> tuple[str, ...]:
        return self.details


class DatabaseDamaged(DatabaseRefused):
    """The file is damaged (or empty, or changed outside the app): a backup can repair it."""


class WriteRefused(Exception):
    """A write was asked of a database opened read-only; nothing was written."""

    reason = Refusal.OPENED_READ_ONLY


def refused(
    path: Path, reason: Refusal, details: tuple[str, ...] = (), written_by: str | None = None
) -> DatabaseRefused:
    """The exception for ``reason`` at ``path``, naming the newest good backup when a
    restore would repair the file."""
    if reason in RESTORABLE:
        newest = backup.newest_good_backup(path)
        return DatabaseDamaged(str(path), reason, path=path, details=details, newest_backup=newest)
    return DatabaseRefused(str(path), reason, path=path, details=details, written_by=written_by)


ACTOR = "actor"  # session.info key: who writes (the audit trail's signature); None: the OS user

BeforeFlush = Callable[[Session, UOWTransaction, object], None]
AfterFlush = Callable[[Session, UOWTransaction], None]
WriteFailed = Callable[[Exception], Exception | None]  # the error to raise instead, or None


@dataclass(frozen=True, slots=True)
class SessionHooks:
    """What every session of one database runs when it flushes.

    The services hand them in (the approval lock and audit trail, the search index):
    storage knows nothing of either. They go on this database's own session factory,
    never on SQLAlchemy's ``Session`` class, so no other session in the process runs them.
    """

    before_flush: tuple[BeforeFlush, ...] = ()
    after_flush: tuple[AfterFlush, ...] = ()
    # What a failed transaction raises instead of the driver's error: the services' one
    # "not saved" error, so that no SQLAlchemy exception reaches the UI.
    write_failed: WriteFailed | None = None


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
    read_only: bool = False  # nothing is written: no lock, no migration, every write refused
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

        Reads use :meth:`session`; every committed transaction counts as a save. A
        database opened read-only refuses with :class:`WriteRefused` before SQLite would;
        any other error is raised as the hooks' ``write_failed`` turns it, if they do.
        """
        if self.read_only:
            raise WriteRefused(self.display_location)
        try:
            with self.session() as session, session.begin():
                yield session
        except Exception as error:
            translate = self.session_hooks.write_failed
            instead = translate(error) if translate is not None else None
            if instead is None:
                raise
            raise instead from error
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
        if self.path is None or self.last_saved_at is None or self.read_only:
            return None
        made = backup.make_backup(self.path, reason="session")
        backup.rotate(self.path, keep)
        self.backups_made.append(made)
        return made

    def start_checkpoints(self, **timing: float) -> None:
        """Checkpoint the WAL from a thread of its own from now on (SQLite files only);
        ``timing``: :class:`Checkpointer`'s ``interval`` and ``quiet`` seconds."""
        if self.path is not None and self.checkpointer is None and not self.read_only:
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
    create: bool = True,
    read_only: bool = False,
    accept_changes: bool = False,
    replace_empty: bool = False,
    take_lock: bool = True,
    run_migrations: bool = True,
    daily_backup: bool = True,
    backup_keep: int = backup.DEFAULT_KEEP,
    session_hooks: SessionHooks = NO_HOOKS,
) -> Database:
    """Open the database at a file path or SQLAlchemy URL, if it is ours and sound.

    ``create``: make a new database when nothing is at the path (the entry points decide:
    the GUI asks first, the CLI only for commands that fill a database). ``read_only``:
    no lock, no migration, no write of any kind (a second window, a read-only file).
    ``accept_changes``: the user chose to use a file that changed outside the app.
    ``replace_empty``: the user chose to start a new database in place of an empty file.
    ``session_hooks``: run by every session of this database (see :class:`SessionHooks`).

    Raises :class:`DatabaseRefused` (:class:`DatabaseDamaged` when a backup would repair
    the file) naming the reason as a code, and :class:`app.storage.lock.DatabaseInUse`
    if another process has it; nothing is written to a refused file, and no lock kept.
    """
    url = to_url(path_or_url)
    path = sqlite_path(url)
    if path is None:
        return _open_server(url, read_only, run_migrations, session_hooks)
    created, lock, revision = _admit(
        path, create, read_only, accept_changes, replace_empty, take_lock and not read_only
    )
    if read_only and run_migrations and revision != migrate.head_revision():
        raise refused(path, Refusal.NEEDS_UPDATE)  # it cannot be brought up to date
    engine = make_read_only_engine(path) if read_only else make_engine(url)
    database = Database(
        url=url,
        engine=engine,
        path=path,
        lock=lock,
        session_hooks=session_hooks,
        read_only=read_only,
    )
    if read_only:
        return database
    try:
        migrated = run_migrations and migrate_with_backup(database, backup_keep)
        if run_migrations:
            identity.stamp_if_needed(engine)  # a database of ours from before the stamp
        if daily_backup and not created:
            made = backup.ensure_daily_backup(path, backup_keep)
            if made is not None:
                database.backups_made.append(made)
        if migrated:
            # The file checked at the top is unchanged unless a migration rewrote it.
            checked = quick_check(path)
            if not checked.ok:
                raise refused(path, Refusal.DAMAGED, checked.problems)
        database.opened_healthy = True
        database.start_checkpoints()
    except BaseException:
        database.close()
        raise
    return database


def _admit(
    path: Path,
    create: bool,
    read_only: bool,
    accept_changes: bool,
    replace_empty: bool,
    take_lock: bool,
) -> tuple[bool, InstanceLock | None, str | None]:
    """The checks before any connection may write: (created now, the lock held, the
    schema revision found)."""
    problem = admission.path_problem(path)
    if problem is Refusal.MISSING and (read_only or not create):
        raise refused(path, Refusal.MISSING)
    if problem is not None and problem is not Refusal.MISSING:
        raise refused(path, problem)
    if problem is None and not read_only and not admission.writable(path):
        raise refused(path, Refusal.READ_ONLY)
    lock: InstanceLock | None = None
    if not read_only:
        ensure_private_dir(path.parent)
        if take_lock:
            lock = InstanceLock(path)
            lock.acquire()
    try:
        created = False
        if not path.exists():  # (looked at again under the lock: another start made it?)
            _create(path)
            created = True
        verdict = admission.examine(path, accept_changes=accept_changes)
        if verdict.reason is Refusal.EMPTY and replace_empty and not read_only:
            _create(path)
            created = True
            verdict = admission.examine(path)
        if not verdict.ok:
            assert verdict.reason is not None
            raise refused(path, verdict.reason, verdict.details, written_by=verdict.written_by)
        if lock is not None:
            forget_checksum(path)  # from now on the file changes: its checksum is stale
            remove_leftovers_beside(path)  # half-written backups etc. of a killed run
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    return created, lock, verdict.identity.revision if verdict.identity else None


def _create(path: Path) -> None:
    """A new database at ``path``, made whole in a staging file beside it, then renamed:
    a crash leaves the old state (nothing, or the empty file), never a half-made one."""
    staging = path.with_name(path.name + ".new")
    for leftover in (staging, *(staging.with_name(staging.name + s) for s in ("-wal", "-shm"))):
        leftover.unlink(missing_ok=True)  # a creation interrupted before
    create_private_file(staging)
    engine = make_engine(to_url(staging))
    try:
        migrate.upgrade(engine)
        identity.stamp_if_needed(engine)
    finally:
        engine.dispose()  # the last connection checkpoints the log and removes it
    _fsync(staging)
    os.replace(staging, path)
    _fsync(path.parent)


def _fsync(path: Path) -> None:
    if os.name == "nt" and path.is_dir():
        return  # Windows cannot open a folder to sync it; its rename is durable already
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _open_server(
    url: URL, read_only: bool, run_migrations: bool, session_hooks: SessionHooks
) -> Database:
    """A database on a server (PostgreSQL): refused if it is another program's or newer;
    an empty one is given our schema (the server's admin created it for us)."""
    engine = make_engine(url)
    if read_only:
        engine = engine.execution_options(postgresql_readonly=True)
    location = url.render_as_string(hide_password=True)
    try:
        with engine.connect() as conn:
            found = identity.read_server_identity(conn)
        reason = identity.judge(found)
        if reason is not None and not (reason is Refusal.EMPTY and not read_only):
            raise DatabaseRefused(location, reason)
    except BaseException:
        engine.dispose()
        raise
    database = Database(
        url=url,
        engine=engine,
        path=None,
        lock=None,
        session_hooks=session_hooks,
        read_only=read_only,
    )
    if run_migrations and not read_only:
        try:
            migrate_with_backup(database)
        except BaseException:
            database.close()
            raise
    database.opened_healthy = not read_only
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
