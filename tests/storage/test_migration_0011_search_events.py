"""0011 lets the search index own entries of events and their participants; going down
removes those entries (and nothing else), up again gives exactly the models, and a
saved event is found again."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from app.models import Base
from app.models.search_entry import described_by_models
from app.services.events import editing, participants
from app.services.events.rows import EventForm, ParticipantForm
from app.services.search import query as search
from app.storage import migrate
from app.storage.database import Database
from tests.storage.test_migrations import _downgrade


def test_0011_down_and_up_keeps_the_index_whole(db: Database) -> None:
    salon = editing.save(db, EventForm(title="ものづくり交流サロン", held_on="2025-11-05"))
    assert salon.id is not None
    guest = participants.add_participant(
        db, salon.id, ParticipantForm(name="港 太郎", organization_name="港精密株式会社")
    )
    assert search.find(db, "交流サロン").get("event") == [salon.id]
    assert search.find(db, "港精密").get("participant") == [guest.id]

    _downgrade(db, "0010")
    with db.engine.connect() as conn:
        kinds = set(conn.exec_driver_sql("SELECT DISTINCT kind FROM search_entry").scalars())
    assert not kinds & {"event", "participant"}

    migrate.upgrade(db.engine)
    assert migrate.current_revision(db.engine) == migrate.head_revision()
    with db.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_name": described_by_models}
        )
        assert compare_metadata(context, Base.metadata) == []
        if db.path is not None:  # FTS5 raises if the mirror and the entries disagree
            conn.exec_driver_sql(
                "INSERT INTO search_fts(search_fts, rank) VALUES ('integrity-check', 1)"
            )
    editing.save(db, editing.load_form(db, salon.id))
    assert search.find(db, "交流サロン").get("event") == [salon.id]
