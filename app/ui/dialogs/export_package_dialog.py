"""ファイル › 持ち出し用に書き出す: a data package for the field laptop (.zip with attachments)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.dates import now_in_japan
from app.services.interchange import api as interchange
from app.services.problems import NotSaved
from app.services.workspace import Database
from app.texts.areas import scope_label
from app.texts.failures import failure_text


class ExportPackageDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.result_: interchange.ExportResult | None = None
        self.setWindowTitle(self.tr("Export for the Field"))
        intro = QLabel(
            self.tr(
                "Writes the records to a file to take to a laptop with no network. "
                "A .zip file also carries the attached files. The file holds personal "
                "information (the addresses and phone numbers of members and event "
                "participants): keep it safe."
            ),
            self,
        )
        intro.setWordWrap(True)
        today = now_in_japan().date()
        self.path_edit = QLineEdit(str(Path.home() / f"jimukyoku-{today:%Y%m%d}.zip"), self)
        self.path_edit.setObjectName("path")
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self._on_browse_clicked)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        self.scope_combo = QComboBox(self)
        self.scope_combo.setObjectName("scope")
        self.scope_combo.addItem(self.tr("Everything"), None)
        for scope in interchange.SCOPES:
            self.scope_combo.addItem(scope_label(scope), scope)
        self.since_check = QCheckBox(self.tr("Only records changed since"), self)
        self.since_edit = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.since_edit.setCalendarPopup(True)
        self.since_edit.setDisplayFormat("yyyy/MM/dd")
        self.since_edit.setEnabled(False)
        self.since_check.toggled.connect(self.since_edit.setEnabled)
        since_row = QHBoxLayout()
        since_row.addWidget(self.since_check)
        since_row.addWidget(self.since_edit, 1)
        form = QFormLayout()
        form.addRow(self.tr("File:"), path_row)
        form.addRow(self.tr("Records:"), self.scope_combo)
        form.addRow("", since_row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def _on_browse_clicked(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export for the Field"),
            self.path_edit.text(),
            self.tr("Data package with attachments (*.zip);;Data only (*.json)"),
        )
        if name:
            self.path_edit.setText(name)

    def since(self) -> date | None:
        if not self.since_check.isChecked():
            return None
        chosen = self.since_edit.date()
        return date(chosen.year(), chosen.month(), chosen.day())

    def accept(self) -> None:
        text = self.path_edit.text().strip()
        if not text:
            return
        path = Path(text)
        if path.suffix.lower() not in (".zip", ".json"):
            path = path.with_suffix(".zip")
        scope = self.scope_combo.currentData()
        try:
            self.result_ = interchange.export_package(
                self.db, path, since=self.since(), only=[scope] if scope else None
            )
        except (OSError, NotSaved) as error:
            QMessageBox.critical(
                self,
                self.tr("Export for the Field"),
                self.tr("The file could not be written.\n\n%1").replace("%1", failure_text(error)),
            )
            return
        super().accept()

    @classmethod
    def run(cls, parent: QWidget, db: Database) -> interchange.ExportResult | None:
        """Ask what and where, write the package; returns what was written."""
        dialog = cls(db, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.result_
