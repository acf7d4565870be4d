"""委員: the roster of members, filtered by text, role, archived and term ending soon."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QMessageBox,
    QWidget,
)

from app.services.codes import CouncilRole
from app.services.members import listing as members
from app.services.members import roster_export
from app.services.members.rows import MemberRow
from app.services.problems import NotSaved
from app.services.workspace import Database
from app.texts.labels import label
from app.ui.details.member_detail import MemberDetailPane
from app.ui.dialogs.conflict_dialog import save_settling_conflicts
from app.ui.dialogs.document_dialog import DocumentDialog
from app.ui.dialogs.import_dialog import ImportDialog
from app.ui.dialogs.member_dialog import MemberDialog
from app.ui.dialogs.organizations_dialog import OrganizationsDialog
from app.ui.signal_hub import RecordKind, SignalHub
from app.ui.tablemodels.members_model import COL_NAME, MembersTableModel
from app.ui.tabs import TabSpec
from app.ui.widgets.list_tab import ListTab
from app.ui.widgets.people_export import export_people
from app.ui.widgets.save_failed import show_not_done

TERM_ENDING_WITHIN = timedelta(days=90)


class MembersTab(ListTab):
    SHOWS = frozenset({RecordKind.MEMBER, RecordKind.ORGANIZATION})  # its name is shown
    LISTS = RecordKind.MEMBER

    def __init__(self, db: Database, hub: SignalHub, parent: QWidget | None = None) -> None:
        super().__init__(
            MembersTableModel(),
            lambda: members.list_members(db),
            QCoreApplication.translate("MembersTab", "No members yet."),
            hub,
            parent,
        )
        self.set_detail_pane(MemberDetailPane(db, hub, self))
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

        self.db = db
        self.tab_actions.set_filter_hint(self.tr("Filter by name, reading or organization"))
        self._make_actions()
        self.view.doubleClicked.connect(lambda _index: self.edit_action.trigger())

    def _make_actions(self) -> None:
        self.new_action = self.make_action(
            self.tr("&New Member…"),
            "Ctrl+N",
            self._on_new_triggered,
            icon="plus",
            tip=self.tr("New member"),
        )
        self.edit_action = self.make_action(
            self.tr("&Edit…"),
            ["Ctrl+E", "Return"],
            self._on_edit_triggered,
            icon="pencil-simple",
            tip=self.tr("Edit the selected member"),
        )
        self.remove_action = self.make_action(
            self.tr("&Remove"),
            "Delete",
            self._on_remove_triggered,
            icon="trash",
            tip=self.tr("Remove the selected member (archived if in records)"),
        )
        self.import_action = self.make_action(
            self.tr("&Import…"),
            "Ctrl+I",
            self._on_import_triggered,
            icon="file-arrow-down",
            tip=self.tr("Import members from Excel or CSV"),
        )
        self.export_action = self.make_action(
            self.tr("E&xport…"),
            "Ctrl+Shift+E",
            self._on_export_triggered,
            icon="file-arrow-up",
            tip=self.tr("Write the roster to Excel or CSV"),
            writes=False,
        )
        self.print_action = self.make_action(
            self.tr("&Print Roster…"),
            "Ctrl+P",
            self.print_roster,
            icon="printer",
            tip=self.tr("Roster as PDF or Word, with preview and printing"),
            writes=False,
        )
        self.organizations_action = self.make_action(
            self.tr("&Organizations…"),
            "Ctrl+Shift+G",
            self.show_organizations,
            icon="buildings",
            tip=self.tr("The organizations members belong to"),
        )

    def print_roster(self) -> None:
        """委員名簿 as PDF/Word, with preview and printing (contacts only when chosen)."""
        DocumentDialog.run(self, self.db)

    def show_organizations(self) -> None:
        changed = OrganizationsDialog.run(self, self.db)
        if changed is not None:
            self.announce(RecordKind.ORGANIZATION, changed)

    def selected_member(self) -> MemberRow | None:
        row: MemberRow | None = self.selected_row()
        return row

    def _on_new_triggered(self) -> None:
        saved = MemberDialog.run(self, self.db, None)
        if saved is not None:
            self.announce(RecordKind.MEMBER, [saved.id])

    def _on_edit_triggered(self) -> None:
        row: MemberRow | None = self.row_to_edit()
        if row is not None and MemberDialog.run(self, self.db, row.id) is not None:
            self.announce(RecordKind.MEMBER, [row.id])

    def _on_import_triggered(self) -> None:
        added = ImportDialog.run(self, self.db)
        if added is not None:
            self.announce(RecordKind.MEMBER)  # many new members: not said which
            self.messageRequested.emit(self.tr("Imported %1 members.").replace("%1", str(added)))

    def _on_export_triggered(self) -> None:
        done = export_people(
            self,
            self.tr("Export Roster"),
            self.tr("roster.xlsx"),
            lambda path, with_contact: roster_export.export_roster(
                self.db, path, with_contact=with_contact
            ),
        )
        if done is not None:
            self.messageRequested.emit(
                self.tr("Wrote %1 members to %2.")
                .replace("%1", str(done[0]))
                .replace("%2", str(done[1]))
            )

    def _on_remove_triggered(self) -> None:
        row: MemberRow | None = self.require_selection()
        if row is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove Member"),
            self.tr(
                "Remove %1? A member who appears in minutes, attendance or visits is archived "
                "(kept in those records, hidden from the roster) instead of deleted."
            ).replace("%1", row.full_name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            settled = save_settling_conflicts(
                self,
                lambda theirs: members.remove_member(
                    self.db, row.id, version=(theirs or row).version
                ),
            )
        except NotSaved as error:
            show_not_done(self, self.tr("Removing %1").replace("%1", row.full_name), error)
            return
        self.announce(RecordKind.MEMBER, [row.id])  # also shows theirs, if kept
        if settled.saved is not None:
            archived = settled.saved
            message = self.tr("%1 was archived.") if archived else self.tr("%1 was deleted.")
            self.messageRequested.emit(message.replace("%1", row.full_name))

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


TAB = TabSpec(
    key="members",
    title=str(QT_TRANSLATE_NOOP("MainWindow", "Members")),
    rank=10,
    make=MembersTab,
    records=frozenset({"member"}),
)
