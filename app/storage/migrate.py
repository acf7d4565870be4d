"""Run Alembic migrations from the package's own script location (works in a frozen build)."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

import app.migrations
from app.storage.engine import is_sqlite


class MigrationError(Exception):
    """A migration failed; the database keeps its previous schema."""


def script_location() -> Path:
    return Path(app.migrations.__file__).resolve().parent


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(script_location()))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "no migration scripts found"
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def needs_upgrade(engine: Engine) -> bool:
    return current_revision(engine) != head_revision()


def upgrade(engine: Engine) -> None:
    """Bring the schema to head in one transaction.

    On SQLite, foreign keys are switched off for the duration (batch mode drops and
    recreates tables, and with them on a DROP could cascade into child rows), then
    ``foreign_key_check`` must come back empty before the transaction commits.
    """
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
