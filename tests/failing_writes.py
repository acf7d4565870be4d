"""Writes that fail as they do on a full disk or a read-only file, for the tests of what
the user is told. Both go through the real write path: the driver raises, SQLAlchemy
wraps, the database's hook turns it into ``NotSaved``."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import make_url

from app.services import workspace
from app.storage.database import Database
from app.storage.engine import make_engine

_WRITES = ("INSERT", "UPDATE", "DELETE")


# What each server says when its disk is full (PostgreSQL: SQLSTATE 53100, disk_full).
_FULL_WORDS = {
    "sqlite": "database or disk is full",
    "postgresql": 'could not extend file "base/16384/16385": No space left on device',
}


def full_words(db: Database) -> str:
    """The driver's own words on a full disk, as :func:`disk_full` raises them for ``db``."""
    return _FULL_WORDS[db.engine.dialect.name]


def _full_error(db: Database) -> Exception:
    if db.engine.dialect.name == "postgresql":
        from psycopg import errors

        return errors.DiskFull(full_words(db))
    return sqlite3.OperationalError(full_words(db))


@contextmanager
def disk_full(db: Database) -> Iterator[None]:
    """Every statement that writes fails as the server fails on a full disk (reads still
    work): SQLite's SQLITE_FULL, PostgreSQL's disk_full."""

    def refuse(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if statement.lstrip().upper().startswith(_WRITES):
            raise _full_error(db)

    event.listen(db.engine, "before_cursor_execute", refuse)
    try:
        yield
    finally:
        event.remove(db.engine, "before_cursor_execute", refuse)


def read_only_twin(db: Database) -> Database:
    """The same database opened read-only, as the app's own databases are opened (with
    their session hooks): a SQLite file with ``mode=ro`` (every write fails with SQLite's
    own "attempt to write a readonly database"), a PostgreSQL session whose transactions
    are read-only (SQLSTATE 25006, as on a standby or with a read-only role). Close it
    after the test."""
    if db.path is not None:
        url = make_url(f"sqlite:///file:{db.path}?mode=ro&uri=true")
        engine = make_engine(url)
    else:
        url = db.engine.url
        engine = make_engine(url, connect_args={"options": "-c default_transaction_read_only=on"})
    return Database(
        url=url,
        engine=engine,
        path=None,
        lock=None,
        session_hooks=workspace.SESSION_HOOKS,
    )
