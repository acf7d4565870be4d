"""The door's list passes Qt's model tester, shows each state and colours those not
attending."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from app.services.events import checkin, participants
from app.services.events.reception_rows import DoorPayment
from app.services.events.reception_search import reception_entries
from app.services.workspace import Database
from app.ui.tablemodels.reception_model import COL_FEE, COL_NAME, COL_STATE, ReceptionTableModel
from app.ui.tablemodels.row_model import RowRole
from tests.ui.events.test_reception_acceptance import seminar


def test_the_reception_model_passes_the_qt_model_tester(qapp, db: Database) -> None:  # type: ignore[no-untyped-def]
    event_id = seminar(db)
    first = next(e for e in reception_entries(db, event_id) if e.fee_due)
    checkin.check_in(db, first.id, first.version, payment=DoorPayment.RECEIVED)
    last = participants.list_participants(db, event_id)[-1]
    participants.cancel_participant(db, last.id, last.version)
    model = ReceptionTableModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    rows = reception_entries(db, event_id)
    model.set_rows(rows)
    assert model.rowCount() == 45
    assert model.data(model.index(0, 0), RowRole) == rows[0]
    shown = {
        model.index(row, COL_NAME).data(): (
            model.index(row, COL_FEE).data(),
            model.index(row, COL_STATE).data(),
            model.index(row, COL_STATE).data(Qt.ItemDataRole.ForegroundRole),
        )
        for row in range(model.rowCount())
    }
    fee, state, colour = shown[first.name]
    assert fee == "一般 paid ¥1,000" and state.startswith("In ") and colour is not None
    fee, state, colour = shown[last.name]
    assert state == "Cancelled" and colour is not None
