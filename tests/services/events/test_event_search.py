"""What the search would index of events and participants (the sources are ready; the
index needs its owner columns first, see ``app/services/events/search.py``): an event by
its title, theme, venue and timetable; a participant by name, reading and company, never
by e-mail, phone or address; a participant's hit names the event to open."""

from __future__ import annotations

from datetime import UTC, date, datetime

from app.services.events import editing, participants
from app.services.events import search as event_search
from app.services.events.rows import EventForm, ParticipantForm, TimetableInput
from app.services.search.sources import SearchSource, SourceDoc
from app.storage.database import Database

SEMINAR = EventForm(
    title="ものづくりDXセミナー",
    held_on="2025-10-24",
    theme="中小製造業のデジタル活用",
    venue_name="みなと市産業振興センター",
    timetable=(TimetableInput("14:10〜15:20", "基調講演", "東 雅彦", "みなと工科大学"),),
)


def _docs(db: Database, source: SearchSource) -> list[SourceDoc]:
    with db.engine.connect() as conn:
        return [source.document(row) for row in conn.execute(source.query())]


def test_an_event_is_found_by_its_title_theme_venue_and_timetable(db: Database) -> None:
    event_id = editing.save(db, SEMINAR).id
    (doc,) = _docs(db, event_search.EVENTS)
    assert (doc.kind, doc.owner_id, doc.event_id) == ("event", event_id, event_id)
    for wanted in (
        "ものづくりDXセミナー",
        "デジタル活用",
        "産業振興センター",
        "東 雅彦",
        "みなと工科大学",
    ):
        assert wanted in doc.text
    assert (doc.happened_on, doc.fiscal_year, doc.context) == (
        date(2025, 10, 24),
        2025,
        "ものづくりDXセミナー",
    )


def test_a_participant_is_found_by_name_and_company_not_by_contact_details(
    db: Database,
) -> None:
    event_id = editing.save(db, SEMINAR).id or 0
    form = ParticipantForm(
        name="中村 浩二",
        reading="なかむら こうじ",
        organization_name="株式会社港精密",
        organization_reading="みなとせいみつ",
        title="代表取締役",
        email="nakamura@minato-seimitsu.example.jp",
        phone="046-555-9999",
        postal_code="243-0911",
        address="みなと市港北工業団地1番1号",
        applied_at=datetime(2025, 10, 1, tzinfo=UTC),
    )
    participant_id = participants.add_participant(db, event_id, form).id
    (doc,) = _docs(db, event_search.PARTICIPANTS)
    assert (doc.kind, doc.owner_id, doc.event_id) == ("participant", participant_id, event_id)
    for wanted in (
        "中村 浩二",
        "なかむら こうじ",
        "株式会社港精密",
        "代表取締役",
        "みなとせいみつ",
    ):
        assert wanted in doc.text
    for private in ("nakamura@", "046-555-9999", "243-0911", "港北工業団地"):
        assert private not in doc.text and private not in doc.person
    assert (doc.context, doc.happened_on) == ("ものづくりDXセミナー", date(2025, 10, 24))
    (follows,) = event_search.PARTICIPANTS.follows
    with db.engine.connect() as conn:
        assert list(follows.ids(conn, {event_id})) == [participant_id]
