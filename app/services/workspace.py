"""Opening, checking, backing up and restoring the database: the storage layer for callers.

The UI and the CLI never import ``app.storage``; they come through here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.orm import configure_mappers

from app.services.audit import trail as audit_trail
from app.services.search import index as search_index
from app.storage import backup as _backup
from app.storage import migrate
from app.storage.atomic import FileNotWritten, WriteProblem, write_problem
from app.storage.backup import BackupError, BackupInfo
from app.storage.database import (
    Database,
    DatabaseDamaged,
    SessionHooks,
    migrate_with_backup,
)
from app.storage.database import open_database as _open_storage
from app.storage.engine import is_sqlite, make_engine, pragma_values, sqlite_path, to_url
from app.storage.integrity import (
    CheckResult,
    checksum_problem,
    forget_checksum,
    integrity_check,
    quick_check,
)
from app.storage.lock import DatabaseInUse, InstanceLock, LockOwner
from app.storage.paths import default_database_path

__all__ = [
    "BackupError",
    "BackupInfo",
    "Database",
    "DatabaseDamaged",
    "DatabaseInUse",
    "FileNotWritten",
    "HealthReport",
    "LockOwner",
    "NotSupportedHere",
    "WriteProblem",
    "backup_database",
    "backup_on_close",
    "check_database",
    "daily_backup_due",
    "default_database_path",
    "last_saved_at",
    "list_backups",
    "make_daily_backup",
    "open_database",
    "prepare_mappers",
    "resolve_target",
    "restore_database",
    "restore_open_database",
    "schema_revision",
    "write_problem",
]


# What every session of every database opened here runs when it flushes: the approval
# lock and the audit trail, then the search index.
SESSION_HOOKS = SessionHooks(
    before_flush=(audit_trail.before_flush,), after_flush=(search_index.after_flush,)
)


def prepare_mappers() -> None:
    """Finish setting up the ORM now (else the first query does it): the GUI calls this
    while its database is still being checked on another thread."""
    configure_mappers()


def open_database(
    path_or_url: str | Path,
    *,
    take_lock: bool = True,
    run_migrations: bool = True,
    daily_backup: bool = True,
    backup_keep: int = _backup.DEFAULT_KEEP,
    must_exist: bool = False,
) -> Database:
    """Open the database (see :func:`app.storage.database.open_database`), search index built.

    Its sessions run the :data:`SESSION_HOOKS` (approval lock, audit trail, search index):
    every write of the app, the CLI, the sample data and the tools goes through here.
    """
    database = _open_storage(
        path_or_url,
        take_lock=take_lock,
        run_migrations=run_migrations,
        daily_backup=daily_backup,
        backup_keep=backup_keep,
        must_exist=must_exist,
        session_hooks=SESSION_HOOKS,
    )
    if run_migrations:
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
    integrity_ok: bool
    problems: tuple[str, ...]
    newest_backup: BackupInfo | None
    pragmas: dict[str, object]

    @property
    def healthy(self) -> bool:
        return self.integrity_ok and self.revision == self.head


def resolve_target(explicit: str | None, environment: str | None) -> str:
    """``--db`` beats ``JIMUKYOKU_DATABASE_URL`` beats the default file in the user data folder."""
    return explicit or environment or str(default_database_path())


def check_database(target: str) -> HealthReport:
    """Check a database without locking it (it may be open in the GUI)."""
    url = to_url(target)
    path = sqlite_path(url)
    location = str(path) if path else url.render_as_string(hide_password=True)
    if path is not None:
        if not path.exists():
            return HealthReport(
                location,
                None,
                migrate.head_revision(),
                False,
                ("the database file does not exist",),
                None,
                {},
            )
        result = integrity_check(path)
        changed = checksum_problem(path) if result.ok else None
        if changed is not None:
            result = CheckResult(ok=False, problems=(changed,))
        if not result.ok:
            return HealthReport(
                location,
                None,
                migrate.head_revision(),
                False,
                result.problems,
                _backup.newest_good_backup(path),
                {},
            )
    engine = make_engine(url)
    try:
        revision = migrate.current_revision(engine)
        pragmas = pragma_values(engine) if is_sqlite(url) else {}
    finally:
        engine.dispose()
    newest = _backup.newest_good_backup(path) if path is not None else None
    return HealthReport(location, revision, migrate.head_revision(), True, (), newest, pragmas)


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


def list_backups(database: Database) -> list[BackupInfo]:
    if database.path is None:
        return []
    return _backup.list_backups(database.path)


def restore_database(target: str, backup_file: Path) -> Path | None:
    """Replace a database that is not open anywhere by a backup (CLI ``restore``).

    Raises :class:`DatabaseInUse` if another process has it open.
    """
    path = sqlite_path(to_url(target))
    if path is None:
        raise NotSupportedHere("restore a PostgreSQL database with the server's own tools")
    with InstanceLock(path):
        return _backup.restore(backup_file, path)


def restore_open_database(database: Database, backup_file: Path) -> Path | None:
    """Restore into the database this process has open (GUI ``復元``), keeping our lock.

    The restored file then goes through the start-up checks: ``quick_check``, and a
    migration (with its own backup first) if the backup is from an older version.
    """
    path = _require_file(database)
    with database.checkpoints_paused():
        database.engine.dispose()  # services hold no session between calls: all pooled
        kept = _backup.restore(backup_file, path)
    forget_checksum(path)  # open again for writing
    checked = quick_check(path)
    if not checked.ok:
        raise BackupError(f"the restored file failed its check: {checked.summary()}")
    migrate_with_backup(database)
    return kept
