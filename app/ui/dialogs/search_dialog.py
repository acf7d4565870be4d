"""検索: one box over every record, results grouped by kind; Enter opens the record."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.services import dates
from app.services.codes import ActionStatus, CorrespondenceStatus, ResponseStatus, VisitDirection
from app.services.correspondence.listing import fiscal_year_label
from app.services.meetings.editing import bodies
from app.services.members import listing as members
from app.services.search import query as search
from app.services.search.rows import SearchFilters, SearchResult
from app.services.workspace import Database
from app.texts.areas import search_kind_title
from app.texts.labels import label
from app.ui.tablemodels.search_results_model import (
    COL_DATE,
    COL_TEXT,
    COL_WHERE,
    COL_WHO,
    HighlightRole,
    HitRole,
    SearchResultsModel,
)
from app.ui.widgets.highlight_delegate import HighlightDelegate
from app.ui.widgets.window_size import resize_within_screen

TYPING_PAUSE_MS = 250
MEMBER_STATES = {
    "active": QT_TRANSLATE_NOOP("SearchDialog", "Current members"),
    "archived": QT_TRANSLATE_NOOP("SearchDialog", "Archived members"),
}


class SearchDialog(QDialog):
    """Non-modal: it stays open beside the tabs while records are opened from it."""

    openRequested = Signal(object)  # the Hit to open in its tab

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setObjectName("SearchDialog")
        self.setWindowTitle(self.tr("Search"))
        resize_within_screen(self, 1100, 640)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.run_search)

        self.query_edit = QLineEdit(self)
        self.query_edit.setObjectName("query")
        self.query_edit.setClearButtonEnabled(True)
        self.query_edit.setPlaceholderText(
            self.tr("Words to find, e.g. 補助金 視察 (all words must appear)")
        )
        font = self.query_edit.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.query_edit.setFont(font)
        self.query_edit.textChanged.connect(lambda _text: self._timer.start())
        self.query_edit.returnPressed.connect(self._on_query_return_pressed)
        self.query_edit.installEventFilter(self)

        self.kind_filter = self._combo("kind_filter")
        self.kind_filter.addItem(self.tr("All kinds"), None)
        for kind in search.kinds():
            self.kind_filter.addItem(search_kind_title(kind), kind)
        self.year_filter = self._combo("year_filter")
        self.from_edit = self._date_edit("date_from", self.tr("From (e.g. R7.4.1)"))
        self.to_edit = self._date_edit("date_to", self.tr("To"))
        self.body_filter = self._combo("body_filter")
        self.person_filter = self._combo("person_filter")
        self.status_filter = self._combo("status_filter")
        self._fill_choices()

        filters = QHBoxLayout()
        for widget in (
            self.kind_filter,
            self.year_filter,
            self.from_edit,
            QLabel("〜", self),
            self.to_edit,
            self.body_filter,
            self.person_filter,
            self.status_filter,
        ):
            filters.addWidget(widget)
        filters.addStretch(1)

        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("summary")
        self.model = SearchResultsModel(self)
        self.view = QTreeView(self)
        self.view.setObjectName("results")
        self.view.setModel(self.model)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setItemDelegateForColumn(COL_TEXT, HighlightDelegate(HighlightRole, self.view))
        self.view.activated.connect(self._on_view_activated)
        header = self.view.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in ((COL_DATE, 165), (COL_WHERE, 320), (COL_WHO, 140)):
            header.resizeSection(column, width)

        layout = QVBoxLayout(self)
        layout.addWidget(self.query_edit)
        layout.addLayout(filters)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.view, 1)
        QShortcut(QKeySequence("Ctrl+K"), self, self.focus_query)
        QShortcut(QKeySequence("Ctrl+F"), self, self.focus_query)
        self._on_kind_changed()
        # Connected last: filling the combos above must not search.
        self.kind_filter.currentIndexChanged.connect(self._on_kind_changed)
        for combo in (self.year_filter, self.body_filter, self.person_filter, self.status_filter):
            combo.currentIndexChanged.connect(lambda _index: self.run_search())

    # ----- construction helpers -----------------------------------------
    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        return combo

    def _date_edit(self, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        edit.setFixedWidth(160)
        edit.editingFinished.connect(self.run_search)
        return edit

    def _fill_choices(self) -> None:
        self.year_filter.addItem(self.tr("All fiscal years"), None)
        for year in search.fiscal_years(self.db):
            self.year_filter.addItem(fiscal_year_label(year), year)
        self.body_filter.addItem(self.tr("All bodies"), None)
        for body in bodies(self.db):
            self.body_filter.addItem(body.name, body.id)
        self.person_filter.addItem(self.tr("Anyone"), None)
        for member in members.list_members(self.db):
            self.person_filter.addItem(member.full_name, member.id)

    def _on_kind_changed(self, _index: int = 0) -> None:
        """The status filter offers the statuses of the chosen kind."""
        kind = self.kind_filter.currentData()
        self.status_filter.blockSignals(True)
        self.status_filter.clear()
        self.status_filter.addItem(self.tr("Any status"), None)
        statuses: dict[str, list[StrEnum]] = {
            "remark": list(ResponseStatus),
            "action": list(ActionStatus),
            "letter": list(CorrespondenceStatus),
            "visit": list(VisitDirection),
        }
        codes = statuses.get(kind, [])
        for code in codes:
            self.status_filter.addItem(label(code), str(code))
        if kind == "member":
            for state, text in MEMBER_STATES.items():
                self.status_filter.addItem(
                    QCoreApplication.translate("SearchDialog", str(text)), state
                )
        self.status_filter.setEnabled(self.status_filter.count() > 1)
        self.status_filter.blockSignals(False)
        self.run_search()

    # ----- searching ----------------------------------------------------
    def focus_query(self) -> None:
        self.query_edit.setFocus()
        self.query_edit.selectAll()

    def filters(self) -> SearchFilters:
        kind = self.kind_filter.currentData()
        return SearchFilters(
            kinds=frozenset({kind}) if kind else frozenset(),
            fiscal_year=self.year_filter.currentData(),
            date_from=self._date_of(self.from_edit),
            date_to=self._date_of(self.to_edit),
            body_id=self.body_filter.currentData(),
            person_id=self.person_filter.currentData(),
            status=self.status_filter.currentData(),
        )

    def _date_of(self, edit: QLineEdit) -> date | None:
        text = edit.text().strip()
        edit.setStyleSheet("")
        if not text:
            return None
        try:
            return dates.parse_date(text)
        except ValueError:
            edit.setStyleSheet("background: #fde2e2;")
            edit.setToolTip(self.tr("Not a date: write it like 2025-04-01 or R7.4.1."))
            return None

    def run_search(self) -> SearchResult | None:
        self._timer.stop()
        query = self.query_edit.text()
        if not query.strip():
            self.model.set_result(None)
            self.summary_label.setText(self.tr("Type words to find in every record."))
            return None
        result = search.search(self.db, query, self.filters())
        self.model.set_result(result)
        self.view.expandAll()
        for row in range(self.model.rowCount()):
            self.view.setFirstColumnSpanned(row, QModelIndex(), True)
        if result.total:
            self.summary_label.setText(
                self.tr("%1 records found. Enter opens the selected one.").replace(
                    "%1", str(result.total)
                )
            )
        else:
            self.summary_label.setText(self.tr("Nothing found. Try fewer or shorter words."))
        return result

    # ----- opening ------------------------------------------------------
    def _on_query_return_pressed(self) -> None:
        self.run_search()
        first = self.model.first_hit_index()
        if first.isValid():
            self.view.setCurrentIndex(first)
            self.view.setFocus()

    def eventFilter(self, watched: object, event: object) -> bool:
        """↓ in the query box goes to the results."""
        if (
            watched is self.query_edit
            and isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Down
        ):
            self._on_query_return_pressed()
            return True
        return super().eventFilter(watched, event)  # type: ignore[arg-type]

    def _on_view_activated(self, index: QModelIndex) -> None:
        hit = index.siblingAtColumn(0).data(HitRole)
        if hit is not None:
            self.openRequested.emit(hit)
