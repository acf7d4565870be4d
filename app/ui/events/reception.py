"""Reception on the day (受付): one event's check-in window, made for a laptop at the
door with a queue in front of it, used without the mouse.

Type a few kana of the name or the company (or the 受付番号): the list narrows and the
likeliest is chosen; Up/Down choose another. Enter checks the chosen one in, takes the
fee shown on the button if one is due, and clears the field for the next person;
Ctrl+M checks in with the fee waived, Shift+Enter without taking it. A fee is only ever
taken while it is 未収, and the field is empty after each check-in, so a second Enter
cannot charge anyone twice. Ctrl+N adds a walk-in, Ctrl+Z undoes the last check-in,
F5 reads the list again (another laptop's check-ins; also done every 20 seconds while
the field is empty). Someone waitlisted or cancelled
is let in only after a question.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.events import checkin
from app.services.events.codes import ApplicationSource, ParticipationState
from app.services.events.reception_rows import CheckedIn, DoorPayment, ReceptionEntry
from app.services.events.reception_search import narrow, reading_typed, reception_entries
from app.services.problems import EditConflict, NotSaved
from app.services.workspace import Database
from app.ui.events.admission_question import confirm_admission
from app.ui.events.reception_counts import CountsBar
from app.ui.events.reception_keys import make_keys
from app.ui.events.reception_panel import ReceptionPanel, sized
from app.ui.events.reception_texts import clock, yen
from app.ui.events.search_field import SearchField
from app.ui.events.walk_in_dialog import WalkInDialog
from app.ui.formatting import short_date, time_range
from app.ui.tablemodels.reception_model import COL_ORGANIZATION, ReceptionTableModel
from app.ui.widgets import screen_fit
from app.ui.widgets.save_failed import show_not_done

REFRESH_MS = 20_000
_GOOD = "color: #1b6e3a; background: #e8f4ec; padding: 4px 8px; border-radius: 4px;"
_NOTE = "color: #8a3500; background: #fbefe3; padding: 4px 8px; border-radius: 4px;"


class ReceptionWindow(QWidget):
    """The check-in window of one event (:meth:`open` shows it)."""

    participantsChanged = Signal(int)  # the event: someone checked in, paid or was added

    def __init__(self, db: Database, event_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.db = db
        self.door = checkin.door_event(db, event_id)
        self._entries: list[ReceptionEntry] = []
        self._last: CheckedIn | None = None
        self.setWindowTitle(self.tr("Reception — %1").replace("%1", self.door.title))
        self.heading = QLabel(self._heading_text(), self)
        self.heading.setObjectName("heading")
        sized(self.heading, 14, bold=True)
        self.counts = CountsBar(self)
        self.search = SearchField(self)
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Kana of the name or company, or the number"))
        sized(self.search, 20)
        self.search.setMinimumHeight(52)
        self.model = ReceptionTableModel(self)
        self.table = self._table()
        self.panel = ReceptionPanel(self)
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        sized(self.message, 14, bold=True)
        # room kept for the line, so the list does not jump when the first one appears
        self.message.setMinimumHeight(self.message.fontMetrics().height() + 10)
        self.keys = QLabel(
            self.tr(
                "↑↓ choose · Esc clear · F5 reload · Ctrl+N walk-in · Ctrl+Z undo · F1 all keys"
            ),
            self,
        )
        self.keys.setStyleSheet("color: #666;")
        self.search.setToolTip(
            self.tr(
                "Kana, katakana or romaji of the reading, part of the name or company, or the"
                " reception number. ↑↓ choose, Enter checks in, Esc clears."
            )
        )
        self._lay_out()
        self._connect()
        self.reload()
        # Another laptop at the door (a shared database) checks people in too: while
        # nobody is being looked up, the list and counts are read again now and then.
        self.refresh = QTimer(self)
        self.refresh.setInterval(REFRESH_MS)
        self.refresh.timeout.connect(self._on_refresh_due)
        self.refresh.start()
        available = screen_fit.available_geometry(self)
        self.resize(screen_fit.fitted_size(QSize(1240, 760), available))
        self.search.setFocus()

    def _heading_text(self) -> str:
        when = " ".join(
            part
            for part in (short_date(self.door.held_on), time_range(self.door.start_time, None))
            if part
        )
        return "　".join(p for p in (self.door.title, when, self.door.venue_name) if p)

    def _table(self) -> QTableView:
        table = QTableView(self)
        table.setObjectName("people")
        table.setModel(self.model)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # typing stays in the search field
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.setWordWrap(False)
        table.setAlternatingRowColors(True)
        sized(table, 13)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 12)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_ORGANIZATION, QHeaderView.ResizeMode.Stretch)
        return table

    def _lay_out(self) -> None:
        body = QHBoxLayout()
        body.addWidget(self.table, 2)
        body.addWidget(self.panel, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 10)
        layout.addWidget(self.heading)
        layout.addWidget(self.counts)
        layout.addWidget(self.search)
        layout.addLayout(body, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.keys)

    def _connect(self) -> None:
        self.search.queryEdited.connect(self._on_search_changed)
        self.search.moveRequested.connect(self._on_move_requested)
        self.search.enterPressed.connect(self._on_enter_pressed)
        self.table.selectionModel().currentRowChanged.connect(self._on_choice_changed)
        self.table.doubleClicked.connect(lambda _index: self._check_in(DoorPayment.RECEIVED))
        self.panel.check_in.clicked.connect(lambda: self._check_in(DoorPayment.RECEIVED))
        self.panel.waive.clicked.connect(lambda: self._check_in(DoorPayment.WAIVED))
        self.panel.later.clicked.connect(lambda: self._check_in(DoorPayment.LATER))
        self.panel.walk_in.clicked.connect(self._on_walk_in_requested)
        self.panel.undo.clicked.connect(self._on_undo_requested)
        self.key_guide = make_keys(  # named in the shortcut sheet, with the field's keys
            self,
            waive=lambda: self._check_in(DoorPayment.WAIVED),
            walk_in=self._on_walk_in_requested,
            undo=self._on_undo_requested,
            reload=self.reload,
        )

    # -- the list -------------------------------------------------------------------

    def _on_refresh_due(self) -> None:
        if not self.search.query() and QApplication.activeModalWidget() is None:
            self.reload()

    def reload(self) -> None:
        """Read the people and the counts again, keeping the query and the choice."""
        chosen = self.chosen()
        self._entries = reception_entries(self.db, self.door.id)
        self.counts.show_counts(checkin.reception_counts(self.db, self.door.id))
        self._narrow(keep=chosen.id if chosen else None)

    def _narrow(self, keep: int | None = None) -> None:
        shown = narrow(self._entries, self.search.query())
        self.model.set_rows(shown)
        ids = [entry.id for entry in shown]
        row = ids.index(keep) if keep in ids else 0
        if not self.search.query().strip():
            self.table.clearSelection()  # nobody is chosen before something is typed
            self.table.setCurrentIndex(self.model.index(-1, -1))
        elif shown:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        self._on_choice_changed()

    def chosen(self) -> ReceptionEntry | None:
        """The person Enter is for: the highlighted one of the list."""
        selection = self.table.selectionModel()
        index = selection.currentIndex()
        if not index.isValid() or not selection.isRowSelected(index.row()):
            return None
        entry: ReceptionEntry = self.model.row_at(index.row())
        return entry

    def _on_search_changed(self, _text: str) -> None:
        self._narrow()

    def _on_move_requested(self, step: int) -> None:
        rows = self.model.rowCount()
        if not rows:
            return
        current = self.table.selectionModel().currentIndex().row()
        row = min(max(current + step, 0), rows - 1)
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))

    def _on_choice_changed(self, *_args: object) -> None:
        self.panel.show_entry(self.chosen())

    # -- check-in -------------------------------------------------------------------

    def _on_enter_pressed(self, modifiers: Qt.KeyboardModifier) -> None:
        if modifiers & Qt.KeyboardModifier.ShiftModifier:
            self._check_in(DoorPayment.LATER)
        else:
            self._check_in(DoorPayment.RECEIVED)

    def _check_in(self, payment: DoorPayment) -> None:
        entry = self.chosen()
        if entry is None:
            if self.search.query().strip():
                self._say(self.tr("Nobody found. A walk-in? Press Ctrl+N."), _NOTE)
            return
        admit = entry.state is not ParticipationState.ATTENDING
        if admit and not confirm_admission(self, entry):
            self.search.setFocus()
            return
        try:
            done = checkin.check_in(self.db, entry.id, entry.version, payment=payment, admit=admit)
        except EditConflict:
            self.reload()
            self._say(self.tr("Changed elsewhere meanwhile: the list was read again."), _NOTE)
            return
        except checkin.NotAttending:
            self.reload()
            self._say(self.tr("No longer attending: the list was read again."), _NOTE)
            return
        except NotSaved as error:
            show_not_done(self, self.tr("The check-in"), error)
            return
        self._done(done)

    def _done(self, done: CheckedIn) -> None:
        entry = done.entry
        if done.undo is not None:
            self._last = done
            self.panel.undo.setEnabled(True)
        if done.already and not done.received and not done.waived:
            assert entry.checked_in_at is not None
            text = self.tr("%1 was already checked in at %2.").replace("%1", entry.name)
            self._say(text.replace("%2", clock(entry.checked_in_at)), _NOTE)
        else:
            assert entry.checked_in_at is not None
            text = self.tr("%1  %2 checked in.").replace("%1", clock(entry.checked_in_at))
            text = text.replace("%2", entry.name)
            if done.received:
                text += self.tr(" Received %1.").replace("%1", yen(done.received))
            elif done.waived:
                text += self.tr(" Fee waived.")
            elif entry.fee_due:
                text += self.tr(" Fee of %1 still due.").replace("%1", yen(entry.fee_due))
            self._say(text, _GOOD)
        self.search.clear()
        self.reload()
        self.search.setFocus()
        self.participantsChanged.emit(self.door.id)

    def _on_walk_in_requested(self) -> None:
        query = self.search.query().strip()
        reading = reading_typed(query)  # yamada, typed with the input method off: やまだ
        done = WalkInDialog.run(
            self,
            self.db,
            self.door.id,
            list(self.door.fees),
            name="" if reading or query.isdecimal() else query,
            reading=reading or "",
        )
        self.activateWindow()
        self.search.setFocus()
        if done is not None:
            self._done(done)

    def _on_undo_requested(self) -> None:
        last = self._last
        if last is None or last.undo is None:
            return
        try:
            entry = checkin.undo_check_in(self.db, last.undo, last.entry.version)
        except EditConflict:
            self._last = None
            self.panel.undo.setEnabled(False)
            self.reload()
            self._say(self.tr("Not undone: changed elsewhere meanwhile."), _NOTE)
            return
        except NotSaved as error:
            show_not_done(self, self.tr("Undoing the check-in"), error)
            return
        self._last = None
        self.panel.undo.setEnabled(False)
        text = self.tr("Check-in of %1 undone.").replace("%1", entry.name)
        if entry.source is ApplicationSource.WALK_IN:
            text += self.tr(" The walk-in stays recorded; cancel it in the events tab if need be.")
        self._say(text, _NOTE)
        self.reload()
        self.search.setFocus()
        self.participantsChanged.emit(self.door.id)

    def _say(self, text: str, style: str) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(style)

    @classmethod
    def open(cls, parent: QWidget | None, db: Database, event_id: int) -> ReceptionWindow:
        """Show the check-in window of the event (closed, it is deleted)."""
        window = cls(db, event_id, parent)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.show()
        window.raise_()
        window.activateWindow()
        window.search.setFocus()
        return window
