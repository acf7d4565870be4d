"""The choice of label sheet for name badges (名札), as the document dialog and the
settings offer it: 「10面（86.4 × 50.8 mm）」 …"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from app.services.events.documents import label_sheets


def label_sheet_combo(parent: QWidget, chosen: str) -> QComboBox:
    """A combo of the label sheets (their keys as data), ``chosen`` selected (else the
    first)."""
    combo = QComboBox(parent)
    combo.setObjectName("label_sheet")
    for sheet in label_sheets():
        text = QCoreApplication.translate("DocumentDialog", "%1 to a sheet (%2 × %3 mm)")
        for number, value in enumerate((sheet.count, sheet.width, sheet.height), 1):
            text = text.replace(f"%{number}", f"{value:g}")
        combo.addItem(text, sheet.key)
    combo.setCurrentIndex(max(combo.findData(chosen), 0))
    return combo
