"""Files of these names exist already: overwrite them, keep both (the new ones get
「 (2)」), or cancel. Keeping both is the default: an edited Word file is never lost by
creating the documents again."""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget


class Overwrite(Enum):
    REPLACE = "replace"  # 上書き
    KEEP_BOTH = "keep_both"  # 別名で保存
    CANCEL = "cancel"


def free_name(path: Path) -> Path:
    """``議事録 (2).docx`` (or (3) …): the first name not taken in the folder."""
    number = 2
    while True:
        candidate = path.with_name(f"{path.stem} ({number}){path.suffix}")
        if not candidate.exists():
            return candidate
        number += 1


class OverwriteDialog(QMessageBox):
    def __init__(self, existing: list[Path], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(self.tr("Files Exist"))
        names = "\n".join(f"  {path.name}" for path in existing)
        self.setText(self.tr("These files exist already:\n%1").replace("%1", names))
        self.setInformativeText(
            self.tr("Keep both (the new files get a number), or overwrite the old ones?")
        )
        self.keep = self.addButton(self.tr("Keep Both"), QMessageBox.ButtonRole.AcceptRole)
        self.replace = self.addButton(self.tr("Overwrite"), QMessageBox.ButtonRole.DestructiveRole)
        self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(self.keep)

    @classmethod
    def run(cls, parent: QWidget, existing: list[Path]) -> Overwrite:
        """Ask what to do with files that exist (CANCEL when the user closes the box)."""
        dialog = cls(existing, parent)
        dialog.exec()
        if dialog.clickedButton() is dialog.keep:
            return Overwrite.KEEP_BOTH
        if dialog.clickedButton() is dialog.replace:
            return Overwrite.REPLACE
        return Overwrite.CANCEL
