"""The members table sorts by reading through Qt's proxy as the roster does: family
reading first, then the given reading (沼 before 沼田, whatever the given names)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.services.members import listing as members
from app.services.workspace import Database
from app.ui.tablemodels.filter_proxy import RowFilterProxy
from app.ui.tablemodels.members_model import COL_NAME, COL_READING, MembersTableModel
from app.ui.tablemodels.row_model import RowRole
from tests.shared_prefixes import EXPECTED_NAMES, add_shared_prefix_members


@pytest.mark.parametrize("column", [COL_NAME, COL_READING])
def test_the_proxy_sorts_shared_family_name_prefixes_family_reading_first(
    qapp, db: Database, column: int
) -> None:  # type: ignore[no-untyped-def]
    add_shared_prefix_members(db)
    model = MembersTableModel()
    model.set_rows(list(reversed(members.list_members(db))))  # not in the service's order
    proxy = RowFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(column, Qt.SortOrder.AscendingOrder)
    shown = [proxy.index(row, 0).data(RowRole).full_name for row in range(proxy.rowCount())]
    assert shown == EXPECTED_NAMES
    proxy.sort(column, Qt.SortOrder.DescendingOrder)
    shown = [proxy.index(row, 0).data(RowRole).full_name for row in range(proxy.rowCount())]
    assert shown == EXPECTED_NAMES[::-1]
