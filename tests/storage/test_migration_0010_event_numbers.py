"""0010 numbers the participants already recorded (受付番号, per event, in the order
recorded), adds receipt numbers and the remembered import mapping; going down and up
again gives exactly the models."""

from __future__ import annotations

from datetime import UTC, datetime

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

NEW_COLUMNS = {"number", "receipt_fiscal_year", "receipt_number", "receipt_issued_on"}


def _columns(db: Database, table: str) -> set[str]:
    return {c["name"] for c in inspect(db.engine).get_columns(table)}


def test_0010_numbers_the_participants_recorded_before_it(db: Database) -> None:
    salon = editing.save(db, EventForm(title="交流サロン", held_on="2025-11-05"))
    fair = editing.save(db, EventForm(title="商談会", held_on="2026-02-10"))
    for event, name in ((salon, "甲"), (fair, "乙"), (salon, "丙"), (fair, "丁"), (salon, "戊")):
        participants.add_participant(
            db,
            event.id,
            ParticipantForm(name=name, applied_at=datetime(2025, 10, 1, 9, tzinfo=UTC)),
        )

    _downgrade(db, "0009")
    assert not NEW_COLUMNS & _columns(db, "event_participant")
    assert "import_mapping" not in _columns(db, "event")

    migrate.upgrade(db.engine)
    assert migrate.current_revision(db.engine) == migrate.head_revision()
    with db.engine.connect() as conn:
        numbered = conn.execute(
            text("SELECT event_id, name, number FROM event_participant ORDER BY id")
        ).all()
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_name": described_by_models}
        )
        assert compare_metadata(context, Base.metadata) == []
    assert [tuple(r) for r in numbered] == [
        (salon.id, "甲", 1),
        (fair.id, "乙", 1),
        (salon.id, "丙", 2),
        (fair.id, "丁", 2),
        (salon.id, "戊", 3),
    ]
    added = participants.add_participant(db, salon.id, ParticipantForm(name="己"))
    assert added.number == 4
