"""Engine creation from a path or URL, with the SQLite PRAGMAs that keep every word safe."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from app.storage import wal

BUSY_TIMEOUT_MS = 5000

# Applied on every new SQLite connection, before any transaction (PRAGMAs that change
# the journal or foreign-key mode are ignored inside one). No commit checkpoints the WAL
# itself (it would make that one commit wait): the open database's checkpoint thread
# does it (app/storage/checkpoint.py).
SQLITE_PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
    f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
    "PRAGMA wal_autocheckpoint=0",
)


def to_url(path_or_url: str | Path) -> URL:
    """Accept a plain file path or any SQLAlchemy URL (``postgresql+psycopg://…``)."""
    text = str(path_or_url)
    if "://" in text:
        try:
            url = make_url(text)
        except (ArgumentError, ValueError) as exc:
            raise ValueError(f"not a database URL: {text}") from exc
        if url.drivername == "postgresql" or url.drivername == "postgres":
            url = url.set(drivername="postgresql+psycopg")
        return url
    return URL.create("sqlite", database=str(Path(text).expanduser().resolve()))


def is_sqlite(url: URL) -> bool:
    return url.get_backend_name() == "sqlite"


def sqlite_path(url: URL) -> Path | None:
    """The database file of a file-based SQLite URL, else ``None``."""
    if not is_sqlite(url) or not url.database or url.database == ":memory:":
        return None
    return Path(url.database)


def _on_sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    # Autocommit at the driver level, so that SQLAlchemy's own BEGIN (below) is the
    # only transaction control: this gives real transactional DDL, so an interrupted
    # migration leaves the old schema or the new, never half of each.
    dbapi_connection.isolation_level = None
    for pragma in SQLITE_PRAGMAS:
        dbapi_connection.execute(pragma)


def _on_sqlite_begin(connection: Any) -> None:
    connection.exec_driver_sql("BEGIN")


def make_engine(url: URL, **kwargs: Any) -> Engine:
    """Create the engine; for SQLite, install the PRAGMA and BEGIN hooks."""
    if is_sqlite(url):
        engine = create_engine(url, **kwargs)
        event.listen(engine, "connect", _on_sqlite_connect)
        event.listen(engine, "begin", _on_sqlite_begin)
        return engine
    return create_engine(url, pool_pre_ping=True, **kwargs)


def pragma_values(engine: Engine) -> dict[str, Any]:
    """Read back the PRAGMAs in force on a fresh connection (for ``check`` and tests)."""
    names = ("journal_mode", "synchronous", "foreign_keys", "busy_timeout", "wal_autocheckpoint")
    with engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        return {name: raw.execute(f"PRAGMA {name}").fetchone()[0] for name in names}


def _sibling(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def _uri(path: Path, **parameters: str) -> str:
    # as_uri() percent-encodes: a folder named "50%" or "a?b#c" stays that folder.
    query = "&".join(f"{key}={value}" for key, value in parameters.items())
    return f"{path.resolve().as_uri()}?{query}"


def inspection_uri(path: Path) -> str:
    """A URI that reads ``path`` without ever writing a byte of it.

    With no log or journal beside it nobody has the file open (the app keeps its lock and
    its ``-wal`` while it does): ``immutable=1`` then reads it without creating a
    ``-wal`` or ``-shm`` either. Otherwise ``mode=ro`` reads the log too, and with an
    ``-shm`` beside it ``readonly_shm`` keeps SQLite from rebuilding that index in place
    (a damaged one is then rebuilt in memory). A log SQLite would ignore whole (its header
    is garbage) is ignored here too, by reading the file as ``immutable``. Only a log left
    without its ``-shm`` (a crash, a copy) gets a new ``-shm``: SQLite cannot read a log
    without one, and the database file itself is still never written.
    """
    if wal.ignored_log(path):
        return _uri(path, immutable="1")  # as SQLite would read it; nobody writes it now
    if _sibling(path, "-shm").exists():
        return _uri(path, mode="ro", readonly_shm="1")
    quiet = not any(_sibling(path, suffix).exists() for suffix in ("-wal", "-journal"))
    return _uri(path, immutable="1") if quiet else _uri(path, mode="ro")


def open_raw_sqlite(path: Path, *, readonly: bool = False) -> sqlite3.Connection:
    """A plain sqlite3 connection (for backups and checks that must not go through the pool).

    ``readonly``: an inspection that never changes the file (:func:`inspection_uri`).
    """
    if readonly:
        return sqlite3.connect(inspection_uri(path), uri=True, isolation_level=None)
    return sqlite3.connect(path, isolation_level=None)


def _read_only_uri(path: Path) -> str:
    # A reader of a WAL database needs the -shm beside it. Where the folder cannot take one
    # (read-only media), nobody can be writing the file either: read it as immutable.
    if not _sibling(path, "-shm").exists() and not os.access(path.parent, os.W_OK):
        return _uri(path, immutable="1")
    return _uri(path, mode="ro")


def make_read_only_engine(path: Path) -> Engine:
    """An engine that can only read ``path``: ``mode=ro`` and ``query_only``, and no
    PRAGMA that would change the file (the journal mode stays whatever it is)."""
    uri = _read_only_uri(path)

    def connect() -> sqlite3.Connection:
        connection = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
        connection.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        connection.execute("PRAGMA query_only=ON")
        return connection

    engine = create_engine(f"sqlite:///{path}", creator=connect)
    event.listen(engine, "begin", _on_sqlite_begin)
    return engine
