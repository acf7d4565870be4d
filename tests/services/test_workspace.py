from pathlib import Path

import pytest

from app.services import workspace


def test_target_resolution_order(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    assert workspace.resolve_target("a.sqlite3", "postgresql://x/y") == "a.sqlite3"
    assert workspace.resolve_target(None, "postgresql://x/y") == "postgresql://x/y"
    default = workspace.resolve_target(None, None)
    assert default.endswith("jimukyoku.sqlite3")
    assert default.startswith(str(tmp_path))  # the test's private data folder


def test_check_reports_a_healthy_database(db_target: str) -> None:
    database = workspace.open_database(db_target, daily_backup=False)
    database.close()
    report = workspace.check_database(db_target)
    assert report.healthy
    assert report.revision == report.head


def test_restore_into_the_open_database(tmp_path: Path) -> None:
    from app.models import Council

    database = workspace.open_database(tmp_path / "x.sqlite3", daily_backup=False)
    with database.transaction() as session:
        session.add(Council(name="元の名前"))
    saved = workspace.backup_database(database)
    with database.transaction() as session:
        session.query(Council).one().name = "変更後"
    kept = workspace.restore_open_database(database, saved)
    with database.session() as session:
        assert session.query(Council).one().name == "元の名前"
    assert kept is not None
    database.close()


def test_saves_are_reported_to_listeners(db_target: str) -> None:
    from app.models import Council

    database = workspace.open_database(db_target, daily_backup=False)
    seen = []
    database.add_save_listener(seen.append)
    with database.transaction() as session:
        session.add(Council(name="委員会"))
    assert len(seen) == 1
    assert workspace.last_saved_at(database) == seen[0]
    database.close()
