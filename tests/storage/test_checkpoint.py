import time
from pathlib import Path

from sqlalchemy import Engine, select, text

from app.models import Council
from app.storage.checkpoint import checkpoint
from app.storage.database import open_database
from app.storage.engine import make_engine, to_url

PAGE = 4096


def _write(engine: Engine, commits: int, start: int = 0) -> None:
    """One commit per row of two pages, as a day of capture writes many small commits."""
    for number in range(start, start + commits):
        with engine.begin() as conn:
            conn.execute(
                text("INSERT INTO t (id, data) VALUES (:n, :d)"),
                {"n": number, "d": b"x" * 2 * PAGE},
            )


def _engine(path: Path) -> Engine:
    engine = make_engine(to_url(path))
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE t (id INTEGER PRIMARY KEY, data BLOB)"))
    return engine


def test_no_commit_checkpoints_the_log_itself(sqlite_file: Path) -> None:
    engine = _engine(sqlite_file)
    try:
        _write(engine, 600)  # past SQLite's automatic checkpoint at 1,000 pages
        result = checkpoint(sqlite_file)
    finally:
        engine.dispose()
    assert result.log_pages > 1000
    assert result.copied_pages == result.log_pages
    assert not result.busy


def test_a_checkpoint_keeps_the_log_from_growing(sqlite_file: Path) -> None:
    engine = _engine(sqlite_file)
    wal = sqlite_file.with_name(sqlite_file.name + "-wal")
    try:
        _write(engine, 200)
        first = checkpoint(sqlite_file)
        size = wal.stat().st_size
        _write(engine, 200, start=200)
        second = checkpoint(sqlite_file)
        assert second.log_pages <= first.log_pages  # the log started again from the top
        assert wal.stat().st_size == size
        with engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM t")).scalar_one() == 400
    finally:
        engine.dispose()


def test_the_open_database_checkpoints_after_writes_on_its_own_thread(sqlite_file: Path) -> None:
    db = open_database(sqlite_file, daily_backup=False)
    try:
        assert db.checkpointer is not None
        db.checkpointer.stop()
        db.checkpointer = None
        db.start_checkpoints(interval=0.01, quiet=0.0)
        checkpointer = db.checkpointer
        assert checkpointer is not None
        with db.transaction() as session:
            session.add(Council(name="みなと市ものづくり革新委員会"))
        for _ in range(3000):  # a synchronisation guard, not a speed requirement
            if checkpointer.checkpoints:
                break
            time.sleep(0.01)
        assert checkpointer.checkpoints >= 1
        assert checkpointer.last_error is None
        pending = checkpoint(sqlite_file)
        assert pending.copied_pages == pending.log_pages
    finally:
        db.close()


def test_clean_close_stops_the_thread_and_leaves_no_log(sqlite_file: Path) -> None:
    db = open_database(sqlite_file, daily_backup=False)
    with db.transaction() as session:
        session.add(Council(name="みなと市ものづくり革新委員会"))
    checkpointer = db.checkpointer
    assert checkpointer is not None
    db.close()
    assert not checkpointer.running
    assert not sqlite_file.with_name(sqlite_file.name + "-wal").exists()
    db = open_database(sqlite_file, daily_backup=False)
    try:
        with db.session() as session:
            assert session.scalars(select(Council.name)).one() == "みなと市ものづくり革新委員会"
    finally:
        db.close()


def test_a_migration_leaves_an_empty_log_behind(sqlite_file: Path) -> None:
    db = open_database(sqlite_file, daily_backup=False)  # migrates a new file to head
    try:
        assert sqlite_file.with_name(sqlite_file.name + "-wal").stat().st_size == 0
    finally:
        db.close()
