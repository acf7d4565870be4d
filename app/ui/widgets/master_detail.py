"""A list and, beside it, the pane that shows its selected record (master–detail)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QSplitter, QWidget

from app.ui.details.detail_pane import DetailPane


class MasterDetail(QSplitter):
    """``list_widget`` on the left (holding ``view``), a :class:`DetailPane` on the right
    once one is set; the pane follows the view's selection. The state
    (:meth:`saveState`) is how the width is shared, which the main window remembers."""

    def __init__(
        self,
        list_widget: QWidget,
        view: QAbstractItemView,
        selected_id: Callable[[], int | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setObjectName("list_splitter")
        self.setChildrenCollapsible(False)
        self.addWidget(list_widget)
        self.pane: DetailPane | None = None
        self._view = view
        self._selected_id = selected_id
        selection = view.selectionModel()
        selection.selectionChanged.connect(self._on_selection_changed)
        selection.currentRowChanged.connect(self._on_selection_changed)
        model = view.model()  # rows read again or filtered away: the selection may be gone
        for change in (model.modelReset, model.layoutChanged, model.rowsRemoved):
            change.connect(self._on_selection_changed)

    def set_pane(self, pane: DetailPane) -> None:
        """Show ``pane`` beside the list, with the selected record in it."""
        self.pane = pane
        self.addWidget(pane)
        # The list keeps the larger part of the width, and of any width gained later.
        self.setStretchFactor(0, 100 - pane.SHARE)
        self.setStretchFactor(1, pane.SHARE)
        self.setSizes([(100 - pane.SHARE) * 10, pane.SHARE * 10])
        self._on_selection_changed()

    def _on_selection_changed(self, *_args: object) -> None:
        if self.pane is not None:
            has_selection = self._view.selectionModel().hasSelection()
            self.pane.show_record(self._selected_id() if has_selection else None)
