"""Opening, checking, backing up and restoring the database: the storage layer for callers.

The UI and the CLI never import ``app.storage``; they come through here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.engine import URL
from sqlalchemy.orm import configure_mappers

from app.services import failures, lengths
from app.services.audit import trail as audit_trail
from app.services.search import index as search_index
from app.storage import admission, identity, migrate
from app.storage import backup as _backup
from app.storage.atomic import FileNotWritten, WriteProblem, write_problem
from app.storage.backup import BackupError, BackupInfo, BackupProblem, BackupRefused
from app.storage.database import (
    Database,
    DatabaseDamaged,
    DatabaseRefused,
    SessionHooks,
    WriteRefused,
    migrate_with_backup,
)
from app.storage.database import open_database as _open_storage
from app.storage.engine import make_engine, sqlite_path, to_url
from app.storage.integrity import forget_checksum, journal_mode_of, quick_check
from app.storage.lock import DatabaseInUse, InstanceLock, LockOwner
from app.storage.paths import (
    create_private_file,
    default_database_path,
    ensure_private_dir,
    user_data_dir,
)
from app.storage.refusals import RESTORABLE, USABLE_ANYWAY, Refusal

__all__ = [
    "RESTORABLE",
    "USABLE_ANYWAY",
    "BackupError",
    "BackupInfo",
    "BackupProblem",
    "BackupRefused",
    "Database",
    "DatabaseDamaged",
    "DatabaseInUse",
    "DatabaseRefused",
    "FileNotWritten",
    "HealthReport",
    "LockOwner",
    "NotSupportedHere",
    "Refusal",
    "WriteProblem",
    "WriteRefused",
    "backup_database",
    "backup_on_close",
    "check_database",
    "daily_backup_due",
    "default_database_path",
    "is_default_target",
    "last_saved_at",
    "list_backups",
    "log_file",
    "make_daily_backup",
    "open_database",
    "path_problem",
    "prepare_mappers",
    "resolve_target",
    "restore_database",
    "restore_open_database",
    "schema_revision",
    "write_problem",
]


# What every session of every database opened here runs when it flushes: the lengths
# of texts, the approval lock and the audit trail, then the search index.
# A transaction that fails in the database raises ``NotSaved`` (failures.not_saved).
SESSION_HOOKS = SessionHooks(
    before_flush=(lengths.before_flush, audit_trail.before_flush),
    after_flush=(search_index.after_flush,),
    write_failed=failures.not_saved,
)


def prepare_mappers() -> None:
    """Finish setting up the ORM now (else the first query does it): the GUI calls this
    while its database is still being checked on another thread."""
    configure_mappers()


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
    backup_keep: int = _backup.DEFAULT_KEEP,
) -> Database:
    """Open the database (see :func:`app.storage.database.open_database` for the flags),
    search index built.

    Its sessions run the :data:`SESSION_HOOKS` (approval lock, audit trail, search index):
    every write of the app, the CLI, the sample data and the tools goes through here.
    Raises :class:`DatabaseRefused` (a :class:`Refusal` code) and :class:`DatabaseInUse`.
    """
    database = _open_storage(
        path_or_url,
        create=create,
        read_only=read_only,
        accept_changes=accept_changes,
        replace_empty=replace_empty,
        take_lock=take_lock,
        run_migrations=run_migrations,
        daily_backup=daily_backup,
        backup_keep=backup_keep,
        session_hooks=SESSION_HOOKS,
    )
    if run_migrations and not read_only:
        try:
            search_index.ensure_built(database)
        except BaseException:
            database.close()
            raise
    return database


class NotSupportedHere(Exception):
    """The operation needs a SQLite file (e.g. a backup of a PostgreSQL server)."""


@dataclass(frozen=True, slots=True)
class HealthReport:
    """What ``jimukyoku check`` prints."""

    location: str
    revision: str | None
    head: str
    reason: Refusal | None  # why the app would not open it; None: it would
    problems: tuple[str, ...]  # SQLite's own words, for a rescuer
    newest_backup: BackupInfo | None
    pragmas: dict[str, object]  # what the file says of itself (journal mode, stamp)
    written_by: str | None = None  # the version that made a newer file, if it said so

    @property
    def integrity_ok(self) -> bool:
        """No damage found (the file may still be refused: newer, another program's …)."""
        return self.reason not in RESTORABLE

    @property
    def healthy(self) -> bool:
        return self.reason is None and self.revision == self.head


def resolve_target(explicit: str | None, environment: str | None) -> str:
    """``--db`` beats ``JIMUKYOKU_DATABASE_URL`` beats the default file in the user data folder."""
    return explicit or environment or str(default_database_path())


def is_default_target(target: str) -> bool:
    """The default file in the user data folder: created on first start without asking."""
    path = sqlite_path(to_url(target))
    return path is not None and path == default_database_path().resolve()


def path_problem(target: str) -> Refusal | None:
    """``MISSING``, ``NOT_A_FILE`` or ``UNREADABLE`` for a database file path; ``None``
    for a file that can be read, and for a server URL (the server says)."""
    path = sqlite_path(to_url(target))
    return admission.path_problem(path) if path is not None else None


def check_database(target: str) -> HealthReport:
    """Check a database without locking it (it may be open in the GUI) and without
    writing a byte of it (every connection is read-only)."""
    url = to_url(target)
    path = sqlite_path(url)
    head = migrate.head_revision()
    if path is None:
        return _check_server(url, head)
    location = str(path)
    verdict = admission.examine(path, thorough=True)
    newest = _backup.newest_good_backup(path) if path.parent.is_dir() else None
    facts: dict[str, object] = {}
    if verdict.identity is not None:
        facts = {
            "journal_mode": journal_mode_of(path),
            "application_id": verdict.identity.application_id,
            "user_version": verdict.identity.user_version,
        }
    revision = verdict.identity.revision if verdict.identity is not None else None
    return HealthReport(
        location,
        revision,
        head,
        verdict.reason,
        verdict.details,
        newest,
        facts,
        verdict.written_by,
    )


def _check_server(url: URL, head: str) -> HealthReport:
    location = url.render_as_string(hide_password=True)
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            found = identity.read_server_identity(conn)
    finally:
        engine.dispose()
    return HealthReport(location, found.revision, head, identity.judge(found), (), None, {})


def schema_revision(database: Database) -> str | None:
    return migrate.current_revision(database.engine)


def last_saved_at(database: Database) -> datetime | None:
    """When data was last written: this session's last commit, else the file's mtime."""
    if database.last_saved_at is not None:
        return database.last_saved_at
    if database.path is None or not database.path.exists():
        return None
    files = [database.path, database.path.with_name(database.path.name + "-wal")]
    newest = max(f.stat().st_mtime for f in files if f.exists())
    return datetime.fromtimestamp(newest, UTC)


def _require_file(database: Database) -> Path:
    if database.path is None:
        raise NotSupportedHere("backups are made by the database server (pg_dump) for PostgreSQL")
    return database.path


def backup_database(database: Database, target: Path | None = None) -> Path:
    """A verified copy of the open database (into ``backups/`` unless ``target`` is given)."""
    return _backup.make_backup(_require_file(database), reason="manual", target=target)


def daily_backup_due(database: Database) -> bool:
    """The GUI opens without the daily backup, then makes it in the background if due."""
    return database.path is not None and _backup.daily_backup_due(database.path)


def make_daily_backup(database: Database, keep: int = _backup.DEFAULT_KEEP) -> Path | None:
    """Today's verified backup, unless one exists (safe while the app writes: the copy
    is a consistent snapshot)."""
    made = _backup.ensure_daily_backup(_require_file(database), keep)
    if made is not None:
        database.backups_made.append(made)
    return made


def backup_on_close(database: Database, keep: int = _backup.DEFAULT_KEEP) -> Path | None:
    """The end-of-session backup (only when this session saved something)."""
    return database.backup_if_changed(keep)


def log_file() -> Path:
    """The app's log (errors and their tracebacks): ``logs/jimukyoku.log`` in the user data
    folder, created readable by the owner only."""
    folder = user_data_dir() / "logs"
    ensure_private_dir(folder)
    path = folder / "jimukyoku.log"
    create_private_file(path)
    return path


def list_backups(database: Database) -> list[BackupInfo]:
    if database.path is None:
        return []
    return _backup.list_backups(database.path)


def restore_database(target: str, backup_file: Path) -> Path | None:
    """Replace a database that is not open anywhere by a backup (CLI ``restore``, and the
    GUI's start-up offer). A missing database file is made from the backup.

    Raises :class:`DatabaseInUse` if another process has it open and
    :class:`BackupRefused` if the backup is damaged, another program's or newer.
    """
    path = sqlite_path(to_url(target))
    if path is None:
        raise NotSupportedHere("restore a PostgreSQL database with the server's own tools")
    _backup.verify_for_restore(backup_file)  # before the lock file is made beside it
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    with InstanceLock(path):
        return _backup.restore(backup_file, path)


def restore_open_database(database: Database, backup_file: Path) -> Path | None:
    """Restore into the database this process has open (GUI ``復元``), keeping our lock.

    The restored file then goes through the start-up checks: ``quick_check``, and a
    migration (with its own backup first) if the backup is from an older version.
    """
    path = _require_file(database)
    _backup.verify_for_restore(backup_file)
    with database.checkpoints_paused():
        database.engine.dispose()  # services hold no session between calls: all pooled
        kept = _backup.restore(backup_file, path)
    forget_checksum(path)  # open again for writing
    checked = quick_check(path)
    if not checked.ok:
        raise BackupError(BackupProblem.RESTORED_DAMAGED, checked.summary())
    migrate_with_backup(database)
    identity.stamp_if_needed(database.engine)
    return kept
