"""A server database that is not ours to open: refused like a file, never migrated."""

from __future__ import annotations

import os

import pytest
from sqlalchemy import create_engine, text

from app.services import workspace
from app.services.workspace import Database, DatabaseRefused, Refusal, WriteRefused

pytestmark = pytest.mark.skipif(
    not os.environ.get("JIMUKYOKU_TEST_DATABASE_URL"),
    reason="JIMUKYOKU_TEST_DATABASE_URL not set: PostgreSQL run skipped (.ci/run provides one)",
)


def _execute(target: str, statement: str) -> None:
    engine = create_engine(target.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.begin() as conn:
        conn.execute(text(statement))
    engine.dispose()


def _tables(target: str) -> set[str]:
    engine = create_engine(target.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'"))
        names = {str(row[0]) for row in rows}
    engine.dispose()
    return names


def test_a_newer_server_database_is_refused_by_open_and_check(db: Database, db_target: str) -> None:
    db.close()
    _execute(db_target, "UPDATE alembic_version SET version_num = '0999'")
    for read_only in (False, True):
        with pytest.raises(DatabaseRefused) as refused:
            workspace.open_database(db_target, read_only=read_only)
        assert refused.value.reason is Refusal.NEWER
    report = workspace.check_database(db_target)
    assert report.reason is Refusal.NEWER and not report.healthy


def test_another_programs_server_database_is_never_migrated(db_target: str) -> None:
    _execute(db_target, "CREATE TABLE notes (id serial PRIMARY KEY, body text)")
    with pytest.raises(DatabaseRefused) as refused:
        workspace.open_database(db_target)
    assert refused.value.reason is Refusal.FOREIGN
    assert _tables(db_target) == {"notes"}  # not one table of ours added


def test_a_server_database_opened_read_only_refuses_every_write(
    db: Database, db_target: str
) -> None:
    reader = workspace.open_database(db_target, read_only=True)
    try:
        assert reader.read_only
        with pytest.raises(WriteRefused), reader.transaction():
            pass
    finally:
        reader.close()
