"""Write a file whole or not at all: a temporary name, fsync, rename, fsync the folder.

Every file the app writes (backups, documents, packages, exports, attachments) goes
through :func:`replacing` (or :func:`write_bytes`, :func:`opened`): the writer fills a
private temporary file in the destination's own folder (``.NAME.jimukyoku-1a2b3c4d.tmp``,
mode 0600), which is flushed to the disk and only then renamed over the final name. A
kill, a full disk or an error while writing leaves the final name as it was (absent, or
the old file) and, at worst, a temporary file that :func:`remove_leftovers` deletes at
the next start. A failed write raises :class:`FileNotWritten` (an ``OSError`` that keeps
its errno and names the final path); :func:`write_problem` turns any failure into a
:class:`WriteProblem` code for the texts.

While a temporary file is being written its writer holds an ``flock`` on it, so that a
clean-up in another process (a second window, the command line) skips it: only files
nobody holds are leftovers.
"""

from __future__ import annotations

import errno
import gc
import logging
import os
import re
import secrets
import shutil
import sqlite3
import stat
import sys
import traceback
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from enum import StrEnum
from pathlib import Path
from typing import IO, Any

try:  # POSIX; on Windows an open file cannot be deleted, which protects it as well
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

# under the app's logger ("jimukyoku"), which the GUI writes to its log file
_log = logging.getLogger("jimukyoku.storage")

PRIVATE_FILE = 0o600
_MARK = ".jimukyoku-"
_SUFFIX = ".tmp"
# The side files SQLite makes beside a database it writes (a backup being made).
_SQLITE_SIDE_FILES = ("-journal", "-wal", "-shm")
_TEMPORARY = re.compile(
    r"^\.(?P<name>.*)\.jimukyoku-[0-9a-f]{8}\.tmp(?P<side>-journal|-wal|-shm)?$", re.DOTALL
)
_NAME_MAX_BYTES = 255  # most file systems count a name's bytes
_TEMP_EXTRA_BYTES = len(".") + len(_MARK) + 8 + len(_SUFFIX) + len("-journal")


class WriteProblem(StrEnum):
    """Why a file (or the database) could not be written. Stable: logs keep them."""

    DISK_FULL = "disk_full"  # no space left (or a file size limit)
    READ_ONLY = "read_only"  # read-only file system, file or folder, or no permission
    EXISTS = "exists"  # the name is taken and must not be replaced
    NO_FOLDER = "no_folder"  # the folder to write into does not exist
    OTHER = "other"  # an I/O error, a damaged disk …


class FileNotWritten(OSError):
    """``filename`` was not written: it is as it was before (absent, or the old file).

    Keeps the errno of the failure that stopped the write; ``problem`` is its code.
    """

    @property
    def problem(self) -> WriteProblem:
        return write_problem(self)


_ERRNO_PROBLEMS = {
    errno.ENOSPC: WriteProblem.DISK_FULL,
    errno.EDQUOT: WriteProblem.DISK_FULL,
    errno.EFBIG: WriteProblem.DISK_FULL,
    errno.EROFS: WriteProblem.READ_ONLY,
    errno.EACCES: WriteProblem.READ_ONLY,
    errno.EPERM: WriteProblem.READ_ONLY,
    errno.EEXIST: WriteProblem.EXISTS,
    errno.ENOENT: WriteProblem.NO_FOLDER,
    errno.ENOTDIR: WriteProblem.NO_FOLDER,
}
# SQLite's primary result codes (sqlite3.Error.sqlite_errorcode & 0xFF).
_SQLITE_PROBLEMS = {
    13: WriteProblem.DISK_FULL,  # SQLITE_FULL
    8: WriteProblem.READ_ONLY,  # SQLITE_READONLY
    3: WriteProblem.READ_ONLY,  # SQLITE_PERM
}


def write_problem(error: BaseException) -> WriteProblem:
    """The code for a failed write: an ``OSError``, a ``sqlite3`` error, or an error that
    wraps one (SQLAlchemy's ``.orig``, an exception's cause); ``OTHER`` when unknown."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, OSError) and current.errno in _ERRNO_PROBLEMS:
            return _ERRNO_PROBLEMS[current.errno]
        if isinstance(current, sqlite3.Error):
            code = getattr(current, "sqlite_errorcode", None)
            if isinstance(code, int) and code & 0xFF in _SQLITE_PROBLEMS:
                return _SQLITE_PROBLEMS[code & 0xFF]
        wrapped = getattr(current, "orig", None)
        current = wrapped if isinstance(wrapped, BaseException) else current.__cause__
    return WriteProblem.OTHER


def temporary_name(final_name: str) -> str:
    """A fresh hidden name for writing ``final_name`` in the same folder."""
    name = final_name
    while len(name.encode("utf-8", "surrogateescape")) + _TEMP_EXTRA_BYTES > _NAME_MAX_BYTES:
        name = name[:-1]  # a long Japanese title: the temporary name must still fit
    return f".{name}{_MARK}{secrets.token_hex(4)}{_SUFFIX}"


def is_temporary(name: str) -> bool:
    """Whether ``name`` is one of ours (a temporary file or SQLite's file beside one)."""
    return _TEMPORARY.match(name) is not None


def fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; Windows has no handle on a folder)."""
    if os.name == "nt":  # pragma: no cover - Windows
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError as error:  # some file systems cannot sync a folder: the rename stands
        if error.errno not in (errno.EINVAL, errno.ENOTSUP, errno.EBADF):
            raise
    finally:
        os.close(fd)


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDWR)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _lock(fd: int) -> None:
    if fcntl is None or fd < 0:  # pragma: no cover - Windows
        return
    with suppress(OSError):  # a file system without flock: the write goes on unguarded
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


def _held_by_someone(path: Path) -> bool:
    """Whether a live writer holds ``path`` (then it is not a leftover)."""
    if fcntl is None:  # pragma: no cover - Windows: unlink fails on an open file
        return False
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return True  # cannot look: leave it alone
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    except OSError:
        return True
    finally:
        os.close(fd)  # releases the probe's lock too
    return False


def _remove_quietly(path: Path) -> None:
    with suppress(OSError):
        path.unlink(missing_ok=True)


def _remove_temporary(temporary: Path) -> None:
    _remove_quietly(temporary)
    for side in _SQLITE_SIDE_FILES:
        _remove_quietly(temporary.with_name(temporary.name + side))


def _publish(temporary: Path, final: Path, overwrite: bool) -> None:
    if overwrite:
        os.replace(temporary, final)
        return
    if os.name == "nt":  # pragma: no cover - Windows: rename never replaces
        os.rename(temporary, final)
        return
    try:
        os.link(temporary, final)  # fails if the name exists: no check-then-replace race
    except OSError as error:
        if error.errno in (errno.EEXIST,):
            raise
        # A file system without hard links (FAT on a USB stick): check, then rename.
        if final.exists():
            raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(final)) from error
        os.replace(temporary, final)
        return
    temporary.unlink()


def not_written(error: OSError, final: Path) -> FileNotWritten:
    """``error`` (which stopped writing ``final``) as :class:`FileNotWritten` naming ``final``."""
    code = error.errno if error.errno is not None else errno.EIO
    return FileNotWritten(code, error.strerror or os.strerror(code), str(final))


@contextmanager
def replacing(final: Path, *, overwrite: bool = True) -> Iterator[Path]:
    """Yield a new private temporary path beside ``final``; the block writes the file there.

    When the block returns, the file is fsynced, renamed over ``final`` (unless
    ``overwrite`` is false and ``final`` exists: :class:`FileNotWritten`, ``EEXIST``)
    and the folder fsynced. If anything fails, the temporary file is removed and
    ``final`` is untouched; an ``OSError`` comes out as :class:`FileNotWritten`.
    """
    final = Path(final)
    folder = final.parent
    _remove_stale(folder, final.name)
    temporary = folder / temporary_name(final.name)
    try:
        holder = os.open(
            temporary, os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_CLOEXEC", 0), 0o600
        )
    except OSError as error:
        raise not_written(error, final) from error
    if fcntl is None:  # pragma: no cover - Windows cannot rename a file that is open
        os.close(holder)
        holder = -1
    try:
        _lock(holder)
        yield temporary
        os.chmod(temporary, PRIVATE_FILE)  # a writer that made the file anew: private again
        _fsync_file(temporary)
        _publish(temporary, final, overwrite)
        fsync_folder(folder)
    except BaseException as error:
        _remove_temporary(temporary)
        release_failed_writer(error)
        if isinstance(error, OSError) and not isinstance(error, FileNotWritten):
            raise not_written(error, final) from error
        raise
    finally:
        if holder >= 0:
            os.close(holder)


def release_failed_writer(error: BaseException) -> None:
    """Let go of what a failed writer left open, now, while the failure is handled.

    Libraries that write zip files (openpyxl, python-docx) leave their archive open when
    a write fails; Python closes it when the error's frames are freed, the buffered
    close fails again (the disk is still full) and a bare traceback is printed to the
    user after the real message. Freeing those frames here, with the second failure
    logged instead (it is the same failure, reported by the caller), keeps the message
    the only thing the user sees.
    """

    def log_instead(unraisable: Any) -> None:
        _log.info("a failed write's file could not be closed either: %s", unraisable.exc_value)

    previous = sys.unraisablehook
    sys.unraisablehook = log_instead
    try:
        seen: set[int] = set()
        current: BaseException | None = error
        while current is not None and id(current) not in seen:  # and what it grew from
            seen.add(id(current))
            traceback.clear_frames(current.__traceback__)  # frames still running are kept
            current = current.__cause__ or current.__context__
        gc.collect()
    finally:
        sys.unraisablehook = previous


@contextmanager
def opened(final: Path, mode: str = "wb", **options: Any) -> Iterator[IO[Any]]:
    """``open(final, mode)`` for writing, atomically (see :func:`replacing`)."""
    if not mode.startswith("w"):
        raise ValueError(f"opened() writes a new file, not mode {mode!r}")
    with replacing(final) as temporary, temporary.open(mode, **options) as handle:
        yield handle


def write_bytes(final: Path, data: bytes) -> None:
    """Write ``data`` to ``final`` atomically, owner-only."""
    with opened(final, "wb") as handle:
        handle.write(data)


def copy_file(source: Path, final: Path, *, overwrite: bool = True) -> None:
    """Copy ``source`` to ``final`` atomically, owner-only (whatever ``source``'s mode)."""
    with (
        source.open("rb") as reading,  # first: a missing source is not a failed write
        replacing(final, overwrite=overwrite) as temporary,
        temporary.open("wb") as writing,
    ):
        shutil.copyfileobj(reading, writing, 1 << 20)


def _remove_stale(folder: Path, final_name: str) -> None:
    """Leftovers of earlier attempts at this very name (cheap: called before each write)."""
    try:
        names = [entry.name for entry in os.scandir(folder) if entry.name.startswith(".")]
    except OSError:
        return  # the write itself will say what is wrong with the folder
    for name in names:
        match = _TEMPORARY.match(name)
        if match and match["name"] and final_name.startswith(match["name"]):
            _remove_leftover(folder / name)


def _remove_leftover(path: Path) -> bool:
    try:
        info = path.lstat()
    except OSError:
        return False
    if not stat.S_ISREG(info.st_mode):
        return False  # never one of ours
    main = path
    match = _TEMPORARY.match(path.name)
    if match and match["side"]:
        main = path.with_name(path.name[: -len(match["side"])])
    if main.exists() and _held_by_someone(main):
        return False  # being written right now
    try:
        path.unlink()
    except OSError:
        return False
    return True


def remove_leftovers(folder: Path) -> list[Path]:
    """Delete the temporary files a killed write left in ``folder``; returns them.

    Only names of our pattern are touched, and never one a live writer holds.
    """
    try:
        names = sorted(entry.name for entry in os.scandir(folder) if is_temporary(entry.name))
    except OSError:
        return []  # no such folder: nothing left over
    return [folder / name for name in names if _remove_leftover(folder / name)]
