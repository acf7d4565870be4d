"""Where the app keeps its files: always under platformdirs, never a hard-coded path."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import platformdirs

from app import APP_NAME
from app.storage.atomic import remove_leftovers

DEFAULT_DB_NAME = "jimukyoku.sqlite3"


def user_data_dir() -> Path:
    """The per-user data folder (created owner-only on first use)."""
    override = os.environ.get("JIMUKYOKU_DATA_DIR")
    path = (
        Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    )
    ensure_private_dir(path)
    return path


def default_database_path() -> Path:
    return user_data_dir() / DEFAULT_DB_NAME


def backups_dir_for(db_path: Path) -> Path:
    """Backups live beside the database they protect, in ``backups/``."""
    return db_path.parent / "backups"


def attachments_dir_for(db_path: Path) -> Path:
    return db_path.parent / "attachments"


def ensure_private_dir(path: Path) -> None:
    """Create ``path`` (and parents) readable by the owner only on POSIX. A file where
    the folder should be is "not a folder" (ENOTDIR), not "the name is taken"."""
    try:
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
    except FileExistsError as error:
        raise NotADirectoryError(errno.ENOTDIR, "not a folder", str(error.filename)) from error


def create_private_file(path: Path) -> None:
    """Create an empty file with mode 0600 unless it exists (personal data, 個人情報)."""
    if path.exists():
        return
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600)
    os.close(fd)


def remove_leftovers_beside(db_path: Path) -> list[Path]:
    """Delete the temporary files killed writes left beside the database, in its
    ``backups/`` and in its ``attachments/`` (only our own names; see ``atomic``)."""
    removed: list[Path] = []
    for folder in (db_path.parent, backups_dir_for(db_path), attachments_dir_for(db_path)):
        removed += remove_leftovers(folder)
    return removed
