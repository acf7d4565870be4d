"""Writing a list of people to Excel or CSV (the roster, an event's participants): ask
first whether to include their contact details (personal information, left out unless
asked for), then where to write; a failed write is said, never silent."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.ui.widgets.save_failed import show_not_done


def export_people(
    parent: QWidget, title: str, file_name: str, write: Callable[[Path, bool], int]
) -> tuple[int, Path] | None:
    """Ask, then ``write(path, with_contact)`` (how many rows it wrote): that number and
    the file, or None when the clerk went back or the file could not be written (said)."""
    with_contact = (
        QMessageBox.question(
            parent,
            title,
            QCoreApplication.translate(
                "PeopleExport",
                "Include e-mail, phone and address? These are personal information: "
                "export them only when the file stays inside the secretariat.",
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        == QMessageBox.StandardButton.Yes
    )
    name, _ = QFileDialog.getSaveFileName(
        parent,
        title,
        file_name,
        QCoreApplication.translate(
            "PeopleExport", "Excel workbook (*.xlsx);;CSV, UTF-8 with BOM (*.csv)"
        ),
    )
    if not name:
        return None
    path = Path(name)
    if path.suffix.casefold() not in (".xlsx", ".csv"):
        path = path.with_suffix(".xlsx")
    try:
        count = write(path, with_contact)
    except OSError as error:
        show_not_done(
            parent,
            QCoreApplication.translate("PeopleExport", "Writing %1").replace("%1", str(path)),
            error,
        )
        return None
    return count, path
