from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from app.models import Base
from app.models.search_entry import described_by_models
from app.storage import migrate
from app.storage.database import Database, open_database
from app.storage.engine import make_engine, to_url


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
