"""Writes that fail as they do on a full disk or a read-only file, for the tests of what
the user is told. Both go through the real write path: the driver raises, SQLAlchemy
wraps, the database's hook turns it into ``NotSaved``."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.engine import make_url

from app.services import workspace
from app.storage.database import Database
from app.storage.engine import make_engine

_WRITES = ("INSERT", "UPDATE", "DELETE")


@contextmanager
def disk_full(db: Database) -> Iterator[None]:
    """Every statement that writes fails as SQLite fails on a full disk (reads still work)."""

    def refuse(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if statement.lstrip().upper().startswith(_WRITES):
            raise sqlite3.OperationalError("database or disk is full")

    event.listen(db.engine, "before_cursor_execute", refuse)
    try:
        yield
    finally:
        event.remove(db.engine, "before_cursor_execute", refuse)


def read_only_twin(db: Database) -> Database:
    """The same SQLite file opened read-only (``mode=ro``), as the app's own databases are
    opened (with their session hooks): every write fails with SQLite's own
    "attempt to write a readonly database". Close it after the test."""
    if db.path is None:
        pytest.skip("a read-only file is a SQLite matter")
    url = make_url(f"sqlite:///file:{db.path}?mode=ro&uri=true")
    return Database(
        url=url,
        engine=make_engine(url),
        path=None,
        lock=None,
        session_hooks=workspace.SESSION_HOOKS,
    )
