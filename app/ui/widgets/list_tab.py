"""A tab that shows one list: a filter box, a sortable table, and a friendly empty state."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.signal_hub import SignalHub
from app.ui.tablemodels.filter_proxy import RowFilterProxy
from app.ui.tablemodels.row_model import Pages, RowRole, RowTableModel
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
        self._writing_actions: list[QAction] = []  # off when the database is read-only
        self.proxy = RowFilterProxy(self)
        self.proxy.setSourceModel(model)

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("filter")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setPlaceholderText(
            QCoreApplication.translate("ListTab", "Filter (name, title, place …)")
        )
        self.filter_edit.textChanged.connect(self._on_filter_text_changed)
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

        layout = QVBoxLayout(self)
        layout.addLayout(self.action_bar)
        layout.addLayout(self.toolbar)
        layout.addWidget(self.stack, 1)

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
        if kind in self.SHOWS:
            self.refresh()
        self.hub.announce(kind, ids, origin=self)

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
        self.view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        self.view.setFocus()
        return True

    def reveal(self, record_id: int, *, inside: bool) -> bool:
        """Show a search result: select its record (``inside``: the hit is something
        within the record, such as a meeting's remark). False if it no longer exists."""
        del inside  # a list shows the record; a tab whose records open in a window says so
        return self.show_record(record_id)

    def make_action(
        self, text: str, shortcut: str, slot: Callable[[], object], *, writes: bool = True
    ) -> QAction:
        """An action with a shortcut active in this tab, shown as a button in the action row.

        ``writes=False`` only for an action that changes nothing in the database (open,
        print, export): the others are off while the database is open read-only."""
        action = QAction(text, self)
        if writes:
            self._writing_actions.append(action)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        self.add_action_button(action)
        return action

    def set_read_only(self, read_only: bool) -> None:
        """Turn off (or on again) every action that would write to the database."""
        for action in self._writing_actions:
            action.setEnabled(not read_only)

    def selected_row(self) -> Any:
        """The dataclass of the current row, or None."""
        index = self.view.currentIndex()
        return index.siblingAtColumn(0).data(RowRole) if index.isValid() else None

    def add_action_button(self, action: QAction) -> None:
        """Put a button for ``action`` in the action row, before the stretch and the count."""
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.action_bar.insertWidget(self.action_bar.count() - 2, button)

    def set_row_predicate(self, predicate: Callable[[Any], bool] | None) -> None:
        self.proxy.set_predicate(predicate)
        self._update_count()

    def _on_filter_text_changed(self, text: str) -> None:
        self.proxy.set_text(text)
        self._update_count()


def _record_id(row: Any) -> int:
    return int(row.id)
