"""A form layout whose every row has a red message line under it, shown only on a problem."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)


class ErrorForm(QFormLayout):
    def __init__(self, owner: QWidget) -> None:
        super().__init__()
        self._owner = owner
        self.error_labels: dict[str, QLabel] = {}

    def add_field(self, key: str, caption: str, widget: QWidget) -> None:
        self.addRow(caption, widget)
        error = QLabel(self._owner)
        error.setObjectName(f"error_{key}")
        error.setStyleSheet("color: #b00020;")
        error.setWordWrap(True)
        error.hide()
        self.addRow("", error)
        self.error_labels[key] = error

    def show_problems(self, problems: dict[str, str]) -> None:
        """Show each field's message (already in the UI language); hide the others."""
        for key, error in self.error_labels.items():
            error.setVisible(key in problems)
            error.setText(problems.get(key, ""))


def form_dialog(dialog: QDialog, rows: list[tuple[str, str, QWidget]], width: int) -> ErrorForm:
    """Lay out ``dialog`` as a form of (key, caption, widget) rows above Save and Cancel."""
    fields = ErrorForm(dialog)
    for key, caption, widget in rows:
        fields.add_field(key, caption, widget)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addLayout(fields)
    layout.addWidget(buttons)
    dialog.setMinimumWidth(width)
    return fields
