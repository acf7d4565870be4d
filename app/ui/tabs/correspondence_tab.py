"""文書: the register of letters received and sent."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from app.services import correspondence
from app.services.workspace import Database
from app.ui.tablemodels.correspondence_model import COL_DATE, CorrespondenceTableModel
from app.ui.widgets.list_tab import ListTab


class CorrespondenceTab(ListTab):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(
            CorrespondenceTableModel(),
            lambda: correspondence.list_correspondence(db),
            QCoreApplication.translate("CorrespondenceTab", "No letters registered yet."),
            parent,
        )
        self.view.sortByColumn(COL_DATE, Qt.SortOrder.DescendingOrder)
