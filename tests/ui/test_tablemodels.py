"""Every table model passes Qt's own model tester, over real rows."""

from __future__ import annotations

import pytest
from PySide6.QtTest import QAbstractItemModelTester

from app.services import correspondence, demo, meetings, members, visits
from app.services.workspace import Database
from app.ui.tablemodels.correspondence_model import CorrespondenceTableModel
from app.ui.tablemodels.meetings_model import MeetingsTableModel
from app.ui.tablemodels.members_model import MembersTableModel
from app.ui.tablemodels.row_model import RowRole, SortRole
from app.ui.tablemodels.visits_model import VisitsTableModel

CASES = [
    (MembersTableModel, members.list_members),
    (MeetingsTableModel, meetings.list_meetings),
    (VisitsTableModel, visits.list_visits),
    (CorrespondenceTableModel, correspondence.list_correspondence),
]


@pytest.mark.parametrize(("model_class", "fetch"), CASES)
def test_model_passes_the_qt_model_tester(qapp, db: Database, model_class, fetch) -> None:  # type: ignore[no-untyped-def]
    demo.load_demo(db)
    model = model_class()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    rows = fetch(db)
    model.set_rows(rows)
    assert model.rowCount() == len(rows)
    first = model.index(0, 0)
    assert model.data(first, RowRole) == rows[0]
    assert model.data(first, SortRole) is not None


def test_rows_arrive_in_batches(qapp) -> None:  # type: ignore[no-untyped-def]
    model = MembersTableModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.BATCH_SIZE = 10
    fake = [object()] * 25
    model.dimmed = lambda row: False
    model.set_rows(fake)
    assert model.rowCount() == 10
    assert model.canFetchMore(model.index(-1, -1))
    model.fetchMore(model.index(-1, -1))
    model.fetchMore(model.index(-1, -1))
    assert model.rowCount() == 25
    assert not model.canFetchMore(model.index(-1, -1))


def test_equal_codes_of_different_kinds_keep_their_own_labels(qapp) -> None:  # type: ignore[no-untyped-def]
    from app.services.codes import CorrespondenceDirection, VisitDirection
    from app.ui.labels import label

    assert VisitDirection.OUTGOING == CorrespondenceDirection.OUTGOING  # same code "outgoing"
    assert label(VisitDirection.OUTGOING) == "Visit"
    assert label(CorrespondenceDirection.OUTGOING) == "Sent"
