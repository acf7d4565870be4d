"""Which participant field each column of an application file fills: one choice per
column, shown in a grid that fits beside the preview."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QGroupBox, QLabel, QWidget

from app.services.events.applications.fields import FIELDS

FIELD_CAPTIONS: dict[str, object] = {
    "": QT_TRANSLATE_NOOP("ApplicationFields", "(not imported)"),
    "name": QT_TRANSLATE_NOOP("ApplicationFields", "Name"),
    "reading": QT_TRANSLATE_NOOP("ApplicationFields", "Reading"),
    "organization_name": QT_TRANSLATE_NOOP("ApplicationFields", "Organization"),
    "organization_reading": QT_TRANSLATE_NOOP("ApplicationFields", "Organization reading"),
    "title": QT_TRANSLATE_NOOP("ApplicationFields", "Department and title"),
    "email": QT_TRANSLATE_NOOP("ApplicationFields", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("ApplicationFields", "Phone"),
    "postal_code": QT_TRANSLATE_NOOP("ApplicationFields", "Postal code"),
    "address": QT_TRANSLATE_NOOP("ApplicationFields", "Address"),
    "fee_category": QT_TRANSLATE_NOOP("ApplicationFields", "Fee category"),
    "joins_reception": QT_TRANSLATE_NOOP("ApplicationFields", "Reception (yes/no)"),
    "applied_at": QT_TRANSLATE_NOOP("ApplicationFields", "Applied at"),
    "notes": QT_TRANSLATE_NOOP("ApplicationFields", "Notes"),
}
PAIRS_PER_LINE = 3


def field_caption(field: str) -> str:
    return QCoreApplication.translate("ApplicationFields", str(FIELD_CAPTIONS[field]))


class ColumnMapping(QGroupBox):
    """A combo per column of the file; ``mappingChanged`` when the clerk picks another."""

    mappingChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Columns of the file"))
        self._grid = QGridLayout(self)
        self._grid.setHorizontalSpacing(8)
        self._combos: dict[str, QComboBox] = {}

    def set_columns(self, headers: tuple[str, ...], mapping: Mapping[str, str]) -> None:
        while (item := self._grid.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.deleteLater()
        self._combos = {}
        for index, header in enumerate(headers):
            line, pair = divmod(index, PAIRS_PER_LINE)
            label = QLabel(header if len(header) <= 24 else header[:23] + "…", self)
            label.setToolTip(header)
            combo = QComboBox(self)
            for field in ("", *FIELDS):
                combo.addItem(field_caption(field), field)
            combo.setCurrentIndex(max(0, combo.findData(mapping.get(header, ""))))
            combo.currentIndexChanged.connect(
                lambda _index, changed=combo: self._on_combo_changed(changed)
            )
            label.setBuddy(combo)
            self._grid.addWidget(label, line, pair * 2)
            self._grid.addWidget(combo, line, pair * 2 + 1)
            self._combos[header] = combo
        for pair in range(PAIRS_PER_LINE):
            self._grid.setColumnStretch(pair * 2 + 1, 1)

    def combo_for(self, header: str) -> QComboBox:
        return self._combos[header]

    def mapping(self) -> dict[str, str]:
        """Column → field ("": not imported)."""
        return {header: str(combo.currentData() or "") for header, combo in self._combos.items()}

    def _on_combo_changed(self, changed: QComboBox) -> None:
        field = changed.currentData()
        for combo in self._combos.values():  # a field is filled from one column only
            if combo is not changed and field and combo.currentData() == field:
                combo.blockSignals(True)
                combo.setCurrentIndex(0)
                combo.blockSignals(False)
        self.mappingChanged.emit()
