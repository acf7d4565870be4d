"""委員: the roster of members and their organizations."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from app.services import members
from app.services.workspace import Database
from app.ui.tablemodels.members_model import COL_NAME, MembersTableModel
from app.ui.widgets.list_tab import ListTab


class MembersTab(ListTab):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(
            MembersTableModel(),
            lambda: members.list_members(db),
            QCoreApplication.translate("MembersTab", "No members yet."),
            parent,
        )
        self.view.sortByColumn(COL_NAME, Qt.SortOrder.AscendingOrder)
