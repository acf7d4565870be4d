"""Every table model passes Qt's own model tester, over real rows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtTest import QAbstractItemModelTester

from app.demo import loader as demo
from app.demo.data import DEMO_AS_OF
from app.services.correspondence import listing as correspondence
from app.services.meetings import listing as meetings
from app.services.members import listing as members
from app.services.visits import listing as visits
from app.services.workspace import Database
from app.ui.tablemodels.correspondence_model import CorrespondenceTableModel
from app.ui.tablemodels.meetings_model import MeetingsTableModel
from app.ui.tablemodels.members_model import MembersTableModel
from app.ui.tablemodels.row_model import Column, Pages, RowRole, RowTableModel, SortRole
from app.ui.tablemodels.visits_model import VisitsTableModel

CASES = [
    (MembersTableModel, members.list_members),
    (MeetingsTableModel, meetings.list_meetings),
    (VisitsTableModel, visits.list_visits),
    (CorrespondenceTableModel, correspondence.list_correspondence),
]


@pytest.mark.parametrize(("model_class", "fetch"), CASES)
def test_model_passes_the_qt_model_tester(qapp, db: Database, model_class, fetch) -> None:  # type: ignore[no-untyped-def]
    demo.load_demo(db, today=DEMO_AS_OF)
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
    from app.texts.labels import label

    assert VisitDirection.OUTGOING == CorrespondenceDirection.OUTGOING  # same code "outgoing"
    assert label(VisitDirection.OUTGOING) == "Visit"
    assert label(CorrespondenceDirection.OUTGOING) == "Sent"


def test_pages_are_read_only_as_rows_are_fetched(qapp) -> None:  # type: ignore[no-untyped-def]
    reads: list[int] = []
    counts: list[int] = []

    def after(last: int) -> list[int]:
        reads.append(last)
        return list(range(last + 1, min(last + 4, 10)))

    def count() -> int:
        counts.append(10)
        return 10

    model = RowTableModel([Column("n", str, lambda n: -n)])
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.BATCH_SIZE = 2
    model.set_rows(Pages([0, 1, 2], count, after))
    assert (model.rowCount(), reads, counts) == (2, [], [])  # nothing read or counted yet
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert (model.rowCount(), reads) == (6, [2])
    assert model.data(model.index(5, 0), SortRole) == -5
    assert model.total_rows() == 10 and counts == [10]  # counted when asked
    assert model.load_row_where(lambda n: n == 8) == 8 and model.rowCount() >= 9
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert (model.rowCount(), reads) == (10, [2, 5, 8])  # the count says row 9 is the last


def test_pages_end_with_an_empty_page_when_not_counted(qapp) -> None:  # type: ignore[no-untyped-def]
    model = RowTableModel([Column("n", str)])
    model.BATCH_SIZE = 2
    model.set_rows(Pages([0, 1], lambda: 99, lambda last: [2] if last < 2 else []))
    model.fetchMore(QModelIndex())
    assert not model.canFetchMore(QModelIndex())
    assert model.rowCount() == model.total_rows() == 3  # what was read is all there is
