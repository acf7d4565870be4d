"""Whose database a file is: ours (our ``application_id``, or our tables and a revision of
ours), another program's, or one made by a newer version of this app.

The app writes its ``application_id`` into every SQLite file it creates or migrates, and
its version into ``user_version`` (the newest version that wrote the schema), so a newer
file can say which version made it. A database from before the stamp is recognised by
its tables and its Alembic revision, and stamped when next opened for writing.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, Engine, inspect, text

from app import __version__
from app.storage import migrate
from app.storage.engine import open_raw_sqlite
from app.storage.refusals import Refusal

APPLICATION_ID = 0x4A494D55  # "JIMU" in the SQLite header (offset 68), big-endian
# Tables every revision of ours has had since the first: with alembic_version, they
# make a file ours even without the stamp.
CORE_TABLES = frozenset({"council", "member", "meeting", "remark", migrate.VERSION_TABLE})


def encode_version(version: str) -> int:
    """``0.1.0`` → 1000: what goes into ``user_version`` (a signed 32-bit integer)."""
    numbers = [int(part) for part in re.findall(r"\d+", version)[:3]]
    major, minor, patch = [*numbers, 0, 0, 0][:3]
    return major * 1_000_000 + min(minor, 999) * 1_000 + min(patch, 999)


def decode_version(number: int) -> str:
    return f"{number // 1_000_000}.{number // 1_000 % 1_000}.{number % 1_000}"


OUR_VERSION = encode_version(__version__)


@dataclass(frozen=True, slots=True)
class Identity:
    """What a database says about itself."""

    application_id: int
    user_version: int
    tables: frozenset[str]
    revision: str | None  # in alembic_version; None when there is none

    @property
    def written_by(self) -> str | None:
        """The version of the app that last wrote the schema, when it said so."""
        if self.application_id != APPLICATION_ID or self.user_version <= 0:
            return None
        return decode_version(self.user_version)

    @property
    def stamped(self) -> bool:
        return self.application_id == APPLICATION_ID and self.user_version >= OUR_VERSION


def judge(identity: Identity) -> Refusal | None:
    """``None`` when the database is ours and this app can open it, else why not."""
    if identity.application_id not in (0, APPLICATION_ID):
        return Refusal.FOREIGN  # another program stamped it as its own
    if not identity.tables:
        return Refusal.EMPTY  # nothing in it: nothing of anyone's to lose, but not ours
    if identity.application_id == 0 and not identity.tables >= CORE_TABLES:
        return Refusal.FOREIGN
    if identity.revision is None:
        return Refusal.DAMAGED  # ours, but the record of its schema is gone
    if identity.revision not in migrate.known_revisions():
        return Refusal.NEWER
    return None


def read_file_identity(path: Path) -> Identity:
    """The identity of a SQLite file, read without writing a byte of it."""
    conn = open_raw_sqlite(path, readonly=True)
    try:
        application_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
        user_version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        tables = frozenset(
            str(row[0]) for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
        )
        revision = _revision(conn) if migrate.VERSION_TABLE in tables else None
    finally:
        conn.close()
    return Identity(application_id, user_version, tables, revision)


def _revision(conn: sqlite3.Connection) -> str | None:
    rows = conn.execute(f"SELECT version_num FROM {migrate.VERSION_TABLE}").fetchall()
    return str(rows[0][0]) if len(rows) == 1 else None


def read_server_identity(connection: Connection) -> Identity:
    """The identity of a database on a server (PostgreSQL): its tables and revision."""
    tables = frozenset(inspect(connection).get_table_names())
    revision = None
    if migrate.VERSION_TABLE in tables:
        rows = connection.execute(text(f"SELECT version_num FROM {migrate.VERSION_TABLE}")).all()
        revision = str(rows[0][0]) if len(rows) == 1 else None
    return Identity(0, 0, tables, revision)


def stamp_if_needed(engine: Engine) -> bool:
    """Write our ``application_id`` and version into a SQLite file of ours opened for
    writing (a file from before the stamp, or last written by an older version); a
    version already newer than ours is left as it is. True if it wrote."""
    with engine.begin() as conn:  # a read-only transaction commits without writing
        application_id = int(conn.exec_driver_sql("PRAGMA application_id").scalar_one())
        user_version = int(conn.exec_driver_sql("PRAGMA user_version").scalar_one())
        if application_id == APPLICATION_ID and user_version >= OUR_VERSION:
            return False
        conn.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
        conn.exec_driver_sql(f"PRAGMA user_version={max(user_version, OUR_VERSION)}")
    return True
