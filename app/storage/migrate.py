"""Run Alembic migrations from the package's own script location (works in a frozen build).

Alembic itself is imported only when a migration must run: at every start the schema is
compared with the scripts' head by reading ``alembic_version`` and the scripts' headers.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

import app.migrations
from app.storage.engine import is_sqlite

if TYPE_CHECKING:
    from alembic.config import Config

VERSION_TABLE = "alembic_version"
_REVISION_LINE = re.compile(r'^(down_revision|revision)\s*=\s*(None|"[^"]*"|\'[^\']*\')', re.M)


class MigrationError(Exception):
    """A migration failed; the database keeps its previous schema."""


def script_location() -> Path:
    return Path(app.migrations.__file__).resolve().parent


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(script_location()))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


@cache
def _script_revisions() -> tuple[frozenset[str], frozenset[str]]:
    """The revisions the scripts define, and those named as a parent."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for script in (script_location() / "versions").glob("*.py"):
        found = dict(_REVISION_LINE.findall(script.read_text(encoding="utf-8")))
        if "revision" not in found:
            continue
        revisions.add(found["revision"].strip("\"'"))
        if found.get("down_revision", "None") != "None":
            parents.add(found["down_revision"].strip("\"'"))
    return frozenset(revisions), frozenset(parents)


def known_revisions() -> frozenset[str]:
    """Every revision this version of the app knows: a database at any other one was
    made by a newer version, and is never opened (Alembic could not even read it)."""
    return _script_revisions()[0]


@cache
def head_revision() -> str:
    """The newest revision of the scripts: the one no other script names as its parent."""
    revisions, parents = _script_revisions()
    heads = set(revisions - parents)
    if len(heads) != 1:
        raise MigrationError(f"the migration scripts must have one head, found {sorted(heads)}")
    return heads.pop()


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at (``None`` for a database never migrated)."""
    with engine.connect() as conn:
        if not inspect(conn).has_table(VERSION_TABLE):
            return None
        rows = conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalars().all()
    if len(rows) > 1:
        raise MigrationError(f"the database is at several revisions at once: {sorted(rows)}")
    return rows[0] if rows else None


def needs_upgrade(engine: Engine) -> bool:
    return current_revision(engine) != head_revision()


def upgrade(engine: Engine) -> None:
    """Bring the schema to head in one transaction.

    On SQLite, foreign keys are switched off for the duration (batch mode drops and
    recreates tables, and with them on a DROP could cascade into child rows), then
    ``foreign_key_check`` must come back empty before the transaction commits.
    """
    from alembic import command

    with engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        sqlite = is_sqlite(engine.url)
        if sqlite:
            assert raw is not None
            raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with conn.begin():
                command.upgrade(alembic_config(conn), "head")
                if sqlite:
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise MigrationError(f"foreign keys broken by migration: {broken[:5]}")
        except MigrationError:
            raise
        except Exception as exc:
            raise MigrationError(str(exc)) from exc
        finally:
            if sqlite and raw is not None:
                raw.execute("PRAGMA foreign_keys=ON")
