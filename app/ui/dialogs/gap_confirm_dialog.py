"""Issue a letter that is dated on or after its event, or has no place or addressee?
The default answer is no: such a letter goes out only on the user's word."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


class GapConfirmDialog(QMessageBox):
    def __init__(self, title: str, lines: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(title)
        self.setText(self.tr("Issue this letter anyway?"))
        self.setInformativeText("\n".join(f"・{line}" for line in lines))
        self.issue = self.addButton(self.tr("Issue"), QMessageBox.ButtonRole.AcceptRole)
        self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(QMessageBox.StandardButton.Cancel)

    @classmethod
    def run(cls, parent: QWidget, title: str, lines: list[str]) -> bool:
        """True when the user chose to issue the letter as it is."""
        dialog = cls(title, lines, parent)
        dialog.exec()
        return dialog.clickedButton() is dialog.issue
