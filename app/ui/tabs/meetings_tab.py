"""会議: meetings of every body, newest first, filtered by body, 年度 and status."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QWidget

from app.services.codes import MeetingStatus
from app.services.meetings import editing as meeting_editing
from app.services.meetings import listing as meetings
from app.services.meetings.editing import MeetingLocked
from app.services.meetings.rows import MeetingRow
from app.services.problems import NotSaved
from app.services.workspace import Database
from app.texts.labels import label
from app.ui.details.meeting_detail import MeetingDetailPane
from app.ui.dialogs.conflict_dialog import save_settling_conflicts
from app.ui.dialogs.meeting_dialog import MeetingDialog
from app.ui.dialogs.responses_dialog import ResponsesDialog
from app.ui.meeting.meeting_window import MeetingWindow
from app.ui.signal_hub import RecordKind, SignalHub
from app.ui.tablemodels.meetings_model import COL_DATE, MeetingsTableModel
from app.ui.tabs import TabSpec
from app.ui.widgets.list_tab import ListTab
from app.ui.widgets.save_failed import show_not_done


class MeetingsTab(ListTab):
    SHOWS = frozenset({RecordKind.MEETING, RecordKind.ATTENDANCE})  # (how many are present)
    LISTS = RecordKind.MEETING

    def __init__(self, db: Database, hub: SignalHub, parent: QWidget | None = None) -> None:
        super().__init__(
            MeetingsTableModel(),
            lambda: meetings.list_meetings(db),
            QCoreApplication.translate("MeetingsTab", "No meetings yet."),
            hub,
            parent,
        )
        self.set_detail_pane(MeetingDetailPane(db, hub, self))
        self.body_filter = QComboBox(self)
        self.body_filter.setObjectName("body_filter")
        self.year_filter = QComboBox(self)
        self.year_filter.setObjectName("year_filter")
        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("status_filter")
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in MeetingStatus:
            self.status_filter.addItem(label(status), status)
        for combo in (self.body_filter, self.year_filter, self.status_filter):
            self.add_filter_widget(combo)
            combo.currentIndexChanged.connect(self._on_filters_changed)
        self.proxy.set_arrival_order(COL_DATE, Qt.SortOrder.DescendingOrder)  # newest first
        self.view.sortByColumn(COL_DATE, Qt.SortOrder.DescendingOrder)

        self.db = db
        self.tab_actions.set_filter_hint(self.tr("Filter by title, body or place"))
        self._make_actions()
        self.view.doubleClicked.connect(lambda _index: self.open_selected())
        self.windows: dict[int, MeetingWindow] = {}

    def _make_actions(self) -> None:
        self.new_action = self.make_action(
            self.tr("&New Meeting…"),
            "Ctrl+N",
            self._on_new_triggered,
            icon="plus",
            tip=self.tr("New meeting"),
        )
        self.open_action = self.make_action(
            self.tr("&Open"),
            ["Ctrl+O", "Return"],
            self._on_open_triggered,
            icon="folder-open",
            tip=self.tr("Open the meeting: attendance, agenda and the record"),
            writes=False,  # the meeting's window then shows it read-only
        )
        self.edit_action = self.make_action(
            self.tr("&Edit…"),
            "Ctrl+E",
            self._on_edit_triggered,
            icon="pencil-simple",
            tip=self.tr("Edit the meeting's date, place and body"),
        )
        self.advance_action = self.make_action(
            self.tr("&Advance Status"),
            "Ctrl+Shift+Right",
            self._on_advance_triggered,
            icon="arrow-circle-right",
            tip=self.tr("Advance the status: planned, held, minutes, approved"),
        )
        self.responses_action = self.make_action(
            self.tr("Remarks && &Responses…"),
            "Ctrl+Shift+O",
            self.show_responses,
            icon="chat-circle-text",
            tip=self.tr("Remarks still waiting for a response, across meetings"),
        )

    def reload(self) -> None:
        super().reload()
        self._fill_choices([self.model.row_at(i) for i in range(self.model.total_rows())])

    def _fill_choices(self, rows: Sequence[MeetingRow]) -> None:
        """Offer the bodies and 年度 that exist, keeping the user's choice."""
        body, year = self.body_filter.currentData(), self.year_filter.currentData()
        for combo in (self.body_filter, self.year_filter):
            combo.blockSignals(True)
            combo.clear()
        self.body_filter.addItem(self.tr("All bodies"), None)
        for name in sorted({row.body_name for row in rows}):
            self.body_filter.addItem(name, name)
        self.year_filter.addItem(self.tr("All fiscal years"), None)
        years = sorted({(row.fiscal_year, row.fiscal_year_label) for row in rows}, reverse=True)
        for fiscal_year, text in years:
            self.year_filter.addItem(text, fiscal_year)
        self.body_filter.setCurrentIndex(max(self.body_filter.findData(body), 0))
        self.year_filter.setCurrentIndex(max(self.year_filter.findData(year), 0))
        for combo in (self.body_filter, self.year_filter):
            combo.blockSignals(False)
        self._on_filters_changed()

    def _on_filters_changed(self) -> None:
        body = self.body_filter.currentData()
        year = self.year_filter.currentData()
        status = self.status_filter.currentData()

        def accept(row: MeetingRow) -> bool:
            return (
                (body is None or row.body_name == body)
                and (year is None or row.fiscal_year == year)
                and (status is None or row.status == status)
            )

        self.set_row_predicate(accept)

    def _on_new_triggered(self) -> None:
        saved = MeetingDialog.run(self, self.db, None)
        if saved is not None:
            self.announce(RecordKind.MEETING, [saved.id])

    def _on_edit_triggered(self) -> None:
        row: MeetingRow | None = self.row_to_edit()
        if row is not None and MeetingDialog.run(self, self.db, row.id) is not None:
            self.announce(RecordKind.MEETING, [row.id])

    def reveal(self, record_id: int, *, inside: bool) -> bool:
        """A remark, agenda item or action item found by the search opens its meeting."""
        if not self.show_record(record_id):
            return False
        if inside:
            self.open_selected()
        return True

    def _on_open_triggered(self) -> None:
        if self.require_selection(self.tr("Select the meeting to open.")) is not None:
            self.open_selected()

    def open_selected(self) -> MeetingWindow | None:
        """Open the meeting in its own window (or bring it to the front)."""
        row: MeetingRow | None = self.selected_row()
        if row is None:
            return None
        window = self.windows.get(row.id)
        if window is None:
            window = MeetingWindow(self.db, row.id, self.window(), hub=self.hub)
            window.destroyed.connect(lambda _obj=None, key=row.id: self._on_window_closed(key))
            self.windows[row.id] = window
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def show_responses(self) -> None:
        """意見 → 対応: the remarks still waiting for a response, across meetings."""
        answered = ResponsesDialog.run(self, self.db)
        if answered is not None:
            self.announce(RecordKind.MINUTES, answered)

    def _on_window_closed(self, meeting_id: int) -> None:
        self.windows.pop(meeting_id, None)

    def _on_advance_triggered(self) -> None:
        row: MeetingRow | None = self.require_selection()
        if row is None:
            return
        try:
            settled = save_settling_conflicts(
                self,
                lambda theirs: meeting_editing.advance_status(
                    self.db, row.id, version=(theirs or row).version
                ),
            )
        except MeetingLocked:
            self.messageRequested.emit(self.tr("This meeting is already approved."))
            return
        except NotSaved as error:
            show_not_done(
                self, self.tr("Changing the status of %1").replace("%1", row.title), error
            )
            return
        self.announce(RecordKind.MEETING, [row.id])  # also shows theirs, if kept
        if settled.saved is not None:
            self.messageRequested.emit(
                self.tr("%1: now %2").replace("%1", row.title).replace("%2", label(settled.saved))
            )


TAB = TabSpec(
    key="meetings",
    title=str(QT_TRANSLATE_NOOP("MainWindow", "Meetings")),
    rank=20,
    make=MeetingsTab,
    records=frozenset({"meeting"}),
)
