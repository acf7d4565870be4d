"""0012 gives participants the reading of their organisation: those recorded before keep
everything and read "" (their lists fall back on the roster and on names in kana); going
down and up again gives exactly the models."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from app.models import Base
from app.models.search_entry import described_by_models
from app.services.events import editing, participants
from app.services.events.rows import EventForm, ParticipantForm
from app.storage import migrate
from app.storage.database import Database
from tests.storage.test_migrations import _downgrade


def _columns(db: Database) -> set[str]:
    return {c["name"] for c in inspect(db.engine).get_columns("event_participant")}


def test_0012_adds_the_organisation_reading_and_keeps_the_participants(db: Database) -> None:
    salon = editing.save(db, EventForm(title="交流サロン", held_on="2025-11-05"))
    assert salon.id is not None
    form = ParticipantForm(name="青木 一郎", organization_name="株式会社浜田精機")
    participants.add_participant(db, salon.id, form)

    _downgrade(db, "0011")
    assert "organization_reading" not in _columns(db)

    migrate.upgrade(db.engine)
    assert migrate.current_revision(db.engine) == migrate.head_revision()
    with db.engine.connect() as conn:
        kept = conn.execute(
            text("SELECT name, organization_name, organization_reading FROM event_participant")
        ).all()
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_name": described_by_models}
        )
        assert compare_metadata(context, Base.metadata) == []
    assert [tuple(row) for row in kept] == [("青木 一郎", "株式会社浜田精機", "")]
    typed = ParticipantForm(name="井上 二郎", organization_reading="とうわせいき")
    added = participants.add_participant(db, salon.id, typed)
    assert participants.load_participant(db, added.id).organization_reading == "とうわせいき"
