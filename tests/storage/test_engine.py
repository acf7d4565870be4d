from pathlib import Path

import pytest

from app.storage.engine import is_sqlite, make_engine, pragma_values, sqlite_path, to_url


def test_plain_path_becomes_an_absolute_sqlite_url(tmp_path: Path) -> None:
    url = to_url(tmp_path / "a.sqlite3")
    assert is_sqlite(url)
    assert sqlite_path(url) == (tmp_path / "a.sqlite3").resolve()


def test_postgresql_url_uses_psycopg3() -> None:
    url = to_url("postgresql://user:secret@127.0.0.1:5432/council")
    assert url.drivername == "postgresql+psycopg"
    assert sqlite_path(url) is None


def test_bad_url_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="not a database URL"):
        to_url("nonsense://::")


def test_every_connection_gets_the_durability_pragmas(sqlite_file: Path) -> None:
    engine = make_engine(to_url(sqlite_file))
    try:
        assert pragma_values(engine) == {
            "journal_mode": "wal",
            "synchronous": 2,  # FULL
            "foreign_keys": 1,
            "busy_timeout": 5000,
            "wal_autocheckpoint": 0,  # the checkpoint thread does it, never a commit
        }
    finally:
        engine.dispose()


def test_a_server_password_is_never_displayed() -> None:
    from app.storage.database import Database

    url = to_url("postgresql://staff:s3cret@127.0.0.1/council")
    database = Database(url=url, engine=make_engine(url), path=None, lock=None)
    assert "s3cret" not in database.display_location
    assert "127.0.0.1/council" in database.display_location
    database.engine.dispose()
