"""文書: the register of letters received and sent, per fiscal year; overdue replies stand
out; new letters take the next number; attachments are kept with the letter."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QMessageBox, QWidget

from app.services.codes import CorrespondenceDirection, CorrespondenceStatus
from app.services.correspondence import listing as correspondence
from app.services.correspondence import register
from app.services.correspondence.rows import CorrespondenceRow
from app.services.problems import NotSaved
from app.services.workspace import Database
from app.texts.labels import label
from app.ui.details.letter_detail import LetterDetailPane
from app.ui.dialogs.attachments_dialog import AttachmentsDialog
from app.ui.dialogs.conflict_dialog import save_settling_conflicts
from app.ui.dialogs.letter_dialog import LetterDialog
from app.ui.signal_hub import RecordKind, SignalHub
from app.ui.tablemodels.correspondence_model import COL_DATE, CorrespondenceTableModel
from app.ui.tablemodels.row_model import pages_by_id
from app.ui.tabs import TabSpec
from app.ui.widgets.list_tab import ListTab
from app.ui.widgets.save_failed import show_not_done

OVERDUE = QColor("#b00020")
_NEXT_STATUS = {
    CorrespondenceStatus.OPEN: CorrespondenceStatus.REPLIED,
    CorrespondenceStatus.REPLIED: CorrespondenceStatus.DONE,
}


class CorrespondenceTab(ListTab):
    # A letter shows the title of the meeting or visit it belongs to.
    SHOWS = frozenset({RecordKind.LETTER, RecordKind.MEETING, RecordKind.VISIT})
    LISTS = RecordKind.LETTER

    def __init__(self, db: Database, hub: SignalHub, parent: QWidget | None = None) -> None:
        super().__init__(
            CorrespondenceTableModel(),
            lambda: pages_by_id(
                correspondence.letter_ids(db),
                lambda ids: correspondence.letters(db, ids),
                correspondence.PAGE_SIZE,
            ),
            QCoreApplication.translate("CorrespondenceTab", "No letters registered yet."),
            hub,
            parent,
        )
        self.set_detail_pane(LetterDetailPane(db, hub, self))
        self.db = db
        self.today = date.today()
        self.model.foreground = lambda row: (
            QBrush(OVERDUE) if correspondence.is_overdue(row, self.today) else None
        )
        self.year_filter = QComboBox(self)
        self.year_filter.setObjectName("year_filter")
        self.direction_filter = QComboBox(self)
        self.direction_filter.setObjectName("direction_filter")
        self.direction_filter.addItem(self.tr("Received and sent"), None)
        for direction in CorrespondenceDirection:
            self.direction_filter.addItem(label(direction), direction)
        for combo in (self.year_filter, self.direction_filter):
            self.add_filter_widget(combo)
            combo.currentIndexChanged.connect(self._on_filters_changed)
        self.proxy.set_arrival_order(COL_DATE, Qt.SortOrder.DescendingOrder)  # newest first
        self.view.sortByColumn(COL_DATE, Qt.SortOrder.DescendingOrder)
        self.tab_actions.set_filter_hint(self.tr("Filter by number, counterparty or subject"))
        self._make_actions()
        self.view.doubleClicked.connect(lambda _index: self.edit_action.trigger())

    def _make_actions(self) -> None:
        self.received_action = self.make_action(
            self.tr("&Received…"),
            "Ctrl+R",
            lambda: self.new_letter(CorrespondenceDirection.INCOMING),
            icon="tray",
            tip=self.tr("Register a letter received"),
        )
        self.sent_action = self.make_action(
            self.tr("&Sent…"),
            "Ctrl+N",
            lambda: self.new_letter(CorrespondenceDirection.OUTGOING),
            icon="paper-plane-tilt",
            tip=self.tr("Register a letter to send"),
        )
        self.edit_action = self.make_action(
            self.tr("&Edit…"),
            ["Ctrl+E", "Return"],
            self.edit_letter,
            icon="pencil-simple",
            tip=self.tr("Correct the selected letter (its number stays)"),
        )
        self.status_action = self.make_action(
            self.tr("&Advance Status"),
            "Ctrl+Shift+Right",
            self.advance_status,
            icon="arrow-circle-right",
            tip=self.tr("Advance the status: open, replied, done"),
        )
        self.attachments_action = self.make_action(
            self.tr("A&ttachments…"),
            "Ctrl+Shift+A",
            self.show_attachments,
            icon="paperclip",
            tip=self.tr("Files kept with the letter"),
        )
        self.void_action = self.make_action(
            self.tr("&Void Number…"),
            "Ctrl+Delete",
            self.void,
            icon="prohibit",
            tip=self.tr("Void the number: it stays in the register, never reused"),
        )

    def reload(self) -> None:
        super().reload()
        self._fill_years(correspondence.fiscal_years(self.db))  # the rows come page by page

    def _fill_years(self, years: Sequence[int]) -> None:
        chosen = self.year_filter.currentData()
        self.year_filter.blockSignals(True)
        self.year_filter.clear()
        self.year_filter.addItem(self.tr("All fiscal years"), None)
        for year in years:
            self.year_filter.addItem(correspondence.fiscal_year_label(year), year)
        self.year_filter.setCurrentIndex(max(self.year_filter.findData(chosen), 0))
        self.year_filter.blockSignals(False)
        self._on_filters_changed()

    def _on_filters_changed(self) -> None:
        year = self.year_filter.currentData()
        direction = self.direction_filter.currentData()
        self.set_row_predicate(
            lambda row: (
                (year is None or row.fiscal_year == year)
                and (direction is None or row.direction == direction)
            )
        )

    def new_letter(self, direction: CorrespondenceDirection) -> None:
        registered = LetterDialog.run(self, self.db, direction)
        if registered is not None:
            self.announce(RecordKind.LETTER, [registered.id])
            self.messageRequested.emit(
                self.tr("Registered as %1.").replace("%1", registered.document_number)
            )

    def edit_letter(self) -> None:
        row: CorrespondenceRow | None = self.row_to_edit()
        if row is None:
            return
        if row.status is CorrespondenceStatus.VOID:
            self.messageRequested.emit(self.tr("A void number cannot be edited."))
            return
        if LetterDialog.run(self, self.db, row.direction, correspondence_id=row.id) is not None:
            self.announce(RecordKind.LETTER, [row.id])

    def advance_status(self) -> None:
        row: CorrespondenceRow | None = self.require_selection()
        if row is None:
            return
        if row.status not in _NEXT_STATUS:
            self.messageRequested.emit(self.tr("This letter is already at its last status."))
            return
        status = _NEXT_STATUS[row.status]
        try:
            save_settling_conflicts(
                self,
                lambda theirs: register.set_status(
                    self.db, row.id, status, version=(theirs or row).version
                ),
            )
        except NotSaved as error:
            show_not_done(
                self, self.tr("Changing the status of %1").replace("%1", row.document_number), error
            )
            return
        self.announce(RecordKind.LETTER, [row.id])  # also shows theirs, if kept

    def show_attachments(self) -> None:
        row: CorrespondenceRow | None = self.require_selection()
        if row is not None and AttachmentsDialog.run(self, self.db, row.id) is not None:
            self.announce(RecordKind.ATTACHMENT, [row.id])

    def void(self) -> None:
        row: CorrespondenceRow | None = self.require_selection()
        if row is None or row.status is CorrespondenceStatus.VOID:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Void Number"),
            self.tr(
                "Void %1? The number stays in the register as void and is never reused."
            ).replace("%1", row.document_number),
        )
        if answer == QMessageBox.StandardButton.Yes:
            try:
                save_settling_conflicts(
                    self,
                    lambda theirs: register.void(self.db, row.id, version=(theirs or row).version),
                )
            except NotSaved as error:
                show_not_done(self, self.tr("Voiding %1").replace("%1", row.document_number), error)
                return
            self.announce(RecordKind.LETTER, [row.id])  # also shows theirs, if kept


TAB = TabSpec(
    key="correspondence",
    title=str(QT_TRANSLATE_NOOP("MainWindow", "Correspondence")),
    rank=40,
    make=CorrespondenceTab,
    records=frozenset({"letter"}),
)
