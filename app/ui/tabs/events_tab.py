"""行事: seminars, exchange meetings and business fairs by 年度, kind and status; beside
the list the selected event with its participants, who are added, edited and cancelled
here (a cancellation moves up the first on the waitlist, who must then be told)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QWidget

from app.services.correspondence import listing as correspondence
from app.services.events import listing as events
from app.services.events import participant_list
from app.services.events.codes import EventKind, EventStatus
from app.services.events.rows import EventRow
from app.services.workspace import Database
from app.texts.labels import label
from app.ui.details.event_detail import EVENT_NEWS, EventDetailPane
from app.ui.dialogs.document_dialog import DocumentDialog
from app.ui.events.event_dialog import EventDialog
from app.ui.events.import_dialog import ImportApplicationsDialog
from app.ui.events.participant_actions import ParticipantActions
from app.ui.events.reception import ReceptionWindow
from app.ui.signal_hub import RecordKind, SignalHub
from app.ui.tablemodels.events_model import COL_DATE, EventsTableModel
from app.ui.tabs import TabSpec
from app.ui.widgets.list_tab import ListTab
from app.ui.widgets.people_export import export_people


class EventsTab(ListTab):
    SHOWS = frozenset({EVENT_NEWS})
    LISTS = EVENT_NEWS

    def __init__(self, db: Database, hub: SignalHub, parent: QWidget | None = None) -> None:
        super().__init__(
            EventsTableModel(),
            lambda: events.list_events(db),
            QCoreApplication.translate("EventsTab", "No events yet."),
            hub,
            parent,
        )
        self.db = db
        self.pane = EventDetailPane(db, hub, self)
        self.set_detail_pane(self.pane)
        self.year_filter = QComboBox(self)
        self.year_filter.setObjectName("year_filter")
        self.kind_filter = QComboBox(self)
        self.kind_filter.setObjectName("kind_filter")
        self.kind_filter.addItem(self.tr("All kinds"), None)
        for kind in EventKind:
            self.kind_filter.addItem(label(kind), kind)
        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("status_filter")
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in EventStatus:
            self.status_filter.addItem(label(status), status)
        for combo in (self.year_filter, self.kind_filter, self.status_filter):
            self.add_filter_widget(combo)
            combo.currentIndexChanged.connect(self._on_filters_changed)
        self.proxy.set_arrival_order(COL_DATE, Qt.SortOrder.DescendingOrder)  # newest first
        self.view.sortByColumn(COL_DATE, Qt.SortOrder.DescendingOrder)
        self.tab_actions.set_filter_hint(self.tr("Filter by title or venue"))
        self._pane_writing: list[QAction] = []  # off with the others when read-only
        self.participant_actions = ParticipantActions(self, self)
        self._make_actions()
        self.view.doubleClicked.connect(lambda _index: self.edit_action.trigger())
        self.pane.participants.activated.connect(  # a double click, or Enter
            lambda _index: self.edit_participant_action.trigger()
        )

    def _make_actions(self) -> None:
        self.new_action = self.make_action(
            self.tr("&New Event…"),
            "Ctrl+N",
            self.new_event,
            icon="plus",
            tip=self.tr("New seminar, exchange meeting or business fair"),
        )
        self.edit_action = self.make_action(
            self.tr("&Edit…"),
            ["Ctrl+E", "Return"],
            self.edit_event,
            icon="pencil-simple",
            tip=self.tr("Edit the selected event: date, venue, fees and timetable"),
        )
        self.add_participant_action = self.make_action(
            self.tr("&Add Participant…"),
            "Ctrl+Shift+N",
            self.participant_actions.add,
            icon="user-plus",
            tip=self.tr("Record an application: a place, or the waitlist when full"),
        )
        self.cancel_participant_action = self.make_action(
            self.tr("Cancel Par&ticipant…"),
            "Ctrl+Shift+Delete",
            self.participant_actions.cancel,
            icon="user-minus",
            tip=self.tr("Cancel the selected participant; the first waiting moves up"),
        )
        self.import_action = self.make_action(
            self.tr("&Import Applications…"),
            "Ctrl+I",
            self.import_applications,
            icon="file-arrow-down",
            tip=self.tr("Read applications from a CSV or Excel file of a web form"),
        )
        self.reception_action = self.make_action(
            self.tr("&Reception…"),
            "Ctrl+R",
            self.open_reception,
            icon="identification-badge",
            tip=self.tr("Check in participants at the door, by keyboard"),
        )
        self.documents_action = self.make_action(
            self.tr("&Documents…"),
            "Ctrl+P",
            self.create_documents,
            icon="file-text",
            tip=self.tr("Notice, reception list, badges, receipts and report"),
            writes=False,
        )
        self.export_action = self.make_action(
            self.tr("E&xport Participants…"),
            "Ctrl+Shift+X",
            self.export_participants,
            icon="file-arrow-up",
            tip=self.tr("Write the participants to Excel or CSV"),
            writes=False,
        )
        # Over the participants only (not on the toolbar), with keys that work in the tab.
        self.edit_participant_action = self._pane_action(
            self.tr("Edit Participant…"), "Ctrl+Shift+E", self.participant_actions.edit
        )
        self.mark_told_action = self._pane_action(
            self.tr("Mark as Told"), "Ctrl+Shift+T", self.participant_actions.mark_told
        )
        for action in (
            self.add_participant_action,
            self.edit_participant_action,
            self.cancel_participant_action,
            self.mark_told_action,
        ):
            self.pane.add_participant_action(action)

    def _pane_action(self, text: str, shortcut: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setShortcutVisibleInContextMenu(True)
        action.triggered.connect(slot)
        self.addAction(action)
        self._pane_writing.append(action)
        return action

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        for action in self._pane_writing:
            action.setEnabled(not read_only)

    # ----- the list ---------------------------------------------------
    def reload(self) -> None:
        super().reload()
        self._fill_choices([self.model.row_at(i) for i in range(self.model.total_rows())])

    def _fill_choices(self, rows: Sequence[EventRow]) -> None:
        year = self.year_filter.currentData()
        self.year_filter.blockSignals(True)
        self.year_filter.clear()
        self.year_filter.addItem(self.tr("All fiscal years"), None)
        for fiscal_year in sorted({row.fiscal_year for row in rows}, reverse=True):
            self.year_filter.addItem(correspondence.fiscal_year_label(fiscal_year), fiscal_year)
        self.year_filter.setCurrentIndex(max(self.year_filter.findData(year), 0))
        self.year_filter.blockSignals(False)
        self._on_filters_changed()

    def _on_filters_changed(self) -> None:
        year = self.year_filter.currentData()
        kind = self.kind_filter.currentData()
        status = self.status_filter.currentData()
        self.set_row_predicate(
            lambda row: (
                (year is None or row.fiscal_year == year)
                and (kind is None or row.kind == kind)
                and (status is None or row.status == status)
            )
        )

    # ----- events -----------------------------------------------------
    def new_event(self) -> None:
        saved = EventDialog.run(self, self.db, None)
        if saved is not None:
            self.announce(EVENT_NEWS, [saved.id])

    def edit_event(self) -> None:
        row: EventRow | None = self.row_to_edit()
        if row is not None and EventDialog.run(self, self.db, row.id) is not None:
            self.announce(EVENT_NEWS, [row.id])

    def import_applications(self) -> None:
        """申込の取込: a form service's file, previewed, into the selected event."""
        row: EventRow | None = self.require_selection(self.tr("Select the event first."))
        if row is not None and ImportApplicationsDialog.run(self, self.db, row.id) is not None:
            self.announce(EVENT_NEWS, [row.id])

    def open_reception(self) -> None:
        """受付: the check-in window of the selected event, beside the main window."""
        row: EventRow | None = self.require_selection(self.tr("Select the event first."))
        if row is None:
            return
        window = ReceptionWindow.open(self, self.db, row.id)
        window.participantsChanged.connect(lambda event_id: self.announce(EVENT_NEWS, [event_id]))

    def create_documents(self) -> None:
        """The event's documents (開催案内, 受付名簿, 名札, 領収書, 実施報告)."""
        row: EventRow | None = self.require_selection()
        if row is not None:
            created = DocumentDialog.run(self, self.db, event_id=row.id)
            if created is not None:
                self.announce(EVENT_NEWS, [row.id])  # receipts take their numbers
                if created.letters_registered:
                    self.announce(RecordKind.LETTER)

    def export_participants(self) -> None:
        """参加者一覧 to Excel or CSV, contact details only when asked for."""
        row: EventRow | None = self.require_selection()
        if row is None:
            return
        try:
            done = export_people(
                self,
                self.tr("Export Participants"),
                self.tr("participants %1.xlsx").replace("%1", row.held_on.isoformat()),
                lambda path, with_contact: participant_list.export_participants(
                    self.db, row.id, path, with_contact=with_contact
                ),
            )
        except LookupError:  # deleted by someone else meanwhile: nothing written
            self.messageRequested.emit(
                self.tr("%1 no longer exists: nothing was written.").replace("%1", row.title)
            )
            self.reload()
            return
        if done is not None:
            self.messageRequested.emit(
                self.tr("Wrote %1 participants of %2 to %3.")
                .replace("%1", str(done[0]))
                .replace("%2", row.title)
                .replace("%3", str(done[1]))
            )


TAB = TabSpec(
    key="events",
    title=str(QT_TRANSLATE_NOOP("MainWindow", "Events")),
    rank=35,
    make=EventsTab,
    records=frozenset({"event"}),
)
