"""The council's pillars (方針), e.g. 【1】新たな価値の創造, in order: what each activity is
recorded under and the 実施事業報告 is arranged by."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from app.ui.widgets.rows_editor import RowsEditor


class PillarsDialog(QDialog):
    def __init__(self, pillars: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pillars"))
        self.rows = RowsEditor([self.tr("Code"), self.tr("Pillar")], 1, self)
        self.rows.set_rows(tuple(pillars))
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.rows)
        layout.addWidget(box)
        self.resize(560, 320)

    @classmethod
    def run(cls, parent: QWidget, pillars: list[tuple[str, str]]) -> list[tuple[str, str]] | None:
        """The pillars as edited (code, name), rows without a code left out; None: cancelled."""
        dialog = cls(pillars, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return [(row[0], row[1]) for row in dialog.rows.rows() if row[0].strip()]
