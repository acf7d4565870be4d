from pathlib import Path
from uuid import uuid4

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect
from sqlalchemy import text as sa_text
from sqlalchemy.exc import IntegrityError

from app.models import Base, SearchEntry
from app.models.search_entry import described_by_models
from app.services.capture import remarks as capture
from app.services.capture.rows import RemarkInput
from app.services.search import query as search
from app.services.search.folding import fold_for_match
from app.storage import migrate
from app.storage.database import Database, open_database
from app.storage.engine import make_engine, to_url
from tests.meeting_room import Room

# The owner columns 0004 made unique and 0006 turned into partial indexes (later owners,
# such as 0011's events, come with their indexes from the start).
OWNERS_AT_0006 = (
    "remark_id",
    "agenda_item_id",
    "action_item_id",
    "visit_id",
    "correspondence_id",
    "member_id",
)


def test_migrating_from_empty_gives_exactly_the_models(db: Database) -> None:
    assert migrate.current_revision(db.engine) == migrate.head_revision()
    with db.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_name": described_by_models}
        )
        assert compare_metadata(context, Base.metadata) == []


def test_the_head_read_from_the_scripts_is_alembics_head() -> None:
    scripts = ScriptDirectory.from_config(migrate.alembic_config())
    assert migrate.head_revision() == scripts.get_current_head()


def test_the_revision_read_from_the_database_is_alembics(db: Database, sqlite_file: Path) -> None:
    with db.engine.connect() as conn:
        assert (
            migrate.current_revision(db.engine)
            == MigrationContext.configure(conn).get_current_revision()
        )
    never_migrated = make_engine(to_url(sqlite_file))
    assert migrate.current_revision(never_migrated) is None
    never_migrated.dispose()


def test_script_location_is_inside_the_package() -> None:
    location = migrate.script_location()
    assert (location / "env.py").is_file()
    assert (location / "versions").is_dir()


def test_failed_migration_leaves_the_old_schema(
    sqlite_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = make_engine(to_url(sqlite_file))
    real_upgrade = command.upgrade

    def upgrade_then_crash(config, revision):  # type: ignore[no-untyped-def]
        real_upgrade(config, revision)
        raise RuntimeError("power cut")

    monkeypatch.setattr(command, "upgrade", upgrade_then_crash)
    with pytest.raises(migrate.MigrationError):
        migrate.upgrade(engine)
    # Transactional DDL: not one table of the new schema was left behind.
    assert inspect(engine).get_table_names() == []
    engine.dispose()


def test_existing_database_is_backed_up_before_a_migration(
    sqlite_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_database(sqlite_file, daily_backup=False).close()
    # Pretend a newer release with one more revision is starting on this file.
    monkeypatch.setattr(migrate, "head_revision", lambda: "9999")
    monkeypatch.setattr(migrate, "upgrade", lambda engine: None)
    database = open_database(sqlite_file, daily_backup=False)
    try:
        assert [path.name for path in database.backups_made if "pre-migration" in path.name]
    finally:
        database.close()


def _downgrade(database: Database, revision: str) -> None:
    """As ``migrate.upgrade`` does it: on SQLite with foreign keys off while batch mode
    recreates tables (a DROP of a parent table would otherwise be refused or cascade)."""
    with database.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        sqlite = conn.dialect.name == "sqlite" and raw is not None
        if sqlite:
            raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with conn.begin():
                command.downgrade(migrate.alembic_config(conn), revision)
        finally:
            if sqlite:
                raw.execute("PRAGMA foreign_keys=ON")


def _owner_uniques(database: Database) -> tuple[set[str], set[str]]:
    """Names of search_entry's unique constraints and of its unique indexes."""
    inspector = inspect(database.engine)
    constraints = {uq["name"] for uq in inspector.get_unique_constraints("search_entry")}
    indexes = {ix["name"] for ix in inspector.get_indexes("search_entry") if ix["unique"]}
    return {name for name in constraints if name}, {name for name in indexes if name}


def _say_at_0005(database: Database, room: Room, text: str) -> int:
    """A remark and its index entry written as the app did at 0005 (the models of today
    have columns a database at 0005 lacks)."""
    now = "2022-07-04 10:00:00.000000"
    with database.engine.begin() as conn:
        remark_id = conn.execute(
            sa_text(
                "INSERT INTO remark (agenda_item_id, position, speaker_member_id, speaker_name,"
                " kind, text, captured_at, response_status, response_text, uuid, created_at,"
                " updated_at, version) VALUES (:item, 99, :speaker, '', 'opinion', :text, :now,"
                " 'pending', '', :uuid, :now, :now, 1) RETURNING id"
            ),
            {
                "item": room.item_ids[0],
                "speaker": room.members["髙橋"],
                "text": text,
                "now": now,
                "uuid": str(uuid4()),
            },
        ).scalar_one()
        conn.execute(
            sa_text(
                "INSERT INTO search_entry (kind, remark_id, folded, status)"
                " VALUES ('remark', :remark, :folded, 'pending')"
            ),
            {"remark": remark_id, "folded": fold_for_match(text)},
        )
    return int(remark_id)


def test_0006_down_and_up_again_keeps_every_entry_searchable(db: Database, room: Room) -> None:
    def say(text: str) -> int:
        remark = RemarkInput(text=text, speaker_member_id=room.members["髙橋"])
        return capture.add_remark(db, room.item_ids[0], remark).id

    before = say("移行の前に記録した発言")
    owners = {f"uq_search_entry_{column}" for column in OWNERS_AT_0006}

    _downgrade(db, "0005")
    constraints, indexes = _owner_uniques(db)
    assert owners <= constraints | indexes  # 0004's unique constraints, whatever reflects them
    between = _say_at_0005(db, room, "移行の途中で記録した発言")  # the FTS5 triggers are back
    # read as 0005 stood (today's search reads owners added later): on SQLite through the
    # FTS5 mirror, whose triggers must be back; on PostgreSQL the column itself
    matching = (
        "id IN (SELECT rowid FROM search_fts WHERE search_fts MATCH '\"移行の\"')"
        if db.engine.dialect.name == "sqlite"
        else "folded LIKE '%%移行の%%'"
    )
    with db.engine.connect() as conn:
        found = conn.exec_driver_sql(f"SELECT remark_id FROM search_entry WHERE {matching}")
        assert set(found.scalars()) == {before, between}

    migrate.upgrade(db.engine)
    constraints, indexes = _owner_uniques(db)
    assert owners <= indexes and not owners & constraints
    after = say("移行の後に記録した発言")
    assert set(search.find(db, "移行の").get("remark", [])) == {before, between, after}
    with db.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_name": described_by_models}
        )
        assert compare_metadata(context, Base.metadata) == []
        if db.path is not None:  # FTS5 raises if the mirror and the entries disagree
            conn.exec_driver_sql(
                "INSERT INTO search_fts(search_fts, rank) VALUES ('integrity-check', 1)"
            )


def test_a_record_still_has_only_one_search_entry(db: Database, room: Room) -> None:
    remark = RemarkInput(text="一度だけ索引に載る発言", speaker_member_id=room.members["今"])
    rid = capture.add_remark(db, room.item_ids[0], remark).id
    with pytest.raises(IntegrityError), db.transaction() as session:
        session.add(SearchEntry(kind="remark", remark_id=rid, folded="重複", status=""))
