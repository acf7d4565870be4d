"""What an event's documents would leave out, said before they are made."""

from __future__ import annotations

from dataclasses import replace

from app.services.documents.gaps import Gap, gaps
from app.services.documents.request import DocumentRequest
from app.services.events import editing
from app.services.events.rows import EventForm
from app.storage.database import Database
from tests.services.events.seed_event import TODAY, add_council, seed_event


def _gaps(db: Database, kind: str, event_id: int) -> tuple[Gap, ...]:
    return gaps(db, kind, DocumentRequest(event_id=event_id, today=TODAY))


def test_an_event_with_nothing_set_says_what_its_documents_lack(db: Database) -> None:
    add_council(db)
    saved = editing.save(db, EventForm(title="経営セミナー", held_on="2026-03-10"))
    assert saved.id is not None
    assert _gaps(db, "event-notice", saved.id) == (
        Gap.NO_PLACE,
        Gap.NO_START_TIME,
        Gap.NO_CONTACT,
    )
    for kind in ("reception-list", "badges", "participant-list"):
        assert _gaps(db, kind, saved.id) == (Gap.NO_PARTICIPANTS,), kind
    assert _gaps(db, "receipts", saved.id) == (Gap.NO_PAID,)


def test_the_seeds_event_lacks_nothing(db: Database) -> None:
    event_id = seed_event(db)
    for kind in ("event-notice", "reception-list", "badges", "participant-list", "receipts"):
        assert _gaps(db, kind, event_id) == (), kind
    # one way to apply is enough
    form = editing.load_form(db, event_id)
    editing.save(db, replace(form, contact_fax="", contact_email=""))
    assert _gaps(db, "event-notice", event_id) == ()
