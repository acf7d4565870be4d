"""Backups with the SQLite online backup API, verified before they count, rotated, restorable."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from app.storage import admission, atomic
from app.storage.atomic import WriteProblem
from app.storage.engine import open_raw_sqlite
from app.storage.integrity import integrity_check, record_checksum
from app.storage.paths import backups_dir_for, create_private_file, ensure_private_dir
from app.storage.refusals import RESTORABLE, Refusal

DEFAULT_KEEP = 14
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})-(?P<reason>[a-z-]+)\.sqlite3$")
_STAMP = "%Y%m%d-%H%M%S"
AUTOMATIC_REASONS = frozenset({"daily", "session", "pre-migration", "before-restore"})


class BackupProblem(StrEnum):
    """Why a backup or restore was refused; ``app.texts`` words it (the values are stable)."""

    TARGET_EXISTS = "target_exists"  # the file chosen for the backup is already there
    COPY_FAILED = "copy_failed"  # the copy could not be written (its cause is chained)
    COPY_DAMAGED = "copy_damaged"  # the copy failed its integrity check and was removed
    BACKUP_DAMAGED = "backup_damaged"  # the backup chosen for a restore fails its check
    RESTORED_DAMAGED = "restored_damaged"  # the file just restored fails its check
    REFUSED = "refused"  # not a backup to restore: BackupRefused.reason says why


class BackupError(Exception):
    """A backup or restore could not be made; nothing was changed.

    ``problem`` says why, as a code, which ``app.texts`` words for the user;
    ``write_problem`` why a file could not be written (disk full, read-only …), when that
    is the reason; ``detail`` keeps the technical words (a path, the integrity check's
    messages) for the log.
    """

    def __init__(
        self, problem: BackupProblem, detail: str = "", write_problem: WriteProblem | None = None
    ) -> None:
        self.problem = problem
        self.detail = detail
        self.write_problem = write_problem
        super().__init__(f"{problem.value}: {detail}" if detail else problem.value)


class BackupRefused(BackupError):
    """The file offered as a backup is not one to restore: ``reason`` says why (a code:
    damaged, empty, another program's, made by a newer version …); nothing was changed."""

    def __init__(self, path: Path, reason: Refusal, details: tuple[str, ...] = ()) -> None:
        self.path = path
        self.reason = reason
        self.details = details
        self.written_by: str | None = None
        # Damage of any kind is a damaged backup; a newer or foreign file is not one to restore.
        problem = BackupProblem.BACKUP_DAMAGED if reason in RESTORABLE else BackupProblem.REFUSED
        super().__init__(problem, f"not restored: {reason.value}: {path}")


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    created: datetime
    reason: str
    size_bytes: int


def _copy_database(source: Path, target: Path) -> None:
    create_private_file(target)
    src = open_raw_sqlite(source, readonly=True)
    try:
        dst = open_raw_sqlite(target)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")  # a backup is one self-contained file
        finally:
            dst.close()
    finally:
        src.close()
    os.chmod(target, 0o600)


def make_backup(db_path: Path, *, reason: str = "manual", target: Path | None = None) -> Path:
    """Copy the live database (consistently, even while in use) and verify the copy.

    The copy is made under a temporary name and takes its backup name only once it has
    passed ``integrity_check``: a kill, a full disk or a bad copy never leaves a file
    that counts as a backup (:func:`daily_backup_due` looks at names). Returns the
    backup's path; raises :class:`BackupError` (``problem`` set when a write failed).
    An explicit ``target`` is never overwritten.
    """
    if target is None:
        folder = backups_dir_for(db_path)
        ensure_private_dir(folder)
        atomic.remove_leftovers(folder)  # what an earlier, killed backup left
        stamp = datetime.now().strftime(_STAMP)
        target = folder / f"{db_path.stem}-{stamp}-{reason}.sqlite3"
        counter = 1
        while target.exists():  # two backups in one second
            counter += 1
            target = folder / f"{db_path.stem}-{stamp}-{reason}-{counter}.sqlite3"
    elif target.exists():
        raise BackupError(BackupProblem.TARGET_EXISTS, str(target), WriteProblem.EXISTS)
    try:
        with atomic.replacing(target, overwrite=False) as temporary:
            _copy_database(db_path, temporary)
            result = integrity_check(temporary)
            if not result.ok:
                raise BackupError(BackupProblem.COPY_DAMAGED, result.summary())
    except BackupError:
        raise
    except Exception as exc:
        problem = atomic.write_problem(exc)
        raise BackupError(BackupProblem.COPY_FAILED, str(exc), problem) from exc
    return target


def list_backups(db_path: Path) -> list[BackupInfo]:
    """Backups of this database, newest first."""
    folder = backups_dir_for(db_path)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob("*.sqlite3"):
        match = _NAME.match(path.name)
        if not match or match["stem"] != db_path.stem:
            continue  # another database's backup in a shared folder
        reason = re.sub(r"-\d+$", "", match["reason"])
        found.append(
            BackupInfo(
                path=path,
                created=datetime.strptime(match["stamp"], _STAMP),
                reason=reason,
                size_bytes=path.stat().st_size,
            )
        )
    return sorted(found, key=lambda info: (info.created, info.path.name), reverse=True)


def newest_good_backup(db_path: Path) -> BackupInfo | None:
    """The newest backup that :func:`restore` would take: sound (``integrity_check``),
    ours and not from a newer version."""
    for info in list_backups(db_path):
        if admission.examine(info.path, thorough=True).ok:
            return info
    return None


def rotate(db_path: Path, keep: int = DEFAULT_KEEP) -> list[Path]:
    """Delete automatic backups beyond the newest ``keep``; manual ones are never deleted."""
    automatic = [info for info in list_backups(db_path) if info.reason in AUTOMATIC_REASONS]
    removed = [info.path for info in automatic[max(keep, 1) :]]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def daily_backup_due(db_path: Path) -> bool:
    """No backup of any kind was made today."""
    today = datetime.now().date()
    return not any(info.created.date() == today for info in list_backups(db_path))


def ensure_daily_backup(db_path: Path, keep: int = DEFAULT_KEEP) -> Path | None:
    """Make today's backup unless one exists; then rotate. Returns the new backup, if any."""
    if not daily_backup_due(db_path):
        return None
    made = make_backup(db_path, reason="daily")
    rotate(db_path, keep)
    return made


def verify_for_restore(backup: Path) -> None:
    """Raise :class:`BackupRefused` unless ``backup`` is a sound database of ours that this
    version can open (read without writing a byte of it)."""
    verdict = admission.examine(backup, thorough=True)
    if not verdict.ok:
        assert verdict.reason is not None
        refusal = BackupRefused(backup, verdict.reason, verdict.details)
        refusal.written_by = verdict.written_by
        raise refusal


def restore(backup: Path, db_path: Path) -> Path | None:
    """Replace the database by ``backup``; the caller must hold the database's lock.

    The backup is verified first (:func:`verify_for_restore`). The current file is kept:
    backed up when it is healthy, or moved aside as ``*.damaged-…`` when it is not.
    The restored file is left as the app leaves a file it closes: in WAL mode, with its
    checksum recorded, so the next start (and ``check``) take it as it is. Returns the
    kept copy of the previous file (``None`` when there was none).
    """
    verify_for_restore(backup)
    ensure_private_dir(db_path.parent)
    kept: Path | None = None
    if db_path.exists():
        try:
            kept = make_backup(db_path, reason="before-restore")
        except BackupError:
            stamp = datetime.now().strftime(_STAMP)
            kept = db_path.with_name(f"{db_path.name}.damaged-{stamp}")
            os.replace(db_path, kept)
            wal = db_path.with_name(db_path.name + "-wal")
            if wal.exists():  # keep the damaged file's journal with it, for a rescuer
                os.replace(wal, kept.with_name(kept.name + "-wal"))
    # staged under a temporary name: a kill leaves the database as it was and a leftover
    # that the next start removes, never a half-copied file under the database's name
    with atomic.replacing(db_path) as staging:
        _copy_database(backup, staging)
        _to_wal(staging)
        for suffix in ("-wal", "-shm"):  # the old file's journal must not meet the new file
            db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
    record_checksum(db_path)
    return kept


def _to_wal(path: Path) -> None:
    """Switch a closed copy to the app's journal mode now: switching later (at the next
    open) would rewrite its header after its checksum was recorded."""
    conn = open_raw_sqlite(path)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
    finally:
        conn.close()  # the last connection: the (empty) log is checkpointed and removed
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
