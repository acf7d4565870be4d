"""視察・訪問: visits made and received, by 年度, direction and region; open one to edit it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QWidget

from app.services.codes import VisitDirection
from app.services.correspondence import listing as correspondence
from app.services.visits import listing as visits
from app.services.visits.rows import VisitRow
from app.services.workspace import Database
from app.texts.labels import label
from app.ui.details.visit_detail import VisitDetailPane
from app.ui.dialogs.document_dialog import DocumentDialog
from app.ui.dialogs.visit_dialog import VisitDialog
from app.ui.signal_hub import RecordKind, SignalHub
from app.ui.tablemodels.visits_model import COL_START, VisitsTableModel
from app.ui.tabs import TabSpec
from app.ui.widgets.list_tab import ListTab


class VisitsTab(ListTab):
    SHOWS = frozenset({RecordKind.VISIT})
    LISTS = RecordKind.VISIT

    def __init__(self, db: Database, hub: SignalHub, parent: QWidget | None = None) -> None:
        super().__init__(
            VisitsTableModel(),
            lambda: visits.list_visits(db),
            QCoreApplication.translate("VisitsTab", "No visits yet."),
            hub,
            parent,
        )
        self.set_detail_pane(VisitDetailPane(db, hub, self))
        self.db = db
        self.year_filter = QComboBox(self)
        self.year_filter.setObjectName("year_filter")
        self.direction_filter = QComboBox(self)
        self.direction_filter.setObjectName("direction_filter")
        self.direction_filter.addItem(self.tr("Visits and hosting"), None)
        for direction in VisitDirection:
            self.direction_filter.addItem(label(direction), direction)
        self.region_filter = QComboBox(self)
        self.region_filter.setObjectName("region_filter")
        for combo in (self.year_filter, self.direction_filter, self.region_filter):
            self.add_filter_widget(combo)
            combo.currentIndexChanged.connect(self._on_filters_changed)
        self.view.sortByColumn(COL_START, Qt.SortOrder.DescendingOrder)
        self.tab_actions.set_filter_hint(self.tr("Filter by title or region"))
        self._make_actions()
        self.view.doubleClicked.connect(lambda _index: self.edit_action.trigger())

    def _make_actions(self) -> None:
        self.new_action = self.make_action(
            self.tr("&New Visit…"),
            "Ctrl+N",
            self.new_visit,
            icon="plus",
            tip=self.tr("New visit or hosting"),
        )
        self.edit_action = self.make_action(
            self.tr("&Edit…"),
            ["Ctrl+E", "Return"],
            self.edit_visit,
            icon="pencil-simple",
            tip=self.tr("Edit the selected visit"),
        )
        self.documents_action = self.make_action(
            self.tr("&Documents…"),
            "Ctrl+P",
            self.create_documents,
            icon="file-text",
            tip=self.tr("Visit report, request and thank-you letters"),
            writes=False,
        )

    def reload(self) -> None:
        super().reload()
        self._fill_choices([self.model.row_at(i) for i in range(self.model.total_rows())])

    def _fill_choices(self, rows: Sequence[VisitRow]) -> None:
        year, region = self.year_filter.currentData(), self.region_filter.currentData()
        for combo in (self.year_filter, self.region_filter):
            combo.blockSignals(True)
            combo.clear()
        self.year_filter.addItem(self.tr("All fiscal years"), None)
        for fiscal_year in sorted({row.fiscal_year for row in rows}, reverse=True):
            self.year_filter.addItem(correspondence.fiscal_year_label(fiscal_year), fiscal_year)
        self.region_filter.addItem(self.tr("All regions"), None)
        for name in sorted({row.region for row in rows if row.region}):
            self.region_filter.addItem(name, name)
        self.year_filter.setCurrentIndex(max(self.year_filter.findData(year), 0))
        self.region_filter.setCurrentIndex(max(self.region_filter.findData(region), 0))
        for combo in (self.year_filter, self.region_filter):
            combo.blockSignals(False)
        self._on_filters_changed()

    def _on_filters_changed(self) -> None:
        year = self.year_filter.currentData()
        direction = self.direction_filter.currentData()
        region = self.region_filter.currentData()
        self.set_row_predicate(
            lambda row: (
                (year is None or row.fiscal_year == year)
                and (direction is None or row.direction == direction)
                and (region is None or row.region == region)
            )
        )

    def new_visit(self) -> None:
        saved = VisitDialog.run(self, self.db, None)
        if saved is not None:
            self.announce(RecordKind.VISIT, [saved.id])

    def edit_visit(self) -> None:
        row: VisitRow | None = self.row_to_edit()
        if row is not None and VisitDialog.run(self, self.db, row.id) is not None:
            self.announce(RecordKind.VISIT, [row.id])

    def create_documents(self) -> None:
        """視察報告書, 依頼状 and 礼状 of the selected visit, as PDF and Word."""
        row: VisitRow | None = self.require_selection()
        if row is not None:
            created = DocumentDialog.run(self, self.db, visit_id=row.id)
            if created is not None and created.letters_registered:
                self.announce(RecordKind.LETTER)  # 依頼状 and 礼状 take their numbers


TAB = TabSpec(
    key="visits",
    title=str(QT_TRANSLATE_NOOP("MainWindow", "Visits")),
    rank=30,
    make=VisitsTab,
    records=frozenset({"visit"}),
)
