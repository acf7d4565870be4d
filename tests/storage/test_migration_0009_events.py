"""0009 adds the events tables; going down to 0008 removes them and nothing else, and
up again gives exactly the models."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from app.models import Base
from app.models.search_entry import described_by_models
from app.services.events import editing
from app.services.events.rows import EventForm
from app.services.members import listing as members
from app.storage import migrate
from app.storage.database import Database
from tests.storage.test_migrations import _downgrade

EVENT_TABLES = {"event", "event_fee", "timetable_entry", "event_participant"}


def test_0009_down_removes_the_events_tables_and_up_brings_them_back(db: Database) -> None:
    editing.save(db, EventForm(title="交流サロン", held_on="2025-11-05"))
    before = set(inspect(db.engine).get_table_names())
    assert before >= EVENT_TABLES

    _downgrade(db, "0008")
    assert migrate.current_revision(db.engine) == "0008"
    assert set(inspect(db.engine).get_table_names()) == before - EVENT_TABLES
    assert members.list_members(db, include_archived=True) == []  # the rest still reads

    migrate.upgrade(db.engine)
    assert migrate.current_revision(db.engine) == migrate.head_revision()
    with db.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_name": described_by_models}
        )
        assert compare_metadata(context, Base.metadata) == []
    saved = editing.save(db, EventForm(title="商談会", held_on="2026-02-10"))
    assert saved.id == 1  # a fresh table
