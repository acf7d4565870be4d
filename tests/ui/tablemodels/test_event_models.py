"""The events list's and the participants' table models pass Qt's model tester."""

from __future__ import annotations

from PySide6.QtTest import QAbstractItemModelTester

from app.services.events import editing, listing, participants
from app.services.events.rows import EventForm, ParticipantForm
from app.services.workspace import Database
from app.ui.tablemodels.events_model import COL_APPLIED, EventsTableModel
from app.ui.tablemodels.participants_model import COL_STATE, ParticipantsTableModel
from app.ui.tablemodels.row_model import RowRole, SortRole


def test_event_and_participant_models_pass_the_qt_model_tester(qapp, db: Database) -> None:  # type: ignore[no-untyped-def]
    saved = editing.save(db, EventForm(title="交流会", held_on="2026-11-20", capacity="1"))
    assert saved.id is not None
    for name in ("青木", "井上"):
        participants.add_participant(db, saved.id, ParticipantForm(name=name))
    events = EventsTableModel()
    QAbstractItemModelTester(events, QAbstractItemModelTester.FailureReportingMode.Fatal)
    rows = listing.list_events(db)
    events.set_rows(rows)
    assert events.data(events.index(0, 0), RowRole) == rows[0]
    assert events.index(0, COL_APPLIED).data() == "1/1"
    assert events.data(events.index(0, COL_APPLIED), SortRole) == 1
    people = ParticipantsTableModel()
    QAbstractItemModelTester(people, QAbstractItemModelTester.FailureReportingMode.Fatal)
    people.set_rows(participants.list_participants(db, saved.id))
    assert [people.index(r, COL_STATE).data() for r in range(2)] == [
        "Attending",
        "On the waitlist 1",
    ]
