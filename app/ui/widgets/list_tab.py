"""A tab that shows one list: a filter box, a sortable table, a friendly empty state, and
beside the table the pane that shows the selected record (see app.ui.details)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.ui.details.detail_pane import DetailPane
from app.ui.signal_hub import SignalHub
from app.ui.tablemodels.filter_proxy import RowFilterProxy
from app.ui.tablemodels.row_model import Pages, RowRole, RowTableModel
from app.ui.widgets.column_fit import fit_to_view
from app.ui.widgets.elided_tips import ElidedTips
from app.ui.widgets.master_detail import MasterDetail
from app.ui.widgets.tab_actions import TabActions
from app.ui.widgets.tab_page import TabPage
from app.ui.widgets.table_place import TablePlace

MAX_INITIAL_COLUMN_WIDTH = 360
SIZING_SAMPLE_ROWS = 50  # rows measured for the initial column widths
# News from elsewhere refreshes a shown list this long after it came, once for a burst
# (a roll call in the meeting window is a row of key presses, each one news).
REFRESH_DELAY_MS = 150

# Strings here use the explicit context "ListTab": self.tr() in a base class would
# look them up under the subclass's name.


class ListTab(TabPage):
    """Loads its rows on first show (lazy), and again on :meth:`reload`; refreshes them,
    keeping the user's place, on news from the hub about the kinds it :attr:`SHOWS`."""

    SHOWS: frozenset[str] = frozenset()  # the records whose news concerns the list
    LISTS: str = ""  # the kind of record a row is: a save of one selects its row

    def __init__(
        self,
        model: RowTableModel,
        fetch_rows: Callable[[], Sequence[Any] | Pages],
        empty_message: str,
        hub: SignalHub,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self._fetch_rows = fetch_rows
        self.loaded = False
        self.stale = False  # news came while the list was out of sight
        self.hub = hub
        hub.recordsChanged.connect(self._on_hub_records_changed)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self._on_refresh_timer_timeout)

        self._filter_widgets: list[QWidget] = []
        self.proxy = RowFilterProxy(self)
        self.proxy.setSourceModel(model)

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("filter")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._on_filter_text_changed)
        self.filter_edit.installEventFilter(self)  # ↓ goes into the list
        self.count_label = QLabel(self)
        self.count_label.setObjectName("count")

        # Two rows, so that a narrow window still fits: actions and the count, then filters.
        self.action_bar = QHBoxLayout()
        self.action_bar.addStretch(1)
        self.action_bar.addWidget(self.count_label)
        self.toolbar = QHBoxLayout()  # subclasses add their own filters after the text box
        self.toolbar.addWidget(self.filter_edit, 2)
        self.toolbar.addStretch(1)

        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.elided_tips = ElidedTips(self.view)  # a title cut short by "…", whole
        self.tab_actions = TabActions(self, self.view, self.filter_edit)  # make_action
        self.tool_bar = self.tab_actions.tool_bar
        self.filter_action = self.tab_actions.filter_action
        self.action_bar.insertWidget(0, self.tool_bar)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(28)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        # Column widths are measured on this many rows, not on every loaded row.
        header.setResizeContentsPrecision(SIZING_SAMPLE_ROWS)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column in model.stretch_columns():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.view.horizontalHeader().setSortIndicatorShown(True)

        self.empty_label = QLabel(empty_message, self)
        self.empty_label.setObjectName("empty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color: #666; font-size: 12pt;")

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty_label)
        self._columns_to_fit = False  # sized to the rows, not yet to the view's width
        self.splitter = MasterDetail(self.stack, self.view, self._selected_id, self)

        layout = QVBoxLayout(self)
        layout.addLayout(self.action_bar)
        layout.addLayout(self.toolbar)
        layout.addWidget(self.splitter, 1)

    def take_focus(self) -> None:
        """Into the list when it shows rows, else the filter box (a list still loading or
        empty is hidden): type to filter, ↓ to the list."""
        target = self.view if self.view.isVisibleTo(self) else self.filter_edit
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def ensure_loaded(self) -> None:
        """Read the rows if they were never read, or again if news made them stale."""
        if not self.loaded:
            self.reload()
        elif self.stale:
            self.refresh()

    def reload(self) -> None:
        """Fetch the rows again, from the top (the first load, an import or a restore)."""
        self._refresh_timer.stop()
        self.stale = False
        self.model.set_rows(self._fetch_rows())
        self.loaded = True
        self.stack.setCurrentWidget(self.view if self.model.total_rows() else self.empty_label)
        self._size_columns_once()
        self._update_count()

    def refresh(self) -> None:
        """Fetch the rows again where the user is: the rows read so far, the selection,
        the scroll position and the column widths stay. A list never loaded stays so."""
        if not self.loaded:
            return
        if not self.model.rowCount():  # no place to keep: columns sized to the new rows
            self.reload()
            return
        place = TablePlace.of(self.view, _record_id)
        self.reload()
        place.restore(self.view, _record_id)
        self._update_count()  # of the rows read again as far as before

    def announce(self, kind: str, ids: Iterable[int | None] = ()) -> None:
        """This tab saved records of ``kind``: it shows them at once (if it shows such
        records), every other list and window when it hears the news."""
        ids = tuple(ids)
        if kind in self.SHOWS:
            self.refresh()
        if kind == self.LISTS and (first := next((i for i in ids if i is not None), None)):
            self.select_record(first)
        self.hub.announce(kind, ids, origin=self)

    def select_record(self, record_id: int) -> bool:
        """Select the record's row and scroll to it, if the filters show it (they stay
        as the user set them); False when they hide it or it no longer exists."""
        row = self.model.load_row_of(record_id)
        index = self.proxy.mapFromSource(self.model.index(row, 0)) if row is not None else None
        if index is None or not index.isValid():
            return False
        self._make_current(index)
        self.view.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        return True

    @property
    def detail_pane(self) -> DetailPane | None:
        return self.splitter.pane

    def set_detail_pane(self, pane: DetailPane) -> None:
        """Show ``pane`` beside the list, with the selected record in it."""
        self.splitter.set_pane(pane)

    def _make_current(self, index: QModelIndex) -> None:
        """Select the row of ``index`` alone and make it the current one."""
        self.view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def _selected_id(self) -> int | None:
        row = self.selected_row()
        return _record_id(row) if row is not None else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.filter_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            self.enter_list()
            return True
        return super().eventFilter(watched, event)

    def enter_list(self) -> None:
        """Focus the list; select its first visible row if none is (↓ from the filter)."""
        if self.stack.currentWidget() is not self.view or not self.proxy.rowCount():
            return
        if not self.view.selectionModel().hasSelection():
            first = self.proxy.index(0, 0)
            self._make_current(first)
            self.view.scrollTo(first)
        self.view.setFocus(Qt.FocusReason.TabFocusReason)

    def _on_hub_records_changed(self, kind: str, _ids: tuple[int, ...], origin: object) -> None:
        if origin is self or kind not in self.SHOWS or not self.loaded:
            return  # (a list not loaded yet reads fresh rows when it is first shown)
        self.stale = True
        if self.isVisible():
            self._refresh_timer.start()

    def _on_refresh_timer_timeout(self) -> None:
        if self.stale:
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._columns_to_fit:
            self._columns_to_fit = False
            fit_to_view(self.view, self.model.stretch_columns())
        if self.stale:
            self._refresh_timer.start()

    def _size_columns_once(self) -> None:
        # Sized from a sample of the first rows (the header's resize precision):
        # ResizeToContents over every row would measure ten years of records.
        self.view.resizeColumnsToContents()
        header = self.view.horizontalHeader()
        for section in range(header.count()):
            if header.sectionSize(section) > MAX_INITIAL_COLUMN_WIDTH:
                header.resizeSection(section, MAX_INITIAL_COLUMN_WIDTH)
        # Beside the detail pane they may not all fit: fitted once the view has its width.
        self._columns_to_fit = not self.view.isVisible()
        if self.view.isVisible():
            fit_to_view(self.view, self.model.stretch_columns())

    def _update_count(self) -> None:
        total = self.model.total_rows()
        if self.filter_edit.text() or self.proxy.rowCount() != total:
            text = QCoreApplication.translate("ListTab", "%1 shown of %2").replace(
                "%1", str(self.proxy.rowCount())
            )
            self.count_label.setText(text.replace("%2", str(total)))
        else:
            self.count_label.setText(
                QCoreApplication.translate("ListTab", "%1 records").replace("%1", str(total))
            )

    def add_filter_widget(self, widget: QWidget) -> None:
        """Put a filter control in the filter row, after the text box."""
        self.toolbar.insertWidget(self.toolbar.count() - 1, widget)
        self._filter_widgets.append(widget)

    def show_everything(self) -> None:
        """Clear the filters: combos back to their first entry (all), check boxes on (show)."""
        self.filter_edit.clear()
        for widget in self._filter_widgets:
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(0)
            elif isinstance(widget, QCheckBox):
                widget.setChecked(True)

    def show_record(self, record_id: int) -> bool:
        """Select the record with this id (a search result), clearing filters that hide it."""
        self.ensure_loaded()
        row = self.model.load_row_of(record_id)
        if row is None:  # added since the list was loaded
            self.reload()
            row = self.model.load_row_of(record_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            self.show_everything()
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self._make_current(index)
        self.view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        self.view.setFocus()
        return True

    def reveal(self, record_id: int, *, inside: bool) -> bool:
        """Show a search result: select its record (``inside``: the hit is something
        within the record, such as a meeting's remark). False if it no longer exists."""
        del inside  # a list shows the record; a tab whose records open in a window says so
        return self.show_record(record_id)

    def make_action(
        self,
        text: str,
        shortcut: str | Sequence[str],
        slot: Callable[[], object],
        *,
        icon: str,
        tip: str,
        writes: bool = True,
    ) -> QAction:
        """A toolbar button, right-click menu entry and shortcut: :meth:`TabActions.make`."""
        return self.tab_actions.make(text, shortcut, slot, icon=icon, tip=tip, writes=writes)

    def set_read_only(self, read_only: bool) -> None:
        """Turn off (or on again) every action that would write to the database."""
        self.tab_actions.set_read_only(read_only)

    def selected_row(self) -> Any:
        """The dataclass of the current row, or None."""
        index = self.view.currentIndex()
        return index.siblingAtColumn(0).data(RowRole) if index.isValid() else None

    def require_selection(self, message: str = "") -> Any:
        """The dataclass of the current row; with none, a beep and ``message`` (or
        "Select a row first.") in the status bar, and None: an action never does
        nothing silently."""
        row = self.selected_row()
        if row is None:
            QApplication.beep()
            self.messageRequested.emit(
                message or QCoreApplication.translate("ListTab", "Select a row first.")
            )
        return row

    def row_to_edit(self) -> Any:
        """The row an Edit action edits, or None after saying to select one."""
        return self.require_selection(
            QCoreApplication.translate("ListTab", "Select the row to edit.")
        )

    def set_row_predicate(self, predicate: Callable[[Any], bool] | None) -> None:
        self.proxy.set_predicate(predicate)
        self._update_count()

    def _on_filter_text_changed(self, text: str) -> None:
        self.proxy.set_text(text)
        self._update_count()


def _record_id(row: Any) -> int:
    return int(row.id)
