"""所属団体 in a list: add (Ctrl+N), edit (Enter), remove (Delete: archived when anything
refers to it, deleted otherwise), and bring an archived one back."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.members import organizations
from app.services.members.organizations import OrganizationRow
from app.services.problems import NotSaved
from app.services.workspace import Database
from app.texts.labels import label
from app.ui.dialogs.conflict_dialog import save_settling_conflicts
from app.ui.dialogs.organization_dialog import OrganizationDialog
from app.ui.tablemodels.filter_proxy import RowFilterProxy
from app.ui.tablemodels.row_model import Column, RowRole, RowTableModel, SortRole
from app.ui.widgets.save_failed import show_not_done
from app.ui.widgets.window_size import resize_within_screen


def _columns() -> list[Column]:
    return [
        Column(
            QT_TRANSLATE_NOOP("columns", "Organization name"),
            lambda r: r.name,
            lambda r: r.reading_key,
            stretch=True,
        ),
        Column(QT_TRANSLATE_NOOP("columns", "Reading"), lambda r: r.reading),
        Column(QT_TRANSLATE_NOOP("columns", "Kind"), lambda r: label(r.kind)),
        Column(QT_TRANSLATE_NOOP("columns", "Region"), lambda r: r.region),
        Column(QT_TRANSLATE_NOOP("columns", "Phone"), lambda r: r.phone),
        Column(
            QT_TRANSLATE_NOOP("columns", "Members"),
            lambda r: str(r.member_count),
            lambda r: r.member_count,
            True,
        ),
    ]


class OrganizationsDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.changed: set[int] = set()  # organizations added, edited, removed or restored
        self.setWindowTitle(self.tr("Organizations"))
        self.model = RowTableModel(_columns(), self)
        self.model.dimmed = lambda row: row.archived
        self.proxy = RowFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)
        self.view = QTableView(self)
        self.view.setObjectName("organizations")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # 五十音順
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.doubleClicked.connect(lambda _index: self.edit_current())
        self.show_archived = QCheckBox(self.tr("Show archived"), self)
        self.show_archived.toggled.connect(lambda _on: self._apply_filter())
        self.message = QLabel(self)
        buttons = QHBoxLayout()
        for text, shortcut, slot in (
            (self.tr("New…"), "Ctrl+N", self.new),
            (self.tr("Edit…"), "Return", self.edit_current),
            (self.tr("Remove"), "Delete", self.remove_current),
            (self.tr("Restore"), "", self.restore_current),
        ):
            button = QPushButton(f"{text} ({shortcut})" if shortcut else text, self)
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            buttons.addWidget(button)
            if shortcut:
                QShortcut(QKeySequence(shortcut), self.view, slot)
        buttons.addStretch(1)
        buttons.addWidget(self.show_archived)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        layout.addWidget(close)
        resize_within_screen(self, 900, 560)
        self.reload()

    def reload(self, select: int | None = None) -> None:
        self.model.set_rows(organizations.list_organizations(self.db))
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._apply_filter()
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(RowRole).id == select:
                self.view.selectRow(row)
                return
        if self.proxy.rowCount():
            self.view.selectRow(0)

    def _apply_filter(self) -> None:
        archived = self.show_archived.isChecked()
        self.proxy.set_predicate(None if archived else lambda row: not row.archived)

    def current(self) -> OrganizationRow | None:
        index = self.view.currentIndex()
        return index.siblingAtColumn(0).data(RowRole) if index.isValid() else None

    def new(self) -> None:
        saved = OrganizationDialog.run(self, self.db, None)
        if saved is not None and saved.id is not None:
            self.changed.add(saved.id)
            self.reload(select=saved.id)

    def edit_current(self) -> None:
        row = self.current()
        if row is not None and (saved := OrganizationDialog.run(self, self.db, row.id)):
            self.changed.add(row.id)
            self.reload(select=saved.id)

    def remove_current(self) -> None:
        row = self.current()
        if row is None or row.archived:
            return
        try:
            settled = save_settling_conflicts(
                self,
                lambda theirs: organizations.remove_organization(
                    self.db, row.id, version=(theirs or row).version
                ),
            )
        except NotSaved as error:
            show_not_done(self, self.tr("Removing the organization"), error)
            return
        self.changed.add(row.id)
        if settled.saved is not None:
            self.message.setText(
                (
                    self.tr("%1 is used in records and was archived (Show archived to see it).")
                    if settled.saved
                    else self.tr("%1 was deleted.")
                ).replace("%1", row.name)
            )
        self.reload()  # also shows theirs, if kept

    def restore_current(self) -> None:
        row = self.current()
        if row is not None and row.archived:
            try:
                save_settling_conflicts(
                    self,
                    lambda theirs: organizations.restore(
                        self.db, row.id, version=(theirs or row).version
                    ),
                )
            except NotSaved as error:
                show_not_done(self, self.tr("Restoring the organization"), error)
                return
            self.changed.add(row.id)
            self.reload(select=row.id)

    @classmethod
    def run(cls, parent: QWidget, db: Database) -> tuple[int, ...] | None:
        """Show the organizations until the user closes the dialog; returns the ids of
        those added, edited, removed or restored, or None when none was."""
        dialog = cls(db, parent)
        dialog.exec()
        return tuple(sorted(dialog.changed)) or None
