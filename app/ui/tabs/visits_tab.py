"""視察・訪問: visits we made and delegations we hosted."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from app.services import visits
from app.services.workspace import Database
from app.ui.tablemodels.visits_model import COL_START, VisitsTableModel
from app.ui.widgets.list_tab import ListTab


class VisitsTab(ListTab):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(
            VisitsTableModel(),
            lambda: visits.list_visits(db),
            QCoreApplication.translate("VisitsTab", "No visits yet."),
            parent,
        )
        self.view.sortByColumn(COL_START, Qt.SortOrder.DescendingOrder)
