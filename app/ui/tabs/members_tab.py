"""委員: the roster of members, filtered by text, role, archived and term ending soon."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QWidget

from app.services import members
from app.services.codes import CouncilRole
from app.services.rows import MemberRow
from app.services.workspace import Database
from app.ui.labels import label
from app.ui.tablemodels.members_model import COL_NAME, MembersTableModel
from app.ui.widgets.list_tab import ListTab

TERM_ENDING_WITHIN = timedelta(days=90)


class MembersTab(ListTab):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(
            MembersTableModel(),
            lambda: members.list_members(db),
            QCoreApplication.translate("MembersTab", "No members yet."),
            parent,
        )
        self.role_filter = QComboBox(self)
        self.role_filter.setObjectName("role_filter")
        self.role_filter.addItem(self.tr("All roles"), None)
        for role in CouncilRole:
            self.role_filter.addItem(label(role), role)
        self.term_filter = QCheckBox(self.tr("Term ends within 3 months"), self)
        self.term_filter.setObjectName("term_filter")
        self.archived_filter = QCheckBox(self.tr("Show archived"), self)
        self.archived_filter.setObjectName("archived_filter")
        for widget in (self.role_filter, self.term_filter, self.archived_filter):
            self.add_filter_widget(widget)
        self.role_filter.currentIndexChanged.connect(self._on_filters_changed)
        self.term_filter.toggled.connect(self._on_filters_changed)
        self.archived_filter.toggled.connect(self._on_filters_changed)
        self._on_filters_changed()
        self.view.sortByColumn(COL_NAME, Qt.SortOrder.AscendingOrder)

    def _on_filters_changed(self) -> None:
        role = self.role_filter.currentData()
        show_archived = self.archived_filter.isChecked()
        term_soon = self.term_filter.isChecked()
        limit = date.today() + TERM_ENDING_WITHIN

        def accept(row: MemberRow) -> bool:
            if row.archived and not show_archived:
                return False
            if role is not None and row.council_role != role:
                return False
            return not term_soon or (row.term_end is not None and row.term_end <= limit)

        self.set_row_predicate(accept)
