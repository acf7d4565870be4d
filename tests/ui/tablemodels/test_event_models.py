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


def test_payment_shows_a_dash_where_nothing_is_due_and_the_state_where_a_fee_is(
    qapp,
    db: Database,  # type: ignore[no-untyped-def]
) -> None:
    from app.services.events.codes import ParticipantRole, PaymentState
    from app.services.events.rows import FeeInput
    from app.ui.tablemodels.participants_model import COL_NAME, COL_PAYMENT

    saved = editing.save(
        db,
        EventForm(
            title="DXセミナー",
            held_on="2026-11-20",
            fees=(FeeInput("会員", "0"), FeeInput("一般", "1000")),
        ),
    )
    assert saved.id is not None
    for name, category, role, payment in (
        ("会員 太郎", "会員", ParticipantRole.PARTICIPANT, PaymentState.UNPAID),
        ("一般 花子", "一般", ParticipantRole.PARTICIPANT, PaymentState.UNPAID),
        ("受領 次郎", "一般", ParticipantRole.PARTICIPANT, PaymentState.RECEIVED),
        ("講師 三郎", "", ParticipantRole.SPEAKER, PaymentState.UNPAID),
    ):
        form = ParticipantForm(name=name, fee_category=category, role=role, payment=payment)
        participants.add_participant(db, saved.id, form)
    model = ParticipantsTableModel()
    model.fees = {"会員": 0, "一般": 1000}
    model.set_rows(participants.list_participants(db, saved.id))
    shown = {
        model.index(row, COL_NAME).data(): model.index(row, COL_PAYMENT).data()
        for row in range(model.rowCount())
    }
    assert shown == {
        "会員 太郎": "―",
        "一般 花子": "Fee not yet paid",
        "受領 次郎": "Fee received",
        "講師 三郎": "―",
    }
