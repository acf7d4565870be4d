"""Why a write failed, as a :class:`SaveProblem`: the one place that reads driver errors.

SQLite (through its error names), PostgreSQL (through SQLSTATE codes) and the operating
system (errno) each say "the disk is full" in their own way. Every database that
``workspace.open_database`` opens hands a failed transaction to :func:`not_saved`, so the
UI and the CLI catch one :class:`NotSaved` and never a SQLAlchemy exception. Backups and
documents use :func:`save_problem_of` to word their own failures the same way.
"""

from __future__ import annotations

import errno
import sqlite3

from sqlalchemy import exc as sa

from app.services.problems import NotSaved, SaveProblem

# SQLite's primary result codes (the extended ones start with them: SQLITE_IOERR_WRITE …)
_SQLITE_NAMES = (
    ("SQLITE_FULL", SaveProblem.DISK_FULL),
    ("SQLITE_READONLY", SaveProblem.READ_ONLY),
    ("SQLITE_BUSY", SaveProblem.DATABASE_LOCKED),
    ("SQLITE_LOCKED", SaveProblem.DATABASE_LOCKED),
    ("SQLITE_IOERR", SaveProblem.DISK_ERROR),
    ("SQLITE_CANTOPEN", SaveProblem.DISK_ERROR),
    ("SQLITE_CORRUPT", SaveProblem.DAMAGED),
    ("SQLITE_NOTADB", SaveProblem.DAMAGED),
)
# The same, from the message, for a driver that gives no error name.
_SQLITE_MESSAGES = (
    ("database or disk is full", SaveProblem.DISK_FULL),
    ("readonly database", SaveProblem.READ_ONLY),
    ("database is locked", SaveProblem.DATABASE_LOCKED),
    ("database table is locked", SaveProblem.DATABASE_LOCKED),
    ("disk i/o error", SaveProblem.DISK_ERROR),
    ("unable to open database file", SaveProblem.DISK_ERROR),
    ("malformed", SaveProblem.DAMAGED),
    ("file is not a database", SaveProblem.DAMAGED),
)
# PostgreSQL SQLSTATE codes (exact, then by class: the first two characters).
_SQLSTATES = {
    "53100": SaveProblem.DISK_FULL,
    "25006": SaveProblem.READ_ONLY,  # read_only_sql_transaction (a standby, a read-only role)
    "55P03": SaveProblem.DATABASE_LOCKED,
    "40P01": SaveProblem.DATABASE_LOCKED,  # deadlock: the other side went on
    "40001": SaveProblem.DATABASE_LOCKED,  # serialization failure: try again
    "XX001": SaveProblem.DAMAGED,
    "XX002": SaveProblem.DAMAGED,
}
_SQLSTATE_CLASSES = {
    "08": SaveProblem.CONNECTION_LOST,  # connection exception
    "57": SaveProblem.CONNECTION_LOST,  # operator intervention (server shut down)
    "58": SaveProblem.DISK_ERROR,  # system error (I/O error on the server)
}
_ERRNOS = {
    errno.ENOSPC: SaveProblem.DISK_FULL,
    errno.EDQUOT: SaveProblem.DISK_FULL,
    errno.EROFS: SaveProblem.READ_ONLY,
    errno.EACCES: SaveProblem.READ_ONLY,
    errno.EPERM: SaveProblem.READ_ONLY,
    errno.EIO: SaveProblem.DISK_ERROR,
    errno.ENODEV: SaveProblem.DISK_ERROR,
    errno.ENXIO: SaveProblem.DISK_ERROR,
}
# A bug in the app, not a state of the disk or the server: it is not hidden behind
# "could not be saved" but reaches the error report with its traceback.
_PROGRAMMING = (sa.IntegrityError, sa.ProgrammingError, sa.DataError, sa.NotSupportedError)


def _from_sqlite(error: sqlite3.Error) -> SaveProblem:
    name = getattr(error, "sqlite_errorname", "") or ""
    for prefix, problem in _SQLITE_NAMES:
        if name.startswith(prefix):
            return problem
    return problem_in_message(str(error)) or SaveProblem.OTHER


def problem_in_message(message: str) -> SaveProblem | None:
    """The code for SQLite's own words (a check that could not read the file reports them
    as text): None when they name no state of the disk or the file."""
    lowered = message.lower()
    return next((problem for words, problem in _SQLITE_MESSAGES if words in lowered), None)


def _from_sqlstate(sqlstate: str) -> SaveProblem:
    return _SQLSTATES.get(sqlstate) or _SQLSTATE_CLASSES.get(sqlstate[:2], SaveProblem.OTHER)


def save_problem_of(error: BaseException) -> SaveProblem | None:
    """The code for a write that failed with ``error``; None when ``error`` is not a
    failure of the disk, the file or the server (a refusal, or a bug to be reported)."""
    if isinstance(error, sa.DBAPIError):
        if isinstance(error, _PROGRAMMING):
            return None
        if error.connection_invalidated:
            return SaveProblem.CONNECTION_LOST
        cause = error.orig
        return (save_problem_of(cause) if cause is not None else None) or SaveProblem.OTHER
    if isinstance(error, sqlite3.Error):
        if isinstance(error, sqlite3.IntegrityError | sqlite3.ProgrammingError):
            return None
        return _from_sqlite(error)
    sqlstate = getattr(error, "sqlstate", None)
    if isinstance(sqlstate, str) and sqlstate:  # psycopg
        return _from_sqlstate(sqlstate)
    if isinstance(error, OSError):
        return _ERRNOS.get(error.errno or 0, SaveProblem.OTHER)
    if type(error).__module__.startswith("psycopg"):  # no SQLSTATE: the link itself failed
        return SaveProblem.CONNECTION_LOST
    return None


def not_saved(error: BaseException) -> NotSaved | None:
    """What a failed transaction raises instead of ``error`` (None: ``error`` itself).

    Only database errors are translated: a refusal of the services (``Invalid``,
    ``MeetingLocked`` …) passes as it is, and so does a bug (an ``IntegrityError``)."""
    if not isinstance(error, sa.DBAPIError | sqlite3.Error):
        return None
    problem = save_problem_of(error)
    if problem is None:
        return None
    original = error.orig if isinstance(error, sa.DBAPIError) else error
    return NotSaved(problem, str(original).strip())
