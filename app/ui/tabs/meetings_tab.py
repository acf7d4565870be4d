"""会議: meetings of every body, newest first."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from app.services import meetings
from app.services.workspace import Database
from app.ui.tablemodels.meetings_model import COL_DATE, MeetingsTableModel
from app.ui.widgets.list_tab import ListTab


class MeetingsTab(ListTab):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(
            MeetingsTableModel(),
            lambda: meetings.list_meetings(db),
            QCoreApplication.translate("MeetingsTab", "No meetings yet."),
            parent,
        )
        self.view.sortByColumn(COL_DATE, Qt.SortOrder.DescendingOrder)
