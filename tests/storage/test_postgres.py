"""Checks that only make sense on PostgreSQL (the rest of the suite runs there too)."""

from __future__ import annotations

import os

import pytest

from app.services.workspace import Database, NotSupportedHere, backup_database, check_database

pytestmark = pytest.mark.skipif(
    not os.environ.get("JIMUKYOKU_TEST_DATABASE_URL"),
    reason="JIMUKYOKU_TEST_DATABASE_URL not set: PostgreSQL run skipped (.ci/run provides one)",
)


def test_the_database_is_postgresql_with_no_file_and_no_lock(db: Database) -> None:
    assert db.engine.dialect.name == "postgresql"
    assert db.path is None and db.lock is None


def test_check_works_and_backup_says_what_to_use(db: Database, db_target: str) -> None:
    assert check_database(db_target).healthy
    with pytest.raises(NotSupportedHere, match="pg_dump"):
        backup_database(db)
