"""Shared fixtures: a fresh database per test (SQLite file, or PostgreSQL when
JIMUKYOKU_TEST_DATABASE_URL is set), private data/config folders, offscreen Qt."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from sqlalchemy import create_engine, text

from app.services.workspace import Database, open_database
from app.settings import Settings
from app.texts import i18n

POSTGRES_URL = os.environ.get("JIMUKYOKU_TEST_DATABASE_URL", "")


def pytest_report_header() -> str:
    backend = "PostgreSQL " + POSTGRES_URL.split("@")[-1] if POSTGRES_URL else "SQLite"
    return f"jimukyoku test database: {backend}"


@pytest.fixture(autouse=True)
def private_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never touch the real user data or settings; start each test in English."""
    monkeypatch.setenv("JIMUKYOKU_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("JIMUKYOKU_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.delenv("JIMUKYOKU_DATABASE_URL", raising=False)
    i18n.load("en")


def _reset_postgres(url: str) -> None:
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture
def db_target(tmp_path: Path) -> str:
    """Where the test's database lives: a new SQLite file, or an emptied PostgreSQL database."""
    if POSTGRES_URL:
        _reset_postgres(POSTGRES_URL)
        return POSTGRES_URL
    return str(tmp_path / "test.sqlite3")


@pytest.fixture
def db(db_target: str) -> Iterator[Database]:
    database = open_database(db_target, daily_backup=False)
    yield database
    database.close()


@pytest.fixture
def sqlite_file(tmp_path: Path) -> Path:
    """A SQLite file path for tests of SQLite-only machinery (locks, backups, PRAGMAs)."""
    return tmp_path / "file.sqlite3"


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(tmp_path / "config" / "settings.ini")


@pytest.fixture
def japanese_ui() -> Iterator[None]:
    """The windows built in the test speak Japanese, as the users see them (our texts
    and Qt's own); English again after it."""
    from app.ui.app import make_application

    i18n.load("ja")
    app = make_application()
    installed = i18n.install(app)
    yield
    for translator in installed:
        app.removeTranslator(translator)
    i18n.load("en")


from tests.desk_day import desk  # noqa: E402, F401  (the fixture: a desk on a fixed day)
from tests.meeting_room import room  # noqa: E402, F401  (the fixture, for services and UI tests)
from tests.two_users import users  # noqa: E402, F401  (the fixture: two people on one database)
